/**
 * The bio reader's classes after the fifth and sixth fresh sets (docs/calibration.md, "after the fifth and sixth
 * sets"): each rule from both sides. Outlets are looked up by alias, not by id, so the tests hold while the registry
 * grows.
 */
import { describe, expect, it } from 'vitest';
import { readBio } from '../../src/lists/bio';
import { NOW, outlet, read } from './bio.helpers';

describe('"earlier, formerly" adverbs before the old job', () => {
  it.each([
    ['Раньше — корреспондент РЕН ТВ, с 2022 года не работаю на ТВ', 'РЕН ТВ'],
    ['Trước đây là phóng viên VTV1', 'VTV1'],
    ['Daha önce TRT muhabiri', 'TRT'],
  ])('%s: former', (bio, alias) => {
    const r = read(bio);
    expect(r.employment?.outlet).toBe(outlet(alias));
    expect(r.employment?.former).toBe(true);
  });

  it.each([
    ['Корреспондент РЕН ТВ. Раньше жила в Сочи', 'РЕН ТВ'],
    ['TRT muhabiri. Daha önce öğretmendim', 'TRT'],
  ])('%s: the adverb in another clause leaves the job current', (bio, alias) => {
    const r = read(bio);
    expect(r.employment?.outlet).toBe(outlet(alias));
    expect(r.employment?.former).toBe(false);
  });
});

describe('an acronym in brackets after the name is part of it in a bare comma byline', () => {
  it('"Correspondent, <name> (<ACRONYM>)" is employment', () => {
    const r = read('Correspondent, News Agency of Nigeria (NAN) 🇳🇬 | Abuja | Health & Education');
    expect(r.employment?.outlet).toBe(outlet('News Agency of Nigeria'));
    expect(r.employment?.former).toBe(false);
  });

  it.each([
    'Journalist, News Agency of Nigeria (critic)',
    'Journalist, politics, News Agency of Nigeria (NAN)',
    'Correspondent, News Agency of Nigeria (NAN) watchdog reports',
  ])('a word in brackets, a topic list or more words stay a list: %s', (bio) => {
    expect(read(bio).employment).toBeUndefined();
  });
});

describe('names that are ordinary phrases or shared by papers elsewhere: placed by their own clause', () => {
  it.each([
    ['Senior Reporter @ The Herald Zimbabwe 🇿🇼 | Harare | Politics & courts', 'Zimpapers'],
    ['Reporter at The Herald 🇿🇼', 'Zimpapers'],
    ['Reporter at The Herald, Zimbabwe', 'Zimpapers'],
    ['Journaliste au quotidien national Le Soleil 🇸🇳 | Dakar | Économie', 'Le Soleil Sénégal'],
    ['Journaliste au Le Soleil 🇸🇳', 'Le Soleil Sénégal'],
    // the state's capital as the line's last piece is the byline's own place, joined to the name's clause
    // (src/lists/bio/clauses.ts joinOwnPlace, RULES_VERSION 85; this line was held unread before)
    ['Senior Reporter @ The Herald | Harare 🇿🇼', 'Zimpapers'],
  ])('%s', (bio, alias) => {
    expect(read(bio).employment?.outlet).toBe(outlet(alias));
  });

  it.each([
    'Senior Reporter @ The Herald | Glasgow',
    'Senior Reporter @ The Herald | Harare 🇿🇼 | Glasgow', // … but not a list of places
    'Senior Reporter @ The Herald | Politics | Harare 🇿🇼', // … nor a place two pieces away
    'Reporter at the herald 🇿🇼', // not as the paper writes itself
    'Journaliste au quotidien national Le Soleil | Québec',
    'Journaliste sous le soleil du Sénégal 🇸🇳',
    'I read the herald in Zimbabwe',
  ])('not: %s', (bio) => {
    expect(read(bio).employment).toBeUndefined();
  });
});

describe('"national", "official" after an outlet noun, before the name', () => {
  it.each([['Journaliste au quotidien national Le Soleil Sénégal', 'Le Soleil Sénégal']])('%s', (bio, alias) => {
    expect(read(bio).employment?.outlet).toBe(outlet(alias));
  });
});

describe('"associated with" after the outlet: Urdu سے وابستہ, Hindi से जुड़ी', () => {
  it.each([
    ['ایسوسی ایٹڈ پریس آف پاکستان سے وابستہ صحافی', 'Associated Press of Pakistan'],
    ['اے پی پی سے وابستہ صحافی 🇵🇰 | اسلام آباد', 'Associated Press of Pakistan'],
    // The shared acronym placed by the Urdu title alone (src/lists/roles/title-languages.ts: Urdu is Pakistan's)
    ['اے پی پی سے وابستہ صحافی', 'Associated Press of Pakistan'],
  ])('%s', (bio, alias) => {
    expect(read(bio).employment?.outlet).toBe(outlet(alias));
  });

  it.each([
    'ایسوسی ایٹڈ پریس آف پاکستان سے نفرت کرنے والا صحافی', // "a journalist who hates …": no tie
    'APP سے وابستہ journalist', // the shared acronym, unplaced: an English title places nothing
  ])('not: %s', (bio) => {
    expect(read(bio).employment).toBeUndefined();
  });
});

describe('an agency’s acronym in its own script, with the Bengali genitive', () => {
  it('"বাসসের নিজস্ব প্রতিবেদক" (BSS’s own correspondent) is employment', () => {
    expect(read('বাসসের নিজস্ব প্রতিবেদক 📰 | ঢাকা | অর্থনীতি ও বাণিজ্য').employment?.outlet).toBe(outlet('বাসস'));
  });

  it('the acronym in a topic clause is no employment', () => {
    expect(read('প্রতিবেদক | বাসস, রয়টার্স, এএফপি থেকে খবর').employment).toBeUndefined();
  });
});

describe('two outlet names sharing a word: the first one read is the name', () => {
  const brand = (name: string) => readBio('Главное за день', { now: NOW, name }).employment?.outlet;

  it('"РЕН ТВ Новости" is REN TV’s news, not RT’s legal name ТВ-Новости over its last two words', () => {
    expect(brand('РЕН ТВ Новости')).toBe(outlet('РЕН ТВ'));
  });

  it('ТВ-Новости alone is still RT’s', () => {
    expect(brand('ТВ-Новости')).toBe(outlet('ТВ-Новости'));
  });
});
