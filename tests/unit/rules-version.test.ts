/**
 * Stored verdicts follow the rules (issue 13, item 5), over a fake IndexedDB: every stored verdict carries the rules
 * version and the fingerprint of the lists, options and moderator label it was made under; a verdict made under
 * anything else is re-assessed from the stored visit before a badge lookup answers it, and by the background sweep
 * in chunks that survive a worker restart; changed verdicts are told to the tabs.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const sent: { tab: number; message: unknown }[] = [];
const store: Record<string, unknown> = {};
const alarms = new Map<string, unknown>();
const storageListeners = new Set<(changes: Record<string, { newValue?: unknown }>, area: string) => void>();
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async (k: string) => (k in store ? { [k]: store[k] } : {}),
        set: async (v: Record<string, unknown>) => Object.assign(store, v),
      },
      onChanged: {
        addListener: (l: never) => storageListeners.add(l),
        removeListener: (l: never) => storageListeners.delete(l),
      },
    },
    tabs: {
      query: async () => [{ id: 1 }, { id: 2 }],
      sendMessage: async (tab: number, message: unknown) => {
        sent.push({ tab, message });
      },
    },
    alarms: {
      create: async (name: string, info: unknown) => void alarms.set(name, info),
      clear: async (name: string) => alarms.delete(name),
      get: async (name: string) => alarms.get(name),
      onAlarm: { addListener: () => undefined },
    },
  },
}));

import { IDBKeyRange } from 'fake-indexeddb';
import { broadcastVerdicts, changedVerdicts, kickSweep } from '../../extension/background/alarms';
import { LensDb } from '../../extension/background/db';
import { type Fetcher, subscribe, unsubscribe } from '../../extension/background/lists';
import { lookupAccounts } from '../../extension/background/lookup';
import { applyAction, broadcastLabel, labelLookup } from '../../extension/background/moderator-labels';
import { OPTIONS_KEY } from '../../extension/background/options';
import {
  contextOf,
  labelStamp,
  needsSweep,
  type Reassessed,
  type RecordExtras,
  reassessHandles,
  recordObservation,
  sweep,
  sweepChunk,
} from '../../extension/background/record';
import { fromColumns, toRow } from '../../extension/background/rows';
import {
  type AssessExtras,
  assessExtras,
  currentOptions,
  listsChanged,
  onInputsChanged,
} from '../../extension/background/settings';
import { LIST_FORMAT } from '../../src/lists/format';
import { RULES_VERSION, rulesKey } from '../../src/signals/rules-version';
import type { Observation, PostSummary } from '../../src/tiktok/observation';
import { DAY_MS, HOUR_S } from '../../src/time';
import { corpusObservations, freshDb, NOW } from './db-helpers';

const sec = (ms: number) => Math.floor(ms / 1000);

/** An ordinary account; `i` varies the counts, `posts` the grid. */
function obs(handle: string, at = NOW, i = 0, posts: PostSummary[] = []): Observation {
  return {
    handle,
    status: 'ok',
    source: 'universal',
    observedAt: at,
    user: { uniqueId: handle, nickname: `Someone ${i}`, createTime: sec(NOW - 900 * DAY_MS) },
    stats: { followers: 5000 + i, following: 100, likes: 20_000, videos: 40 },
    posts,
  };
}

/** A grid of 35 posts, each with a caption and bait hashtags; `label` puts TikTok's label on the newest. */
function grid(at: number, label?: string): PostSummary[] {
  return Array.from({ length: 35 }, (_, k) => ({
    id: String(7_300_000_000_000_000_000n + BigInt(k)),
    createTime: sec(at) - k * 3 * HOUR_S,
    views: 2_000_000 - k * 1000,
    likes: 50_000,
    desc: 'Today in the capital #fyp #foryou #viral',
    hashtags: ['fyp', 'foryou', 'viral'],
    musicTitle: 'original sound',
    ...(k === 0 && label ? { stateLabel: label } : {}),
    ...(k === 3 ? { pinned: true } : {}),
  }));
}

const LIST = {
  format: LIST_FORMAT,
  version: 1,
  name: 'Team list',
  updated: '2026-01-01T00:00:00Z',
  entries: [{ handle: 'listed.one', source: 'https://e.org/report' }],
};
const fetcher: Fetcher = async () => new Response(JSON.stringify(LIST));

