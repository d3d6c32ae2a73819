/**
 * One history code for both paths: the command-line scorer (HAR captures grouped by src/history/visits.ts) and
 * the extension (the same visits recorded one by one into the cache, compact rows and all) must reach the same
 * growth-spike result on every corpus history.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { recordObservation } from '../../extension/background/record';
import { groupVisits } from '../../src/history/visits';
import { readHarCapture } from '../../src/tiktok/captures';
import { assess } from '../../src/verdict';
import { histories, renderHar } from '../fixtures/render';
import { freshDb, NOW } from './db-helpers';

const parse = (html: string) => parseHTML(html).document as unknown as ParentNode;

describe('scorer and cache agree on growth', () => {
  for (const h of histories) {
    it(`${h.id}: same growth-spike from HAR visits and from the recorded cache`, async () => {
      const { observations } = readHarCapture(renderHar(h, NOW), parse);
      const [[, visits]] = [...groupVisits(observations)] as [[string, typeof observations]];
      const last = visits[visits.length - 1]!;
      const scored = assess(last, { history: visits.slice(0, -1), now: NOW }).signals.find(
        (s) => s.id === 'growth-spike',
      );

      const { db } = freshDb();
      let cached: typeof scored;
      let verdict: string | undefined;
      for (const v of visits) {
        const { assessment } = await recordObservation(db, v, NOW);
        cached = assessment.signals.find((s) => s.id === 'growth-spike');
        verdict = assessment.verdict;
      }
      // docs/design.md: a jump right after a post with tens of millions of views is not a reason to suspect.
      if (h.id === 'viral-explained') {
        expect(cached!.points).toBe(0);
        expect(verdict).not.toBe('suspected');
      }
      expect(scored).toBeDefined();
      expect(cached).toEqual(scored);
      if (h.expectGrowthSpike === true) expect(cached!.points).toBeGreaterThan(0);
      if (h.expectGrowthSpike === false) expect(cached!.points).toBe(0);
    });
  }
});
