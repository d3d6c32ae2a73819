/**
 * Rules after the six-hundred-and-thirtieth blind set (RULES_VERSION 158 on): each side of each rule, in inputs written
 * here (no blind case's wording is copied).
 */
import { describe, expect, it } from 'vitest';
import { findStateMentions } from '../../src/lists/names';
import { placingCapitalsIn } from '../../src/lists/state-cities';
import { jobOf } from './bio.helpers';

describe('Amman with its shadda places Jordan for shared names (RULES_VERSION 158)', () => {
  it('عمّان places the Jordanian "constitution" daily; Muscat and the bare عمان do not', () => {
    expect(placingCapitalsIn('مقيم في عمّان')).toEqual(['JO']);
    expect(placingCapitalsIn('مقيم في عمان، سلطنة عُمان')).toEqual([]);
    expect(jobOf('محرر في صحيفة الدستور · عمّان')).toBe('jordan-press-foundation');
    expect(jobOf('محرر في صحيفة الدستور · مسقط')).toBeUndefined();
  });
  it('but is no state’s identity: a page named after its city carries no state cue', () => {
    expect(findStateMentions('ضحكات عمّان 🇯🇴').map((m) => m.item.code)).toEqual(['JO']);
    expect(findStateMentions('ضحكات عمّان').map((m) => m.item.code)).toEqual([]);
  });
});

describe('Egyptian dailies’ portals by their own names (RULES_VERSION 158)', () => {
  it('"بوابة الأهرام", "بوابة أخبار اليوم" after a title and "in"', () => {
    expect(jobOf('مراسل في بوابة الأهرام')).toBe('al-ahram');
    expect(jobOf('محرر بقسم الرياضة في بوابة أخبار اليوم')).toBe('egypt-national-press');
  });
  it('not a reader, not the bare "today’s news", not the bare "pyramids"', () => {
    expect(jobOf('أتابع بوابة الأهرام كل يوم')).toBeUndefined();
    expect(jobOf('مراسل في أخبار اليوم')).toBeUndefined();
    expect(jobOf('مصور في الأهرام')).toBeUndefined();
  });
  it('Radio Liban’s Arabic name is not read: it opens Radio Free Lebanon’s', () => {
    expect(jobOf('مذيع في إذاعة لبنان الحر')).toBeUndefined();
  });
});

describe('Polish locatives that alternate the consonant (RULES_VERSION 158)', () => {
  it('-ta → -cie and -r → -rze after a title', () => {
    expect(jobOf('Dziennikarz w Gazecie Krakowskiej')).toBe('polska-press');
    expect(jobOf('Reporter w Kurierze Porannym')).toBe('polska-press');
  });
  it('not a reader, a thesis, a word that only ends so', () => {
    expect(jobOf('Czytam o Gazecie Krakowskiej')).toBeUndefined();
    expect(jobOf('Piszę pracę o Kurierze Porannym')).toBeUndefined();
    expect(jobOf('Dziennikarz. Życie w Krakowie')).toBeUndefined();
  });
});

describe('a Turkic regional correspondent after the genitive (RULES_VERSION 158)', () => {
  it('the outlet’s genitive, a city, "region" or "for", the title', () => {
    expect(jobOf('AZƏRTAC-ın Şəki bölgə müxbiri')).toBe('azertac');
    expect(jobOf('AZƏRTAC-ın Lənkəran üzrə müxbiriyəm')).toBe('azertac');
    expect(jobOf("Anadolu Ajansı'nın Bursa bölge muhabiri")).toBe('anadolu');
  });
  it('not a reader, a wish, a past', () => {
    expect(jobOf('AZƏRTAC-ın Şəki bölgə xəbərlərini oxuyuram')).toBeUndefined();
    expect(jobOf('AZƏRTAC-ın Şəki bölgə müxbiri olmaq arzumdur')).toBeUndefined();
    expect(jobOf('Keçmiş AZƏRTAC-ın Şəki bölgə müxbiri')).toBe('azertac (former)');
  });
});

describe('a Hindi newsreader “from” the station by its city (RULES_VERSION 158)', () => {
  it('the station, its city, "केंद्र से", the hours, "I read the news"', () => {
    expect(jobOf('आकाशवाणी पटना केंद्र से हर शाम समाचार पढ़ता हूँ')).toBe('prasar-bharati');
  });
  it('not "from" without the station’s word, not a listener, not a past', () => {
    expect(jobOf('आकाशवाणी से समाचार पढ़ता हूँ')).toBeUndefined();
    expect(jobOf('आकाशवाणी पटना केंद्र से समाचार सुनता हूँ')).toBeUndefined();
    expect(jobOf('आकाशवाणी पटना केंद्र से समाचार पढ़ता था')).toBeUndefined();
  });
});

describe('RULES_VERSION 158 as its review narrowed it', () => {
  it('Polish kin before the title: the relative’s job, not the writer’s', () => {
    expect(jobOf('Córka reportera w Gazecie Krakowskiej')).toBeUndefined();
    expect(jobOf('Mama pracuje w Kurierze Porannym')).toBeUndefined();
    expect(jobOf('Syn redaktora w TVP Info')).toBeUndefined();
  });
  it('a Turkic title in an oblique case, or "about", "friend", "greetings" after it, is someone else’s', () => {
    expect(jobOf('AZƏRTAC-ın Şəki bölgə müxbirinin dostu')).toBeUndefined();
    expect(jobOf('AZƏRTAC müxbirini tanıyıram')).toBeUndefined();
    expect(jobOf("Anadolu Ajansı'nın Bursa bölge muhabirine selam")).toBeUndefined();
    expect(jobOf('AZƏRTAC-ın Şəki bölgə müxbiri haqqında yazıram')).toBeUndefined();
  });
  it('… not a Kurmanji presenter’s ezafe, nor the first person', () => {
    expect(jobOf('Li TRT Kurdî pêşkêşvana bernameya nûçeyan im')).toBe('trt');
    expect(jobOf('AZƏRTAC-ın Şəki bölgə müxbiriyəm')).toBe('azertac');
  });
  it('Al Ra’i by its noun, placed by Amman; not by Kuwait', () => {
    expect(jobOf('مراسل في صحيفة الرأي · عمّان')).toBe('jordan-press-foundation');
    expect(jobOf('مراسل في صحيفة الرأي · الكويت')).toBeUndefined();
  });
});
