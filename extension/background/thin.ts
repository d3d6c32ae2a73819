/**
 * Thinning the stored history (policy and reasons in src/history/thin.ts), one account per transaction so that
 * a worker stopped half-way leaves every account either thinned or untouched.
 */
import { rowsToThin, slimTimeline, THIN_POLICY } from '../../src/history/thin';
import type { LensDb, ObservationRow } from './db';

const mark = (r: ObservationRow) => `${r.status}|${r.labelled ?? ''}`;

export async function thinAccount(db: LensDb, handle: string, now: number): Promise<number> {
  return db.transaction('rw', db.observations, async () => {
    const rows = await db.observations
      .where('[handle+observedAt]')
      .between([handle, -Infinity], [handle, Infinity])
      .toArray();
    const ids = rowsToThin(
      rows.map((r) => ({ id: r.id!, observedAt: r.observedAt, mark: mark(r) })),
      now,
    );
    await db.observations.bulkDelete(ids);
    // Rows past the keep-everything age also lose the posts that newer rows carry (src/history/thin.ts).
    const gone = new Set(ids);
    const kept = rows.filter((r) => !gone.has(r.id!)).sort((a, b) => a.observedAt - b.observedAt);
    const slimmed: ObservationRow[] = [];
    kept.forEach((r, i) => {
      if (now - r.observedAt < THIN_POLICY.keepAllMs) return;
      const since = i === 0 ? -Infinity : Math.floor(kept[i - 1]!.observedAt / 1000);
      const timeline = slimTimeline(r.timeline, since);
      if (timeline.length < r.timeline.length) slimmed.push({ ...r, timeline });
    });
    await db.observations.bulkPut(slimmed);
    return ids.length;
  });
}

/** Thin every account; returns the number of rows removed. */
export async function thinAll(db: LensDb, now: number): Promise<number> {
  // Every recorded observation has its account row (record.ts writes both in one transaction).
  const handles = await db.accounts.toCollection().primaryKeys();
  let removed = 0;
  for (const handle of handles) removed += await thinAccount(db, handle, now);
  return removed;
}
