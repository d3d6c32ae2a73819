/**
 * After the hundred-and-sixty-fifth to hundred-and-sixty-eighth sets' misses were read (RULES_VERSION 90): TikTok's
 * label as the Spanish "Medio controlado estatalmente" and the Vietnamese "kênh truyền hình do chính quyền điều hành"
 * (whole labels); the Zulu and Xhosa broadcaster's title; SABC's Ukhozi FM; Graphic Online with Ghana in its clause.
 * Both sides of each.
 */
import { describe, expect, it } from 'vitest';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';

describe('two more renderings of TikTok’s label, whole', () => {
  it('reads them, a country after or before a separator aside', () => {
    expect(isLabelText('Medio controlado estatalmente · Ecuador')).toBe(true);
    expect(isLabelText('VN · kênh truyền hình do chính quyền điều hành')).toBe(true);
    expect(isLabelText('Báo chí do nhà nước quản lý')).toBe(true);
  });
  it('not a denial, nor a local government’s', () => {
    expect(isLabelText('Medio no controlado estatalmente')).toBe(false);
    expect(isLabelText('Không phải kênh truyền hình do chính quyền điều hành')).toBe(false);
    expect(isLabelText('kênh truyền hình do chính quyền địa phương điều hành')).toBe(false);
  });
});

describe('a Zulu broadcaster at SABC’s Ukhozi FM', () => {
  it('reads the title and the station', () => {
    expect(jobOf('Umsakazi we-Ukhozi FM (SABC) 📻 Msombuluko kuya kuLwesihlanu 10–13h')).toBe('sabc');
    expect(jobOf('Umsakazi we-Ukhozi FM')).toBe('sabc');
  });
  it('not a listener', () => {
    expect(jobOf('Ngithanda ukulalela Ukhozi FM')).toBeUndefined();
  });
});

describe('Graphic Online, with Ghana in its clause', () => {
  it('reads the site joined by "&" to the paper', () => {
    expect(jobOf('Reporter, Daily Graphic & Graphic Online 🇬🇭 Accra. Views are my own.')).toBe('graphic-ghana');
    expect(jobOf('Reporter, Graphic Online, Accra')).toBe('graphic-ghana');
  });
  it('not without Ghana', () => {
    expect(jobOf('Reporter, Graphic Online')).toBeUndefined();
    expect(jobOf('Graphic Online design courses 🇬🇭')).toBeUndefined();
  });
});
