import { describe, expect, it } from 'vitest';
import { growthSeries } from '../../src/history/growth';
import { isLabelled, labelChanges } from '../../src/history/labels';
import { rowsToThin, slimTimeline, THIN_POLICY } from '../../src/history/thin';
import { compactTimeline, mergeTimelines, postsFromTimeline } from '../../src/history/timeline';
import type { Observation, PostSummary } from '../../src/tiktok/observation';
import { DAY_MS } from '../../src/time';

const NOW = Date.UTC(2026, 10, 28, 12);
const sec = (ms: number) => Math.floor(ms / 1000);

function post(i: number, daysAgo: number, views?: number): PostSummary {
  const p: PostSummary = {
    id: String(7_000_000 + i),
    createTime: sec(NOW - daysAgo * DAY_MS),
    hashtags: ['x'],
    desc: 'd',
  };
  if (views !== undefined) p.views = views;
  return p;
}

function obs(daysAgo: number, followers: number, likes?: number, videos?: number): Observation {
  return {
    handle: 'a',
    status: 'ok',
    source: 'api-user',
    observedAt: NOW - daysAgo * DAY_MS,
    stats: { followers, likes, videos },
    posts: [],
  };
}

describe('post timeline', () => {
  it('keeps the 35 newest posts as [id, createTime, views] and nothing else', () => {
    const posts = Array.from({ length: 50 }, (_, i) => post(i, 50 - i, i * 10));
    const t = compactTimeline(posts);
    expect(t).toHaveLength(35);
    expect(t[0]).toEqual([posts[49]!.id, posts[49]!.createTime, 490]);
    expect(t[34]![0]).toBe(posts[15]!.id);
    expect(JSON.stringify(t)).not.toMatch(/hashtags|desc/);
    expect(postsFromTimeline(t)[0]).toEqual({
      id: posts[49]!.id,
      createTime: posts[49]!.createTime,
      views: 490,
      hashtags: [],
    });
  });

  it('a post without views comes back without views, not with 0', () => {
    const [p] = postsFromTimeline(compactTimeline([post(1, 1)]));
    expect(p).not.toHaveProperty('views');
  });

  it('merging timelines joins by id; a later reading without views keeps the earlier views', () => {
    const a = compactTimeline([post(1, 3, 100), post(2, 2, 50)]);
    const b = compactTimeline([post(2, 2), post(3, 1, 7)]);
    expect(mergeTimelines(a, b).map((e) => [e[0], e[2]])).toEqual([
      ['7000003', 7],
      ['7000002', 50],
      ['7000001', 100],
    ]);
  });
});

describe('growth series', () => {
  it('one point per observation with a follower count, oldest first, the counts of each visit', () => {
    const s = growthSeries([obs(0, 2000, 9000, 15), obs(10, 1000, 5000, 10), obs(5, 2000, 6000, 15)]);
    expect(s.map((p) => [p.t, p.followers, p.likes, p.videos])).toEqual([
      [NOW - 10 * DAY_MS, 1000, 5000, 10],
      [NOW - 5 * DAY_MS, 2000, 6000, 15],
      [NOW, 2000, 9000, 15],
    ]);
  });
});

describe('thinning', () => {
  const row = (id: number, daysAgo: number, mark = 'ok|false') => ({ id, observedAt: NOW - daysAgo * DAY_MS, mark });

  it('keeps every row of the last 30 days', () => {
    const rows = Array.from({ length: 300 }, (_, i) => row(i, i / 10)); // 10 a day for 30 days
    expect(rowsToThin(rows, NOW)).toEqual([]);
  });

  it('keeps one row per day after 30 days and one per week after a year, plus the first row', () => {
    // 10 visits a day for two years.
    const rows = Array.from({ length: 7300 }, (_, i) => row(i, 730 - i / 10));
    const gone = new Set(rowsToThin(rows, NOW));
    const kept = rows.filter((r) => !gone.has(r.id));
    const recent = kept.filter((r) => NOW - r.observedAt < THIN_POLICY.keepAllMs).length;
    const daily = kept.filter((r) => {
      const age = NOW - r.observedAt;
      return age >= THIN_POLICY.keepAllMs && age < THIN_POLICY.dailyMs;
    }).length;
    const weekly = kept.length - recent - daily;
    expect(recent).toBeLessThanOrEqual(300);
    expect(daily).toBeGreaterThanOrEqual(333);
    expect(daily).toBeLessThanOrEqual(337);
    expect(weekly).toBeLessThanOrEqual(54 + 1); // 365 days of weeks, and the first row
    expect(kept[0]!.id).toBe(0);
    // Thinning again removes nothing more.
    expect(rowsToThin(kept, NOW)).toEqual([]);
  });

  it('never thins away a change of status or label', () => {
    const rows = [row(1, 100), row(2, 99.9), row(3, 99.8, 'ok|true'), row(4, 99.7, 'ok|true'), row(5, 99.6)];
    expect(rowsToThin(rows, NOW)).toEqual([2, 4]);
  });
});

describe('slimming an old row', () => {
  it('keeps the posts uploaded since the previous row and the five most viewed, in order', () => {
    const t = compactTimeline(Array.from({ length: 35 }, (_, i) => post(i, 35 - i, i === 3 ? 20_000_000 : i)));
    // Top five by views: post 3 (viral) and 34…31; since the last row: 34, 33, 32.
    const since = sec(NOW - 3.5 * DAY_MS); // posts 32, 33, 34 are newer
    const slim = slimTimeline(t, since);
    expect(slim.map((e) => Number(e[0]) - 7_000_000)).toEqual([34, 33, 32, 31, 3]);
    expect(slimTimeline(slim, since)).toEqual(slim);
  });
});

describe('label history', () => {
  it('labelled means the raw field, or the label text under the name', () => {
    expect(isLabelled({ uniqueId: 'a' })).toBe(false);
    expect(isLabelled({ uniqueId: 'a', stateControlledMedia: false })).toBe(true); // present is present (raw kept)
    expect(isLabelled({ uniqueId: 'a', stateControlledMediaText: 'China state-controlled media' })).toBe(true);
    expect(isLabelled({ uniqueId: 'a', stateControlledMediaText: 'Travel media' })).toBe(false);
  });

  it('changes are the moments the label appeared or went, unknown readings skipped', () => {
    expect(
      labelChanges([
        { at: 1, labelled: false },
        { at: 2, labelled: false },
        { at: 3 },
        { at: 4, labelled: true },
        { at: 5, labelled: true },
        { at: 6, labelled: false },
      ]),
    ).toEqual([
      { at: 1, labelled: false },
      { at: 4, labelled: true },
      { at: 6, labelled: false },
    ]);
  });
});
