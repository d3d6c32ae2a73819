/**
 * Thinning old history so that a heavy user's cache stays small: every visit of the last 30 days, then one per
 * day, then one per week after a year. Growth spikes are measured over days (docs/design.md: "spiky follower growth
 * between observations"), so daily points lose nothing a spike needs once the visit is a month old.
 * Kept whatever their age: an account's first observation (the baseline of its growth) and every row whose
 * status or label state differs from the row before (a label appearing or disappearing is evidence).
 */
import { DAY_MS } from '../time';

export interface ThinPolicy {
  /** Younger than this, every row is kept. */
  keepAllMs: number;
  /** Younger than this (and older than keepAllMs), one row per UTC day; older, one per week. */
  dailyMs: number;
}

export const THIN_POLICY: ThinPolicy = { keepAllMs: 30 * DAY_MS, dailyMs: 365 * DAY_MS };

export interface ThinRow {
  id: number;
  observedAt: number;
  /** Status and label state: a row whose mark differs from the previous row's is always kept. */
  mark: string;
}

/** Ids to delete from one account's rows (any order), keeping the last row of each day or week bucket. */
export function rowsToThin(rows: readonly ThinRow[], now: number, policy: ThinPolicy = THIN_POLICY): number[] {
  const sorted = [...rows].sort((a, b) => a.observedAt - b.observedAt || a.id - b.id);
  const keep = new Set<number>();
  const lastOfBucket = new Map<string, number>();
  sorted.forEach((r, i) => {
    const age = now - r.observedAt;
    const prev = sorted[i - 1];
    if (age < policy.keepAllMs) {
      keep.add(r.id);
      return;
    }
    if (i === 0 || (prev && prev.mark !== r.mark)) keep.add(r.id);
    // Weeks counted from the epoch: fixed buckets, so thinning twice gives the same rows as thinning once.
    const bucket =
      age < policy.dailyMs ? `d${Math.floor(r.observedAt / DAY_MS)}` : `w${Math.floor(r.observedAt / (7 * DAY_MS))}`;
    // Sorted oldest first: the last write is the bucket's newest row (a kept change may stand for its bucket).
    lastOfBucket.set(bucket, r.id);
  });
  for (const id of lastOfBucket.values()) keep.add(id);
  return sorted.filter((r) => !keep.has(r.id)).map((r) => r.id);
}

/** Posts an old row keeps beyond the ones uploaded since the row before it: its most-viewed. */
export const SLIM_TOP_POSTS = 5;

/**
 * An old row's post timeline, slimmed: the posts uploaded since the previous kept row (so every upload is still in
 * some row: the upload timeline survives) and its most-viewed posts (what can explain a growth jump, growth.ts).
 * Timeline entries are `[id, createTime, views]`, newest first.
 */
export function slimTimeline<E extends [string, number, number | null]>(
  timeline: readonly E[],
  sinceSec: number,
  top = SLIM_TOP_POSTS,
): E[] {
  const byViews = [...timeline].sort((a, b) => (b[2] ?? -1) - (a[2] ?? -1)).slice(0, top);
  const keep = new Set([...byViews, ...timeline.filter((e) => e[1] > sinceSec)]);
  return timeline.filter((e) => keep.has(e));
}
