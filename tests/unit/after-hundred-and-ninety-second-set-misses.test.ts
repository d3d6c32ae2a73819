/**
 * After the hundred-and-eighty-fifth to hundred-and-ninety-second sets' labelled, seed and staff misses were read
 * (RULES_VERSION 95, as its review of about 600 probes left it): "Médias aux mains de l'État" whole; labels with the
 * state in a slot (a lower-case demonym, or a country's name before a separator or the Uzbek possessive); the past of
 * "be" opening the clause before a title, not with "still" after it; Felesteen as "صحيفة فلسطين". Taken back and
 * tested so: Tanzania's Daily News by a clause's place. Both sides of each.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isLabelled } from '../../src/history/labels';
import { isLabelText, labelSlot } from '../../src/tiktok/label';
import { domSource } from '../../src/tiktok/page-source';
import { readProfile } from '../../src/tiktok/profile';
import { profiles, renderProfileHtml } from '../fixtures/render';
import { jobOf, NOW } from './bio.helpers';

const labelled = (text: string) => isLabelled({ uniqueId: 'x', stateControlledMediaText: text });

describe('the label in more renderings', () => {
  it('reads "Médias aux mains de l’État" whole', () => {
    expect(isLabelText('Médias aux mains de l’État')).toBe(true);
  });
  it.each([
    'Pas un média aux mains de l’État',
    'Les médias aux mains de l’État mentent',
    'Média aux mains de l’État ? Non',
    'Média aux mains de l’État - non',
    'Média aux mains de l’État (parodie)',
    'Non · média aux mains de l’État',
    'Satire · média aux mains de l’État',
    'Québec · média aux mains de l’État',
  ])('does not read %s (review of RULES_VERSION 95)', (t) => expect(labelled(t)).toBe(false));
});

describe('the state in the label’s slot', () => {
  it.each([
    ['Medio salvadoreño bajo control estatal', 'salvadoreño'],
    ['Medio estatal argentino bajo control gubernamental', 'argentino'],
    ['Medio cubano bajo control del gobierno', 'cubano'],
    ['Mauritanie · média aux mains de l’État', 'Mauritanie'],
    ['Oʻzbekiston davlati nazoratidagi OAV', 'Oʻzbekiston'],
  ])('%s is a label, not as text alone', (t, slot) => {
    expect(isLabelText(t)).toBe(false);
    expect(labelSlot(t)?.slot).toBe(slot);
    expect(labelled(t)).toBe(true);
  });
  it.each([
    'Medio yucateco bajo control estatal',
    'Medio estatal yucateco bajo control gubernamental',
    'Medio estatal antes bajo control gubernamental',
    'Medio estatal corrupto bajo control del gobierno',
    'Medio independiente bajo control estatal',
    'Medio Venezuela bajo control del gobierno',
    'Medio Caracas bajo control del gobierno',
    'Oʻzbekiston davlati nazoratidagi OAV emas',
    'Qoraqalpogʻiston hukumati nazoratidagi OAV',
  ])('%s is none: a region, a word, a name where a demonym goes, a denial (review)', (t) =>
    expect(labelled(t)).toBe(false),
  );
  it('the page reader keeps it as text, and the slot decides', () => {
    const base = profiles.find((c) => c.id === 'northkoreanlife')!;
    const read = (label: string) => {
      const c = { ...base, user: { ...base.user, stateControlledMedia: undefined, stateControlledMediaText: label } };
      const doc = parseHTML(renderProfileHtml(c, { now: NOW, format: 'dom-only' })).document;
      return readProfile(domSource(doc as unknown as ParentNode), { handle: c.user.uniqueId, observedAt: NOW }).user;
    };
    const user = read('Medio salvadoreño bajo control estatal');
    expect(user?.stateControlledMedia).toBeUndefined();
    expect(isLabelled(user)).toBe(true);
    expect(isLabelled(read('Medio yucateco bajo control estatal'))).toBe(false);
    expect(isLabelled(read('Non · média aux mains de l’État'))).toBe(false);
  });
});

describe('the past of "be" right before a title', () => {
  it.each([
    ['Byłam reporterką „Głosu Wielkopolskiego”. Dziś robię podcast o Poznaniu', 'polska-press (former)'],
    ['Hồi trước làm phóng viên bên HTV · nay mở quán nhỏ trên Đà Lạt', 'htv (former)'],
    ['Bila sam novinarka HRT-a', 'hrt (former)'],
    ['Era periodista de TeleSUR', 'telesur (former)'],
    ['Dulu presenter TVRI, kini YouTuber', 'tvri (former)'],
    ['Bola som redaktorka RTVS', 'stvr (former)'],
  ])('%s is a past job', (bio, job) => expect(jobOf(bio)).toBe(job));

  it.each([
    ['Reporterka TVP Info. Byłam w Kijowie', 'tvp'],
    ['Phóng viên HTV. Hồi trước tới giờ mê cà phê', 'htv'],
    ['Novinarka HRT-a', 'hrt'],
    ['Nova era: periodista de TeleSUR', 'telesur'],
    // (the review of RULES_VERSION 95: not opening the clause, or "still" after it)
    ['Jestem i byłam reporterką TVP Info', 'tvp'],
    ['Zawsze byłam reporterką TVP Info i jestem nią nadal', 'tvp'],
    ['Era un periodista de TeleSUR y lo sigue siendo', 'telesur'],
    ['Mi sueño era periodista de TeleSUR y lo logré', 'telesur'],
    ['Nueva era presentadora de TeleSUR', 'telesur'],
    ['Kenalan dulu presenter TVRI', 'tvri'],
    ['Dari dulu reporter TVRI', 'tvri'],
    ['Từ hồi trước làm phóng viên VTV đến giờ', 'vtv'],
  ])('%s keeps the current job', (bio, job) => expect(jobOf(bio)).toBe(job));
});

describe('taken back by the review', () => {
  it('"Daily News" with Tanzania in the clause is not Tanzania’s paper (nationality, flags beside others’ papers)', () => {
    expect(jobOf('Ripota wa Daily News 🇹🇿')).toBeUndefined();
    expect(jobOf('Tanzanian reporter at Daily News, Durban')).toBeUndefined();
  });
});

describe('Felesteen by its masthead with صحيفة', () => {
  it('"صحفي في صحيفة فلسطين" is its staff', () => {
    expect(jobOf('صحفي في صحيفة فلسطين 📰 | غزة | الحساب شخصي')).toBe('al-aqsa-media');
  });
  it('a word after it names another paper; a reader is no staffer', () => {
    expect(jobOf('صحفي في صحيفة فلسطين اليوم')).toBeUndefined();
    expect(jobOf('أقرأ صحيفة فلسطين كل يوم')).toBeUndefined();
  });
});
