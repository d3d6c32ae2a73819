/**
 * Staff lines after the eleventh fresh set: a Kirundi title, and dailies whose names other states' papers share — a
 * Singapore daily named like a Chennai one (Tamil Murasu), and "the revolution" (الثورة), the title of a Syrian and a
 * Yemeni state daily. A shared name counts only where the bio places the state; a placed state picks the row. And a
 * Georgian outlet's name in the genitive before the role (after the tenth set's Georgian staffer).
 */
import { describe, expect, it } from 'vitest';
import { readBio } from '../../src/lists/bio/index';
import { georgianGenitive } from '../../src/lists/bio/tables';

describe('Kirundi "umumenyeshamakuru" (journalist)', () => {
  it('binds the broadcaster after "wa" (of) as employer', () => {
    expect(readBio('Umumenyeshamakuru wa RTNB 📻 | Gitega').employment?.outlet.state).toBe('BI');
  });

  it.each([
    ['I used to be', 'Nahoze ndi umumenyeshamakuru wa RTNB'],
    ['he/she was', 'Yahoze ari umumenyeshamakuru wa RTNB'],
  ])('"-ahoze" (was formerly) puts it in the past: %s', (_, bio) => {
    expect(readBio(bio).employment?.former).toBe(true);
  });

  it.each([
    ['Kirundi, a journalist’s child', 'Umwana w’umumenyeshamakuru wa RTNB'],
    ['Swahili, a writer’s child', 'Mtoto wa mwandishi wa gazeti la HabariLeo'],
  ])('a relative before the title: the title is someone else’s (%s)', (_, bio) => {
    const r = readBio(bio);
    expect(r.employment).toBeUndefined();
    expect(r.mentions.length).toBe(1);
  });

  it.each([
    ['God’s child, then the title', 'Mtoto wa Mungu mtangazaji wa KBC 🇰🇪'],
    ['a Malay patronymic', 'Nurul Huda binti Ismail Wartawan BERNAMA'],
    ['a Swahili honorific', 'Dada Rehema mtangazaji wa KBC 🇰🇪'],
  ])('kin words that describe the writer leave the title the writer’s (%s)', (_, bio) => {
    expect(readBio(bio).employment).toBeDefined();
  });

  it('a listener of the same broadcaster only mentions it', () => {
    const r = readBio('Nkunda kumva RTNB | Gitega');
    expect(r.employment).toBeUndefined();
    expect(r.mentions.map((m) => m.outlet.state)).toEqual(['BI']);
  });
});

describe('Tamil Murasu: Singapore’s only where the bio places Singapore', () => {
  it.each([
    ['Tamil script, "daily’s reporter"', 'தமிழ் முரசு நாளிதழின் நிருபர் | சிங்கப்பூர் 🇸🇬'],
    ['Latin script', 'Reporter, Tamil Murasu | Singapore'],
  ])('%s', (_, bio) => {
    expect(readBio(bio).employment?.outlet.state).toBe('SG');
  });

  it.each([
    ['lower case', 'reporter at tamil murasu, singapore'],
    ['capitals', 'Reporter at TAMIL MURASU Singapore'],
  ])('%s, placed: employment', (_, bio) => {
    expect(readBio(bio).employment?.outlet.state).toBe('SG');
  });

  it.each([
    ['Chennai', 'தமிழ் முரசு நிருபர் | சென்னை'],
    ['no place', 'Reporter, Tamil Murasu'],
  ])('%s: nothing', (_, bio) => {
    const r = readBio(bio);
    expect(r.employment).toBeUndefined();
    expect(r.mentions).toEqual([]);
  });
});

describe('"the revolution" daily: the placed state picks Syria’s or Yemen’s', () => {
  it.each([
    ['محرر في صحيفة الثورة | صنعاء 🇾🇪', 'YE'],
    ['محرر في صحيفة الثورة | دمشق', 'SY'],
    ['محرر بصحيفة «الثورة» | صنعاء 🇾🇪', 'YE'], // "bi-" joined to the noun, the title in guillemets
  ])('%s', (bio, state) => {
    expect(readBio(bio).employment?.outlet.state).toBe(state);
  });

  it.each([
    ['no state placed', 'محرر في صحيفة الثورة'],
    ['the revolution as a word', 'كاتب عن الثورة اليمنية | صنعاء 🇾🇪'],
  ])('%s: no employment', (_, bio) => {
    expect(readBio(bio).employment).toBeUndefined();
  });
});

describe('a Georgian name in the genitive before the role', () => {
  it.each([
    ['პირველი არხის ჟურნალისტი | თბილისი', 'gpb'], // the First Channel's journalist: -ი → -ის
    ['აჭარის ტელევიზიის რეპორტიორი', 'adjara-tv'], // Adjara TV's reporter: -ა → -ის
    ['საზოგადოებრივი მაუწყებლის ჟურნალისტი', 'gpb'], // the public broadcaster's journalist (the vowel drops)
  ])('%s', (bio, id) => {
    expect(readBio(bio).employment?.outlet.id).toBe(id);
  });

  it('the same genitive before a viewer is a mention, not employment', () => {
    const r = readBio('პირველი არხის მაყურებელი');
    expect(r.employment).toBeUndefined();
    expect(r.mentions.map((m) => m.outlet.id)).toEqual(['gpb']);
  });

  it('georgianGenitive makes the regular forms and leaves other scripts alone', () => {
    expect(georgianGenitive('პირველი არხი')).toBe('პირველი არხის');
    expect(georgianGenitive('აჭარის ტელევიზია')).toBe('აჭარის ტელევიზიის');
    expect(georgianGenitive('რადიო')).toBe('რადიოს');
    expect(georgianGenitive('Первый канал')).toBeUndefined();
  });
});
