/**
 * Data retention (options page) and "clear data" (dashboard). Retention deletes visits older than the setting;
 * an account with no visit left goes too, unless a moderator labelled or pinned it (their work is not "data" to
 * age out).
 */

import { DAY_MS } from '../../src/time';
import { type LensDb, OPTIONS_META_KEY } from './db';
import { asError } from './errors';
import { clearStorageFull, STORAGE_FULL_KEY } from './storage-full';
import { STATE_KEY as SCHEDULER_KEY } from './watchlist';

export async function pruneOlderThan(db: LensDb, days: number, now: number): Promise<number> {
  if (days <= 0) return 0;
  const cutoff = now - days * DAY_MS;
  return db.transaction('rw', [db.observations, db.accounts, db.verdicts, db.modLabels, db.watchlist], async () => {
    const deleted = await db.observations.where('observedAt').below(cutoff).delete();
    const stale = await db.accounts.where('lastSeen').below(cutoff).primaryKeys();
    for (const handle of stale) {
      if ((await db.modLabels.get(handle)) || (await db.watchlist.get(handle))) continue;
      const left = await db.observations
        .where('[handle+observedAt]')
        .between([handle, 0], [handle, Number.MAX_SAFE_INTEGER])
        .count();
      if (left === 0) {
        await db.accounts.delete(handle);
        await db.verdicts.delete(handle);
      }
    }
    return deleted;
  });
}

/**
 * Everything observed; with `labels`, the moderator's labels, notes and their history (`meta`) as well. Lists
 * stay, and so does the watchlist scheduler's state in `meta`: it is politeness, not data — forgetting when the
 * last request went out, or a backoff after a wall, would let the next pin fetch at once; and "switched off"
 * is the user's setting.
 */
export async function clearData(db: LensDb, labels: boolean): Promise<void> {
  const observed = [db.accounts, db.observations, db.verdicts, db.labelEvents, db.watchlist];
  const mine = [db.modLabels, db.notes, db.labelConflicts];
  const clear = async () => {
    for (const t of observed) await t.clear();
    await db.meta.delete(STORAGE_FULL_KEY);
    if (!labels) return;
    for (const t of mine) await t.clear();
    // The scheduler's state and the settings are not data (above; options.ts).
    await db.meta.where('key').noneOf([SCHEDULER_KEY, OPTIONS_META_KEY]).delete();
  };
  try {
    await db.transaction('rw', [...observed, ...mine, db.meta], clear);
  } catch (first) {
    // A full or failing database can refuse the one big transaction: table by table, each clear on its own, then.
    try {
      await clear();
    } catch {
      throw asError(first, 'clearing the data failed');
    }
  }
  // Space is free again: the storage-full notice goes (storage-full.ts: kept outside the database).
  await clearStorageFull(db);
}
