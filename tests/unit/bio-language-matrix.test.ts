/**
 * The bio language matrix (tests/fixtures/bio-language-matrix.ts): in every language of the checklist, a current
 * employer line reads the outlet as the current employer, a past-employment line reads it as former, and a checker's
 * or critic's line naming the outlet reads no employment. docs/calibration.md, "after the fourth fresh set — job words".
 */
import { describe, expect, it } from 'vitest';
import { readBio } from '../../src/lists/bio';
import { STATE_OUTLETS } from '../../src/lists/outlets';
import { CHECKLIST, MATRIX, UNCOVERED } from '../fixtures/bio-language-matrix';

/** A fixed clock: "(2016–2021)" is past. */
const NOW = Date.UTC(2026, 11, 3);

const read = (bio: string) => readBio(bio, { now: NOW });

describe('the matrix names real registry outlets, one row per language', () => {
  it('every outlet id is a registry row', () => {
    const ids = new Set(STATE_OUTLETS.map((o) => o.id));
    expect(MATRIX.filter((r) => !ids.has(r.outlet)).map((r) => r.outlet)).toEqual([]);
  });
  it('languages are unique', () => {
    expect(new Set(MATRIX.map((r) => r.lang)).size).toBe(MATRIX.length);
  });
  it('every language of the checklist has a row or says why not, and every row is on the checklist', () => {
    const rows = new Set(MATRIX.map((r) => r.lang));
    expect(CHECKLIST.filter((l) => !rows.has(l.lang) && !UNCOVERED[l.lang]).map((l) => l.lang)).toEqual([]);
    const listed = new Set(CHECKLIST.map((l) => l.lang));
    expect([...rows, ...Object.keys(UNCOVERED)].filter((l) => !listed.has(l))).toEqual([]);
  });
  it('every state with SC or CaPu outlets in the registry has a language on the checklist', () => {
    const have = new Set(CHECKLIST.flatMap((l) => l.states));
    const states = new Set(STATE_OUTLETS.filter((o) => o.type === 'SC' || o.type === 'CaPu').map((o) => o.state));
    expect([...states].filter((s) => !have.has(s))).toEqual([]);
  });
  it('every state on the checklist has a state outlet in the registry', () => {
    const states = new Set(STATE_OUTLETS.map((o) => o.state));
    expect(CHECKLIST.flatMap((l) => l.states).filter((s) => !states.has(s))).toEqual([]);
  });
});

describe.each(MATRIX)('$language ($lang)', (row) => {
  it.each([...row.employer, row.works])('current employer: %s', (bio) => {
    const e = read(bio).employment;
    expect({ outlet: e?.outlet.id, former: e?.former }).toEqual({ outlet: row.outlet, former: false });
  });
  it.each([row.former, row.until])('former employer: %s', (bio) => {
    const r = read(bio);
    expect(r.employments.filter((e) => !e.former)).toEqual([]);
    expect({ outlet: r.employment?.outlet.id, former: r.employment?.former }).toEqual({
      outlet: row.outlet,
      former: true,
    });
  });
  it.each([row.innocent, row.innocent.replace(/[,，،፣]\s*/gu, ' ')])(
    'a checker or critic naming the outlet, with or without its commas: no employment: %s',
    (bio) => {
      const r = read(bio);
      expect(r.employments.map((e) => e.outlet.id)).toEqual([]);
      expect(r.mentions.map((m) => m.outlet.id)).toContain(row.outlet);
    },
  );
});

