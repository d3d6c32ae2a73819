/**
 * After the fifty-third and fifty-fourth sets' misses were read (RULES_VERSION 44): the Serbian label's "under state
 * control" with the adjective, as the whole label; KUNA in Arabic letters as an ordinary-word name. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';

describe('after the fifty-third and fifty-fourth sets', () => {
  it('reads KUNA in Arabic letters bound by a title only', () => {
    expect(jobOf('صحفية في كونا 🗞️ | تغطية مجلس الأمة')).toBe('kuna');
    expect(jobOf('كونا أقوياء يا أصدقاء')).toBeUndefined();
    expect(jobOf('أتابع كونا يومياً')).toBeUndefined();
  });

  it('reads "под државном контролом" as the whole label only', () => {
    expect(isLabelText('Медиј под државном контролом (Босна и Херцеговина)')).toBe(true);
    expect(isLabelText('Medij pod državnom kontrolom')).toBe(true);
    expect(isLabelText('Nismo medij pod državnom kontrolom')).toBe(false);
  });
});
