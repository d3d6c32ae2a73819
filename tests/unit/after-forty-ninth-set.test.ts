/**
 * After the forty-ninth and fiftieth sets' misses were read (RULES_VERSION 42): Polish "kiedyś" (once) marks a past
 * job, a researcher's "dissection" of what it names and links, Mediacorp's radio stations by the names their staff
 * sign, the French label's "dépendant de l'État" as the whole label; and what a review took back. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { readBio } from '../../src/lists/bio/index';
import { readStateIdentity } from '../../src/lists/self-presentation';
import { STATES_WITH_OUTLETS } from '../../src/lists/states';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';
import { linkPoints } from './link.helpers';

describe('after the forty-ninth and fiftieth sets', () => {
  it.each([
    ['Emeryt. Kiedyś fotoreporter Dziennika Polskiego 📷 Teraz działka', 'polska-press (former)'],
    ['Fotoreporter Dziennika Polskiego', 'polska-press'],
    ['Penyiar Ria 89.7 setiap pagi 📻', 'mediacorp'],
    ['Presenter at YES 933', 'mediacorp'],
    ['조선중앙통신 분석 기자', 'kcna'],
  ])('%s', (bio, want) => expect(jobOf(bio)).toBe(want));

  it.each(['Escrevo cartas ao jornal Domingo', 'Escrevo sobre a TPA', 'Peminat Ria 89.7', 'Penyampai maklumat | Kopi'])(
    'not: %s',
    (bio) => expect(jobOf(bio)).toBeUndefined(),
  );

  it("a researcher's analysis of the page it links is no tie; the outlet's own link still is", () => {
    const link = 'www.minzu.rep.kp/home/index/first/0/en';
    expect(linkPoints('북한 관영매체 선전 분석 🔍 이번 주 링크: 민주조선 1면 해부', link)).toBe(0);
    expect(linkPoints('민주조선 1면 📰 평양', link)).toBeGreaterThan(0);
    expect(readBio('민주조선 1면 해부').mentions[0]?.context).toBe('research');
  });

  it("does not read Sinhala's everyday short name as the state's identity (a review: 'අපේ ලංකාව', a person's)", () => {
    const presents = (n: string, b = '') =>
      readStateIdentity(n, b, 'kasunp', (c) => STATES_WITH_OUTLETS.has(c)).presents;
    expect(presents('Kasun Perera', 'අපේ ලංකාව')).toBeUndefined();
    expect(presents('ලංකාව 🇱🇰', 'Kandy | 19')).toBeUndefined();
  });

  it('reads the French "dependent on the State" on the label element only', () => {
    expect(isLabelText('RD Congo · média dépendant de l’État')).toBe(true);
    expect(isLabelText('Média indépendant de l’État')).toBe(false);
    expect(isLabelText('Pas un média dépendant de l’État')).toBe(false);
    expect(isLabelText('Un média dépendant de l’État? Jamais.')).toBe(false);
    expect(isLabelText('Төрийн хяналтад буй хэвлэл мэдээлэлд итгэхгүй')).toBe(false);
  });
});
