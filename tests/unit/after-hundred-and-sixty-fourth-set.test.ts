/**
 * After the hundred-and-sixty-first to hundred-and-sixty-fourth sets' misses were read (RULES_VERSION 89): TikTok's
 * label as "государственно контролируемое СМИ", as Tagalog "midyang hawak ng pamahalaan", and as the Spanish "Medio
 * estatal [adjective], control gubernamental" without "con"; Radio Thailand's Thai name and abbreviation, and the Thai
 * newsreader's title; La Presse de Tunisie by its masthead with Tunisia in its clause. Both sides of each.
 */
import { describe, expect, it } from 'vitest';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';

describe('three more renderings of TikTok’s label', () => {
  it('reads them, a country before them too', () => {
    expect(isLabelText('Казахстан: государственно контролируемое СМИ')).toBe(true);
    expect(isLabelText('государственно-контролируемое медиа')).toBe(true);
    expect(isLabelText('Pilipinas: midyang hawak ng pamahalaan')).toBe(true);
    expect(isLabelText('Medio estatal nicaragüense, control gubernamental')).toBe(true);
  });
  it('not a Tagalog denial, a local government’s, nor the Spanish "without control"', () => {
    expect(isLabelText('Hindi midyang hawak ng pamahalaan')).toBe(false);
    expect(isLabelText('midyang hawak ng pamahalaang lokal')).toBe(false);
    expect(isLabelText('Medio estatal nicaragüense, sin control gubernamental')).toBe(false);
    expect(isLabelText('государственно контролируемое')).toBe(false);
  });
});

describe('Radio Thailand in Thai, and its newsreader', () => {
  it('reads the abbreviation with its station glued on, after a title', () => {
    expect(jobOf('ผู้อ่านข่าว สวท.สตูล')).toBe('nbt');
    expect(jobOf('นักข่าว สวท.เชียงใหม่')).toBe('nbt');
  });
  it('not a listener, nor the title alone', () => {
    expect(jobOf('ฟัง สวท.สตูล ทุกเช้า')).toBeUndefined();
    expect(jobOf('ผู้อ่านข่าว')).toBeUndefined();
  });
});

describe('La Presse by its masthead, with Tunisia in its clause', () => {
  it('reads the Tunisian paper', () => {
    expect(jobOf('Journaliste au journal La Presse 🇹🇳 Tunis')).toBe('snipe');
  });
  it('not Montreal’s, nor the name with no state, nor a reader', () => {
    expect(jobOf('Journaliste à La Presse, Montréal')).toBeUndefined();
    expect(jobOf('Journaliste à La Presse')).toBeUndefined();
    expect(jobOf('Lectrice de La Presse 🇹🇳')).toBeUndefined();
    expect(jobOf('Journaliste à La Presse 🇨🇦 | Tunisienne 🇹🇳')).toBeUndefined();
  });
});
