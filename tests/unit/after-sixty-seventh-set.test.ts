/**
 * After the sixty-seventh and sixty-eighth sets' misses were read (RULES_VERSION 51): a Polish name's genitive that
 * looked Hungarian ("Kuriera"); ERT's numbered channels. And what a review took back: a Chinese beat between the
 * outlet and the title, Al-Qarn's Arabic masthead, Hewad's oblique, WordPress's "?p=<id>" at a site's root. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { articlePath } from '../../src/lists/article-link';
import { jobOf } from './bio.helpers';
import { linkPoints } from './link.helpers';

describe('after the sixty-seventh and sixty-eighth sets', () => {
  it('reads a Polish genitive whose ending also looks like a Hungarian suffix', () => {
    expect(jobOf('Dziennikarka Kuriera Lubelskiego 🗞️ Lublin')).toBe('polska-press');
    expect(jobOf('Dziennikarka Kuriera Porannego')).toBe('polska-press');
    expect(jobOf('Czytam Kuriera Lubelskiego')).toBeUndefined();
    expect(jobOf('műsorvezető a Kossuth Rádióban')).toBe('mtva');
  });

  it("reads ERT's numbered channels", () => {
    expect(jobOf('Δημοσιογράφος της ΕΡΤ3')).toBe('ert');
  });

  it('takes back what the review found read wrongly or lost', () => {
    expect(jobOf('央视财经评论员 | 经济学博士')).toBeUndefined();
    expect(jobOf('大公報港聞記者｜跑立法會同區議會')).toBeUndefined();
    expect(jobOf('صحفي في جريدة القرن الأفريقي 🇩🇯')).toBeUndefined();
    expect(jobOf('د ګران هېواد ورځپاڼې خبریال')).toBeUndefined();
    expect(articlePath('https://www.canalantv.com.ve/?p=61842')).toBe(false);
    expect(linkPoints('Agence Djiboutienne d’Information', 'adi.dj/?p=123')).toBe(60);
  });
});
