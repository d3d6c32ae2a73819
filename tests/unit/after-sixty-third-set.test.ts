/**
 * After the sixty-third and sixty-fourth sets' misses were read (RULES_VERSION 49): the South Slavic "retired" words
 * and the Azerbaijani daily's genitive read; and what a review took back — the label's state after "of" (Mexican and
 * Brazilian states, any capitalised word), HINA declined (a woman named Hina), "Oʻzbekiston telekanali" (a channel of
 * Uzbekistan), "TV Perú Noticias" (private channels' names end so). Both sides.
 */
import { describe, expect, it } from 'vitest';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';

describe('after the sixty-third and sixty-fourth sets', () => {
  it('reads the South Slavic "retired" as a past job', () => {
    expect(jobOf('Umirovljena novinarka HRT-a | Vis')).toBe('hrt (former)');
    expect(jobOf('Penzionisani novinar RTS-a')).toBe('rts (former)');
    expect(jobOf('Novinar RTS-a u penziji')).toBe('rts (former)');
    expect(jobOf('Novinarka HRT-a | Zagreb')).toBe('hrt');
  });

  it("reads the Azerbaijani daily's genitive, and not another paper's 'people's newspaper'", () => {
    expect(jobOf('“Yeni Azərbaycan” qəzetinin müxbiri ✍️ Bakı')).toBe('azerbaijan-state-press');
    expect(jobOf('Azad xalq qəzetinin müxbiri')).toBeUndefined();
  });

  it('takes back what the review found read wrongly', () => {
    expect(isLabelText('Medio de comunicación estatal de Cuba')).toBe(false);
    expect(isLabelText('Medio estatal de Jalisco')).toBe(false);
    expect(jobOf('Ponosna kći novinarke Hine Jurić 🇭🇷')).toBeUndefined();
    expect(jobOf('«Oʻzbekiston» telekanali muxbiriga intervyu berdim')).toBeUndefined();
    expect(jobOf('Periodista de Willax TV Perú Noticias')).toBeUndefined();
  });
});
