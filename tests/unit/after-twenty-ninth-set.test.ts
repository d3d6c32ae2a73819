/**
 * After the twenty-ninth and thirtieth sets' misses were read (RULES_VERSION 34): Indonesian and Malay "eks" (ex) marks a
 * past job (the innocent former staffer); "magazine" in Ukrainian and Belarusian ties a title to a quoted name;
 * Belaruskaya Dumka as "magazine «…»"; the Arabic label with "the government" and the French one as "government press
 * organ", on the label element only. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';

describe('after the twenty-ninth and thirtieth sets', () => {
  it.each([
    ['Eks penyiar RRI Palembang 📻 Kini buka warung pempek bareng istri', 'rri (former)'],
    ['Penyiar RRI Palembang 📻', 'rri'],
    ['Аглядальніца часопіса «Беларуская думка» ✍️ | Мінск', 'belta'],
    ['Журналист журнала «Беларуская думка»', 'belta'],
  ])('%s', (bio, want) => expect(jobOf(bio)).toBe(want));

  it.each(['Читаю журнал «Беларуская думка»', 'Life in Taiwan today 🇹🇼', 'Eks pacar penyiar RRI 😂'])(
    'not current: %s',
    (bio) => expect(jobOf(bio)?.endsWith('(former)') ?? true).toBe(true),
  );

  it('reads the Arabic and French labels in these renderings, on the label element only', () => {
    expect(isLabelText('إعلام تسيطر عليه الحكومة المصرية')).toBe(true);
    expect(isLabelText('Organe de presse gouvernemental · Mauritanie')).toBe(true);
    expect(isLabelText('Revue de presse')).toBe(false);
    expect(isLabelText('Pas un média d’État')).toBe(false);
    expect(isLabelText('Revue de presse gouvernementale')).toBe(false);
    expect(isLabelText('إعلام مستقل')).toBe(false);
  });
});
