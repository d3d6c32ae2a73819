/**
 * After the seventy-third and seventy-fourth sets' misses were read (RULES_VERSION 53): a byline's outlet with its
 * bureau's city after a comma ("Kenya News Agency, Kisumu"); a bracket after a byline's outlet counts as its acronym
 * only when written as one ("(HTV)", not "(ex)"); a word of a caseless script in brackets taken back after a review.
 * Both sides.
 */
import { describe, expect, it } from 'vitest';
import { jobOf } from './bio.helpers';

describe('after the seventy-third and seventy-fourth sets', () => {
  it("reads a byline's outlet with its city after a comma, and not a second outlet after it", () => {
    expect(jobOf('Mwandishi wa habari | Kenya News Agency, Kisumu 📰 | Napenda samaki 🐟')).toBe('kna');
    expect(jobOf('Reporter | Kenya News Agency, Kisumu')).toBe('kna');
    expect(jobOf('Journalist | RT, CNN')).toBeUndefined();
    expect(jobOf('Sports reporter | KBC, Citizen TV')).toBeUndefined();
  });

  it('reads a bracket after the outlet as its acronym only when written as one', () => {
    expect(jobOf('Biên tập viên | Đài Truyền hình TP.HCM (HTV)')).toBe('htv');
    expect(jobOf('Reporter | CGTN (ex), Beijing')).toBeUndefined();
    expect(jobOf('Reporter | CGTN (former)')).toBeUndefined();
    expect(jobOf('Journalist | TASS (бывший), Москва')).toBeUndefined();
  });

  it('takes back a word of a caseless script in brackets as the name: interns, former staff, fans, skits', () => {
    expect(jobOf('संवाददाता, राष्ट्रिय समाचार समिति (इन्टर्न)')).toBeUndefined();
    expect(jobOf('记者，新华社（前员工）')).toBeUndefined();
    // … while the agency's own acronym in brackets is its name (RULES_VERSION 55: "रासस" in the registry, `glossed`)
    expect(jobOf('संवाददाता, राष्ट्रिय समाचार समिति (रासस) | काठमाडौं 🇳🇵')).toBe('rss-nepal');
  });
});