/** The rules the matrix added, each on its other side too (docs/calibration.md, "after the fourth fresh set — job words"). */
describe('the new rules, both sides', () => {
  const employer = (bio: string) => read(bio).employment;

  it('"dating" (Tagalog "former") counts only before a title and an outlet: a dating coach elsewhere is no past', () => {
    expect(employer('Dating reporter ng PTV 4')?.former).toBe(true);
    expect(employer('Dating coach | Reporter at CGTN')).toMatchObject({ former: false });
  });

  it('a word with a diacritic its list word lacks is another word; the list word still counts without diacritics', () => {
    expect(employer('Gazetare në Agjencia Telegrafike Shqiptare')?.outlet.id).toBe('atsh'); // në (in) is not "ne"
    expect(employer('Akọ̀ròyìn ní Radio Nigeria')?.outlet.id).toBe('frcn'); // ní (at) is not "ni"
    expect(read('Periodista, jamás he trabajado para teleSUR').context).toBe('negation');
    expect(read('Periodista, jamas he trabajado para teleSUR').context).toBe('negation');
    expect(read('Novinar, ne radim za RTS 🇷🇸').context).toBe('negation');
  });

  it('Nguni prefixes make a title only of a title: yi- (is), owaye- (who was)', () => {
    expect(employer('Yintatheli ye-SABC')).toMatchObject({ former: false });
    expect(employer('Owayeyintatheli ye-SABC')?.former).toBe(true);
    expect(employer('Yinto ye-SABC')).toBeUndefined();
  });

  it('Finnish colon endings belong to the name; any other text after a colon does not', () => {
    expect(employer('CGTN:n toimittaja')?.outlet.id).toBe('cgtn');
    expect(employer('Toimittaja, CGTN: propaganda')).toBeUndefined();
  });

  it('a prefix joined to an acronym (Shona paZBC) names it; the same letters inside a word name nothing', () => {
    expect(employer('Mutori wenhau paZBC News 🇿🇼')?.outlet.id).toBe('zbc-zimbabwe');
    expect(read('Mutori wenhau, paZBCNews2 fan 🇿🇼').mentions).toEqual([]);
  });

  it('a former word between a title and its outlet says when, not whom for', () => {
    expect(employer('CCTV نىڭ سابىق مۇخبىرى')?.former).toBe(true);
    expect(employer('CCTV نىڭ مۇخبىرى')).toMatchObject({ former: false });
  });

  it('Burmese ဟောင်း joined after the title is past; the title alone is current', () => {
    expect(employer('MRTV သတင်းထောက်ဟောင်း')?.former).toBe(true);
    expect(employer('MRTV သတင်းထောက်')).toMatchObject({ former: false });
  });

  it('"until" a past year is past in any script and order; "until" a year to come, or "since", is not', () => {
    expect(employer('Mtangazaji wa TBC1 hadi 2021')?.former).toBe(true);
    expect(employer('MRTV သတင်းထောက် ၂၀၂၁ အထိ')?.former).toBe(true);
    expect(employer('ผู้สื่อข่าว อสมท ถึงปี 2564')?.former).toBe(true); // Buddhist era 2564 = 2021
    expect(employer('Mtangazaji wa TBC1 hadi 2030')).toMatchObject({ former: false });
    expect(employer('Mtangazaji wa TBC1 tangu 2015')).toMatchObject({ former: false });
    expect(employer('조선중앙통신 기자 (2019년부터)')).toMatchObject({ former: false }); // 부터 "from"
  });

  it("a critic's word by its beginning rules out a title read by nearness, not a title tied to the outlet", () => {
    expect(employer('Dziennikarz demaskujący propagandę TVP Info')).toBeUndefined();
    expect(employer('Dziennikarka TVP Info | Walczę z propagandą')).toMatchObject({ former: false });
    expect(employer('Journalist i CGTN')).toMatchObject({ former: false });
  });

  it("a guest's word rules the outlet out as employer, before it or right after it (the outlet's guest)", () => {
    for (const bio of [
      'Gazeteci TRT Haber konuğu',
      'Jurnalist AzTV-nin qonağı',
      'Toimittaja CGTN:n vieraana',
      'पत्रकार आकाशवाणी में अतिथि',
      'Novinar gost RTS 🇷🇸',
      'Ɗan jarida baƙo a FRCN',
      'Joernalis gas by die SABC',
    ]) {
      expect(read(bio).employments).toEqual([]);
    }
    // A presenter's own guests, in another stretch of the clause, leave the title tied.
    expect(employer('TRT Haber sunucusu, konuklarımla')).toMatchObject({ former: false });
    expect(employer('Gazeteci, TRT Haber muhabiri')).toMatchObject({ former: false });
  });

  it('joined case endings key the name (Tamil genitive, Ukrainian locative, Turkmen genitive), not a stranger', () => {
    expect(employer('சுயாதீன தொலைக்காட்சி சேவையின் செய்தியாளர்')?.outlet.id).toBe('itn-sri-lanka');
    expect(employer('Працюю в Укрінформі')?.outlet.id).toBe('ukrinform');
    expect(employer('Türkmenistan Döwlet Habarlar Gullugynyň habarçysy')?.outlet.id).toBe('turkmenistan-state-media');
    expect(read('Працюю в Укрінформбюро').mentions).toEqual([]);
  });
});
