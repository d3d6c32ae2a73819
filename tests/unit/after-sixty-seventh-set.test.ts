/**
 * After the sixty-seventh and sixty-eighth sets' misses were read (RULES_VERSION 51): a Polish name's genitive that
 * looked Hungarian ("Kuriera"); a Chinese beat between the outlet and the title; Al-Qarn's Arabic masthead, placed;
 * Hewad's Pashto spellings; ERT's numbered channels; WordPress's "?p=<id>" as one story's link. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { articlePath } from '../../src/lists/article-link';
import { outletLink } from '../../src/signals/outlet-link';
import type { Observation } from '../../src/tiktok/observation';
import { jobOf } from './bio.helpers';

const linkPoints = (signature: string, bioLink: string) => {
  const obs = {
    handle: 'x',
    source: 'dom',
    observedAt: 0,
    posts: [],
    user: { uniqueId: 'x', nickname: 'x', signature, bioLink },
  } as unknown as Observation;
  return outletLink.evaluate({ obs, history: [], now: 0 })?.points;
};

describe('after the sixty-seventh and sixty-eighth sets', () => {
  it('reads a Polish genitive whose ending also looks like a Hungarian suffix', () => {
    expect(jobOf('Dziennikarka Kuriera Lubelskiego 🗞️ Lublin')).toBe('polska-press');
    expect(jobOf('Dziennikarka Kuriera Porannego')).toBe('polska-press');
    expect(jobOf('Czytam Kuriera Lubelskiego')).toBeUndefined();
    expect(jobOf('műsorvezető a Kossuth Rádióban')).toBe('mtva');
  });

  it('reads a Chinese beat between the outlet and the title, and not a viewer of that reporter', () => {
    expect(jobOf('大公報港聞記者｜跑立法會同區議會')).toBe('ta-kung-pao');
    expect(jobOf('新华社体育记者')).toBe('xinhua');
    expect(jobOf('喜欢看新华社体育记者的报道')).toBeUndefined();
  });

  it("reads Al-Qarn's masthead where the bio places Djibouti, Hewad in Pashto, ERT's numbered channels", () => {
    expect(jobOf('صحفي في جريدة القرن 🇩🇯 الشأن المحلي')).toBe('djibouti-state-media');
    expect(jobOf('صحفي في جريدة القرن')).toBeUndefined();
    expect(jobOf('د هېواد ورځپاڼې خبریال | کابل')).toBe('afghanistan-state-newspapers');
    expect(jobOf('Δημοσιογράφος της ΕΡΤ3')).toBe('ert');
  });

  it('reads "?p=<id>" at the root as one story: half weight for an account nothing else ties', () => {
    expect(articlePath('https://www.canalantv.com.ve/?p=61842')).toBe(true);
    expect(articlePath('https://www.canalantv.com.ve/')).toBe(false);
    expect(
      linkPoints('Chequeamos discursos de diputados. Hoy: esta nota 👇', 'https://www.canalantv.com.ve/?p=61842'),
    ).toBe(30);
    expect(linkPoints('Noticias del parlamento', 'https://www.canalantv.com.ve/')).toBe(60);
  });
});
