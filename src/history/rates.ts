/**
 * Rates per day between visits, for every count in the growth series (followers, likes, videos): the shape a
 * chart or a CSV row needs, and the comparison "growth far above its own earlier rate" is made of.
 */

import { DAY_MS } from '../time';
import type { GrowthPoint } from './growth';

export type Metric = 'followers' | 'likes' | 'videos';

export interface Interval {
  from: number;
  to: number;
  days: number;
  /** Change per day of each count known at both ends. */
  perDay: Partial<Record<Metric, number>>;
}

const METRICS: Metric[] = ['followers', 'likes', 'videos'];

/** Per-day change between consecutive points of a series (oldest first). Zero-length intervals are skipped. */
export function intervals(series: readonly GrowthPoint[]): Interval[] {
  const out: Interval[] = [];
  for (let i = 1; i < series.length; i++) {
    const a = series[i - 1]!;
    const b = series[i]!;
    const days = (b.t - a.t) / DAY_MS;
    if (days <= 0) continue;
    const perDay: Interval['perDay'] = {};
    for (const m of METRICS) {
      const x = a[m];
      const y = b[m];
      if (x !== undefined && y !== undefined) perDay[m] = (y - x) / days;
    }
    out.push({ from: a.t, to: b.t, days, perDay });
  }
  return out;
}

/** Average change per day of one count from the first to the last point that has it (undefined under a day). */
export function ratePerDay(series: readonly GrowthPoint[], metric: Metric): number | undefined {
  const known = series.filter((p) => p[metric] !== undefined);
  const first = known[0];
  const last = known[known.length - 1];
  if (!first || !last) return undefined;
  const days = (last.t - first.t) / DAY_MS;
  if (days < 1) return undefined;
  return (last[metric]! - first[metric]!) / days;
}
