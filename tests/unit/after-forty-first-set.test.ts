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
    ['Periodista deportivo | Telesur | Caracas', 'telesur'],
    ['Pressefotograf bei RT DE', 'rt'],
    // a desk named by its beat, tied by a connector; a Vietnamese title places a shared acronym
    ['Culture desk @ Ahram Weekly | Cairo', 'al-ahram'],
    ['Politikressort @ RT DE 🖊️ | Berlin', 'rt'],
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
    // "SNA News" is the Syrian and Somali armies' outlets' too; "angop" is Javanese "to yawn" (a review)
    'Reporter for SNA News, Azaz, Syria',
    'Penyiar radio. Sering angop 😴',
    // a desk that is no newsroom's, a desk with no connector, a reporter's title in English with a shared acronym
    'Help desk @ Xinhua',
    'Sports desk CGTN fan',
    'Reporter @ VTV',
  ])('not: %s', (bio) => expect(jobOf(bio)).toBeUndefined());

  it('reads "they do not want you to see" beside the state in more languages, not a critic', () => {
    expect(presents('Македонија Напред 🇲🇰', '', 'napred.makedonija')?.where).toBe('name');
    expect(presents('Горди сме', 'Македонија што странските медиуми не ја покажуваат 🇲🇰', 'gordi')?.where).toBe('bio');
    expect(presents('Ana', 'A Angola que a mídia estrangeira não mostra 🇦🇴', 'ana')?.where).toBe('bio');
    expect(presents('Gordi', 'Türkiye, yabancı medyanın göstermediği 🇹🇷', 'gordi')?.where).toBe('bio');
    // the phrase with no state's name in its clause; the bare "they don't want you to see", a dissident's and a
    // trivia page's as much as a seed's (a review); a campaign's words; the state's name alone; a region, a club
    expect(presents('Ana', 'O que a mídia estrangeira não mostra | Angola 🇦🇴', 'ana')).toBeUndefined();
    expect(presents('Lina', 'Iran they don’t want you to see', 'lina')).toBeUndefined();
    expect(presents('Datos', 'Historia de México que no quieren que sepas', 'datos')).toBeUndefined();
    expect(presents('Cuba 🇨🇺', 'La miseria del régimen que no te muestran', 'cubalibre')).toBeUndefined();
    expect(presents('X', 'Россия, которую западные СМИ не показывают. Нет войне', 'x')).toBeUndefined();
    expect(presents('Gaza', 'What foreign media don’t show in Gaza 🇵🇸 #FreePalestine', 'g')).toBeUndefined();
    expect(presents('Марија', 'Од Скопје, Македонија', 'marija.sk')).toBeUndefined();
    expect(presents('Pirinska Makedonija 🇲🇰', '', 'pirin.bg')).toBeUndefined();
    expect(presents('FK Makedonija 🇲🇰', '', 'fk.mk')).toBeUndefined();
  });

  it('reads the label in more Spanish and Portuguese participles, on the label only', () => {
    expect(isLabelText('Medio sometido al Estado · República Dominicana')).toBe(true);
    expect(isLabelText('Medio estatal · Cuba')).toBe(true);
    expect(isLabelText('Média vinculada ao Estado · Angola')).toBe(true);
    expect(isLabelText('Medio independiente del Estado')).toBe(false);
    expect(isLabelText('Não somos mídia estatal')).toBe(false);
    // a region's or a town's government, a question, a list (a review)
    expect(isLabelText('Medios del Estado de México')).toBe(false);
    expect(isLabelText('Mídia ligada ao governo do Ceará')).toBe(false);
    expect(isLabelText('Medio dependiente del gobierno municipal')).toBe(false);
    expect(isLabelText('Medio gubernamental? No, somos independientes')).toBe(false);
    expect(isLabelText('Medios de comunicación estatales y privados')).toBe(false);
  });
});
