/**
 * growth-spike — follower growth between observations far above the account's own earlier rate, with no viral
 * post to explain it. What: the interval between two observations whose followers/day is highest against the
 * rate before it (earlier visits, else the account's lifetime average). Why: bought or network-driven followers
 * arrive in bursts; organic jumps follow a post that went viral, which is checked from the post timeline.
 * Thresholds: 10× the earlier rate, ≥ 10,000 new followers and +50% (histories in the corpus: steady growth stays
 * within 1.2×, the reported jump is > 300×).
 */
import { growthSeries, largestJump } from '../history/growth';
import { DAY_MS } from '../time';
import { THRESHOLDS, WEIGHTS } from './thresholds';
import type { Signal } from './types';
import { fmt, round } from './util';

export const growthSpike: Signal = {
  id: 'growth-spike',
  axis: 'amplification',
  evaluate({ obs, history }) {
    const series = growthSeries([...history, obs]);
    if (series.length < 2) return undefined;
    const posts = [...history, obs].flatMap((o) => o.posts);
    const jump = largestJump(series, {
      createdAtSec: obs.user?.createTime,
      posts,
      viralViews: THRESHOLDS.viralExplainsViews,
    });
    if (!jump) return undefined;
    const multiple = jump.ratePerDay / Math.max(jump.baselinePerDay, 1);
    const days = Math.max(1, Math.round((jump.to.t - jump.from.t) / DAY_MS));
    const relative = jump.gain / Math.max(jump.from.followers ?? 0, 1);
    const big =
      multiple >= THRESHOLDS.spikeRateMultiple &&
      jump.gain >= THRESHOLDS.spikeMinGain &&
      relative >= THRESHOLDS.spikeMinRelative;
    const base = {
      id: 'growth-spike',
      axis: 'amplification' as const,
      value: round(multiple, 1),
      threshold: `≥ ${THRESHOLDS.spikeRateMultiple}× the earlier rate, ≥ ${fmt(THRESHOLDS.spikeMinGain)} and ≥ ${THRESHOLDS.spikeMinRelative * 100}% new followers`,
      sayThreshold: {
        key: 'sig_th_growth_spike',
        args: [
          THRESHOLDS.spikeRateMultiple,
          { n: THRESHOLDS.spikeMinGain, compact: true },
          { pct: THRESHOLDS.spikeMinRelative },
        ],
      },
    };
    const args = [
      { n: jump.from.followers ?? 0, compact: true },
      { n: jump.to.followers ?? 0, compact: true },
      days,
      round(multiple, 1),
      { say: { key: jump.baselineBasis === 'earlier visits' ? 'sig_rate_earlier_visits' : 'sig_rate_lifetime' } },
    ];
    const what = `Followers went from ${fmt(jump.from.followers ?? 0)} to ${fmt(jump.to.followers ?? 0)} in ${days} days, ${round(multiple, 1)}× its rate over ${jump.baselineBasis}`;
    if (big && jump.explainedBy) {
      return {
        ...base,
        points: 0,
        evidence: `${what}; explained by a post with ${fmt(jump.explainedBy.views ?? 0)} views just before.`,
        say: {
          key: 'sig_growth_spike_explained',
          args: [...args, { n: jump.explainedBy.views ?? 0, compact: true }],
        },
      };
    }
    return {
      ...base,
      points: big ? WEIGHTS['growth-spike'] : 0,
      evidence: `${what}.`,
      say: { key: 'sig_growth_spike', args },
    };
  },
};
