/**
 * After the thirty-first and thirty-second sets' misses were read (RULES_VERSION 35): a year's abbreviation ends no
 * sentence when the clause is only a date ("До 2021 г. – водещ в БНР": the innocent former staffer); Bengali "staff
 * reporter" as bylines write it; Republic of Yemen Radio in Arabic; the French label opening "Média d'État" or "Média rattaché à
 * l'État", on the label element only. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';

describe('after the thirty-first and thirty-second sets', () => {
  it.each([
    ['До 2021 г. – водещ в БНР 📻 Сега гледам пчели в Балкана', 'bnr (former)'],
    ['Водещ в БНР от 2019 г. Обичам пчели', 'bnr'],
    ['С 2010 по 2020 г. журналист RT. Сейчас преподаю', 'rt (former)'],
    // a date that is not a clause of its own stays with its own sentence (a review)
    ['Журналистка НТВ до 2020 г. Журналистка RT', 'rt'],
    ['Корреспондент RT с 2020 г. До 2019 г. учитель', 'rt'],
    ['Учитель до 2015 г. Корреспондент RT', 'rt'],
    ['স্টাফ রিপোর্টার, বাসস 📰 | রাজশাহী | কৃষি আর আমের খবর', 'bss'],
    ['مذيعة بإذاعة الجمهورية اليمنية 🎙️ | عدن', 'yemen-radio-tv'],
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
