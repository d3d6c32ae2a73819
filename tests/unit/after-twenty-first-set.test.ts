/**
 * After the twenty-first and twenty-second sets' misses were read (RULES_VERSION 29–30): Turkish "I did (the job)"
 * after a trade noun marks that job as past; an Arabic paper's shared name placed by the state's adjective after it
 * (with or without hamza, not inside a longer phrase); "the new life" daily with an explicit tie; The Rising Nepal in
 * Devanagari with the Nepali sub-editor. Radio Tehran and "Daily Mail" for Zambia were tried and taken back. Both
 * sides.
 */
import { describe, expect, it } from 'vitest';
import { jobOf } from './bio.helpers';

describe('after the twenty-first and twenty-second sets', () => {
  it.each([
    ['Yıllarca TAK’ta muhabirlik yaptım 🗞️ Şimdi emekliyim', 'tak-cyprus (former)'],
    ['TAK’ta muhabirim', 'tak-cyprus'],
    ["TRT'de muhabirim, bu videoyu ben yaptım", 'trt'],
    ["TRT'de muhabirlik yapıyorum", 'trt'],
    // "I did reporting" marks its own binding only, not a current job before it (a review)
    ["Anadolu Ajansı'nda editörüm, 5 yıl muhabirlik yaptım", 'anadolu'],
    ['محرر في جريدة الدستور الاردنيه', 'jordan-press-foundation'],
    ['محررة في صحيفة الدستور الأردنية ✍️ | عمّان', 'jordan-press-foundation'],
    ['محررة في «الحياة الجديدة» ✍️ | رام الله', 'al-hayat-al-jadida'],
    ['द राइजिङ नेपालमा उपसम्पादक 📰 | काठमाडौं', 'gorkhapatra'],
  ])('%s', (bio, want) => {
    expect(jobOf(bio)).toBe(want);
  });

  it.each([
    'محررة في صحيفة الدستور المصرية',
    'محررة في صحيفة الدستور | القاهرة',
    'Reporter at Daily Mail | London 🇬🇧',
    'Reporter at Daily Mail',
    'أبدأ الحياة الجديدة مع عائلتي',
    // Taken back after a review: a podcast or show named "Radio Tehran", "Daily Mail" beside a Zambian person
    'مجری پادکست «رادیو تهران» در لندن 🇬🇧',
    'Journalist at the Daily Mail, proud Zambian 🇿🇲',
    // Another definite adjective after the nisba makes a phrase: the free Syrian revolution
    'مراسل صحيفة الثورة السورية الحرة',
  ])('not: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
});

describe('after the twenty-fourth set', () => {
  it.each([
    ['Новинарка Б92 🎤 | Београд', 'kopernikus'],
    ['Akhriyaha wararka Radio Muqdisho 📻 | Xamar', 'somalia-state-media'],
  ])('%s', (bio, want) => {
    expect(jobOf(bio)).toBe(want);
  });

  it.each(['Б92 је био независан', 'Akhriyaha wararka 📻 | Xamar'])('not: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
});
