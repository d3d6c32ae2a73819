/**
 * After the seventy-ninth and eightieth sets' misses were read (RULES_VERSION 55): a fact-checker naming its state's
 * official media with the nationality adjective inside (Arabic), more of the class in Arabic, Persian and the Russian
 * genitive; Xinhua's name in other scripts; Somalia's "Dalka Journal"; Uganda's "New Vision", placed and read as the
 * ordinary phrase it also is; a month before the year that ended a job. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { factCheckOf } from '../../src/lists/bio/fact-check';
import { jobOf } from './bio.helpers';

describe('after the seventy-ninth and eightieth sets', () => {
  it('reads state media named as a class with a nationality adjective inside, and not a longer phrase', () => {
    expect(factCheckOf('تدقيق ما ينشره الإعلام السوري الرسمي والخاص')?.media).toBe('الإعلام السوري الرسمي');
    expect(factCheckOf('نتحقق من أخبار وسائل الإعلام المصرية الحكومية')?.media).toBe('الإعلام المصرية الحكومي');
    expect(factCheckOf('تدقيق الأخبار في الإعلام الحكومي')?.media).toBe('الإعلام الحكومي');
    expect(factCheckOf('Проверяем заявления государственных СМИ')?.media).toBe('государственных сми');
    // the adjective alone, or two of them joined, is not the class; nor the class without a checking word
    expect(factCheckOf('تدقيق ما ينشره الإعلام السوري')).toBeUndefined();
    expect(factCheckOf('تدقيق ما ينشره الإعلام العربي والدولي الرسمي')).toBeUndefined();
    expect(factCheckOf('أخبار الإعلام السوري الرسمي')).toBeUndefined();
  });

  it("reads Xinhua's Arabic name and Somalia's Dalka Journal as employers, and not a reader's line", () => {
    expect(jobOf('مراسلة وكالة أنباء شينخوا بالعربية في القاهرة 🎙️')).toBe('xinhua');
    expect(jobOf('Wariye ka tirsan Dalka Journal 📰 Muqdisho')).toBe('somalia-state-media');
    expect(jobOf('أتابع أخبار شينخوا يوميا')).toBeUndefined();
    expect(jobOf('Akhriste Dalka Journal')).toBeUndefined();
  });

  it('reads "New Vision" only placed in Uganda and not as part of another name', () => {
    expect(jobOf('Senior Reporter, New Vision 🗞️ Health & courts. Kampala')).toBe('vision-group');
    expect(jobOf('Reporter at New Vision 🇺🇬')).toBe('vision-group');
    expect(jobOf('Reporter at New Vision')).toBeUndefined();
    expect(jobOf('Media director at New Vision Church Kampala 🇺🇬')).toBeUndefined();
    expect(jobOf('Journalist | New Vision Media Group, Nairobi')).toBeUndefined();
  });

  it('ends a job at a month and year in the past, and not at one to come', () => {
    expect(jobOf('Reporter at CGTN until May 2022')).toBe('cgtn (former)');
    expect(jobOf('Reporterin bei RT DE bis Juni 2022')).toBe('rt (former)');
    expect(jobOf("Journaliste à RT France jusqu'en juin 2022")).toBe('rt (former)');
    expect(jobOf('Reportera de Telesur hasta marzo de 2021')).toBe('telesur (former)');
    expect(jobOf('Корреспондент RT до 10 мая 2022 г.')).toBe('rt (former)');
    expect(jobOf('مراسلة قناة العالم حتى أيار 2022')).toBe('al-alam (former)');
    expect(jobOf('Phóng viên VTV đến tháng 5/2022')).toBe('vtv (former)');
    expect(jobOf('Reporter at CGTN (2018 - May 2022)')).toBe('cgtn (former)');
    expect(jobOf('Reporter at CGTN until May 2027')).toBe('cgtn');
    expect(jobOf('Reporter at CGTN since May 2022')).toBe('cgtn');
    expect(jobOf('Reporter at CGTN 🎙️ May 2022 - present')).toBe('cgtn');
  });
});
