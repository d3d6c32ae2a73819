/**
 * Recording a visit: store the observation compactly (unless it repeats the last one within minutes), note the
 * label appearing or disappearing, then assess it against the account's history and keep the assessment. One
 * transaction, so two tabs recording at once cannot interleave badly, and a worker stopped mid-way writes nothing.
 *
 * Storage full (issue 9): when the browser refuses a write for quota, old history is thinned (thin.ts) and the
 * write tried once more; if it still fails, the visit is assessed without being stored — the badge still shows —
 * and the failure is kept in `meta` (STORAGE_FULL_KEY) for the dashboard and popup to say so.
 */

import { isLabelled } from '../../src/history/labels';
import { mergeTimelines } from '../../src/history/timeline';
import type { Observation } from '../../src/tiktok/observation';
import { type AssessOptions, assess } from '../../src/verdict';
import type { ObserveResponse } from '../messages';
import type { LabelEventRow, LensDb, ObservationRow } from './db';
import { fromRow, toRow } from './rows';
import { thinAll } from './thin';

/**
 * `meta` key of the storage-full state: set when a visit could not be stored, removed when a visit is stored
 * again or by "clear data".
 */
export const STORAGE_FULL_KEY = 'storage.full';

export interface StorageFull {
  /** When a write last failed for quota even after thinning. */
  at: number;
  /** When history was last thinned for it: not again within RETHIN_MS (thinning every account is slow, and
   * a second pass so soon finds nothing more to remove). */
  thinnedAt: number;
  /** Visits assessed but not stored since the state was set. */
  lost: number;
  /** Observation rows the thinning removed. */
  thinned: number;
}

const RETHIN_MS = 3600_000;
/** Whether a storage-full state may be stored, per database: known absent after a stored visit. */
const fullNoted = new WeakMap<LensDb, boolean>();

/** A visit that changes nothing within this window adds no row (a reload, a second tab). */
const SAME_VISIT_MS = 10 * 60_000;
/** History the verdict looks at: enough for growth over months, bounded for speed. */
const HISTORY_ROWS = 200;

function sameCounts(a: ObservationRow, b: ObservationRow): boolean {
  const x = a.stats ?? {};
  const y = b.stats ?? {};
  return (
    x.followers === y.followers &&
    x.following === y.following &&
    x.likes === y.likes &&
    x.videos === y.videos &&
    a.status === b.status &&
    Boolean(a.labelled) === Boolean(b.labelled)
  );
}

/** The browser refused a write for lack of space (Dexie wraps it, and a transaction abort wraps it again). */
export function isQuotaError(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 4) return false;
  const err = e as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (err.name === 'QuotaExceededError') return true;
  const nested = [err.inner, err.cause, ...(Array.isArray(err.failures) ? err.failures : [])];
  return nested.some((n) => isQuotaError(n, depth + 1));
}

export async function storageFull(db: LensDb): Promise<StorageFull | undefined> {
  return (await db.meta.get(STORAGE_FULL_KEY))?.value as StorageFull | undefined;
}

async function noteStorageFull(db: LensDb, now: number, thinned: number | undefined): Promise<void> {
  const prev = await storageFull(db);
  const value: StorageFull = {
    at: now,
    thinnedAt: thinned === undefined ? (prev?.thinnedAt ?? now) : now,
    lost: (prev?.lost ?? 0) + 1,
    thinned: (prev?.thinned ?? 0) + (thinned ?? 0),
  };
  fullNoted.set(db, true);
  await db.meta.put({ key: STORAGE_FULL_KEY, value });
}

/** A visit was stored: there is room again, so the notice goes (checked once per worker, then only after a note). */
async function storedAgain(db: LensDb): Promise<void> {
  if (fullNoted.get(db) === false) return;
  fullNoted.set(db, false);
  await db.meta.delete(STORAGE_FULL_KEY).catch(() => undefined);
}

/** The account's stored rows before this observation, newest first, as many as the verdict looks at. */
function earlierRows(db: LensDb, obs: Observation) {
  return db.observations
    .where('[handle+observedAt]')
    .between([obs.handle, 0], [obs.handle, obs.observedAt], true, false)
    .reverse()
    .limit(HISTORY_ROWS)
    .toArray();
}

