/**
 * After the forty-ninth and fiftieth sets' misses were read (RULES_VERSION 42): Polish "kiedyś" (once) marks a past
 * job, a researcher's "analysis" and "dissection" of what it names and links, "I write" through a beat and a
 * connector, Malay "penyampai", Mediacorp's radio stations and "IP Paraguay" by the names their staff sign, Sinhala's
 * short name for Sri Lanka, the French label's "dépendant de l'État". Both sides.
 */
import { describe, expect, it } from 'vitest';
import { readBio } from '../../src/lists/bio/index';
import { readStateIdentity } from '../../src/lists/self-presentation';
import { STATES_WITH_OUTLETS } from '../../src/lists/states';
import { outletLink } from '../../src/signals/outlet-link';
import { isLabelText } from '../../src/tiktok/label';
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

describe('after the forty-ninth and fiftieth sets', () => {
  it.each([
    ['Emeryt. Kiedyś fotoreporter Dziennika Polskiego 📷 Teraz działka', 'polska-press (former)'],
    ['Fotoreporter Dziennika Polskiego', 'polska-press'],
    ['Escrevo desporto no jornal Domingo ⚽ · Maputo', 'sociedade-de-noticias'],
    ['Escribo de deportes en Granma', 'granma'],
    ['Fotoperiodista | IP Paraguay 📷 Asunción', 'paraguay-state-media'],
    ['Penyampai Ria 89.7 setiap pagi 📻', 'mediacorp'],
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

  it("reads Sinhala's short name beside the flag as the state's identity", () => {
    const presents = (n: string) => readStateIdentity(n, '', 'lanka.x', (c) => STATES_WITH_OUTLETS.has(c)).presents;
    expect(presents('ලංකාව නැගිටියි 🇱🇰')?.state.code).toBe('LK');
    expect(presents('ලංකාවේ කෑම 🇱🇰 | Nimali')).toBeUndefined();
  });

  it('reads the French "dependent on the State" on the label element only', () => {
    expect(isLabelText('RD Congo · média dépendant de l’État')).toBe(true);
    expect(isLabelText('Média indépendant de l’État')).toBe(false);
  });
});
