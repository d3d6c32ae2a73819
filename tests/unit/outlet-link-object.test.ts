/**
 * A link to an outlet the bio criticises, studies or denies is what the account talks about, not a tie: a debunker
 * linking the story it debunks gets 0 points; the same link under an employer line or alone still counts.
 */
import { describe, expect, it } from 'vitest';
import { outletLink } from '../../src/signals/outlet-link';
import type { Observation } from '../../src/tiktok/observation';

const NOW = Date.UTC(2026, 0, 1);
const obs = (signature: string, bioLink: string): Observation => ({
  handle: 'someone',
  status: 'ok',
  source: 'universal',
  observedAt: NOW,
  user: { uniqueId: 'someone', signature, bioLink },
  posts: [],
});
const points = (signature: string, link = 'https://www.rt.com/news/1-story/') =>
  outletLink.evaluate({ obs: obs(signature, link), history: [], now: NOW })!.points;

describe('outlet-link and what the bio says of the outlet', () => {
  it.each([
    'This week: the RT story below is false. Full debunk in the video',
    'Why RT is misleading, explained',
    'RT = lies. Receipts below',
  ])('0 points: %s', (bio) => expect(points(bio)).toBe(0));

  it.each(['Correspondent at RT', 'Daily news from Moscow', ''])('evidence: %s', (bio) =>
    expect(points(bio)).toBeGreaterThan(0),
  );

  it('criticism of another outlet does not cancel the link', () => {
    expect(points('CGTN = lies')).toBeGreaterThan(0);
  });
});