/** The assessment a visit gets from the stored history, writing nothing (the database refused the write). */
async function assessUnstored(
  db: LensDb,
  obs: Observation,
  now: number,
  extras: Omit<AssessOptions, 'history' | 'now'>,
): Promise<ObserveResponse> {
  const earlier = await earlierRows(db, obs);
  const prev = await db.accounts.get(obs.handle);
  const history = earlier.reverse().map((r) => fromRow(r, prev?.user));
  const assessment = assess(obs, { ...extras, history, now });
  const moderatorLabel = await db.modLabels.get(obs.handle);
  return { assessment, observations: history.length + 1, ...(moderatorLabel ? { moderatorLabel } : {}) };
}

export async function recordObservation(
  db: LensDb,
  obs: Observation,
  now = Date.now(),
  via: LabelEventRow['via'] = 'visit',
  /** Lists, switched-off signals and the like from the options (everything the verdict takes but the history). */
  extras: Omit<AssessOptions, 'history' | 'now'> = {},
): Promise<ObserveResponse> {
  const stored = async () => {
    const r = await store(db, obs, now, via, extras);
    await storedAgain(db);
    return r;
  };
  try {
    return await stored();
  } catch (e) {
    if (!isQuotaError(e)) throw e;
  }
  // Full: thin old history and try once more — unless that was done within the hour.
  const prev = await storageFull(db).catch(() => undefined);
  let thinned: number | undefined;
  if (!prev || now - prev.thinnedAt >= RETHIN_MS || now < prev.thinnedAt) {
    thinned = await thinAll(db, now).catch(() => 0);
    try {
      return await stored();
    } catch (e) {
      if (!isQuotaError(e)) throw e;
    }
  }
  // Still full: say so where the user will see it, and answer the page all the same.
  await noteStorageFull(db, now, thinned).catch(() => undefined);
  return assessUnstored(db, obs, now, extras);
}

/** The visit's one transaction. */
function store(
  db: LensDb,
  obs: Observation,
  now: number,
  via: LabelEventRow['via'],
  extras: Omit<AssessOptions, 'history' | 'now'>,
): Promise<ObserveResponse> {
  return db.transaction('rw', [db.accounts, db.observations, db.verdicts, db.labelEvents, db.modLabels], async () => {
    const earlier = await earlierRows(db, obs);
    const row = toRow(obs);
    const last = earlier[0];
    const repeat = last && obs.observedAt - last.observedAt < SAME_VISIT_MS && sameCounts(row, last);
    // A repeat within minutes refines the last row (more of the grid seen) instead of adding one.
    if (repeat && last?.id !== undefined) {
      await db.observations.put({
        ...last,
        ...row,
        timeline: mergeTimelines(last.timeline, row.timeline),
        id: last.id,
      });
    } else {
      await db.observations.add(row);
    }

    const before = earlier.find((r) => r.labelled !== undefined)?.labelled;
    if (row.labelled !== undefined && row.labelled !== Boolean(before) && (before !== undefined || row.labelled)) {
      const text = row.label?.text;
      await db.labelEvents.add({
        handle: obs.handle,
        at: obs.observedAt,
        labelled: row.labelled,
        via,
        ...(text ? { text } : {}),
      });
    }

    const prev = await db.accounts.get(obs.handle);
    const history = (repeat ? earlier.slice(1) : earlier).reverse().map((r) => fromRow(r, prev?.user));
    const assessment = assess(obs, { ...extras, history, now });
    const newest = !prev || obs.observedAt >= prev.lastSeen;
    await db.accounts.put({
      handle: obs.handle,
      nickname: (newest ? obs.user?.nickname : undefined) ?? prev?.nickname,
      firstSeen: Math.min(prev?.firstSeen ?? obs.observedAt, obs.observedAt),
      lastSeen: Math.max(prev?.lastSeen ?? obs.observedAt, obs.observedAt),
      verdict: newest ? assessment.verdict : prev.verdict,
      score: newest ? assessment.score : prev.score,
      followers: (newest ? obs.stats?.followers : undefined) ?? prev?.followers,
      user: (newest ? obs.user : undefined) ?? prev?.user,
      labelled: (newest && obs.user ? isLabelled(obs.user) : undefined) ?? prev?.labelled,
    });
    if (newest) {
      await db.verdicts.put({
        handle: obs.handle,
        at: now,
        verdict: assessment.verdict,
        score: assessment.score,
        assessment,
      });
    }
    const moderatorLabel = await db.modLabels.get(obs.handle);
    return { assessment, observations: history.length + 1, ...(moderatorLabel ? { moderatorLabel } : {}) };
  });
}
