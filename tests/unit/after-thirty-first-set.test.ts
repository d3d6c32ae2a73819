/**
 * After the thirty-first and thirty-second sets' misses were read (RULES_VERSION 35): a year's abbreviation ends no
 * sentence ("До 2021 г. – водещ в БНР": the innocent former staffer); Bengali "reporter" as bylines write it; the
 * Nigerian "OAP"; Republic of Yemen Radio in Arabic; the French label opening "Média d'État" or "Média rattaché à
 * l'État", on the label element only. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';

describe('after the thirty-first and thirty-second sets', () => {
  it.each([
    ['До 2021 г. – водещ в БНР 📻 Сега гледам пчели в Балкана', 'bnr (former)'],
    ['Водещ в БНР от 2019 г. Обичам пчели', 'bnr'],
    ['স্টাফ রিপোর্টার, বাসস 📰 | রাজশাহী | কৃষি আর আমের খবর', 'bss'],
    ['مذيعة بإذاعة الجمهورية اليمنية 🎙️ | عدن', 'yemen-radio-tv'],
    ['OAP @ NTA 🇳🇬', 'nta'],
  ])('%s', (bio, want) => expect(jobOf(bio)).toBe(want));

  it.each(['রিপোর্টার হতে চাই, বাসস পড়ি', 'Читаю «Правду» с 2019 г. Работаю в школе', 'OAP @ NTA? one day 🙏 Lagos'])(
    'not: %s',
    (bio) => expect(jobOf(bio)).toBeUndefined(),
  );

  it('reads the French label as it opens, on the label element only', () => {
    expect(isLabelText('Média d’État (Burkina Faso)')).toBe(true);
    expect(isLabelText('Média rattaché à l’État mauritanien')).toBe(true);
    expect(isLabelText('Pas un média d’État')).toBe(false);
  });
});
