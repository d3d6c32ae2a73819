/**
 * After the seventy-third and seventy-fourth sets' misses were read (RULES_VERSION 53): a byline's outlet with its
 * bureau's city after a comma ("Kenya News Agency, Kisumu"); an acronym in brackets in a script without capitals
 * ("(रासस)"). Both sides.
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

  it('reads an acronym in brackets in a caseless script as part of the name', () => {
    expect(jobOf('संवाददाता, राष्ट्रिय समाचार समिति (रासस) | काठमाडौं 🇳🇵')).toBe('rss-nepal');
    expect(jobOf('مراسل، وكالة الأنباء السعودية (واس)')).toBe('spa');
    expect(jobOf('संवाददाता, राष्ट्रिय समाचार समिति (पूर्व कर्मचारी, अब स्वतन्त्र)')).toBeUndefined();
  });
});
