/**
 * How big the cache gets: 10,000 accounts with a year or two of visits for the busiest, after thinning. Rows are
 * built the way extension/background/record.ts builds them (toRow, assess) and written in bulk, because recording 10,000 visits one by
 * one through fake-indexeddb would take minutes; the size is that of the rows, whichever way they got there.
 */
import { describe, expect, it } from 'vitest';
import type { AccountRow, ObservationRow, VerdictRow } from '../../extension/background/db';
import { dumpTables } from '../../extension/background/export';
import { toRow } from '../../extension/background/rows';
import { thinAll } from '../../extension/background/thin';
import type { Observation, PostSummary } from '../../src/tiktok/observation';
import { DAY_MS, DAY_S } from '../../src/time';
import { assess } from '../../src/verdict';
import { freshDb, NOW } from './db-helpers';

const ACCOUNTS = 10_000;
/** The busiest accounts: a moderator's regulars, visited twice a day for two years (25 of them keep the test fast;
 * the printed per-account size scales it). */
const HEAVY = 25;
const HEAVY_DAYS = 730;
/** The rest: a fifth seen five times over the last three months, the others once. */
const sec = (ms: number) => Math.floor(ms / 1000);

function posts(i: number, at: number): PostSummary[] {
  return Array.from({ length: 35 }, (_, k) => ({
    id: String(7_300_000_000_000_000_000n + BigInt(i * 1000 + k)),
    createTime: sec(at) - k * DAY_S,
    views: 1000 + ((i * 31 + k * 17) % 90_000),
    likes: 50,
    desc: 'A description of the kind people write under their videos #fyp #news #world',
    hashtags: ['fyp', 'news', 'world'],
  }));
}

function observation(i: number, at: number, followers: number): Observation {
  return {
    handle: `account_${i}`,
    status: 'ok',
    source: 'universal',
    observedAt: at,
    exactCounts: true,
    user: {
      uniqueId: `account_${i}`,
      id: String(7_000_000_000_000_000_000n + BigInt(i)),
      nickname: `Account number ${i}`,
      signature: 'News and views from around the world, every day. Business: contact@example.com',
      bioLink: 'example.com/links',
      createTime: sec(NOW - 900 * DAY_MS),
      verified: false,
    },
    stats: { followers, following: 120, likes: followers * 14, videos: 400 },
    posts: posts(i, at),
  };
}

function visitsOf(i: number): number[] {
  if (i < HEAVY) return Array.from({ length: HEAVY_DAYS * 2 }, (_, k) => NOW - (k / 2) * DAY_MS);
  if (i % 5 === 0) return [80, 60, 40, 20, 1].map((d) => NOW - d * DAY_MS);
  return [NOW - (i % 90) * DAY_MS];
}

describe('cache size', () => {
  it(`${ACCOUNTS} accounts, the busiest visited twice a day for two years, stay small after thinning`, async () => {
    const { db } = freshDb();
    let written = 0;
    for (let start = 0; start < ACCOUNTS; start += 500) {
      const accounts: AccountRow[] = [];
      const verdicts: VerdictRow[] = [];
      const rows: ObservationRow[] = [];
      for (let i = start; i < start + 500; i++) {
        const times = visitsOf(i).sort((a, b) => a - b);
        const all = times.map((t, k) => observation(i, t, 10_000 + k * 25));
        for (const o of all) rows.push(toRow(o));
        const last = all[all.length - 1]!;
        const a = assess(last, { history: all.slice(-200, -1), now: NOW });
        accounts.push({
          handle: last.handle,
          nickname: last.user?.nickname,
          firstSeen: times[0]!,
          lastSeen: last.observedAt,
          verdict: a.verdict,
          score: a.score,
          followers: last.stats?.followers,
          user: last.user,
          labelled: false,
        });
        verdicts.push({ handle: last.handle, at: NOW, verdict: a.verdict, score: a.score, assessment: a });
      }
      written += rows.length;
      await db.observations.bulkAdd(rows);
      await db.accounts.bulkAdd(accounts);
      await db.verdicts.bulkAdd(verdicts);
    }
    const removed = await thinAll(db, NOW);
    const tables = await dumpTables(db);
    const bytes = Object.fromEntries(Object.entries(tables).map(([t, r]) => [t, JSON.stringify(r).length]));
    const total = Object.values(bytes).reduce((n, b) => n + b, 0);
    const heavy = tables.observations.filter((r) => Number((r as ObservationRow).handle.slice(8)) < HEAVY);
    const heavyRows = heavy.length;
    const heavyBytes = JSON.stringify(heavy).length / HEAVY;
    console.log(
      `cache size: ${ACCOUNTS} accounts; observation rows written ${written}, thinned ${removed}, ` +
        `kept ${tables.observations.length} (${(heavyRows / HEAVY).toFixed(0)} rows, ${(heavyBytes / 1e3).toFixed(0)} kB ` +
        `per heavy account); ` +
        `JSON bytes ${JSON.stringify(bytes)}; total ${(total / 1e6).toFixed(1)} MB`,
    );
    // Per heavy account: 30 days of every visit (60), ~335 daily and ~53 weekly rows, plus the first.
    expect(heavyRows / HEAVY).toBeLessThanOrEqual(60 + 336 + 54 + 1);
    expect(tables.observations.length).toBe(written - removed);
    // The bounds this test holds the cache to (measured: ~55 MB, of which verdicts with their evidence ~18 MB):
    // 10,000 accounts under 70 MB of JSON, a visit row under 1.6 kB on average, a heavy account under 400 kB.
    expect(total).toBeLessThan(70e6);
    expect(bytes.observations! / tables.observations.length).toBeLessThan(1600);
    expect(heavyBytes).toBeLessThan(400e3);
  }, 180_000);
});