/** The options page saving `o`: stored, and every context told (extension/background/settings.ts drops its built extras). */
function saveOptions(o: unknown): void {
  store[OPTIONS_KEY] = o;
  for (const l of storageListeners) l({ [OPTIONS_KEY]: { newValue: o } }, 'local');
}

/** Extras as the background builds them, for a fresh state of the options and lists. */
async function extrasNow(db: LensDb): Promise<AssessExtras> {
  listsChanged();
  return assessExtras(db);
}

/** Make the stored verdict of `handle` look like one made under older rules that called it `verdict`. */
async function madeUnderOldRules(db: LensDb, handle: string, verdict: 'state-media' | 'clear') {
  const v = (await db.verdicts.get(handle))!;
  const oldCtx = `0.oldrules|${v.stamp!.ctx.split('|')[1]}`;
  await db.accounts.update(handle, { verdict, score: 100, ctx: oldCtx });
  await db.verdicts.put({
    ...v,
    verdict,
    score: 100,
    assessment: { ...v.assessment, verdict, score: 100, reason: 'The bio says “state-controlled media”.' },
    stamp: { rules: 0, ctx: oldCtx },
  });
}

beforeEach(async () => {
  sent.length = 0;
  alarms.clear();
  await currentOptions(); // registers settings' options listener
  saveOptions({});
  listsChanged();
});

describe('the stamp on every stored verdict', () => {
  it('records the rules version, the context of lists and options, the moderator label and the visit', async () => {
    const { db } = freshDb();
    const extras = await extrasNow(db);
    await recordObservation(db, obs('plain', NOW, 0, grid(NOW)), NOW, 'visit', extras);
    const v = (await db.verdicts.get('plain'))!;
    expect(v.stamp).toEqual({ rules: RULES_VERSION, ctx: contextOf(extras) });
    expect(contextOf(extras)).toBe(`${rulesKey()}|${extras.fingerprint}`);
    expect((await db.accounts.get('plain'))!.ctx).toBe(contextOf(extras));
    // The visit keeps what the signals read, by field, not the captions' text or the music.
    const posts = fromColumns(v.visit!.posts);
    expect(posts).toHaveLength(35);
    expect(posts[0]).toMatchObject({ hashtags: ['fyp', 'foryou', 'viral'], desc: '', likes: 50_000 });
    expect(posts[0]).not.toHaveProperty('musicTitle');
    expect(posts[0]).not.toHaveProperty('pinned');
    expect(posts[3]?.pinned).toBe(true);
    expect(v.visit!.posts.pinned?.filter((p) => p !== null)).toEqual([true]);
    expect(v.visit).not.toHaveProperty('user');
    expect(v.visit?.profile).toBe(true);
    // About half the bytes of the posts as objects, and well under their full form.
    const bytes = JSON.stringify(v.visit).length;
    expect(bytes).toBeLessThan(JSON.stringify(posts).length * 0.7);

    await applyAction(db, 'plain', { at: NOW + 1, by: 'Ann', action: 'label', decision: 'state-media' });
    await recordObservation(db, obs('plain', NOW + DAY_MS, 1), NOW + DAY_MS, 'visit', extras);
    expect((await db.verdicts.get('plain'))!.stamp?.label).toBe(labelStamp((await db.modLabels.get('plain'))!));
  });

  it('the fingerprint changes with the lists and the verdict options, not with the display or a refresh', async () => {
    const { db } = freshDb();
    const base = (await extrasNow(db)).fingerprint;
    let told = 0;
    const stop = onInputsChanged(() => told++);
    saveOptions({ badgeDisplay: 'state-media', showClear: true, moderatorName: 'Ann', retentionDays: 30 });
    expect((await assessExtras(db)).fingerprint).toBe(base);
    saveOptions({ sensitivity: 'high' });
    const high = (await assessExtras(db)).fingerprint;
    saveOptions({ disabledSignals: ['zero-follows'] });
    const off = (await assessExtras(db)).fingerprint;
    saveOptions({ seedList: false });
    const noSeed = (await assessExtras(db)).fingerprint;
    expect(new Set([base, high, off, noSeed]).size).toBe(4);
    expect(told).toBe(4); // each save tells the background (extension/background/index.ts: the sweep looks for stale verdicts)
    stop();

    saveOptions({});
    await subscribe(db, 'https://e.org/list.json', NOW, fetcher);
    const listed = (await extrasNow(db)).fingerprint;
    expect(listed).not.toBe(base);
    // Fetched again a day later with the same content: the same inputs.
    await subscribe(db, 'https://e.org/list.json', NOW + DAY_MS, fetcher);
    expect((await extrasNow(db)).fingerprint).toBe(listed);
    await unsubscribe(db, 'https://e.org/list.json');
    expect((await extrasNow(db)).fingerprint).toBe(base);
  });
});

