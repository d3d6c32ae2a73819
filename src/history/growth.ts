/**
 * Observations over time -> growth series, rates per day and follower jumps. Pure functions over any list of
 * Observations (the background's database, or captures grouped by the command-line scorer).
 */
import type { Observation, PostSummary } from '../tiktok/observation';
import { DAY_MS } from '../time';

export interface GrowthPoint {
  t: number;
  followers?: number;
  likes?: number;
  videos?: number;
}

/** One point per distinct time with counts, oldest first; later readings of the same instant win. */
export function growthSeries(observations: readonly Observation[]): GrowthPoint[] {
  const byTime = new Map<number, GrowthPoint>();
  for (const o of observations) {
    if (!o.stats || o.stats.followers === undefined) continue;
    byTime.set(o.observedAt, {
      t: o.observedAt,
      followers: o.stats.followers,
      likes: o.stats.likes,
      videos: o.stats.videos,
    });
  }
  return [...byTime.values()].sort((a, b) => a.t - b.t);
}

export interface Jump {
  from: GrowthPoint;
  to: GrowthPoint;
  gain: number;
  ratePerDay: number;
  baselinePerDay: number;
  baselineBasis: 'earlier visits' | 'account lifetime';
  /** The post that explains the jump, if one went viral just before or during it. */
  explainedBy?: PostSummary;
}

export interface JumpOptions {
  createdAtSec?: number;
  posts: readonly PostSummary[];
  /** Views a post needs to explain a jump (and at least the gain itself). */
  viralViews: number;
  /** Days before the interval in which a viral post still explains it. */
  leadDays?: number;
}

/** The interval with the largest growth rate against the growth before it (null when fewer than two points). */
export function largestJump(series: readonly GrowthPoint[], opts: JumpOptions): Jump | undefined {
  let best: Jump | undefined;
  let bestRatio = -1;
  const first = series[0];
  for (let i = 1; i < series.length; i++) {
    const from = series[i - 1];
    const to = series[i];
    if (!from || !to || !first || from.followers === undefined || to.followers === undefined) continue;
    const days = Math.max((to.t - from.t) / DAY_MS, 1 / 24);
    const gain = to.followers - from.followers;
    const ratePerDay = gain / days;
    let baselinePerDay: number | undefined;
    let baselineBasis: Jump['baselineBasis'] = 'earlier visits';
    const earlierDays = (from.t - first.t) / DAY_MS;
    if (i >= 2 && earlierDays >= 1 && first.followers !== undefined) {
      baselinePerDay = Math.max(0, from.followers - first.followers) / earlierDays;
    } else if (opts.createdAtSec) {
      const ageDays = (from.t - opts.createdAtSec * 1000) / DAY_MS;
      if (ageDays >= 1) {
        baselinePerDay = from.followers / ageDays;
        baselineBasis = 'account lifetime';
      }
    }
    if (baselinePerDay === undefined) continue;
    const ratio = ratePerDay / Math.max(baselinePerDay, 1);
    if (ratio > bestRatio) {
      bestRatio = ratio;
      best = { from, to, gain, ratePerDay, baselinePerDay, baselineBasis };
    }
  }
  if (best) {
    const lead = (opts.leadDays ?? 7) * DAY_MS;
    const { from, to, gain } = best;
    best.explainedBy = opts.posts
      .filter((p) => p.createTime * 1000 >= from.t - lead && p.createTime * 1000 <= to.t)
      .filter((p) => (p.views ?? 0) >= Math.max(opts.viralViews, gain))
      .sort((a, b) => (b.views ?? 0) - (a.views ?? 0))[0];
  }
  return best;
}
