/**
 * After the fifty-third and fifty-fourth sets' misses were read (RULES_VERSION 44): the Serbian label's "under state
 * control" with the adjective, as the whole label. KUNA in Arabic letters (كونا) was taken back after a review: it is
 * the imperative "be (you two)", and "كونا مراسلين" (be correspondents) read as staff. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';

describe('after the fifty-third and fifty-fourth sets', () => {
  it('does not read "كونا" (be!) as KUNA', () => {
    expect(jobOf('يا شباب كونا إعلاميين محترفين 🎤')).toBeUndefined();
    expect(jobOf('كونا مراسلين للحق')).toBeUndefined();
    expect(jobOf('Journalist at KUNA')).toBe('kuna');
  });

  it('reads "под државном контролом" as the whole label only', () => {
    expect(isLabelText('Медиј под државном контролом (Босна и Херцеговина)')).toBe(true);
    expect(isLabelText('Medij pod državnom kontrolom')).toBe(true);
    expect(isLabelText('Nismo medij pod državnom kontrolom')).toBe(false);
    expect(isLabelText('Knjiga: Mediji pod državnom kontrolom')).toBe(false);
    expect(isLabelText('Mediji pod državnom kontrolom · ne verujte im')).toBe(false);
  });
});
