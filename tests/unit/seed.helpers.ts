/** Shared by the verdict tests: an observation with the whole seed pattern, its name and bio given. */
import type { Observation, PostSummary } from '../../src/tiktok/observation';
import { DAY_MS } from '../../src/time';

/** The seed pattern: weeks old, follows nobody, every post far past its audience, bait tags. */
export function seedPattern(
  nickname: string,
  signature: string,
  NOW: number,
  handle = 'seed.account.laos',
): Observation {
  const posts: PostSummary[] = Array.from({ length: 14 }, (_, i) => {
    const createTime = Math.floor((NOW - (0.5 + i * 1.2) * DAY_MS) / 1000);
    const desc = `clip ${i} #fyp #foryou #viral #xyzbca`;
    return {
      id: ((BigInt(createTime) << 32n) | BigInt(1000 + i)).toString(),
      createTime,
      views: 800_000,
      desc,
      hashtags: [...desc.matchAll(/#([\p{L}\p{N}_]+)/gu)].map((m) => m[1]!),
    };
  });
  return {
    handle,
    status: 'ok',
    source: 'universal',
    observedAt: NOW,
    user: {
      uniqueId: handle,
      nickname,
      signature,
      createTime: Math.floor((NOW - 26 * DAY_MS) / 1000),
    },
    stats: { followers: 110_000, following: 0, likes: 3_000_000, videos: 14 },
    exactCounts: true,
    posts,
    postList: true,
  };
}
