/**
 * After the sixty-third and sixty-fourth sets' misses were read (RULES_VERSION 49): the label's state named after
 * "of"; HINA declined where the bio places Croatia; the Azerbaijani dailies' genitive; the «Oʻzbekiston» channel with
 * its noun; "TV Perú Noticias". Both sides.
 */
import { describe, expect, it } from 'vitest';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';

describe('after the sixty-third and sixty-fourth sets', () => {
  it('reads the label with its state after "of", a capitalised name only, and not after "del Estado"', () => {
    expect(isLabelText('Medio de comunicación estatal de Cuba')).toBe(true);
    expect(isLabelText('Mídia estatal da República Dominicana')).toBe(true);
    expect(isLabelText('Medio estatal de verdad que no')).toBe(false);
    expect(isLabelText('Medio estatal de Cuba y más')).toBe(false);
    expect(isLabelText('Medios del Estado de México')).toBe(false);
    expect(isLabelText('No somos un medio de comunicación estatal de Cuba')).toBe(false);
  });

  it('reads HINA declined where the bio places Croatia, and not as a name alone', () => {
    expect(jobOf('Novinarka Hine · Zagreb · pratim Sabor i Vladu 📰')).toBe('hina');
    expect(jobOf('Sestra Hine · Zagreb')).toBeUndefined();
    expect(jobOf('Reporter for Hine · Auckland')).toBeUndefined();
    // … and the South Slavic "retired" makes it past (the fourteenth set's former staffer, once Hine was read)
    expect(jobOf('Umirovljena novinarka Hine 📰 | Sad pišem o otočkim vrtovima | Vis')).toBe('hina (former)');
    expect(jobOf('Novinarka Hine u penziji · Zagreb')).toBe('hina (former)');
  });

  it("reads the Azerbaijani dailies' genitive and the «Oʻzbekiston» channel with its noun", () => {
    expect(jobOf('“Yeni Azərbaycan” qəzetinin müxbiri ✍️ Bakı')).toBe('azerbaijan-state-press');
    expect(jobOf('Yeni Azərbaycan qəzetinin oxucusuyam')).toBeUndefined();
    expect(jobOf('«Oʻzbekiston» telekanali muxbiri 🎥 Toshkent')).toBe('mtrk');
    expect(jobOf('Oʻzbekiston muxbiri')).toBeUndefined();
  });

  it('reads "TV Perú Noticias" as the channel, and not "TV Perú" beside a title', () => {
    expect(jobOf('Reportera en TV Perú Noticias 📺 Lima')).toBe('irtp');
    expect(jobOf('Reportera en TV Perú 📺 Lima')).toBeUndefined();
  });
});
