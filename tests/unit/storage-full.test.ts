/**
 * Issue 9: quota exhaustion is handled with a visible message, not lost writes. When IndexedDB refuses a write
 * with QuotaExceededError, recordObservation thins old history and tries once more; if that fails too, the visit
 * is still assessed (the badge shows), and the failure is kept for the dashboard and popup until "clear data".
 * Issue 17, finding 7: the failure is kept outside the full database (`storage.local`, here a fake area), so the
 * one-hour "don't thin again" guard holds when every table refuses writes; "clear data" survives rejections that
 * are not Errors.
 */

import { fileURLToPath } from 'node:url';
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCatalogues } from '../../scripts/locales';
import type { Observation } from '../../src/tiktok/observation';
import { DAY_MS, HOUR_MS } from '../../src/time';

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: { get: async () => ({}) },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
  },
}));

const { isQuotaError, recordObservation, STORAGE_FULL_KEY, storageFull } = await import(
  '../../extension/background/record'
);
const { clearData } = await import('../../extension/background/retention');
const { useStorageFullArea } = await import('../../extension/background/storage-full');

/** storage.local as the background uses it: a key-value area with its own quota. */
const area = new Map<string, unknown>();
useStorageFullArea({
  get: async (k) => (area.has(k) ? { [k]: area.get(k) } : {}),
  set: async (items) => {
    for (const [k, v] of Object.entries(items)) area.set(k, v);
  },
  remove: async (k) => {
    area.delete(k);
  },
});
const { answer } = await import('../../extension/background/router');
const { freshDb, NOW } = await import('./db-helpers');

function obs(handle: string, at: number, followers: number, extra: Partial<Observation> = {}): Observation {
  return {
    handle,
    status: 'ok',
    source: 'universal',
    observedAt: at,
    user: { uniqueId: handle, nickname: handle },
    stats: { followers, following: 3, likes: followers * 10, videos: 12 },
    posts: [],
    ...extra,
  };
}

/**
 * Makes fake-indexeddb's add/put on `stores` throw what a browser throws when the origin's quota is used up, the
 * first `times` times. `refused(store?)` counts the refusals (of one store, or all).
 */
function fillUp(stores: string | string[], times = Number.POSITIVE_INFINITY): { refused: (store?: string) => number } {
  const names = new Set(Array.isArray(stores) ? stores : [stores]);
  const refused = new Map<string, number>();
  const total = () => [...refused.values()].reduce((a, b) => a + b, 0);
  for (const method of ['add', 'put'] as const) {
    const original = IDBObjectStore.prototype[method];
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args) {
      if (names.has(this.name) && total() < times) {
        refused.set(this.name, (refused.get(this.name) ?? 0) + 1);
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return original.apply(this, args as Parameters<typeof original>);
    });
  }
  return { refused: (store) => (store ? (refused.get(store) ?? 0) : total()) };
}

afterEach(() => {
  vi.restoreAllMocks();
  area.clear();
});

/** A database with an old account visited ten times in one day, 100 days ago: thinning keeps two of those rows. */
async function seeded() {
  const { db } = freshDb();
  for (let i = 0; i < 10; i++)
    await recordObservation(db, obs('old.account', NOW - 100 * DAY_MS + i * HOUR_MS, 100 + i * 50), NOW);
  expect(await db.observations.count()).toBe(10);
  return db;
}

const LABELLED = obs('labelled.news', NOW, 5000, {
  user: { uniqueId: 'labelled.news', stateControlledMedia: 'China state-affiliated media' },
});

