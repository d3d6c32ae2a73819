/**
 * The verdict's history (extension/background/verdict-changes.ts, schema v4): a change is kept with why it happened
 * whenever a stored verdict is replaced by another — a visit, a list or rules change, an import — and the v3 -> v4
 * upgrade marks where the history of the verdicts already stored starts.
 */
import Dexie from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { DB_VERSION, LensDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, type VerdictRow } from '../../extension/background/db';
import { upgradeToV2, upgradeToV3 } from '../../extension/background/migrations';
import { reassessHandles, recordObservation } from '../../extension/background/record';
import { type VerdictRowV4, whyChanged, withChanges } from '../../extension/background/verdict-changes';
import { verdictHistory } from '../../extension/background/verdict-history';
import type { Observation } from '../../src/tiktok/observation';
import { DAY_MS } from '../../src/time';
import type { Assessment } from '../../src/verdict';
import { freshDb, NOW } from './db-helpers';

// extension/background/viewer-say.ts reads storage.local: a viewer who said nothing.
vi.mock('webextension-polyfill', () => ({ default: { storage: { local: { get: async () => ({}) } } } }));

function obs(handle: string, at: number, followers: number, labelled = false): Observation {
  return {
    handle,
    status: 'ok',
    source: 'universal',
    observedAt: at,
    user: {
      uniqueId: handle,
      nickname: handle,
      ...(labelled ? { stateControlledMediaText: 'Russia state-controlled media' } : {}),
    },
    stats: { followers, following: 40, likes: followers * 3, videos: 12 },
    posts: [],
  };
}

const row = (over: Partial<VerdictRow>): VerdictRow => ({
  handle: 'a',
  at: NOW,
  verdict: 'clear',
  score: 0,
  assessment: {} as Assessment,
  ...over,
});

describe('verdict changes', () => {
  it('a visit that brings TikTok’s label records clear -> state media, why "visit", with the counts that moved', async () => {
    const { db } = freshDb();
    await recordObservation(db, obs('newsdesk', NOW - 2 * DAY_MS, 1000), NOW - 2 * DAY_MS);
    const first = (await db.verdicts.get('newsdesk')) as VerdictRowV4;
    expect(first.verdict).not.toBe('state-media');
    // A new account's row starts with no entry: `firstSeen` says when it was first assessed.
    expect(first.changes).toBeUndefined();

    await recordObservation(db, obs('newsdesk', NOW - DAY_MS, 1500, true), NOW - DAY_MS);
    const second = (await db.verdicts.get('newsdesk')) as VerdictRowV4;
    expect(second.verdict).toBe('state-media');
    expect(second.changes).toEqual([
      {
        at: NOW - DAY_MS,
        from: first.verdict,
        to: 'state-media',
        fromScore: first.score,
        toScore: second.score,
        why: 'visit',
        counts: [
          { field: 'followers', from: 1000, to: 1500 },
          { field: 'likes', from: 3000, to: 4500 },
        ],
      },
    ]);

    // The same verdict on the next visit adds nothing, and the history is carried over the replaced row.
    await recordObservation(db, obs('newsdesk', NOW, 1600, true), NOW);
    const third = (await db.verdicts.get('newsdesk')) as VerdictRowV4;
    expect(third.at).toBe(NOW);
    expect(third.changes).toEqual(second.changes);

    const history = await verdictHistory(db, 'newsdesk');
    expect(history.firstSeen).toBe(NOW - 2 * DAY_MS);
    expect(history.computed?.verdict).toBe('state-media');
    expect(history.changes).toHaveLength(1);
  });

  it('a list naming the account, applied by re-assessment, is recorded as a list change', async () => {
    const { db } = freshDb();
    await recordObservation(db, obs('listed', NOW - DAY_MS, 1000), NOW - DAY_MS, 'visit', { fingerprint: 'none' });
    const before = (await db.verdicts.get('listed'))!.verdict;
    expect(before).not.toBe('state-media');
    const entry = { handle: 'listed', list: 'test list', source: 'https://example.org/list', outlet: 'Outlet' };
    const [r] = await reassessHandles(
      db,
      ['listed'],
      { lookupList: (h) => (h === 'listed' ? entry : undefined), fingerprint: 'with-list' },
      NOW,
    );
    expect(r?.written).toBe(true);
    const after = (await db.verdicts.get('listed')) as VerdictRowV4;
    expect(after.verdict).toBe('state-media');
    expect(after.changes?.map((c) => [c.from, c.to, c.why])).toEqual([[before, 'state-media', 'lists']]);
  });

  it('names why from what the two rows were made under', () => {
    const stamp = { rules: 3, ctx: '3.abc|lists1' };
    const visit = (t: number) => ({ observedAt: t }) as VerdictRow['visit'];
    const old = row({ stamp, visit: visit(1) });
    expect(whyChanged(old, row({ stamp, visit: visit(2) }))).toBe('visit');
    expect(whyChanged(old, row({ stamp: { rules: 4, ctx: '4.def|lists1' }, visit: visit(1) }))).toBe('rules');
    expect(whyChanged(old, row({ stamp: { rules: 3, ctx: '3.abc|lists2' }, visit: visit(1) }))).toBe('lists');
    expect(whyChanged(old, row({ stamp: { ...stamp, label: 'clear@5' }, visit: visit(1) }))).toBe('label');
    expect(whyChanged(old, row({}))).toBe('import');
    expect(whyChanged(row({}), row({ stamp, visit: visit(1) }))).toBe('visit');
  });

  it('keeps at most 100 changes, the newest', () => {
    let r: VerdictRowV4 | undefined;
    for (let i = 0; i < 130; i++) {
      r = withChanges(r, row({ at: i, verdict: i % 2 ? 'unusual' : 'clear', score: i % 2 ? 40 : 0 }));
    }
    expect(r?.changes).toHaveLength(100);
    expect(r?.changes?.at(-1)).toMatchObject({ at: 129, from: 'clear', to: 'unusual' });
    expect(r?.changes?.[0]?.at).toBe(30);
  });
});

describe('schema migration v3 -> v4', () => {
  it('marks where each stored verdict’s history starts and keeps every row', async () => {
    const { indexedDB, name } = freshDb();
    const v3 = new Dexie(name, { indexedDB, IDBKeyRange });
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    v3.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
    await v3.open();
    const rows = [
      row({ handle: 'one', at: NOW - DAY_MS, verdict: 'suspected', score: 55 }),
      row({ handle: 'two', at: NOW, verdict: 'clear', score: 4 }),
    ];
    await v3.table('verdicts').bulkAdd(rows);
    await v3
      .table('accounts')
      .bulkAdd(
        rows.map((r) => ({ handle: r.handle, firstSeen: r.at, lastSeen: r.at, verdict: r.verdict, score: r.score })),
      );
    v3.close();

    const db = new LensDb(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(4);
    const after = (await db.verdicts.toArray()) as VerdictRowV4[];
    expect(after).toHaveLength(2);
    expect(after.find((r) => r.handle === 'one')).toEqual({
      ...rows[0],
      changes: [{ at: NOW - DAY_MS, to: 'suspected', toScore: 55, why: 'start' }],
    });
    // A later change is appended after the start mark.
    await db.verdicts.put(row({ handle: 'one', at: NOW, verdict: 'clear', score: 3 }));
    const one = (await db.verdicts.get('one')) as VerdictRowV4;
    expect(one.changes?.map((c) => [c.why, c.from, c.to])).toEqual([
      ['start', undefined, 'suspected'],
      ['import', 'suspected', 'clear'],
    ]);
    db.close();
  });
});
