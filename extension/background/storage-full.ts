/**
 * The storage-full state (issue 9, issue 17 finding 7), kept outside the database that is full: in
 * `storage.local` (its own quota, a few hundred bytes), with a copy in memory for this worker. Kept in the full
 * database, the notice could not be written and its error was swallowed, so the one-hour "don't thin again" guard
 * never applied and every visit re-thinned the whole history for 21–24 s.
 *
 * The area is given by the background at start (index.ts `useStorageFullArea(browser.storage.local)`); without
 * one (unit tests that do not set it) the state lives in memory only. A notice an older version wrote into `meta`
 * is still read, and removed with the state.
 */
import type { LensDb } from './db';

/** Key of the state, in the area (and in `meta`, where versions before issue 17 kept it). */
export const STORAGE_FULL_KEY = 'storage.full';

export interface StorageFull {
  /** When a write last failed for quota even after thinning. */
  at: number;
  /** When history was last thinned for it: not again within an hour (thinning every account is slow, and a second
   * pass so soon finds nothing more to remove). */
  thinnedAt: number;
  /** Visits assessed but not stored since the state was set. */
  lost: number;
  /** Observation rows the thinning removed. */
  thinned: number;
}

/** The part of `storage.local` used here. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

let area: KeyValueArea | undefined;
/** This worker's copy, per database: `null` when known to be absent. */
const memory = new WeakMap<LensDb, StorageFull | null>();

export function useStorageFullArea(a: KeyValueArea | undefined): void {
  area = a;
}

const count = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : undefined);

/** A stored state, checked (the area is writable by content scripts too: never trusted for more than a notice). */
function validState(x: unknown): StorageFull | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const o = x as Record<string, unknown>;
  const [at, thinnedAt, lost, thinned] = [count(o.at), count(o.thinnedAt), count(o.lost), count(o.thinned)];
  if (at === undefined || thinnedAt === undefined || lost === undefined || thinned === undefined) return undefined;
  return { at, thinnedAt, lost, thinned };
}

export async function readStorageFull(db: LensDb): Promise<StorageFull | undefined> {
  const known = memory.get(db);
  if (known !== undefined) return known ?? undefined;
  let value: unknown;
  try {
    value = area ? (await area.get(STORAGE_FULL_KEY))[STORAGE_FULL_KEY] : undefined;
    value ??= (await db.meta.get(STORAGE_FULL_KEY))?.value;
  } catch {
    value = undefined;
  }
  const state = validState(value);
  memory.set(db, state ?? null);
  return state;
}

/** Keep the state: in memory first (the guard holds in this worker whatever happens), then in the area. */
export async function writeStorageFull(db: LensDb, state: StorageFull): Promise<void> {
  memory.set(db, state);
  await area?.set({ [STORAGE_FULL_KEY]: state }).catch(() => undefined);
}

/** There is room again (a visit was stored, or "clear data"): the state goes, wherever it was kept. */
export async function clearStorageFull(db: LensDb): Promise<void> {
  memory.set(db, null);
  await area?.remove(STORAGE_FULL_KEY).catch(() => undefined);
  await db.meta.delete(STORAGE_FULL_KEY).catch(() => undefined);
}
