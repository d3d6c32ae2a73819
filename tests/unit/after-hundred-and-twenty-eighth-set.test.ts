/**
 * After the hundred-and-twenty-fifth to hundred-and-twenty-eighth sets' misses were read (RULES_VERSION 80): a
 * programme named between a title's connector and its outlet; two names of one outlet across a slash; a Thai
 * reporter's beat written onto the title; state television as Russian critics shorten it ("госТВ"); the Arabic "news
 * presenter" and Al Mouritaniya's name with its channel noun. Both sides of each.
 */
import { describe, expect, it } from 'vitest';
import { outletLink } from '../../src/signals/outlet-link';
import type { Observation } from '../../src/tiktok/observation';
import { jobOf } from './bio.helpers';

const NOW = Date.UTC(2026, 11, 5);
const run = (user: Observation['user']) =>
  outletLink.evaluate({
    obs: { handle: 'someone', status: 'ok', source: 'universal', observedAt: NOW, user, posts: [] },
    history: [],
    now: NOW,
  })!;

describe('a programme between the title and its outlet', () => {
  it.each([
    ['Periodista en 24 Horas, TVN 🇨🇱', 'tvn-chile'],
    ['Periodista en 24 Horas · TVN 🇨🇱', 'tvn-chile'],
    ['Reporteră la Actualități, Radio România', 'radio-romania'],
    ['خبرنگار شبکه خبر، صداوسیما', 'irib'],
    ['Reportera en Canal 13 · TVN Chile', 'tvn-chile'],
  ])('reads %s as staff', (bio, outlet) => expect(jobOf(bio)).toBe(outlet));
  it.each([
    // a list of places or platforms, a lower-case word (no name), the outlet not closing the clause, a calling
    'Periodista en Instagram, TikTok, TVN 🇨🇱',
    'Periodista en paro, TVN 🇨🇱',
    'Periodista en Chile, TVN miente',
    'Reporter at Heart, CGTN',
    // someone else's title, a bar before a list of topics, a past job
    'Fan del periodista en 24 Horas, TVN 🇨🇱',
    'Periodista en 24 Horas | política | TVN 🇨🇱',
  ])('reads no job in %s', (bio) => expect(jobOf(bio)).toBeUndefined());
  it('keeps a past job past', () => {
    expect(jobOf('Productora en Netflix, ex TVN 🇨🇱')).toBe('tvn-chile (former)');
  });
});

describe('two names of one outlet across a slash', () => {
  it('reads an agency and its parent company as one employer, the shared acronym placed by the other name', () => {
    expect(jobOf('Repórter • Agência Brasil/EBC 📍Brasília | jornalismo público')).toBe('ebc');
    expect(jobOf('Repórter • EBC/Agência Brasil 📍Brasília')).toBe('ebc');
    // the acronym alone is still Ethiopia's where the bio places it there
    expect(jobOf('Reporter | EBC 🇪🇹')).toBe('ebc-ethiopia');
  });
  it('keeps two outlets across a slash two, and criticism criticism', () => {
    expect(jobOf('Reporter | RT/Sputnik')).toBeUndefined();
    expect(jobOf('Odeio a Agência Brasil/EBC')).toBeUndefined();
  });
});

describe('a Thai reporter’s beat written onto the title', () => {
  it('reads the whole word as the title', () => {
    expect(jobOf('นักข่าวสายความมั่นคง ททบ.5 📺 ติดต่องานข่าวทาง DM')).toBe('channel-5-thailand');
    expect(jobOf('ผู้สื่อข่าวสายการเมือง ช่อง 11 NBT')).toBe('nbt');
  });
  it('not a news agency’s word, a fan’s or the bare "line"', () => {
    expect(jobOf('สำนักข่าวสายฟ้า ททบ.5')).toBeUndefined();
    expect(jobOf('ชอบนักข่าวสายการเมือง ททบ.5')).toBeUndefined();
    expect(jobOf('นักข่าวสาย ททบ.5')).toBeUndefined();
  });
});

describe('"госТВ": state television as critics shorten it', () => {
  it('makes a checker of it link the outlet as the story, not as evidence', () => {
    const r = run({
      uniqueId: 'a',
      nickname: 'Алесь',
      signature: 'Проверяем сюжеты госТВ Беларуси',
      bioLink: 'https://www.tvr.by/news/',
    });
    expect(r.strength).toBeUndefined();
    expect(r.points).toBe(0);
  });
  it('while the outlet’s own line linking itself stays evidence', () => {
    const r = run({
      uniqueId: 'b',
      nickname: 'Беларусь 1',
      signature: 'Сюжеты Беларусь 1',
      bioLink: 'https://www.tvr.by/',
    });
    expect(r.strength).toBe('evidence');
  });
});

describe('an Arabic news presenter at Al Mouritaniya', () => {
  it('reads the title and the channel named with its noun', () => {
    expect(jobOf('مقدمة الأخبار بقناة الموريتانية')).toBe('mauritania-state-media');
    expect(jobOf('مقدم أخبار | قناة الموريتانية')).toBe('mauritania-state-media');
  });
  it('not the bare adjective ("the Mauritanian") or a viewer', () => {
    expect(jobOf('مقدمة الأخبار في الموريتانية')).toBeUndefined();
    expect(jobOf('أحب مقدمة الأخبار في قناة الموريتانية')).toBeUndefined();
  });
});
