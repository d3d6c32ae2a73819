/**
 * After the seventy-fifth and seventy-sixth sets' misses were read (RULES_VERSION 54): a national team's fans in
 * Arabic, Turkish, Russian and Indonesian rule the state-voice cue out; titles joined by "and" before a comma tie.
 * Both sides.
 */
import { describe, expect, it } from 'vitest';
import { readStateIdentity } from '../../src/lists/self-presentation';
import { STATES_WITH_OUTLETS } from '../../src/lists/states';
import { jobOf } from './bio.helpers';

const presents = (name: string, bio: string, handle: string) =>
  readStateIdentity(name, bio, handle, (c) => STATES_WITH_OUTLETS.has(c)).presents;

describe('after the seventy-fifth and seventy-sixth sets', () => {
  it("reads a national team's fan page as no state voice, and keeps a republic's name", () => {
    expect(
      presents('نشامى الأردن 🇯🇴⚽', 'صفحة جماهير منتخب الأردن 🇯🇴 أهداف ولقطات', 'nashama.jo.goals'),
    ).toBeUndefined();
    expect(presents('Türkiye 🇹🇷', 'Milli takım taraftarı', 'turkiye')).toBeUndefined();
    expect(presents('سوريا الأسد 🇸🇾', 'الجمهورية العربية السورية', 'syria.now')?.where).toBe('name');
    // … and not the words alone: "elected", "encouraging", a party's supporters (a review)
    expect(presents('تونس 🇹🇳', 'رئيس منتخب ديمقراطيا', 'tounes')?.where).toBe('name');
    expect(presents('مصر اليوم 🇪🇬', 'الاقتصاد المصري يحقق مؤشرات مشجعة', 'masr')?.where).toBe('name');
    expect(presents('Türkiye’nin Sesi 🇹🇷', 'Yerli ve milli | Reis taraftarı', 'turkiye.sesi')?.where).toBe('name');
  });

  it('reads titles joined by "and" before a comma tie, and not a title joined to a fan', () => {
    expect(jobOf('Novinarka i voditeljica, HRT | Zagreb')).toBe('hrt');
    expect(jobOf('Reporter and presenter, CGTN')).toBe('cgtn');
    expect(jobOf('Журналист и ведущая, RT')).toBe('rt');
    expect(jobOf('Reporter and fan, CGTN')).toBeUndefined();
    expect(jobOf('Former reporter and presenter, CGTN')).toBe('cgtn (former)');
    // one joined title only: a "former" before a longer chain is too far from its last title (a review)
    expect(jobOf('Former foreign correspondent and senior producer and news anchor, CGTN')).toBeUndefined();
  });

  it('reads a "former" word right after the name, in brackets or after a dash, as past', () => {
    expect(jobOf('Presenter, CGTN (former)')).toBe('cgtn (former)');
    expect(jobOf('Reporter & Presenter, CGTN (ex)')).toBe('cgtn (former)');
    expect(jobOf('Журналист и ведущий, RT — в прошлом')).toBe('rt (former)');
  });
});
