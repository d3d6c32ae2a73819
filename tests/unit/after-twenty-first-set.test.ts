/**
 * After the twenty-first and twenty-second sets' misses were read (RULES_VERSION 29): Turkish "I did (the job)" and
 * "I am retired" mark a past job; an Arabic paper's shared name placed by the state's adjective after it; Radio
 * Tehran; "the new life" daily with an explicit tie; "Daily Mail" with Zambia in its clause; The Rising Nepal in
 * Devanagari with the Nepali sub-editor. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { readBio } from '../../src/lists/bio/index';
import { NOW } from './bio.helpers';

const job = (bio: string) => {
  const e = readBio(bio, { now: NOW }).employment;
  return e ? `${e.outlet.id}${e.former ? ' (former)' : ''}` : undefined;
};

describe('after the twenty-first and twenty-second sets', () => {
  it.each([
    ['Yıllarca TAK’ta muhabirlik yaptım 🗞️ Şimdi emekliyim', 'tak-cyprus (former)'],
    ['TAK’ta muhabirim', 'tak-cyprus'],
    ["TRT'de muhabirim, bu videoyu ben yaptım", 'trt'],
    ["TRT'de muhabirlik yapıyorum", 'trt'],
    ['محررة في صحيفة الدستور الأردنية ✍️ | عمّان', 'jordan-press-foundation'],
    ['گوینده و مجری رادیو تهران 🎙️', 'irib'],
    ['محررة في «الحياة الجديدة» ✍️ | رام الله', 'al-hayat-al-jadida'],
    ['Reporter at Daily Mail 🇿🇲 | Lusaka', 'zambia-idc-papers'],
    ['द राइजिङ नेपालमा उपसम्पादक 📰 | काठमाडौं', 'gorkhapatra'],
  ])('%s', (bio, want) => {
    expect(job(bio)).toBe(want);
  });

  it.each([
    'محررة في صحيفة الدستور المصرية',
    'محررة في صحيفة الدستور | القاهرة',
    'Reporter at Daily Mail | London 🇬🇧',
    'Reporter at Daily Mail',
    'أبدأ الحياة الجديدة مع عائلتي',
  ])('not: %s', (bio) => {
    expect(job(bio)).toBeUndefined();
  });
});
