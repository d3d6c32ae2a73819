/**
 * Issue 9: quota exhaustion is handled with a visible message, not lost writes. When IndexedDB refuses a write
 * with QuotaExceededError, recordObservation thins old history and tries once more; if that fails too, the visit
 * is still assessed (the badge shows), and the failure is kept for the dashboard and popup until "clear data".
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

/** Makes fake-indexeddb's add/put on `store` throw what a browser throws when the origin's quota is used up. */
function fillUp(store: string, times = Number.POSITIVE_INFINITY): { refused: () => number } {
  let refused = 0;
  for (const method of ['add', 'put'] as const) {
    const original = IDBObjectStore.prototype[method];
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === store && refused < times) {
        refused++;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return original.apply(this, args as Parameters<typeof original>);
    });
  }
  return { refused: () => refused };
}

afterEach(() => {
  vi.restoreAllMocks();
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
      expect(await db.meta.get(STORAGE_FULL_KEY)).toBeDefined();
      await clearData(db, labels);
      expect(await storageFull(db)).toBeUndefined();
      expect(await answer(db, { type: 'ui/storage-status' }, NOW)).toEqual({});
      await recordObservation(db, LABELLED, NOW);
      expect(await db.observations.count()).toBe(1);
    }
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
