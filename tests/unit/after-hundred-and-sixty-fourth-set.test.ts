/**
 * After the hundred-and-sixty-first to hundred-and-sixty-fourth sets' misses were read (RULES_VERSION 89, as a review
 * left it): TikTok's label as "государственно контролируемое СМИ" and as Tagalog "midyang hawak ng pamahalaan" (whole
 * labels), and as the Spanish "Medio estatal [adjective], control gubernamental" without "con"; Radio Thailand's Thai
 * name. Taken back: "สวท.", the Thai "newsreader" title, La Presse by its masthead. Both sides of each.
 */
import { describe, expect, it } from 'vitest';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';

describe('three more renderings of TikTok’s label', () => {
  it('reads them whole, a country before a separator aside', () => {
    expect(isLabelText('Казахстан · государственно контролируемое СМИ')).toBe(true);
    expect(isLabelText('государственно контролируемое СМИ')).toBe(true);
    expect(isLabelText('Pilipinas · midyang hawak ng pamahalaan')).toBe(true);
    expect(isLabelText('Medio estatal nicaragüense, control gubernamental')).toBe(true);
  });
  it('not with words around them, a denial, a local government’s, a critic’s adjective, "without control"', () => {
    expect(isLabelText('Не государственно контролируемое СМИ')).toBe(false);
    expect(isLabelText('Критикуем государственно контролируемое СМИ')).toBe(false);
    expect(isLabelText('Hindi kami midyang hawak ng pamahalaan')).toBe(false);
    expect(isLabelText('Hindi media na kontrolado ng gobyerno')).toBe(false);
    expect(isLabelText('midyang hawak ng pamahalaang lokal')).toBe(false);
    expect(isLabelText('Medio estatal crítico, control gubernamental')).toBe(false);
    expect(isLabelText('Medio estatal nicaragüense, sin control gubernamental')).toBe(false);
  });
  it('nor after a colon’s title, as before (the sets’ pages wrote "Казахстан:", "Pilipinas:")', () => {
    expect(isLabelText('Казахстан: государственно контролируемое СМИ')).toBe(false);
    expect(isLabelText('Pilipinas: midyang hawak ng pamahalaan')).toBe(false);
  });
});

describe('Radio Thailand by its Thai name', () => {
  it('reads it after a title', () => {
    expect(jobOf('นักข่าว สถานีวิทยุกระจายเสียงแห่งประเทศไทย')).toBe('nbt');
  });
  it('not a listener; and, taken back (a review), neither "สวท." (a university office too) nor "ผู้อ่านข่าว" (a reader)', () => {
    expect(jobOf('ฟัง สถานีวิทยุกระจายเสียงแห่งประเทศไทย ทุกเช้า')).toBeUndefined();
    expect(jobOf('ทำงานที่ สวท. มทร.ธัญบุรี')).toBeUndefined();
    expect(jobOf('ผู้อ่านข่าว CGTN ทุกวัน')).toBeUndefined();
  });
});

describe('La Presse by its masthead, taken back (a review)', () => {
  it('is not read even with Tunisia in its clause: Montreal’s La Presse has Tunisian correspondents', () => {
    expect(jobOf('Journaliste au journal La Presse 🇹🇳 Tunis')).toBeUndefined();
    expect(jobOf('Correspondante de La Presse à Tunis')).toBeUndefined();
  });
});
