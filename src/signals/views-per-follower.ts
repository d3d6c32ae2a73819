/**
 * views-per-follower — recent posts habitually reach several times the account's own audience.
 * What: median views of the recent regular posts (pinned posts and ads left out) divided by followers.
 * Why: an organic account's typical post is seen by a fraction of its followers; a post that reaches several
 * times the audience is being pushed to strangers, and when that is the norm rather than one hit, reach is
 * manufactured or promoted (the reported account: 15 of 20 posts past 1M views at 200k followers).
 */
import { THRESHOLDS, WEIGHTS } from './thresholds';
import type { Signal } from './types';
import { fmt, median, regularPosts, round } from './util';

export const viewsPerFollower: Signal = {
  id: 'views-per-follower',
  axis: 'amplification',
  evaluate({ obs }) {
    const views = regularPosts(obs)
      .map((p) => p.views)
      .filter((v): v is number => v !== undefined);
    const followers = obs.stats?.followers;
    if (views.length < THRESHOLDS.minPosts || !followers || followers < 1000) return undefined;
    const med = median(views) ?? 0;
    const ratio = med / followers;
    const fires = ratio >= THRESHOLDS.viewsPerFollower;
    return {
      id: 'views-per-follower',
      axis: 'amplification',
      value: round(ratio),
      threshold: THRESHOLDS.viewsPerFollower,
      sayThreshold: { key: 'sig_th_views_per_follower', args: [THRESHOLDS.viewsPerFollower] },
      points: fires ? WEIGHTS['views-per-follower'] : 0,
      evidence: `The median recent post has ${fmt(med)} views, ${round(ratio, 1)}× its ${fmt(followers)} followers${fires ? ': most posts reach far beyond its own audience' : ''}.`,
      say: {
        key: fires ? 'sig_views_per_follower' : 'sig_views_per_follower_not',
        args: [{ n: med, compact: true }, round(ratio, 1), { n: followers, compact: true }],
      },
    };
  },
};
