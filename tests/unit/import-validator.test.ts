/**
 * Issue 17, finding 5 (and the bounds of finding 8): one validator for imported rows with the rules of live input.
 * Each case is a row the audit imported to break the database — an id of 2**53 that exhausted the key generator,
 * a subscription that skipped the URL and list checks, a label dated 9e15, `firstSeen: 1e300`, `signals: "x"`, a
 * handle with a zero-width space — and what now happens to it: skipped and counted, or rebuilt, and the database
 * keeps working. Over a fake IndexedDB.
 */
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, exportDb } from '../../extension/background/export';
import { importDb } from '../../extension/background/import';
import { lookupAccounts } from '../../extension/background/lookup';
import { recordObservation } from '../../extension/background/record';
import { validObservation } from '../../extension/background/validate';
import type { Observation } from '../../src/tiktok/observation';
import { DAY_MS } from '../../src/time';
import { freshDb, NOW } from './db-helpers';

const file = (tables: Record<string, unknown[]>) => ({ format: EXPORT_FORMAT, version: 1, tables });
const obs = (handle: string, at: number, followers = 1000): Observation => ({
  handle,
  status: 'ok',
  source: 'universal',
  observedAt: at,
  user: { uniqueId: handle, nickname: handle },
  stats: { followers, following: 3, likes: 10, videos: 2 },
  posts: [],
});
const account = (handle: string, extra: Record<string, unknown> = {}) => ({
  handle,
  firstSeen: NOW - DAY_MS,
  lastSeen: NOW,
  verdict: 'clear',
  score: 0,
  ...extra,
});
const assessment = (handle: string, extra: Record<string, unknown> = {}) => ({
  handle,
  verdict: 'clear',
  score: 0,
  affiliation: 0,
  amplification: 0,
  signals: [],
  reason: 'Nothing notable.',
  observedAt: NOW,
  ...extra,
});
const ZWSP = '\u200b';

