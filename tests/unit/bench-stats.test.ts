/**
 * The bench's interval for a ratio of sums (scripts/bench/stats.ts `ratioInterval`): loads are resampled as pairs, so
 * the interval reflects how the extension's cost varies from load to load, not how much the pages differ.
 */
import { describe, expect, it } from 'vitest';
import { ratioInterval, sum } from '../../scripts/bench/stats';

/** A small deterministic generator (mulberry32), so that the resampling is the same on every run. */
function seeded(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

describe('ratioInterval', () => {
  it('a constant ratio has no spread, however different the pages are', () => {
    // Pages from 40 to 400 ms: resampling pages apart from their pairs would spread this ratio widely.
    const without = Array.from({ length: 20 }, (_, i) => 40 + 18 * i);
    const withExt = without.map((x) => x * 1.2);
    const [lo, hi] = ratioInterval(withExt, without, 500, seeded(1));
    expect(lo).toBeCloseTo(1.2, 10);
    expect(hi).toBeCloseTo(1.2, 10);
  });

  it('noisy loads: the interval holds the ratio of sums and narrows with more loads', () => {
    const rnd = seeded(7);
    const make = (n: number) => {
      const without = Array.from({ length: n }, () => 80 + 20 * rnd());
      const withExt = without.map((x) => x * 1.1 + 30 * (rnd() - 0.5));
      return [withExt, without] as const;
    };
    const [a20, b20] = make(20);
    const [a80, b80] = make(80);
    const [lo20, hi20] = ratioInterval(a20, b20, 2000, seeded(3));
    const [lo80, hi80] = ratioInterval(a80, b80, 2000, seeded(3));
    const point = sum(a20) / sum(b20);
    expect(lo20).toBeLessThan(point);
    expect(hi20).toBeGreaterThan(point);
    expect(hi20 - lo20).toBeGreaterThan(0.02);
    expect(hi80 - lo80).toBeLessThan(hi20 - lo20);
  });

  it('no loads: no interval', () => {
    expect(ratioInterval([], [])).toEqual([Number.NaN, Number.NaN]);
  });
});
