/**
 * hit-rate — most recent posts far above the account's own earlier baseline.
 * What: of the newer half of the recent regular posts, the share with at least 5× the median views of the older
 * half. Why: one hit is luck, and organic accounts fall back to their baseline after it; when most new posts sit
 * far above it, something other than the audience is carrying them (a boost, or a change of hands).
 */
import { THRESHOLDS, WEIGHTS } from './thresholds';
import type { Signal } from './types';
import { fmt, median, regularPosts, round } from './util';

export const hitRate: Signal = {
  id: 'hit-rate',
  axis: 'amplification',
  evaluate({ obs }) {
    const posts = regularPosts(obs).filter((p) => p.views !== undefined);
    if (posts.length < 2 * THRESHOLDS.minPosts) return undefined;
    const half = posts.length >> 1;
    const recent = posts.slice(0, half).map((p) => p.views ?? 0);
    const baseline = median(posts.slice(half).map((p) => p.views ?? 0)) ?? 0;
    const hits = recent.filter((v) => v >= THRESHOLDS.hitMultiple * Math.max(baseline, 1)).length;
    const share = hits / recent.length;
    const fires = share >= THRESHOLDS.hitShare && baseline > 0;
    return {
      id: 'hit-rate',
      axis: 'amplification',
      value: round(share),
      threshold: THRESHOLDS.hitShare,
      sayThreshold: { key: 'sig_th_hit_rate', args: [{ pct: THRESHOLDS.hitShare }, THRESHOLDS.hitMultiple] },
      points: fires ? WEIGHTS['hit-rate'] : 0,
      evidence: `${hits} of the ${recent.length} newest posts reached ${THRESHOLDS.hitMultiple}× the earlier median of ${fmt(baseline)} views.`,
      say: {
        key: 'sig_hit_rate',
        args: [hits, recent.length, THRESHOLDS.hitMultiple, { n: baseline, compact: true }],
      },
    };
  },
};
