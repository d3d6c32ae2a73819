import Dexie from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  type AccountRow,
  DB_VERSION,
  LensDb,
  type ObservationRow,
  type ObservationRowV1,
  SCHEMA_V1,
  SCHEMA_V2,
  TABLES,
  type TableName,
  type VerdictRow,
} from '../../extension/background/db';
import { lookupAccounts } from '../../extension/background/lookup';
import { upgradeToV2 } from '../../extension/background/migrations';
import { contextOf, needsSweep, sweep } from '../../extension/background/record';
import { toRow } from '../../extension/background/rows';
import { isLabelled } from '../../src/history/labels';
import { compactTimeline } from '../../src/history/timeline';
import { DAY_MS } from '../../src/time';
import { assess } from '../../src/verdict';
import { corpusObservations, freshDb, NOW } from './db-helpers';

/** A database exactly as version 1 wrote it: whole Observations, account rows of the v1 shape. */
async function writeV1(name: string, indexedDB: IDBFactory) {
  const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  const observations = corpusObservations();
  // A label that appears between visits, and one that goes: the migration must find both in the old rows.
  const appears = observations.filter((o) => o.handle === observations[0]!.handle);
  appears.at(-1)!.user = { ...appears.at(-1)!.user!, stateControlledMediaText: 'Russia state-controlled media' };
  const labelled = observations.find((o) => o.user?.stateControlledMedia !== undefined)!;
  const goes = observations.filter((o) => o.handle === labelled.handle);
  const { stateControlledMedia: _, stateControlledMediaText: __, ...unlabelled } = goes.at(-1)!.user!;
  goes.at(-1)!.user = unlabelled;

  await v1.table('observations').bulkAdd(observations);
  const accounts = new Map<string, AccountRow>();
  for (const o of observations) {
    const prev = accounts.get(o.handle);
    accounts.set(o.handle, {
      handle: o.handle,
      nickname: o.user?.nickname ?? prev?.nickname,
      firstSeen: prev?.firstSeen ?? o.observedAt,
      lastSeen: o.observedAt,
      verdict: 'clear',
      score: 3,
      followers: o.stats?.followers ?? prev?.followers,
    });
  }
  await v1.table('accounts').bulkAdd([...accounts.values()]);
  const stored = {
    observations: (await v1.table('observations').toArray()) as ObservationRowV1[],
    accounts: (await v1.table('accounts').toArray()) as AccountRow[],
    appears: appears[0]!.handle,
    goes: labelled.handle,
  };
  v1.close();
  return stored;
}

