import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { recordObservation } from '../../extension/background/record';
import type { Observation } from '../../src/tiktok/observation';
import { DAY_MS, HOUR_S } from '../../src/time';
import { freshDb, NOW } from './db-helpers';

function obs(handle: string, at: number, followers: number, extra: Partial<Observation> = {}): Observation {
  return {
    handle,
    status: 'ok',
    source: 'universal',
    observedAt: at,
    user: { uniqueId: handle, nickname: handle.toUpperCase() },
    stats: { followers, following: 3, likes: followers * 10, videos: 12 },
    posts: [
      {
        id: '7300000000000000001',
        createTime: Math.floor(at / 1000) - HOUR_S,
        views: 99,
        hashtags: ['fyp'],
        desc: 'a b c',
      },
    ],
    ...extra,
  };
}

describe('recordObservation', () => {
  it('two tabs recording at once lose nothing: 400 concurrent calls, 400 rows', async () => {
    const { db } = freshDb();
    const calls: Promise<unknown>[] = [];
    // 40 accounts, 10 visits each an hour apart with different counts, all fired together in shuffled order.
    const all = Array.from({ length: 400 }, (_, i) =>
      obs(`acct${i % 40}`, NOW - Math.floor(i / 40) * 3_600_000, 1000 + i),
    );
    for (let i = all.length - 1; i > 0; i--) {
      const j = (i * 7919) % (i + 1);
      [all[i], all[j]] = [all[j]!, all[i]!];
    }
    for (const o of all) calls.push(recordObservation(db, o, NOW));
    await Promise.all(calls);
    expect(await db.observations.count()).toBe(400);
    expect(await db.accounts.count()).toBe(40);
    expect(await db.verdicts.count()).toBe(40);
    for (let a = 0; a < 40; a++) {
      const rows = await db.observations
        .where('[handle+observedAt]')
        .between([`acct${a}`, 0], [`acct${a}`, Infinity])
        .toArray();
      expect(rows.map((r) => r.stats?.followers).sort()).toEqual(
        all
          .filter((o) => o.handle === `acct${a}`)
          .map((o) => o.stats!.followers)
          .sort(),
      );
      const acct = (await db.accounts.get(`acct${a}`))!;
      // Whatever order the writes landed in, the account row describes the newest visit.
      expect(acct.lastSeen).toBe(NOW);
      expect(acct.firstSeen).toBe(NOW - 9 * 3_600_000);
      expect(acct.followers).toBe(all.find((o) => o.handle === `acct${a}` && o.observedAt === NOW)!.stats!.followers);
    }
  }, 30_000); // 400 transactions: seconds on a loaded machine (no timing is asserted)

  it('an unchanged visit within minutes refines the last row instead of adding one', async () => {
    const { db } = freshDb();
    await recordObservation(db, obs('a', NOW - 5 * 60_000, 500), NOW);
    const more = obs('a', NOW, 500);
    more.posts.push({ id: '7300000000000000002', createTime: Math.floor(NOW / 1000) - 7200, views: 5, hashtags: [] });
    const r = await recordObservation(db, more, NOW);
    expect(await db.observations.count()).toBe(1);
    expect(r.observations).toBe(1);
    expect((await db.observations.toArray())[0]!.timeline).toHaveLength(2);
    // Changed counts, or the same counts much later, are a new row.
    await recordObservation(db, obs('a', NOW + 60_000, 501), NOW);
    await recordObservation(db, obs('a', NOW + DAY_MS, 501), NOW + DAY_MS);
    expect(await db.observations.count()).toBe(3);
  });

  it('stores compact rows: counts, label state, [id, createTime, views]; no post text', async () => {
    const { db } = freshDb();
    await recordObservation(db, obs('a', NOW, 500), NOW);
    const [row] = await db.observations.toArray();
    expect(row).toEqual({
      id: 1,
      handle: 'a',
      observedAt: NOW,
      status: 'ok',
      source: 'universal',
      stats: { followers: 500, following: 3, likes: 5000, videos: 12 },
      labelled: false,
      timeline: [['7300000000000000001', Math.floor(NOW / 1000) - HOUR_S, 99]],
    });
    expect((await db.accounts.get('a'))?.user?.nickname).toBe('A');
  });

  it('records the label appearing and disappearing between visits', async () => {
    const { db } = freshDb();
    const labelled = (at: number, f: number) =>
      obs('s', at, f, { user: { uniqueId: 's', stateControlledMediaText: 'China state-controlled media' } });
    await recordObservation(db, obs('s', NOW - 3 * DAY_MS, 100), NOW);
    await recordObservation(db, labelled(NOW - 2 * DAY_MS, 110), NOW);
    await recordObservation(db, labelled(NOW - DAY_MS, 120), NOW);
    await recordObservation(
      db,
      { ...obs('s', NOW - DAY_MS / 2, 0), status: 'wall', user: undefined, stats: undefined },
      NOW,
    );
    await recordObservation(db, obs('s', NOW, 130), NOW);
    const events = await db.labelEvents.orderBy('at').toArray();
    expect(events.map((e) => [e.at, e.labelled, e.via])).toEqual([
      [NOW - 2 * DAY_MS, true, 'visit'],
      [NOW, false, 'visit'],
    ]);
    expect(events[0]!.text).toBe('China state-controlled media');
    expect((await db.accounts.get('s'))?.labelled).toBe(false);
  });

  it('a thirtyfold jump recorded over visits fires growth-spike from the stored history', async () => {
    const { db } = freshDb();
    const created = Math.floor((NOW - 300 * DAY_MS) / 1000);
    const visit = (daysAgo: number, followers: number) =>
      obs('jump', NOW - daysAgo * DAY_MS, followers, { user: { uniqueId: 'jump', createTime: created } });
    await recordObservation(db, visit(20, 9_000), NOW);
    await recordObservation(db, visit(10, 9_500), NOW);
    await recordObservation(db, visit(7, 10_000), NOW);
    const r = await recordObservation(db, visit(1, 300_000), NOW);
    const spike = r.assessment.signals.find((s) => s.id === 'growth-spike');
    expect(spike?.points).toBeGreaterThan(0);
    expect(r.observations).toBe(4);
  });

  it('stamps the verdict with the moderator label in force', async () => {
    const { db } = freshDb();
    await db.modLabels.put({ handle: 'a', verdict: 'state-media', at: 1, note: 'confirmed by outlet' });
    await recordObservation(db, obs('a', NOW, 5), NOW);
    expect((await db.verdicts.get('a'))?.stamp?.label).toBe('state-media@1');
  });
});

