/**
 * After the hundred-and-eighty-fifth to hundred-and-ninety-second sets' innocent `suspected` were read (RULES_VERSION
 * 94): Polish "byłam"/"byłem" and Vietnamese "hồi trước" mark a job as past; the French checker's "on vérifie" with state
 * TV as its object; Asharq Al-Awsat with جريدة. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { factCheckOf } from '../../src/lists/bio/fact-check';
import { jobOf } from './bio.helpers';

describe('past jobs in Polish and Vietnamese, and a paper’s other noun', () => {
  it.each([
    ['Byłam reporterką „Głosu Wielkopolskiego”. Dziś robię podcast o Poznaniu 🎧', 'polska-press (former)'],
    ['Hồi trước làm phóng viên bên HTV · nay mở quán nhỏ trên Đà Lạt ☕', 'htv (former)'],
    ['Reporterka „Głosu Wielkopolskiego”', 'polska-press'],
    ['Phóng viên bên HTV', 'htv'],
    ['صحفية في جريدة الشرق الأوسط | الرياض', 'srmg'],
  ])('%s', (bio, want) => expect(jobOf(bio)).toBe(want));
});

describe('a French checker of state TV', () => {
  it('"on vérifie" with state TV as what it checks', () => {
    expect(factCheckOf('On vérifie les reportages de la télé d’État congolaise. Lien: la source')).toBeDefined();
  });
  it('not checking for it, nor state TV elsewhere in the bio', () => {
    expect(factCheckOf("On vérifie pour la télé d'État")).toBeUndefined();
    expect(factCheckOf("Journaliste à la télé d'État. On vérifie tout.")).toBeUndefined();
    expect(factCheckOf("La télé d'État : on vérifie pour vous")).toBeUndefined();
  });
});

describe('a reader of a paper is no staffer', () => {
  it('"أقرأ جريدة الشرق الأوسط" (I read Asharq Al-Awsat) names the paper only', () => {
    expect(jobOf('أقرأ جريدة الشرق الأوسط كل صباح')).toBeUndefined();
  });
});