describe('re-assessing a stored visit', () => {
  it('gives the visit’s own assessment under the same rules, for every corpus account and post-level evidence', {
    timeout: 30_000,
  }, async () => {
    const { db } = freshDb();
    const extras = await extrasNow(db);
    const all = [
      ...corpusObservations(),
      obs('bait.farm', NOW, 0, grid(NOW)),
      obs('post.labelled', NOW, 0, grid(NOW, 'China state media')),
    ];
    for (const o of all) await recordObservation(db, o, NOW, 'visit', extras);
    const handles = [...new Set(all.map((o) => o.handle))];
    const before = new Map((await db.verdicts.bulkGet(handles)).map((v) => [v!.handle, v!.assessment]));
    expect(before.get('bait.farm')!.signals.find((s) => s.id === 'hashtag-bait')?.points).toBeGreaterThan(0);
    expect(before.get('post.labelled')!.verdict).toBe('state-media');

    // Another context (a list refreshed to the same content, say): every verdict is made again from what is stored.
    const redone = await reassessHandles(db, handles, { ...extras, fingerprint: 'another' }, NOW + DAY_MS);
    expect(redone).toHaveLength(handles.length);
    for (const r of redone) expect(r.row.assessment, r.handle).toEqual(before.get(r.handle));
    expect(redone.every((r) => r.written)).toBe(true);
    // Stamped with the context it was made in: nothing left to do in it.
    expect(await reassessHandles(db, handles, { ...extras, fingerprint: 'another' }, NOW + DAY_MS)).toEqual([]);
  });
});

