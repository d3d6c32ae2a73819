/**
 * mergeObservations joins posts without deleting from copies (src/tiktok/merge.ts, a scorer hot spot): the same
 * posts, with the same keys in the same order, as the join it replaced ({...prev, ...defined fields of p,
 * hashtags}), on generated readings with shared ids, explicit undefined fields and empty hashtag lists.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeObservations } from '../../src/tiktok/merge';
import type { Observation, PostSummary } from '../../src/tiktok/observation';

/** The join as it was written before (src/tiktok/merge.ts until December 2026). */
function spreadJoin(a: PostSummary[], b: PostSummary[]): PostSummary[] {
  const defined = (p: PostSummary) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined));
  const byId = new Map<string, PostSummary>();
  for (const p of [...a, ...b]) {
    const prev = byId.get(p.id);
    byId.set(p.id, prev ? { ...prev, ...defined(p), hashtags: p.hashtags.length ? p.hashtags : prev.hashtags } : p);
  }
  return [...byId.values()].sort((x, y) => y.createTime - x.createTime);
}

const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const post: fc.Arbitrary<PostSummary> = fc.record(
  {
    id: fc.constantFrom('7001', '7002', '7003', '7004'),
    createTime: fc.integer({ min: 1_600_000_000, max: 1_700_000_000 }),
    views: maybe(fc.nat()),
    desc: maybe(fc.string()),
    hashtags: fc.array(fc.constantFrom('fyp', 'news', 'cn')),
    pinned: maybe(fc.boolean()),
    stateLabel: maybe(fc.string()),
  },
  { requiredKeys: ['id', 'createTime', 'hashtags'] },
);
const obs = (posts: PostSummary[]): Observation => ({ handle: 'x', status: 'ok', source: 'dom', observedAt: 1, posts });

describe('mergeObservations: posts', () => {
  it('equal the spread join, key order included', () => {
    fc.assert(
      fc.property(fc.array(post, { maxLength: 6 }), fc.array(post, { maxLength: 6 }), (a, b) => {
        const got = mergeObservations(obs(a), obs(b)).posts;
        const want = spreadJoin(a, b);
        expect(got).toEqual(want);
        expect(got.map((p) => Object.keys(p))).toEqual(want.map((p) => Object.keys(p)));
      }),
      { numRuns: 500 },
    );
  });
});