describe('schema migration v1 -> v2', () => {
  it('upgrades a version-1 database written with real rows without losing a record', async () => {
    const { indexedDB, name } = freshDb();
    const old = await writeV1(name, indexedDB);
    expect(old.observations.length).toBeGreaterThan(50);
    expect(old.observations.reduce((n, o) => n + o.posts.length, 0)).toBeGreaterThan(500);

    const db = new LensDb(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(DB_VERSION);

    const rows = await db.observations.toArray();
    expect(rows).toHaveLength(old.observations.length);
    for (const o of old.observations) {
      const r = rows.find((x) => x.id === o.id)!;
      expect(r, `observation ${o.id}`).toBeDefined();
      expect(r).not.toHaveProperty('posts');
      expect(r).not.toHaveProperty('user');
      expect({ handle: r.handle, at: r.observedAt, status: r.status, source: r.source, stats: r.stats }).toEqual({
        handle: o.handle,
        at: o.observedAt,
        status: o.status,
        source: o.source,
        stats: o.stats,
      });
      expect(r.exactCounts).toBe(o.exactCounts);
      expect(r.timeline).toEqual(compactTimeline(o.posts));
      expect(r.labelled).toBe(o.user ? isLabelled(o.user) : undefined);
    }

    const accounts = await db.accounts.toArray();
    expect(accounts).toHaveLength(old.accounts.length);
    for (const a of old.accounts) {
      const now = accounts.find((x) => x.handle === a.handle)!;
      expect(now).toMatchObject(a); // every v1 field as it was
      const latestWithUser = old.observations
        .filter((o) => o.handle === a.handle && o.user)
        .sort((x, y) => y.observedAt - x.observedAt)[0];
      expect(now.user).toEqual(latestWithUser?.user);
    }

    // The label history is recovered from the old rows: one appearing, one going.
    const events = await db.labelEvents.toArray();
    expect(events.filter((e) => e.handle === old.appears).map((e) => e.labelled)).toEqual([true]);
    expect(events.filter((e) => e.handle === old.goes).map((e) => e.labelled)).toEqual([true, false]);
    expect(events.every((e) => e.via === 'migration')).toBe(true);

    // New rows get ids after the old ones, and the upgraded database takes new tables' rows.
    const id = await db.observations.add({ ...rows[0]!, id: undefined, observedAt: rows[0]!.observedAt + 1 });
    expect(id).toBeGreaterThan(Math.max(...old.observations.map((o) => o.id!)));
    await db.modLabels.put({ handle: 'x', verdict: 'state-media', at: 1 });
    expect(await db.modLabels.count()).toBe(1);
    db.close();
  });

  it('a failed upgrade leaves the version-1 database as it was', async () => {
    const { indexedDB, name } = freshDb();
    const old = await writeV1(name, indexedDB);
    // The same v2 schema with an upgrade that dies half-way (after rewriting rows), as a killed worker would.
    const broken = new Dexie(name, { indexedDB, IDBKeyRange });
    broken.version(1).stores(SCHEMA_V1);
    broken
      .version(2)
      .stores({ ...SCHEMA_V1, meta: 'key' })
      .upgrade(async (tx) => {
        await tx.table('observations').toCollection().modify({ posts: [] });
        throw new Error('worker stopped');
      });
    await expect(broken.open()).rejects.toThrow();
    broken.close();

    const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    expect(v1.verno).toBe(1);
    expect(await v1.table('observations').toArray()).toEqual(old.observations);
    v1.close();
  });
});

/**
 * A database exactly as version 2 wrote it: compact observation rows, accounts with their latest profile, verdicts
 * without a stamp or a visit, and a row in every other table.
 */
async function writeV2(name: string, indexedDB: IDBFactory) {
  const v2 = new Dexie(name, { indexedDB, IDBKeyRange });
  v2.version(1).stores(SCHEMA_V1);
  v2.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  await v2.open();
  const observations = corpusObservations();
  const rows: ObservationRow[] = observations.map(toRow);
  const accounts = new Map<string, AccountRow>();
  const verdicts = new Map<string, VerdictRow>();
  for (const [i, o] of observations.entries()) {
    const prev = accounts.get(o.handle);
    const history = observations.slice(0, i).filter((h) => h.handle === o.handle);
    const a = assess(o, { history });
    accounts.set(o.handle, {
      handle: o.handle,
      nickname: o.user?.nickname ?? prev?.nickname,
      firstSeen: prev?.firstSeen ?? o.observedAt,
      lastSeen: o.observedAt,
      verdict: a.verdict,
      score: a.score,
      followers: o.stats?.followers ?? prev?.followers,
      user: o.user ?? prev?.user,
      labelled: o.user ? isLabelled(o.user) : prev?.labelled,
    });
    verdicts.set(o.handle, { handle: o.handle, at: o.observedAt, verdict: a.verdict, score: a.score, assessment: a });
  }
  // One account the old rules called state media (a bio that mentions it, say) that the current rules do not.
  const [wrong] = [...accounts.values()].filter((a) => a.verdict === 'clear');
  wrong!.verdict = 'state-media';
  wrong!.score = 100;
  const v = verdicts.get(wrong!.handle)!;
  verdicts.set(wrong!.handle, {
    ...v,
    verdict: 'state-media',
    score: 100,
    assessment: { ...v.assessment, verdict: 'state-media', score: 100 },
  });

  await v2.table('observations').bulkAdd(rows);
  await v2.table('accounts').bulkAdd([...accounts.values()]);
  await v2.table('verdicts').bulkAdd([...verdicts.values()]);
  const first = observations[0]!.handle;
  await v2.table('modLabels').add({ handle: first, verdict: 'state-media', at: NOW, note: 'confirmed' });
  await v2.table('notes').add({ handle: first, text: 'seen in a report', at: NOW });
  await v2.table('labelConflicts').add({
    handle: first,
    local: { handle: first, verdict: 'state-media', at: NOW },
    incoming: { handle: first, verdict: 'clear', at: NOW },
    at: NOW,
  });
  await v2.table('labelEvents').add({ handle: first, at: NOW - DAY_MS, labelled: true, via: 'visit' });
  await v2.table('watchlist').add({ handle: first, addedAt: NOW, nextCheckAt: NOW + DAY_MS, failures: 0 });
  await v2.table('subscriptions').add({ url: 'https://e.org/l.json', enabled: true, addedAt: NOW, entries: [] });
  await v2.table('meta').add({ key: 'watchlist.scheduler', value: { enabled: true } });
  const dump = {} as Record<TableName, unknown[]>;
  for (const t of TABLES) dump[t] = await v2.table(t).toArray();
  v2.close();
  return { dump, wrong: wrong!.handle };
}

describe('schema migration v2 -> v3', () => {
  it('keeps every row; accounts are marked as assessed under unknown rules, and re-assessed from their rows', async () => {
    const { indexedDB, name } = freshDb();
    const old = await writeV2(name, indexedDB);
    expect(old.dump.accounts.length).toBeGreaterThan(10);

    const db = new LensDb(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    for (const t of TABLES) {
      const now = await db.table(t).toArray();
      // Accounts gain `ctx: ''` (no context equals it), verdicts (v4) the mark where their history starts; every
      // other row is as version 2 wrote it.
      const start = (v: VerdictRow) => [{ at: v.at, to: v.verdict, toScore: v.score, why: 'start' }];
      const want =
        t === 'accounts'
          ? old.dump[t].map((a) => ({ ...(a as AccountRow), ctx: '' }))
          : t === 'verdicts'
            ? old.dump[t].map((v) => ({ ...(v as VerdictRow), changes: start(v as VerdictRow) }))
            : old.dump[t];
      expect(now, t).toEqual(want);
    }

    // Answered only once made again under the current rules, from the newest stored row and its history.
    const extras = { fingerprint: 'current lists' };
    const wrong = await lookupAccounts(db, [old.wrong], { extras });
    expect(wrong.accounts[0]?.verdict).toBe('clear');
    const v = (await db.verdicts.get(old.wrong))!;
    expect(v.stamp?.ctx).toBe(contextOf(extras));
    expect(v.visit?.observedAt).toBe((await db.accounts.get(old.wrong))!.lastSeen);

    // The sweep does the rest, and then every account and verdict carries the current context.
    expect(await needsSweep(db, extras)).toBe(true);
    const r = await sweep(db, async () => extras, { chunk: 10 });
    expect(r.done).toBe(true);
    expect(r.reassessed).toBe(old.dump.accounts.length - 1);
    expect((await db.accounts.toArray()).every((a) => a.ctx === contextOf(extras))).toBe(true);
    expect((await db.verdicts.toArray()).every((x) => x.stamp?.ctx === contextOf(extras))).toBe(true);
    // The re-assessed verdicts of the others are what version 2 had stored: the rows carry what they were made from.
    const before = new Map((old.dump.verdicts as VerdictRow[]).map((x) => [x.handle, x.verdict]));
    const changed = (await db.verdicts.toArray()).filter((x) => x.verdict !== before.get(x.handle));
    expect(changed.map((x) => x.handle)).toEqual([old.wrong]);
    db.close();
  });

  it('a version-1 database upgraded through v2 to v3 marks its accounts too', async () => {
    const { indexedDB, name } = freshDb();
    await writeV1(name, indexedDB);
    const db = new LensDb(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect((await db.accounts.toArray()).every((a) => a.ctx === '')).toBe(true);
    expect(await db.accounts.where('ctx').equals('').count()).toBe(await db.accounts.count());
    db.close();
  });
});