describe('lookup never answers a call the current rules would not make', () => {
  it('a verdict made under old rules is re-assessed before it is answered, and stored so', async () => {
    const { db } = freshDb();
    const extras = await extrasNow(db);
    await recordObservation(db, obs('innocent'), NOW, 'visit', extras);
    const current = (await db.verdicts.get('innocent'))!.verdict;
    expect(current).not.toBe('state-media');
    await madeUnderOldRules(db, 'innocent', 'state-media');

    // As stored: the old call (what the badges showed before this).
    expect((await lookupAccounts(db, ['innocent'])).accounts[0]?.verdict).toBe('state-media');
    const changed: Reassessed[] = [];
    const res = await lookupAccounts(db, ['innocent', 'never.seen'], { extras, onChanged: (c) => changed.push(...c) });
    expect(res.accounts).toHaveLength(1);
    expect(res.accounts[0]).toMatchObject({ handle: 'innocent', verdict: current, assessment: { verdict: current } });
    expect(changed.map((c) => [c.handle, c.before.verdict, c.row.verdict])).toEqual([
      ['innocent', 'state-media', current],
    ]);
    const v = (await db.verdicts.get('innocent'))!;
    expect(v.stamp?.rules).toBe(RULES_VERSION);
    expect(v.assessment.reason).not.toMatch(/bio says/);
    expect((await db.accounts.get('innocent'))!).toMatchObject({ verdict: current, ctx: contextOf(extras) });
  });

  it('a verdict made before a list was subscribed, or after it was removed, is made again', async () => {
    const { db } = freshDb();
    const before = await extrasNow(db);
    await recordObservation(db, obs('listed.one'), NOW, 'visit', before);
    await recordObservation(db, obs('other.one'), NOW, 'visit', before);
    expect((await lookupAccounts(db, ['listed.one'], { extras: before })).accounts[0]?.verdict).not.toBe('state-media');

    await subscribe(db, 'https://e.org/list.json', NOW, fetcher);
    const changed: Reassessed[] = [];
    const withList = await lookupAccounts(db, ['listed.one', 'other.one'], {
      extras: assessExtras(db),
      onChanged: (c) => changed.push(...c),
    });
    const listed = withList.accounts.find((e) => e.handle === 'listed.one')!;
    expect(listed.verdict).toBe('state-media');
    expect(listed.assessment?.reason).toContain('https://e.org/report');
    expect(withList.accounts.find((e) => e.handle === 'other.one')?.verdict).not.toBe('state-media');
    // Both were made again (the lists changed); only one changed its call.
    expect(changed.map((c) => c.handle)).toEqual(['listed.one']);

    await unsubscribe(db, 'https://e.org/list.json');
    const without = await lookupAccounts(db, ['listed.one'], { extras: assessExtras(db) });
    expect(without.accounts[0]?.verdict).not.toBe('state-media');
  });

  it('a verdict made before a moderator label is made again, and the label still wins where it is shown', async () => {
    const { db } = freshDb();
    const extras = await extrasNow(db);
    await recordObservation(db, obs('plain'), NOW, 'visit', extras);
    const at = (await db.verdicts.get('plain'))!.at;
    await applyAction(db, 'plain', { at: NOW + 5, by: 'Ann', action: 'label', decision: 'state-media', note: 'x' });

    const res = await lookupAccounts(db, ['plain'], { extras, now: NOW + 10 });
    const v = (await db.verdicts.get('plain'))!;
    expect(v.at).toBe(NOW + 10); // made again, not answered as it was
    expect(v.stamp?.label).toBe(labelStamp((await db.modLabels.get('plain'))!));
    expect(v.at).not.toBe(at);
    // The labels the lookup read with the rows are applied without a second read (issue 15: one round trip less
    // before a known account's badge); without them, labelLookup reads them itself, to the same answer.
    const reads = vi.spyOn(db.modLabels, 'bulkGet');
    const shown = await labelLookup(db, res);
    expect(reads).not.toHaveBeenCalled();
    expect(await labelLookup(db, { accounts: res.accounts })).toEqual(shown);
    expect(reads).toHaveBeenCalledTimes(1);
    reads.mockRestore();
    // Content scripts learn that a moderator decided, never who (issue 17, finding 1), nor the label rows.
    expect(shown.accounts[0]).toMatchObject({ verdict: 'state-media', assessment: { moderator: true } });
    expect(shown).not.toHaveProperty('labels');
    expect(JSON.stringify(shown)).not.toMatch(/Ann/);

    // The dashboard's label change re-assesses before it tells the tabs (one message per tab, as before).
    await applyAction(db, 'plain', { at: NOW + 20, by: 'Ann', action: 'undo' });
    await broadcastLabel(db, 'plain');
    expect((await db.verdicts.get('plain'))!.stamp?.label).toBeUndefined();
    expect(sent).toHaveLength(2);
    expect(sent[0]!.message).toMatchObject({ type: 'background/label-changed', handle: 'plain' });
  });

  it('a stale verdict with nothing stored to assess again says nothing', async () => {
    const { db } = freshDb();
    const extras = await extrasNow(db);
    await db.accounts.put({ handle: 'ghost', firstSeen: 1, lastSeen: 1, verdict: 'state-media', score: 100, ctx: '' });
    const res = await lookupAccounts(db, ['ghost'], { extras });
    expect(res.accounts[0]).toMatchObject({ verdict: 'unknown', score: 0 });
  });

  it('50 stale handles with histories are answered fast: faster than recording their visits (measured)', {
    timeout: 30_000,
  }, async () => {
    const { db } = freshDb();
    const extras = await extrasNow(db);
    const handles = Array.from({ length: 50 }, (_, i) => `acct${i}`);
    // Seven earlier visits each, a week apart, with full grids: the history the verdict reads.
    const visit = (h: string, i: number, weeksAgo: number) =>
      obs(h, NOW - weeksAgo * 7 * DAY_MS, i * 100 + weeksAgo, grid(NOW - weeksAgo * 7 * DAY_MS));
    await db.observations.bulkAdd(handles.flatMap((h, i) => [7, 6, 5, 4, 3, 2, 1].map((w) => toRow(visit(h, i, w)))));
    // The newest visits, recorded one by one under other lists: what a visit costs, for scale.
    const t0 = performance.now();
    for (const [i, h] of handles.entries()) {
      await recordObservation(db, visit(h, i, 0), NOW, 'visit', { ...extras, fingerprint: 'old lists' });
    }
    const recordMs = performance.now() - t0;

    const t1 = performance.now();
    const fresh = await lookupAccounts(db, handles, { extras });
    const staleMs = performance.now() - t1;
    expect(fresh.accounts).toHaveLength(50);
    expect(await needsSweep(db, extras)).toBe(false); // stored meanwhile
    const t2 = performance.now();
    await lookupAccounts(db, handles, { extras });
    const currentMs = performance.now() - t2;
    console.log(
      `lookup of 50 handles with 8 visits each (fake-indexeddb): all stale, re-assessed ${staleMs.toFixed(0)} ms; ` +
        `all current ${currentMs.toFixed(0)} ms; recording their 50 newest visits one by one ${recordMs.toFixed(0)} ms`,
    );
    // Reported, not asserted: timed assertions flake on a loaded runner (the bench measures costs).
  });
});

