/**
 * Rules after the six-hundred-and-thirty-seventh blind set (RULES_VERSION 159 on): each side of each rule, in inputs
 * written here (no blind case's wording is copied).
 */
import { describe, expect, it } from 'vitest';
import { counterMedia } from '../../src/lists/self-presentation';
import type { Observation } from '../../src/tiktok/observation';
import { assess } from '../../src/verdict';

const NOW = Date.UTC(2026, 11, 7);
const DAY = 86_400_000;

/** An account with the whole seed pattern (follows nobody, weeks old, views far past its audience, bait tags) or not. */
function verdictOf(nickname: string, signature: string, seed = true, tags = '#fyp #foryou #viral #xyzbca'): string {
  const posts = Array.from({ length: 14 }, (_, i) => {
    const createTime = Math.floor((NOW - (0.5 + i * 1.2) * DAY) / 1000);
    const desc = seed ? `clip ${i} ${tags}` : `clip ${i}`;
    return {
      id: ((BigInt(createTime) << 32n) | BigInt(1000 + i)).toString(),
      createTime,
      views: seed ? 800_000 : 5_000,
      desc,
      hashtags: [...desc.matchAll(/#([\p{L}\p{N}_]+)/gu)].map((m) => m[1]!),
    };
  });
  const obs = {
    handle: 'someone.k1',
    status: 'ok',
    source: 'universal',
    observedAt: NOW,
    user: {
      uniqueId: 'someone.k1',
      nickname,
      signature,
      createTime: Math.floor((NOW - (seed ? 26 : 1100) * DAY) / 1000),
    },
    stats: seed
      ? { followers: 110_000, following: 0, likes: 3_000_000, videos: 14 }
      : { followers: 4000, following: 300, likes: 90_000, videos: 14 },
    exactCounts: true,
    posts,
    postList: true,
  } as unknown as Observation;
  return assess(obs, { now: NOW }).verdict;
}

describe('counterMedia: the bio set against the media (RULES_VERSION 159)', () => {
  it('what the media hide or will not show, their version, in several languages', () => {
    expect(counterMedia('The country your media hides from you')).toBe('your media hides');
    expect(counterMedia('Mi tierra que los medios no muestran')).toBe('que los medios no muestran');
    expect(counterMedia('Forget the BBC version, see it yourself')).toBeUndefined();
    expect(counterMedia('Skip the BBC version, see it yourself')).toBe('Skip the BBC version');
    expect(counterMedia('Ce que les médias cachent sur notre pays')).toBe('Ce que les médias cachent');
    expect(counterMedia('Страна, что скрывают западные СМИ')).toBe('что скрывают западные СМИ');
  });
  it('"no lies" only beside the real, as-it-is view', () => {
    expect(counterMedia('Vida real en la isla, sin mentiras')).toBe('sin mentiras');
    expect(counterMedia('No filters, no lies, just the coast')).toBe('no lies');
    expect(counterMedia('Sin mentiras, puro corazón')).toBeUndefined();
    expect(counterMedia('No lies, just vibes')).toBeUndefined();
  });
  it('not an ordinary bio', () => {
    expect(counterMedia('Media student. Real talk about films')).toBeUndefined();
    expect(counterMedia('Recetas de mi abuela')).toBeUndefined();
  });
});

describe('a state’s name set against the media, with the whole seed pattern (RULES_VERSION 159)', () => {
  it('`suspected` with the whole pattern', () => {
    expect(verdictOf('Laos Today 🇱🇦', 'The Laos your media hides. Share!')).toBe('suspected');
    expect(verdictOf('Mi Nicaragua 🇳🇮', 'Vida real, sin mentiras')).toBe('suspected');
  });
  it('not without the pattern, nor without the bait tags', () => {
    expect(verdictOf('Laos Today 🇱🇦', 'The Laos your media hides. Share!', false)).toBe('clear');
    expect(verdictOf('Mi Nicaragua 🇳🇮', 'Vida real, sin mentiras', true, 'daily life')).toBe('unusual');
  });
  it('not without the state in the name, nor beside a critic’s, a traveller’s or a person’s context', () => {
    expect(verdictOf('Daily Clips', 'The Laos your media hides. Share!')).not.toBe('suspected');
    expect(verdictOf('Laos 🇱🇦', 'What the media hides about the regime')).not.toBe('suspected');
    expect(verdictOf('Laos 🇱🇦 travel', 'The Laos your media hides. Share!')).not.toBe('suspected');
  });
  it('not a sincere "no lies" alone', () => {
    expect(verdictOf('Mi Nicaragua 🇳🇮', 'Sin mentiras, puro corazón')).not.toBe('suspected');
  });
});
