/**
 * After the forty-fifth and forty-sixth sets' misses were read (RULES_VERSION 40): El Salvador's legislature's radio
 * with El Salvador in its clause, the Arabic label's "under the control of" as the whole label. And what a review took
 * back: a city before a Hindi postposition (a fan's, a relative's, a hopeful's lines read the same), an at-sign after
 * a desk before an ordinary-word name (a bar's show), "Zanzibar Leo" (Zanzibar today) and "Thể thao & Văn hóa" (sports
 * and culture) as names. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';

describe('after the forty-fifth and forty-sixth sets', () => {
  it.each([
    ['Productora en Radio Legislativa de El Salvador 🎧', 'el-salvador-legislative-media'],
    ['Periodista en Televisión Legislativa Salvadoreña', 'el-salvador-legislative-media'],
  ])('%s', (bio, want) => expect(jobOf(bio)).toBe(want));

  it.each([
    // another legislature's radio; a Salvadoran abroad
    'Productora en Radio Legislativa',
    'Periodista 🇸🇻 viviendo en Costa Rica | Locutora en Radio Legislativa',
    // taken back after a review
    'आकाशवाणी दिल्ली की उद्घोषिका की फैन हूँ',
    'Host of the evening show @ Sputnik 🍸',
    'Mwandishi wa habari @ Zanzibar Leo, kesho Pemba',
    'Biên tập viên Thể thao và Văn hóa tại VTC',
  ])('not: %s', (bio) => expect(jobOf(bio)).toBeUndefined());

  it('reads the Arabic "under the control of the government" as the whole label only', () => {
    expect(isLabelText('إعلام تحت سيطرة حكومة سوريا')).toBe(true);
    expect(isLabelText('وسائل الإعلام تحت رقابة الدولة (مصر)')).toBe(true);
    expect(isLabelText('لا للإعلام تحت سيطرة الحكومة')).toBe(false);
    expect(isLabelText('الإعلام تحت سيطرة الدولة؟')).toBe(false);
    expect(isLabelText('الإعلام تحت رقابة الدولة العميقة')).toBe(false);
    expect(isLabelText('كتاب: الإعلام تحت سيطرة الدولة')).toBe(false);
    expect(isLabelText('الإعلام تحت سيطرة الحكومة: بودكاست')).toBe(false);
  });
});