describe('the background sweep', () => {
  async function seed(db: LensDb, n: number, extras: RecordExtras) {
    for (let i = 0; i < n; i++) await recordObservation(db, obs(`acct${i}`, NOW, i), NOW, 'visit', extras);
    await recordObservation(db, obs('listed.one'), NOW, 'visit', extras);
  }

  it('after a list subscription, re-assesses every account in chunks and tells the tabs about changed verdicts', {
    timeout: 30_000,
  }, async () => {
    const { db } = freshDb();
    await seed(db, 120, await extrasNow(db));
    await subscribe(db, 'https://e.org/list.json', NOW, fetcher);
    expect(await needsSweep(db, await assessExtras(db))).toBe(true);

    const chunkMs: number[] = [];
    let last = performance.now();
    const changed: Reassessed[] = [];
    const r = await sweep(db, () => assessExtras(db), {
      chunk: 50,
      onChunk: (rs) => {
        chunkMs.push(performance.now() - last);
        last = performance.now();
        changed.push(...changedVerdicts(rs));
      },
    });
    console.log(
      `sweep: ${r.reassessed} accounts in ${r.chunks} chunks of ≤50: ${chunkMs.map((m) => m.toFixed(0)).join(', ')} ms`,
    );
    expect(r).toEqual({ done: true, chunks: 3, reassessed: 121 });
    expect(changed.map((c) => c.handle)).toEqual(['listed.one']);
    expect((await db.accounts.get('listed.one'))!.verdict).toBe('state-media');
    expect(await needsSweep(db, await assessExtras(db))).toBe(false);

    await broadcastVerdicts(db, changed);
    expect(sent.map((s) => s.tab)).toEqual([1, 2]);
    expect(sent[0]!.message).toMatchObject({
      type: 'background/label-changed',
      handle: 'listed.one',
      assessment: { verdict: 'state-media' },
    });
  });

  it('kickSweep runs it with the alarm armed as a watchdog, cleared when done', async () => {
    const { db } = freshDb();
    await seed(db, 10, await extrasNow(db));
    await subscribe(db, 'https://e.org/list.json', NOW, fetcher);
    await kickSweep(db);
    expect(await needsSweep(db, await assessExtras(db))).toBe(false);
    expect(alarms.has('reassess-sweep')).toBe(false);
    // The changed verdict went to both tabs.
    expect(sent.filter((s) => (s.message as { handle: string }).handle === 'listed.one')).toHaveLength(2);
  });

  it('stops within its budget and resumes after a worker restart; a chunk that fails writes nothing', {
    timeout: 30_000,
  }, async () => {
    const { db, indexedDB, name } = freshDb();
    const extras = await extrasNow(db);
    await seed(db, 229, { ...extras, fingerprint: 'before' });
    const stale = () => db.accounts.where('ctx').notEqual(contextOf(extras)).count();
    expect(await stale()).toBe(230);

    // A budget of nothing: one chunk, then it hands over (to its alarm).
    const first = await sweep(db, async () => extras, { chunk: 50, budgetMs: 0 });
    expect(first).toEqual({ done: false, chunks: 1, reassessed: 50 });
    expect(await stale()).toBe(180);

    // The worker stops mid-chunk: the chunk's transaction is aborted, none of its verdicts is written.
    const put = db.verdicts.bulkPut.bind(db.verdicts);
    db.verdicts.bulkPut = (async () => {
      throw new Error('worker stopped');
    }) as unknown as typeof db.verdicts.bulkPut;
    await expect(sweepChunk(db, extras, NOW)).rejects.toThrow('worker stopped');
    db.verdicts.bulkPut = put;
    expect(await stale()).toBe(180);
    db.close();

    // A new worker, a new connection: the sweep carries on from what is left, nothing kept in between.
    const again = new LensDb(name, { indexedDB, IDBKeyRange });
    const rest = await sweep(again, async () => extras, { chunk: 50 });
    expect(rest).toEqual({ done: true, chunks: 4, reassessed: 180 });
    expect(await again.accounts.where('ctx').notEqual(contextOf(extras)).count()).toBe(0);
    expect((await again.verdicts.toArray()).every((v) => v.stamp?.ctx === contextOf(extras))).toBe(true);
    again.close();
  });
});
