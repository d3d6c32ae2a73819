/**
 * Rules after the six-hundred-and-thirty-seventh blind set (RULES_VERSION 159 on): each side of each rule, in inputs
 * written here (no blind case's wording is copied).
 */
import { describe, expect, it } from 'vitest';
import { counterMedia } from '../../src/lists/self-presentation';
import type { Observation } from '../../src/tiktok/observation';
import { assess } from '../../src/verdict';
import { jobOf } from './bio.helpers';

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

describe('counterMedia: the bio set against the foreign media (RULES_VERSION 159)', () => {
  it('what the foreign media hide or will not show, their version, in several languages', () => {
    expect(counterMedia('The country your media hides from you')).toBe('your media hides');
    expect(counterMedia('Skip the BBC version, see it yourself')).toBe('Skip the BBC version');
    expect(counterMedia('Forget the BBC version, see it yourself')).toBeUndefined();
    expect(counterMedia('Ce que les médias occidentaux cachent sur nous')).toBe(
      'Ce que les médias occidentaux cachent',
    );
    expect(counterMedia('Страна, что скрывают западные СМИ')).toBe('что скрывают западные СМИ');
  });
  it('not the media unqualified, nor "no lies" (a creator’s honesty slogan), nor an ordinary bio', () => {
    expect(counterMedia('Mi tierra que los medios no muestran')).toBeUndefined();
    expect(counterMedia('What the media hides about our city')).toBeUndefined();
    expect(counterMedia('Vida real en la isla, sin mentiras')).toBeUndefined();
    expect(counterMedia('No filters, no lies, just the coast')).toBeUndefined();
    expect(counterMedia('Media student. Real talk about films')).toBeUndefined();
  });
});

describe('a state’s name set against the foreign media, with the whole seed pattern (RULES_VERSION 159)', () => {
  it('`suspected` with the whole pattern', () => {
    expect(verdictOf('Mi Nicaragua 🇳🇮', 'Paz y progreso, lo que tus medios no ven. Skip the CNN version')).toBe(
      'suspected',
    );
    expect(verdictOf('Laos Lovely 🇱🇦', 'Green hills your media never shows')).toBe('suspected');
  });
  it('not without the pattern, nor without the bait tags', () => {
    expect(verdictOf('Laos Lovely 🇱🇦', 'Green hills your media never shows', false)).toBe('clear');
    expect(verdictOf('Laos Lovely 🇱🇦', 'Green hills your media never shows', true, 'daily life')).toBe('unusual');
  });
  it('not without the state in the name, nor beside a critic’s, a dissident’s or a traveller’s context', () => {
    expect(verdictOf('Daily Clips', 'Green hills your media never shows')).not.toBe('suspected');
    expect(verdictOf('Laos Lovely 🇱🇦', 'What your media hides: political prisoners')).not.toBe('suspected');
    expect(verdictOf('Laos Lovely 🇱🇦', 'Your media never shows the crackdown')).not.toBe('suspected');
    expect(verdictOf('Laos Lovely 🇱🇦 travel', 'Green hills your media never shows')).not.toBe('suspected');
  });
  it('… nor beside detainees, camps, a journalist’s title (the second review)', () => {
    expect(verdictOf('Laos Lovely 🇱🇦', 'What western media won’t show: the detainees')).not.toBe('suspected');
    expect(verdictOf('Laos Lovely 🇱🇦', 'Periodista. Lo que la prensa extranjera no muestra')).not.toBe('suspected');
    expect(counterMedia('Mi tierra, no como la pintan afuera')).toBeUndefined();
  });
  it('not a creator’s "no lies" beside "real"', () => {
    expect(verdictOf('Mi Nicaragua 🇳🇮', 'Vida real, sin mentiras')).not.toBe('suspected');
    expect(verdictOf('Laos Makeup 🇱🇦', 'No filters, no lies, real skin')).not.toBe('suspected');
  });
});

describe('Arabic "I write for" / "I edit … at" a paper by its noun (RULES_VERSION 160)', () => {
  it('the verb, one object at most, "for", "at" or "in", the paper’s noun and its name', () => {
    expect(jobOf('أكتب لجريدة الأهرام')).toBe('al-ahram');
    expect(jobOf('أحرر صفحة الرياضة بصحيفة الأهرام')).toBe('al-ahram');
    expect(jobOf('أكتب في السياسة لجريدة الأهرام')).toBe('al-ahram');
  });
  it('not about it, not a letter, a comment, replies, a trainee, a wish, a past, a question', () => {
    expect(jobOf('أكتب عن جريدة الأهرام')).toBeUndefined();
    expect(jobOf('أكتب لجريدة الأهرام رسالة')).toBeUndefined();
    expect(jobOf('أكتب تعليقاً على جريدة الأهرام')).toBeUndefined();
    expect(jobOf('متدربة، أكتب في جريدة الأهرام')).toBeUndefined();
    expect(jobOf('أتمنى أن أكتب في جريدة الأهرام')).toBeUndefined();
    expect(jobOf('هل أكتب لجريدة الأهرام؟')).toBeUndefined();
    expect(jobOf('أكتب وأقرأ جريدة الأهرام')).toBeUndefined();
  });
});

describe('RULES_VERSION 160 as its review narrowed it', () => {
  it('not about a topic "in" the paper, not words after its name, not dialects’ wishes and negations', () => {
    expect(jobOf('أكتب عن الفساد في جريدة الأهرام')).toBeUndefined();
    expect(jobOf('أكتب لجريدة الأهرام الكندي في مونتريال')).toBeUndefined();
    expect(jobOf('أكتب لجريدة الأهرام بريد القراء')).toBeUndefined();
    expect(jobOf('عايز أكتب لجريدة الأهرام')).toBeUndefined();
    expect(jobOf('مبقتش أكتب لجريدة الأهرام')).toBeUndefined();
    expect(jobOf('أتمنّى أن أكتب لجريدة الأهرام')).toBeUndefined();
  });
  it('… nor beside a student’s or a wish’s word elsewhere in the bio', () => {
    expect(jobOf('طالب إعلام | أكتب لجريدة الأهرام')).toBeUndefined();
  });
  it('… but the line with a place or a year after the name, and tatweel in the verb', () => {
    expect(jobOf('أكتب في الاقتصاد لجريدة الأهرام منذ 2015 | القاهرة')).toBe('al-ahram');
    expect(jobOf('أكتـــب لجريدة الأهرام')).toBe('al-ahram');
  });
});
