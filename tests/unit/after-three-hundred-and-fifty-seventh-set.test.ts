/**
 * After the three-hundred-and-fifty-first to three-hundred-and-fifty-seventh sets' misses were read (RULES_VERSION
 * 116): the Belarusian label as a whole, a Hungarian span "X és Y között" opening its clause as the past, Greek "τις
 * ειδήσεις της", a host's named programme "su/en/na" a channel, Mozambique's "relatador desportivo". Both sides of
 * each, with what a review (about 215 probes) took back (composed Belarusian words, "FTV" placed) or narrowed.
 */
import { describe, expect, it } from 'vitest';
import { isLabelled } from '../../src/history/labels';
import { mayBeLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';

const labelled = (text: string) => isLabelled({ uniqueId: 'x', stateControlledMediaText: text });

describe('the Belarusian label', () => {
  it('reads "СМІ пад кантролем беларускай дзяржавы" as the whole label only', () => {
    expect(labelled('СМІ пад кантролем беларускай дзяржавы')).toBe(true);
    expect(labelled('Беларусь · СМІ пад кантролем дзяржавы')).toBe(true);
  });
  it.each([
    'Незалежныя СМІ, не пад кантролем дзяржавы',
    'Я працую ў дзяржаўных СМІ',
    'Журналіст СМІ беларускай дзяржавы',
    'СМІ ня пад кантролем дзяржавы',
    'Медыя па-за кантролем дзяржавы',
  ])('not independence, a person, a negation: %s', (text) => {
    expect(labelled(text)).toBe(false);
  });
  it('passes the quick media-word test the page reader runs first (the page showed it under the name only)', () => {
    expect(mayBeLabelText('СМІ пад кантролем беларускай дзяржавы')).toBe(true);
    expect(mayBeLabelText('Медыя пад кантролем дзяржавы')).toBe(true);
  });
});

describe('staff', () => {
  it.each([
    ['Παρουσιάζω τις ειδήσεις της ΕΡΤ3 από τη Θεσσαλονίκη 📺', 'ert'],
    ['Conduco il TGR Liguria su Rai 3 📺 Qui vi porto dietro le quinte', 'rai'],
    ['Maputo 📻 Relatador desportivo da Rádio Moçambique | Mambas sempre', 'mozambique-broadcasters'],
    ['2010 és 2022 között az MTVA operatőre, ma szabadúszó filmes', 'mtva (former)'],
    ['Operatőr az MTVA-nál 2015 óta, 2010 és 2014 között a TV2-nél', 'mtva'],
    ['Az M1 riportere vagyok, 2018 és 2020 között ösztöndíjas voltam', 'mtva'],
  ])('%s', (bio, id) => {
    expect(jobOf(bio)).toBe(id);
  });
  it.each([
    // a review of RULES_VERSION 116 took back "FTV" placed (Fashion TV's, fitness channels' initials beside Sarajevo)
    'Reporterka na FTV-u 🎙️ Sarajevo',
    'Voditeljica na FTV Fashion TV Balkan 👠 Sarajevo',
    'Παρουσιάζω τις ειδήσεις της ΕΡΤ σε μιμ',
    'Conduco il Quiz su Rai 1 nei miei sogni',
    'Conduco il TGR Liguria su Rai 3 (ospite)',
    'Βλέπω τις ειδήσεις της ΕΡΤ3',
    'Παρουσιάζω τις ειδήσεις της ΕΡΤ3 στο κανάλι μου',
    'Guardo il TGR Liguria su Rai 3',
    'Conduco il Mio Podcast su Rai 3',
    'Conduco il TG su YouTube',
  ])('not unplaced, a viewer, my channel, another platform: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
});