describe('a worker stopped mid-write leaves the database consistent', () => {
  it('a transaction aborted after some writes leaves none of them', async () => {
    const { db } = freshDb();
    await recordObservation(db, obs('keep', NOW - DAY_MS, 1), NOW);
    const before = await db.observations.count();
    await expect(
      db.transaction('rw', db.observations, db.accounts, async () => {
        await db.observations.add({ handle: 'x', observedAt: NOW, status: 'ok', source: 'dom', timeline: [] });
        await db.observations.add({ handle: 'x', observedAt: NOW + 1, status: 'ok', source: 'dom', timeline: [] });
        Dexie.currentTransaction!.abort(); // what the browser does to a worker's open transaction when it stops it
        await db.accounts.put({ handle: 'x', firstSeen: NOW, lastSeen: NOW, verdict: 'clear', score: 0 });
      }),
    ).rejects.toThrow();
    expect(await db.observations.count()).toBe(before);
    expect(await db.observations.where('handle').equals('x').count()).toBe(0);
    expect(await db.accounts.get('x')).toBeUndefined();
  });

  it('recordObservation failing after the observation row was written leaves no row, event or verdict', async () => {
    const { db } = freshDb();
    // The account write is the last step; make it fail after the observation and the label event were added.
    db.accounts.hook('creating', () => {
      throw new Error('worker stopped');
    });
    const labelled = obs('late', NOW, 5, { user: { uniqueId: 'late', stateControlledMedia: true } });
    await expect(recordObservation(db, labelled, NOW)).rejects.toThrow('worker stopped');
    expect(await db.observations.count()).toBe(0);
    expect(await db.labelEvents.count()).toBe(0);
    expect(await db.verdicts.count()).toBe(0);
    expect(await db.accounts.count()).toBe(0);
  });
});
