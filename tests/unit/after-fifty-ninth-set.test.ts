/**
 * After the fifty-ninth and sixtieth sets' misses were read (RULES_VERSION 47): a Somali fact-checker's "we verify"
 * makes the state outlet's page it links no tie; OTR in Cyrillic, placed by the bio; the Slovak and Russian label
 * renderings as the whole label. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';
import { linkPoints } from './link.helpers';

describe('after the fifty-ninth and sixtieth sets', () => {
  it("a fact-checker's link to the page it checks is no tie; a staffer who verifies keeps the job", () => {
    const link = 'www.sntv.so/wararka/dekedda-cusub';
    expect(linkPoints('Waxaan hubinnaa sheegashooyinka SNTV iyo bogagga dowladda 🔍', link)).toBe(0);
    expect(linkPoints('Wararka SNTV 📺 Muqdisho', link)).toBeGreaterThan(0);
    expect(jobOf('Weriye SNTV | waxaan hubinnaa xogta')).toBe('somalia-state-media');
  });

  it('reads OTR in Cyrillic where the bio places Russia', () => {
    expect(jobOf('Шеф-редактор на ОТР 📺 Москва')).toBe('otr');
    expect(jobOf('Редактор ОТР')).toBeUndefined();
  });

  it('reads the Slovak and Russian renderings as the whole label only', () => {
    expect(isLabelText('Médiá pod kontrolou štátu (Slovensko)')).toBe(true);
    expect(isLabelText('Контролируемое государством СМИ · Казахстан')).toBe(true);
    expect(isLabelText('Nie sme médiá pod kontrolou štátu')).toBe(false);
    expect(isLabelText('Не контролируемое государством СМИ')).toBe(false);
  });
});
