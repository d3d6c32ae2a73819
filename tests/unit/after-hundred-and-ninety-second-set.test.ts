/**
 * After the hundred-and-eighty-fifth to hundred-and-ninety-second sets' innocent `suspected` were read (RULES_VERSION
 * 94): Asharq Al-Awsat named with جريدة. Taken back by the review, and tested so: Polish "byłam"/"byłem" and Vietnamese
 * "hồi trước" as past markers, the French "on vérifie" with state TV as its object. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { factCheckOf } from '../../src/lists/bio/fact-check';
import { jobOf } from './bio.helpers';

describe('a paper’s other noun', () => {
  it('"صحفية في جريدة الشرق الأوسط" is Asharq Al-Awsat’s staff', () => {
    expect(jobOf('صحفية في جريدة الشرق الأوسط | الرياض')).toBe('srmg');
  });
  it('a reader of it is no staffer', () => {
    expect(jobOf('أقرأ جريدة الشرق الأوسط كل صباح')).toBeUndefined();
  });
});

describe('taken back by the review', () => {
  it('"byłam" and "hồi trước" after a current title keep it current', () => {
    expect(jobOf('Reporterka TVP Info — byłam w Kijowie, Gazie i Bagdadzie')).toBe('tvp');
    expect(jobOf('Phóng viên HTV, hồi trước ở VTV')).toBe('htv');
  });
  it('an outlet’s own "on vérifie" is no checker', () => {
    expect(factCheckOf('On vérifie l’info pour vous 🇨🇩 RTNC')).toBeUndefined();
    expect(factCheckOf('On vérifie l’info — Radio d’État du Mali')).toBeUndefined();
  });
});