describe('storage full', () => {
  it('recognises the quota error however Dexie wraps it', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [new Error('x'), quota] })).toBe(true);
    expect(isQuotaError(new Error('worker stopped'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });

  it('thinning frees room: old history is thinned, the write retried once and stored, no notice', async () => {
    const db = await seeded();
    const full = fillUp('observations', 1);
    const r = await recordObservation(db, LABELLED, NOW);
    expect(full.refused()).toBe(1);
    expect(r.assessment.verdict).toBe('state-media');
    expect(await db.observations.where('handle').equals('old.account').count()).toBe(2);
    expect(await db.observations.where('handle').equals('labelled.news').count()).toBe(1);
    expect(await storageFull(db)).toBeUndefined();
  });

  it('still full after thinning: the badge still gets its verdict, nothing half-written, the failure is kept', async () => {
    const db = await seeded();
    const full = fillUp('observations');
    const r = await recordObservation(db, LABELLED, NOW);
    expect(full.refused()).toBe(2); // the write, and its one retry after thinning
    expect(r.assessment.verdict).toBe('state-media');
    expect(r.assessment.handle).toBe('labelled.news');
    expect(r.observations).toBe(1);
    // The visit's transaction wrote nothing; the old history was thinned.
    expect(await db.accounts.get('labelled.news')).toBeUndefined();
    expect(await db.labelEvents.count()).toBe(0);
    expect(await db.observations.count()).toBe(2);
    expect(await storageFull(db)).toEqual({ at: NOW, thinnedAt: NOW, lost: 1, thinned: 8 });

    // Within the hour: no second thinning pass, no retry. A known account's verdict still uses its history.
    const again = await recordObservation(db, obs('old.account', NOW, 900), NOW + 1000);
    expect(full.refused()).toBe(3);
    expect(again.observations).toBe(3);
    expect(await storageFull(db)).toEqual({ at: NOW + 1000, thinnedAt: NOW, lost: 2, thinned: 8 });

    // The dashboard and popup ask for it.
    expect(await answer(db, { type: 'ui/storage-status' }, NOW)).toEqual({
      full: { at: NOW + 1000, thinnedAt: NOW, lost: 2, thinned: 8 },
    });

    // An hour later it thins and retries again.
    await recordObservation(db, LABELLED, NOW + 2 * HOUR_MS);
    expect(full.refused()).toBe(5);
    expect(await storageFull(db)).toMatchObject({ thinnedAt: NOW + 2 * HOUR_MS, lost: 3 });
  });

  it('room again: the next stored visit removes the notice', async () => {
    const db = await seeded();
    fillUp('observations');
    await recordObservation(db, LABELLED, NOW);
    expect(await storageFull(db)).toBeDefined();
    vi.restoreAllMocks();
    await recordObservation(db, LABELLED, NOW + 1000);
    expect(await db.observations.where('handle').equals('labelled.news').count()).toBe(1);
    expect(await storageFull(db)).toBeUndefined();
    expect(await answer(db, { type: 'ui/storage-status' }, NOW)).toEqual({});
  });

  it('"clear data" frees the space and removes the notice, with or without labels', async () => {
    for (const labels of [false, true]) {
      const db = await seeded();
      fillUp('observations');
      await recordObservation(db, LABELLED, NOW);
      vi.restoreAllMocks();
      expect(area.get(STORAGE_FULL_KEY)).toBeDefined();
      await clearData(db, labels);
      expect(area.has(STORAGE_FULL_KEY)).toBe(false);
      expect(await storageFull(db)).toBeUndefined();
      expect(await answer(db, { type: 'ui/storage-status' }, NOW)).toEqual({});
      await recordObservation(db, LABELLED, NOW);
      expect(await db.observations.count()).toBe(1);
    }
  });

  it('every table full, meta too: the state is kept outside the database and the one-hour guard holds', async () => {
    const db = await seeded();
    const full = fillUp(['observations', 'meta']);
    await recordObservation(db, LABELLED, NOW);
    expect(full.refused('observations')).toBe(2); // the write, and its retry after thinning
    expect(area.get(STORAGE_FULL_KEY)).toEqual({ at: NOW, thinnedAt: NOW, lost: 1, thinned: 8 });
    expect(full.refused('meta')).toBe(0); // nothing was written into the full database for it

    // Ten more visits within the hour: each refused once, none thins or retries again.
    for (let i = 1; i <= 10; i++) await recordObservation(db, obs('old.account', NOW, 900 + i), NOW + i * 60_000);
    expect(full.refused('observations')).toBe(12);
    expect(await answer(db, { type: 'ui/storage-status' }, NOW)).toEqual({
      full: { at: NOW + 600_000, thinnedAt: NOW, lost: 11, thinned: 8 },
    });
  });

  it('visits arriving while a thinning pass runs wait for it instead of starting their own', async () => {
    const db = await seeded();
    const full = fillUp('observations');
    await Promise.all(Array.from({ length: 5 }, (_, i) => recordObservation(db, obs(`new_${i}`, NOW, 10), NOW)));
    // One pass: it removed the eight old rows once, and the state says one thinning.
    expect(await db.observations.count()).toBe(2);
    expect(await storageFull(db)).toMatchObject({ thinnedAt: NOW, lost: 5, thinned: 8 });
    expect(full.refused()).toBe(10);
  });

  it('a worker that starts again reads the state from storage.local, and the guard still holds', async () => {
    const db = await seeded();
    const full = fillUp('observations');
    await recordObservation(db, LABELLED, NOW);
    // A new worker: same database on disk, no memory of the state.
    const { LensDb } = await import('../../extension/background/db');
    const again = new LensDb(db.name, { indexedDB: db._options.indexedDB, IDBKeyRange: db._options.IDBKeyRange });
    expect(await storageFull(again)).toMatchObject({ thinnedAt: NOW, lost: 1 });
    await recordObservation(again, LABELLED, NOW + 1000);
    expect(full.refused()).toBe(3);
  });

  it('"clear data" survives rejections that are not Errors, and reports those it cannot get past as Errors', async () => {
    const db = await seeded();
    // The one transaction rejects with an IDBRequest error event, not an Error: table by table works.
    const event = { type: 'error', target: { error: new DOMException('The disk is full.', 'UnknownError') } };
    const transaction = db.transaction.bind(db) as (...a: unknown[]) => Promise<unknown>;
    const spy = vi.spyOn(db, 'transaction').mockImplementationOnce((() => Promise.reject(event)) as never);
    await expect(answer(db, { type: 'ui/clear-data', labels: false }, NOW)).resolves.toEqual({ ok: true });
    expect(await db.observations.count()).toBe(0);
    spy.mockRestore();
    void transaction;

    // Both ways fail, with a string and an event: the page still gets an Error with a message.
    vi.spyOn(db, 'transaction').mockImplementation((() => Promise.reject(event)) as never);
    vi.spyOn(db.accounts, 'clear').mockImplementation((() => Promise.reject('no')) as never);
    const failed = await answer(db, { type: 'ui/clear-data', labels: true }, NOW).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(Error);
    expect((failed as Error).message).toMatch(/disk is full/);
  });

  it('other failures are not swallowed', async () => {
    const { db } = freshDb();
    db.accounts.hook('creating', () => {
      throw new Error('worker stopped');
    });
    await expect(recordObservation(db, LABELLED, NOW)).rejects.toThrow('worker stopped');
    expect(await storageFull(db)).toBeUndefined();
  });

  it('the notice is translated in every locale', () => {
    const catalogues = readCatalogues(fileURLToPath(new URL('../../extension/i18n/', import.meta.url)));
    expect(catalogues.size).toBeGreaterThanOrEqual(4);
    for (const [l, messages] of catalogues) {
      expect(String(messages.storage_full?.message).length, l).toBeGreaterThan(20);
    }
  });
});
