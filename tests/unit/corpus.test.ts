import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../fixtures/evaluate';

const rows = evaluateCorpus();

describe('every corpus case lands in its expect list (scored as the scorer scores captures)', () => {
  it.each(rows.map((r) => [r.id, r] as const))('%s', (_id, r) => {
    const fired = r.assessment?.signals.filter((s) => s.points > 0).map((s) => `${s.id}: ${s.evidence}`);
    expect(r.ok, `got ${r.got}; fired: ${JSON.stringify(fired, null, 1)}`).toBe(true);
  });
});

describe('every signal explains itself', () => {
  it('each reported signal has an id, a finite value or text, a threshold, points >= 0 and a sentence', () => {
    for (const r of rows) {
      for (const s of r.assessment?.signals ?? []) {
        expect(s.id).toMatch(/^[a-z-]+$/);
        expect(s.points).toBeGreaterThanOrEqual(0);
        expect(s.evidence.length).toBeGreaterThan(10);
        expect(s.threshold).not.toBe('');
        if (typeof s.value === 'number') expect(Number.isFinite(s.value)).toBe(true);
      }
    }
  });

  it('scores stay within 0–100 and clear accounts score low', () => {
    for (const r of rows) {
      const score = r.assessment?.score ?? 0;
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(100);
      if (r.got === 'clear') expect(score).toBeLessThan(40);
    }
  });
});
