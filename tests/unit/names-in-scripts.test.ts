/**
 * The state and outlet names of the fourth fresh set's classes, as rules and on both sides (invented names and bios,
 * none from any eval set): the state's name in its own languages (src/lists/states-languages.ts) with its case endings, "our
 * <state>" and "the true face of <state>" as a voice, the outlet's native names and acronyms, and "<brand> News" as
 * the account's own name; beside each, the traveller, fan, diaspora, critic or list that must stay clear.
 */
import { describe, expect, it } from 'vitest';
import { readBio } from '../../src/lists/bio';
import { findStateMentions } from '../../src/lists/match';
import { REGISTRY } from '../../src/lists/outlets';
import { readStateIdentity } from '../../src/lists/self-presentation';
import { STATE_IDENTITIES, STATES_WITH_OUTLETS } from '../../src/lists/states';
import { STATE_MOTTOS } from '../../src/lists/states-mottos';

const counts = (c: string) => STATES_WITH_OUTLETS.has(c);
const read = (name: string, bio = '', handle = 'someone') => readStateIdentity(name, bio, handle, counts);
const codes = (text: string) => findStateMentions(text).map((m) => m.item.code);

describe("the state's name in its own languages", () => {
  it.each([
    ['Najeriya', 'NG'],
    ['Soomaaliya', 'SO'],
    ['Itoophiyaa', 'ET'],
    ['Burkina', 'BF'],
    ['Кыргыз Республикасы', 'KG'],
    ['ᠮᠣᠩᠭᠣᠯ ᠤᠯᠤᠰ', 'MN'],
    ['ⵍⵎⵖⵔⵉⴱ', 'MA'],
    ['عێراق', 'IQ'],
    ['Suid-Afrika', 'ZA'],
    ['Paraguái', 'PY'],
  ])('%s is %s', (name, code) => {
    expect(codes(name)).toEqual([code]);
  });

  it('reads a Turkic or Mongolian case ending on the name, and not a Russian word that merely ends like one', () => {
    expect(codes('Кыргызстандын келечеги')).toEqual(['KG']);
    expect(codes('Қазақстанда')).toEqual(['KZ']);
    expect(codes('Türkmenistanyň')).toEqual(['TM']);
    expect(codes('Монгол Улсын түүх')).toEqual(['MN']);
    expect(codes('финал Кубка')).toEqual([]);
    expect(codes('Китайская кухня')).toEqual([]);
    expect(codes('morning')).toEqual([]);
  });
});

describe('the seed pattern in the languages of the state tables', () => {
  it('the state (its short name) beside its own flag, or "our" state, in the name', () => {
    expect(read('Burkina Debout 🇧🇫', '', 'burkina.debout').presents?.state.code).toBe('BF');
    // a Latin word of its own and a handle silent on the state: a person's or a page's name as much as a slogan
    expect(read('Burkina Debout 🇧🇫').presents).toBeUndefined();
    expect(read('Биздин Кыргызстан 🇰🇬').presents?.state.code).toBe('KG');
    expect(read('Biziň Türkmenistan').presents?.state.code).toBe('TM');
    // "my" is a person's, not the nation's
    expect(read('Менин Кыргызстан 🇰🇬').presents).toBeUndefined();
  });

  it('"our <state>" right before (or after, where the language puts it) the name in a bio clause', () => {
    expect(read('Sawadogo', 'Notre Burkina avance').presents?.where).toBe('bio');
    expect(read('Asha', 'Tanzania yetu nzuri').presents?.state.code).toBe('TZ');
    expect(read('Aibek', 'Наш Кыргызстан — наше будущее').presents?.state.code).toBe('KG');
    // "our" elsewhere in the clause is not the state's own; a firm's sentence or a long one is no slogan
    expect(read('Sawadogo', 'Burkina is where our family lives').presents).toBeUndefined();
    expect(read('Acme', 'Our Kenya team is hiring').presents).toBeUndefined();
    expect(read('Acme', 'Notre Burkina avance et nous vous racontons chaque jour tout cela').presents).toBeUndefined();
  });

  it('"the true face of <state>" in a bio clause, with the name declined', () => {
    expect(read('Debout 🇧🇫', 'Le vrai visage du Burkina Faso').presents?.state.code).toBe('BF');
    expect(read('Ata', 'Кыргызстандын чыныгы жүзү').presents?.state.code).toBe('KG');
    expect(read('Bat', 'Монгол Улсын жинхэнэ төрх').presents?.state.code).toBe('MN');
    expect(read('Ayna', 'Türkmenistanyň hakyky keşbi').presents?.state.code).toBe('TM');
    // without the state's name it is no state's voice
    expect(read('Ata', 'Өлкөнүн чыныгы жүзү').presents).toBeUndefined();
  });

  it('a traveller, a fan club, the diaspora and a critic in the same languages stay mentions', () => {
    for (const [name, bio] of [
      ['Биздин Кыргызстан 🇰🇬', 'Кыргызстанга саякат ✈️'],
      ['Burkina Debout 🇧🇫', 'Burkinabè de la diaspora à Lyon'],
      ['Tanzania Yetu 🇹🇿', 'Mashabiki wa Simba SC'],
      ['Монгол 🇲🇳', 'Аялал жуулчлал'],
      ['Najeriya 🇳🇬', 'Tafiya a Najeriya'],
      ['Ethiopia 🇪🇹', 'ጉዞ ወደ ኢትዮጵያ'],
      ['Ata', 'The true face of Russia: propaganda explained'],
    ]) {
      const r = read(name!, bio!);
      expect(r.presents, `${name} / ${bio}`).toBeUndefined();
      expect(r.context, `${name} / ${bio}`).toBeTruthy();
    }
  });

  it('Kyrgyzstan counts: the registry lists its state news agency', () => {
    expect(STATES_WITH_OUTLETS.has('KG')).toBe(true);
  });
});

