import Dexie from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { type AccountRow, DB_VERSION, LensDb, type ObservationRowV1, SCHEMA_V1 } from '../../extension/background/db';
import { isLabelled } from '../../src/history/labels';
import { compactTimeline } from '../../src/history/timeline';
import { corpusObservations, freshDb } from './db-helpers';

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
