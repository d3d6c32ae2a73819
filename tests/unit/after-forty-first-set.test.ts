/**
 * After the forty-first and forty-second sets' misses were read (RULES_VERSION 38): "TV" for "television" in a long
 * name, a title with its beat before a bar, press-photographer titles, names bylines write ("Angop", "SNA News"),
 * the seeds' "they don't want you to see" in more languages, Macedonia's short name, the label's Spanish and
 * Portuguese participles. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { readStateIdentity } from '../../src/lists/self-presentation';
import { STATES_WITH_OUTLETS } from '../../src/lists/states';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';

const presents = (name: string, bio: string, handle: string) =>
  readStateIdentity(name, bio, handle, (c) => STATES_WITH_OUTLETS.has(c)).presents;

describe('after the forty-first and forty-second sets', () => {
  it.each([
    // "TV" for the last word "television" of a name of three words or more
    ['Bayrak Radyo TV muhabiri 🎙️', 'brtk'],
    ['Bayrak Radyo TV Haber Merkezi’nde editör 📺 | Lefkoşa', 'brtk'],
    ['Periodista en Instituto Cubano de Radio y TV 🇨🇺', 'icrt'],
    // a title with its own beat, a bar, the name (then a place, or nothing that lists another outlet)
    ['Mwandishi wa michezo | Spoti Leo ⚽ Dar es Salaam | Kariakoo kila msimu', 'tanzania-standard-newspapers'],
    ['Periodista de deportes | TeleSUR | Caracas', 'telesur'],
    // the press photographer's titles; names as bylines write them
    ['Repórter fotográfico na Angop 📸 Luanda', 'angop'],
    ['Photojournaliste à la RTB 📸 Ouagadougou', 'rtb-burkina'],
    ['Redakteurin @ SNA News | Berlin', 'sputnik'],
    // a desk named by its beat, tied by a connector; a Vietnamese title places a shared acronym
    ['Culture desk @ Ahram Weekly | Cairo', 'al-ahram'],
    ['Politikressort @ SNA News 🖊️ | Berlin', 'sputnik'],
    ['Phóng viên @ VTV', 'vtv'],
  ])('%s', (bio, want) => expect(jobOf(bio)).toBe(want));

  it.each([
    // a two-word name keeps its word: "Canal TV", and a viewer of the long one is a viewer
    'Love watching Bayrak Radyo TV at night',
    // a list of outlets after the title, a title with no beat and a topic, a fan
    'Sports journalist | CGTN | BBC',
    'Sports journalist | politics | RT',
    'Sports fan | CGTN 🏀 Beijing',
    // the agency read, not worked for; the bare acronym of other bodies
    'Adoro ler a Angop ☕',
    'Redakteurin @ SNA | Syrische Nationalarmee Recherche',
    // a desk that is no newsroom's, a desk with no connector, a reporter's title in English with a shared acronym
    'Help desk @ Xinhua',
    'Sports desk CGTN fan',
    'Reporter @ VTV',
  ])('not: %s', (bio) => expect(jobOf(bio)).toBeUndefined());

  it('reads "they do not want you to see" beside the state in more languages, not a critic', () => {
    expect(presents('Македонија Напред 🇲🇰', '', 'napred.makedonija')?.where).toBe('name');
    expect(presents('Горди сме', 'Македонија што странските медиуми не ја покажуваат 🇲🇰', 'gordi')?.where).toBe(
      'bio',
    );
    expect(presents('الغد', 'السعودية اللي ما يبونك تشوفها 🇸🇦', 'alghad')?.where).toBe('bio');
    expect(presents('Ana', 'A Angola que não querem que você veja 🇦🇴', 'ana')?.where).toBe('bio');
    // the phrase alone, with no state's name in its clause; a researcher's; the state's name alone
    expect(presents('Ana', 'O que não querem que você veja | Angola 🇦🇴', 'ana')).toBeUndefined();
    expect(presents('Dr. Lina', 'Researcher: the Iran they don’t want you to see', 'lina')).toBeUndefined();
    expect(presents('Марија', 'Од Скопје, Македонија', 'marija.sk')).toBeUndefined();
  });

  it('reads the label in more Spanish and Portuguese participles, on the label only', () => {
    expect(isLabelText('Medio sometido al Estado · República Dominicana')).toBe(true);
    expect(isLabelText('Medio estatal · Cuba')).toBe(true);
    expect(isLabelText('Média vinculada ao Estado · Angola')).toBe(true);
    expect(isLabelText('Medio independiente del Estado')).toBe(false);
    expect(isLabelText('Não somos mídia estatal')).toBe(false);
  });
});
