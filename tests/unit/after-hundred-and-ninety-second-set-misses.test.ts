/**
 * After the hundred-and-eighty-fifth to hundred-and-ninety-second sets' labelled, seed and staff misses were read
 * (RULES_VERSION 95): the label in more renderings (fr "aux mains de l'État", es "bajo control" after a state's
 * adjective, uz with the possessive), a label whose slot holds a state's demonym, read only so; the past of "be" right
 * before a title in Polish, Czech, Slovak, South Slavic, Spanish, Italian, Indonesian and Vietnamese; Tanzania's Daily
 * News with the state in the clause. Both sides of each.
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
  it.each([
    'Mauritanie · média aux mains de l’État',
    'Médias aux mains de l’État',
    'Medio estatal argentino bajo control gubernamental',
    'Oʻzbekiston davlati nazoratidagi OAV',
  ])('reads %s', (t) => expect(isLabelText(t)).toBe(true));

  it.each([
    'Pas un média aux mains de l’État',
    'Les médias aux mains de l’État mentent',
    'Média aux mains de l’État ? Non',
    'Medio estatal no bajo control gubernamental',
    'Medio estatal independiente bajo control gubernamental',
  ])('does not read %s', (t) => expect(labelled(t)).toBe(false));
});

describe('a state’s demonym in the label’s slot', () => {
  it('"Medio salvadoreño bajo control estatal" is a label, not as text alone', () => {
    expect(isLabelText('Medio salvadoreño bajo control estatal')).toBe(false);
    expect(labelSlot('Medio salvadoreño bajo control estatal')).toBe('salvadoreño');
    expect(labelled('Medio salvadoreño bajo control estatal')).toBe(true);
    expect(labelled('Medio cubano bajo control del gobierno')).toBe(true);
  });
  it('a region’s adjective or any other word in the slot is none', () => {
    expect(labelled('Medio yucateco bajo control estatal')).toBe(false);
    expect(labelled('Medio independiente bajo control estatal')).toBe(false);
    expect(labelled('Medio privado bajo control estatal')).toBe(false);
    expect(labelSlot('Medio salvadoreño bajo control estatal, dicen')).toBeUndefined();
  });
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
    ['Dulu di Kompas, kini presenter TVRI', 'tvri'],
  ])('%s keeps the current job', (bio, job) => expect(jobOf(bio)).toBe(job));
});

describe('Tanzania’s Daily News', () => {
  it('with the state in the clause', () => {
    expect(jobOf('Ripota wa Daily News 🇹🇿')).toBe('tanzania-standard-newspapers');
  });
  it('not another Daily News', () => {
    expect(jobOf('Reporter at Daily News, New York')).toBeUndefined();
    expect(jobOf('Reporter at Daily News')).toBeUndefined();
  });
});
