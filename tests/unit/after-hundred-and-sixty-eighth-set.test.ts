/**
 * After the hundred-and-sixty-fifth to hundred-and-sixty-eighth sets' misses were read (RULES_VERSION 90): TikTok's
 * label as the Spanish "Medio controlado estatalmente" and the Vietnamese "kênh truyền hình do chính quyền điều hành"
 * (whole labels). Both sides of each, and what a review took back (the Zulu broadcaster's title, SABC's Ukhozi FM and
 * Graphic Online by name).
 */
import { describe, expect, it } from 'vitest';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';

describe('two more renderings of TikTok’s label, whole', () => {
  it('reads them, a country after (Spanish) or before (Vietnamese) a separator aside', () => {
    expect(isLabelText('Medio controlado estatalmente · Ecuador')).toBe(true);
    expect(isLabelText('VN · kênh truyền hình do chính quyền điều hành')).toBe(true);
    expect(isLabelText('Báo chí do nhà nước quản lý')).toBe(true);
  });
  it('not a denial, nor a local government’s', () => {
    expect(isLabelText('Medio no controlado estatalmente')).toBe(false);
    expect(isLabelText('Không phải kênh truyền hình do chính quyền điều hành')).toBe(false);
    expect(isLabelText('kênh truyền hình do chính quyền địa phương điều hành')).toBe(false);
    expect(isLabelText('báo chí do nhà nước kiểm soát - sai')).toBe(false);
  });
});

describe('taken back by a review: the Zulu broadcaster’s title, Ukhozi FM and Graphic Online by name', () => {
  it('reads none of them: fans, hopefuls, design shops and listeners’ nicknames write them as often', () => {
    expect(jobOf('Umsakazi we-Ukhozi FM (SABC) 📻 Msombuluko kuya kuLwesihlanu 10–13h')).toBeUndefined();
    expect(jobOf('Ngifuna ukuba ngumsakazi we-SABC')).toBeUndefined();
    expect(jobOf('Producer at Graphic Online Studios, Accra, Ghana')).toBeUndefined();
    expect(jobOf('Reporter, Daily Graphic 🇬🇭 Accra')).toBe('graphic-ghana');
  });
});