describe('finding 5: an import cannot break the database', () => {
  it('ids are assigned by the database: an id of 2**53 does not stop later visits and notes', async () => {
    const { db } = freshDb();
    const row = { handle: 'someone', observedAt: NOW - DAY_MS, status: 'ok', source: 'dom', timeline: [] };
    const report = await importDb(
      db,
      file({
        observations: [{ ...row, id: 2 ** 53 }],
        notes: [{ id: 2 ** 53, handle: 'someone', text: 'hi', at: NOW }],
        labelEvents: [{ id: Number.MAX_SAFE_INTEGER, handle: 'someone', at: NOW, labelled: true, via: 'visit' }],
      }),
      NOW,
    );
    expect(report.invalid).toBe(0);
    expect(await db.observations.toCollection().primaryKeys()).toEqual([1]);
    await recordObservation(db, obs('someone', NOW), NOW);
    await db.notes.add({ handle: 'someone', text: 'a later note', at: NOW });
    expect(await db.observations.count()).toBe(2);
    expect(await db.notes.count()).toBe(2);
  });

  it('rows with dates out of range, or fields of the wrong shape, are skipped and counted', async () => {
    const { db } = freshDb();
    const report = await importDb(
      db,
      file({
        accounts: [account('fine'), account('far.future', { firstSeen: 1e300 }), account('neg', { score: -1 })],
        modLabels: [
          { handle: 'fine', verdict: 'state-media', at: 9e15 },
          { handle: 'fine', verdict: 'state-media', decision: 'maybe', at: NOW },
        ],
        verdicts: [
          { handle: 'fine', at: NOW, verdict: 'clear', score: 0, assessment: assessment('fine', { signals: 'x' }) },
          { handle: 'other', at: NOW, verdict: 'clear', score: 0, assessment: assessment('someone.else') },
        ],
        labelEvents: [{ handle: 'fine', at: NOW, labelled: 'yes', via: 'visit' }],
        watchlist: [{ handle: 'fine', addedAt: NOW, nextCheckAt: 1e300, failures: 0 }],
      }),
      NOW,
    );
    expect(report.invalid).toBe(8);
    expect(report.added).toEqual({ accounts: 1 });
    // The database still answers and exports: the badge lookup and the CSV read every row.
    expect((await lookupAccounts(db, ['fine'])).accounts).toHaveLength(1);
    const again = await exportDb(db, NOW);
    expect(again.tables.accounts).toHaveLength(1);
  });

  it('counts above their bounds are dropped from an imported row, as from a live one', async () => {
    const { db } = freshDb();
    await importDb(
      db,
      file({
        accounts: [account('big', { followers: 1e308, user: { uniqueId: 'big', createTime: 9e15 } })],
        observations: [
          {
            handle: 'big',
            observedAt: NOW,
            status: 'ok',
            source: 'dom',
            stats: { followers: 1e308, following: 5 },
            timeline: [],
          },
        ],
      }),
      NOW,
    );
    const a = await db.accounts.get('big');
    expect(a?.followers).toBeUndefined();
    expect(a?.user).toEqual({ uniqueId: 'big' });
    expect((await db.observations.toArray())[0]?.stats).toEqual({ following: 5 });
  });

  it('a handle with a zero-width space is refused on import exactly as on a visit', async () => {
    const { db } = freshDb();
    const handle = `cgtn${ZWSP}`;
    expect(validObservation({ ...obs(handle, NOW) }, NOW)).toBeUndefined();
    const report = await importDb(
      db,
      file({
        accounts: [account(handle)],
        observations: [{ handle, observedAt: NOW, status: 'ok', source: 'dom', timeline: [] }],
        notes: [{ handle: `@${handle}`, text: 'x', at: NOW }],
      }),
      NOW,
    );
    expect(report.invalid).toBe(3);
    expect(await db.accounts.count()).toBe(0);
  });

  it('subscriptions go through the URL check and the list reader of a live subscribe', async () => {
    const { db } = freshDb();
    const entry = { handle: 'listed_one', source: 'https://example.org/why', list: 'L' };
    const report = await importDb(
      db,
      file({
        subscriptions: [
          { url: 'https://192.168.1.1/list.json', enabled: true, addedAt: NOW, entries: [entry] },
          { url: 'https://router.lan/list.json', enabled: true, addedAt: NOW, entries: [entry] },
          {
            url: 'https://example.org/list.json',
            name: 'TikTok Official State Media',
            enabled: true,
            addedAt: NOW,
            entries: [entry, { handle: 12345, source: 'https://example.org' }, { handle: `a${ZWSP}b`, source: 'x' }],
          },
        ],
      }),
      NOW,
    );
    expect(report.invalid).toBe(2);
    const subs = await db.subscriptions.toArray();
    expect(subs.map((s) => s.url)).toEqual(['https://example.org/list.json']);
    // Bad entries skipped, and the list may not call itself TikTok's.
    expect(subs[0]?.entries.map((e) => e.handle)).toEqual(['listed_one']);
    expect(subs[0]?.name).toBe('List at example.org');
    expect(subs[0]?.entries[0]?.list).toBe('List at example.org');
  });

  it('only label histories are imported from meta; this browser’s own state is left alone, not counted', async () => {
    const { db } = freshDb();
    const report = await importDb(
      db,
      file({
        meta: [
          { key: 'label-history:fine', value: [{ at: NOW, by: 'Ann', action: 'label', decision: 'unsure' }] },
          { key: 'label-history:bad', value: [{ at: 9e15, by: 'Ann', action: 'label' }] },
          { key: 'storage.full', value: { at: NOW, thinnedAt: NOW, lost: 1, thinned: 0 } },
          { key: 'watchlist.scheduler', value: { paused: true } },
          { key: 'anything-else', value: 1 },
        ],
      }),
      NOW,
    );
    expect(report.invalid).toBe(2);
    expect((await db.meta.toArray()).map((m) => m.key)).toEqual(['label-history:fine']);
  });
});