describe("the state's motto beside its own flag", () => {
  it('is the state speaking, in the name or the bio, whatever the dashes and spaces', () => {
    expect(read('Debout', '🇧🇫 Souveraineté • La Patrie ou la mort, nous vaincrons').presents?.state.code).toBe('BF');
    expect(read('Lan 🇻🇳', 'Độc lập - Tự do - Hạnh phúc').presents?.state.code).toBe('VN');
    expect(read('Chai 🇹🇭', 'ชาติศาสนาพระมหากษัตริย์').presents?.state.code).toBe('TH');
    expect(read('Uhuru na Umoja 🇹🇿').presents?.where).toBe('name');
  });

  it("is not without the flag, beside another flag too, or with a traveller's or a joke's word", () => {
    expect(read('Debout', 'La Patrie ou la mort, nous vaincrons').presents).toBeUndefined();
    expect(read('Debout 🇨🇮', 'La Patrie ou la mort, nous vaincrons 🇧🇫').presents).toBeUndefined();
    expect(read('Lan', 'Độc lập - Tự do - Hạnh phúc 🇻🇳 du lịch').presents).toBeUndefined();
    expect(read('Musa 🇳🇬', 'Unity and Faith, Peace and Progress · barkwanci').presents).toBeUndefined();
    // one word of a motto is no motto
    expect(read('Travail 🇹🇬', 'Liberté').presents).toBeUndefined();
  });

  it('lists states of the identity table, a motto for two states only where their constitutions share it', () => {
    const codes = new Set(STATE_IDENTITIES.map((s) => s.code));
    const seen = new Map<string, string[]>();
    for (const [code, list] of Object.entries(STATE_MOTTOS)) {
      expect(codes.has(code), code).toBe(true);
      for (const motto of list) {
        const key = motto.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ');
        seen.set(key, [...(seen.get(key) ?? []), code]);
      }
    }
    // Shared mottos are read only beside one state's flag and no other (round 8a): Mali and Senegal, Chad and Congo.
    const shared = [...seen.values()].filter((c) => c.length > 1).map((c) => c.sort().join(' '));
    expect(shared.sort()).toEqual(['CG TD', 'ML SN']);
  });
});

describe("the outlet's native name and acronym", () => {
  const bio = (text: string, name?: string) => readBio(text, { outlets: REGISTRY, name });

  it.each([
    ['Хабарнигори АМИТ «Ховар»', 'khovar'],
    ['Садои мардум', 'tajikistan-government-press'],
    ['Türkmenistan teleýaýlymy', 'turkmenistan-state-media'],
    ['ජාතික රූපවාහිනිය', 'rupavahini'],
    ['РТРС', 'bhrt'],
    ['هيئة الشارقة للإذاعة والتلفزيون', 'sharjah-broadcasting'],
    ['Үндэсний олон нийтийн телевиз', 'mnb'],
    ['Mwandishi wa Shirika la Utangazaji Tanzania', 'tbc'],
    ['Muryar Najeriya', 'von'],
    ['Televiziona Malagasy', 'ortm-madagascar'],
  ])('%s names %s', (text, id) => {
    expect(bio(text).mentions.map((m) => m.outlet.id)).toContain(id);
  });

  it('leaves out the native names that are ordinary words', () => {
    // රූපවාහිනී "television", Ҷумҳурият "republic", Türkmenistan (the state), Кабар "news"
    for (const text of ['රූපවාහිනී', 'Ҷумҳурият', 'Türkmenistan', 'Кабар']) expect(bio(text).mentions, text).toEqual([]);
  });

  it('"<brand> News" as the account\'s own name is the brand; in a bio clause, or with a fan word, it is not', () => {
    expect(bio('', 'ҮОНТ Мэдээ').employments.map((e) => [e.outlet.id, e.tie])).toEqual([['mnb', 'identity']]);
    expect(bio('ҮОНТ Мэдээ').employments).toEqual([]);
    expect(bio('fan page', 'ҮОНТ Мэдээ').employments).toEqual([]);
    // a name with another word beside "news" is not the brand
    expect(bio('', 'ҮОНТ Мэдээ тойм').employments).toEqual([]);
  });
});
