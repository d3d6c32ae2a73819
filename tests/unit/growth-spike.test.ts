import { describe, expect, it } from 'vitest';
import { growthSpike } from '../../src/signals/growth-spike';
import type { Observation, PostSummary } from '../../src/tiktok/observation';
import { DAY_MS } from '../../src/time';
import histories from '../fixtures/corpus/histories.json';

const NOW = Date.UTC(2026, 10, 28, 12);
interface Visit {
  daysAgo: number;
  followerCount: number;
  followingCount: number;
  heartCount: number;
  videoCount: number;
}

function posts(items: { daysAgo: number; views: number }[]): PostSummary[] {
  return items
    .map((it, i) => ({
      id: String(1000 + i),
      createTime: Math.floor((NOW - it.daysAgo * DAY_MS) / 1000),
      views: it.views,
      hashtags: [],
    }))
    .sort((a, b) => b.createTime - a.createTime);
}

/** Each visit sees the posts uploaded by then, as the page would have shown them. */
function visitObservations(h: (typeof histories)[number]): Observation[] {
  const all = posts(h.items);
  return (h.visits as Visit[]).map((v) => ({
    handle: h.user.uniqueId,
    status: 'ok',
    source: 'api-user',
    observedAt: NOW - v.daysAgo * DAY_MS,
    user: { uniqueId: h.user.uniqueId, createTime: Math.floor((NOW - h.user.createdDaysAgo * DAY_MS) / 1000) },
    stats: { followers: v.followerCount, following: v.followingCount, likes: v.heartCount, videos: v.videoCount },
    posts: all.filter((p) => p.createTime * 1000 <= NOW - v.daysAgo * DAY_MS),
  }));
}

describe('growth-spike over the corpus histories', () => {
  for (const h of histories) {
    it(`${h.id}: expectGrowthSpike ${h.expectGrowthSpike}`, () => {
      const obs = visitObservations(h);
      const last = obs[obs.length - 1]!;
      const r = growthSpike.evaluate({ obs: last, history: obs.slice(0, -1), now: NOW });
      expect(r).toBeDefined();
      expect(r!.evidence).toMatch(/Followers went from/);
      if (h.expectGrowthSpike === true) expect(r!.points).toBeGreaterThan(0);
      if (h.expectGrowthSpike === false) expect(r!.points).toBe(0);
    });
  }

  it('a single observation is no history', () => {
    const [first] = visitObservations(histories[0]!);
    const r = growthSpike.evaluate({ obs: { ...first!, user: { uniqueId: 'x' } }, history: [], now: NOW });
    expect(r).toBeUndefined();
  });

  it('a first visit measures against the account lifetime', () => {
    const h = histories.find((x) => x.id === 'overnight-jump')!;
    const obs = visitObservations(h);
    // Only the last two visits: the baseline comes from the account's age.
    const r = growthSpike.evaluate({ obs: obs[2]!, history: [obs[1]!], now: NOW });
    expect(r!.points).toBeGreaterThan(0);
    expect(r!.evidence).toMatch(/account lifetime/);
  });

  it('a jump right after a post with tens of millions of views is explained, not a spike', () => {
    const h = histories.find((x) => x.id === 'viral-explained')!;
    const obs = visitObservations(h);
    const r = growthSpike.evaluate({ obs: obs[2]!, history: obs.slice(0, 2), now: NOW });
    expect(r!.points).toBe(0);
    expect(r!.evidence).toMatch(/explained by a post/);
    // The same jump without that post is a spike: the explanation is what saves it.
    const noViral = obs.map((o) => ({ ...o, posts: o.posts.filter((p) => (p.views ?? 0) < 1_000_000) }));
    const r2 = growthSpike.evaluate({ obs: noViral[2]!, history: noViral.slice(0, 2), now: NOW });
    expect(r2!.points).toBeGreaterThan(0);
  });
});
