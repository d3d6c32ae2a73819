/**
 * After the sixty-fifth and sixty-sixth sets' misses were read (RULES_VERSION 50): the French label "controlled by the
 * authorities / the government" as the whole label (a country before a separator, not a colon); El Peruano's masthead
 * name; and Turkish "ekibindeyim" (I am on the team of), taken back after a review. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';

describe('after the sixty-fifth and sixty-sixth sets', () => {
  it('reads the French "controlled by the authorities" as the whole label only', () => {
    expect(isLabelText('Tchad : média contrôlé par les autorités')).toBe(false);
    expect(isLabelText('Satire : média contrôlé par les autorités')).toBe(false);
    expect(isLabelText('Tchad · média contrôlé par les autorités')).toBe(true);
    expect(isLabelText('Média contrôlé par le gouvernement')).toBe(true);
    expect(isLabelText('Pas un média contrôlé par les autorités')).toBe(false);
    expect(isLabelText('Média contrôlé par les autorités ? Non')).toBe(false);
    expect(isLabelText('Mon avis : ce n est pas un média contrôlé par les autorités')).toBe(false);
  });

  it('takes back "ekibindeyim" after an outlet: fan bases\' and series crews\' teams', () => {
    expect(jobOf('Ankara’dan haberler 🎙️ TRT Haber ekibindeyim')).toBeUndefined();
    expect(jobOf('BLACKPINK Türk medya ekibindeyim 💗')).toBeUndefined();
    expect(jobOf('TRT 1 Kuruluş Osman ekibindeyim')).toBeUndefined();
    expect(jobOf('TRT Haber ekibine selamlar')).toBeUndefined();
    expect(jobOf('TRT Haber ekibindeydim')).toBeUndefined();
  });

  it("reads El Peruano's masthead name", () => {
    expect(jobOf('Periodista en Diario Oficial El Peruano 📰 Lima')).toBe('editora-peru');
    expect(jobOf('Periodista en El Peruano')).toBeUndefined();
  });
});
