/**
 * The compiled tables: outlet names and handles, media roles, employment phrases and context words, compiled once
 * into lexicons (titles and context words on the first bio that names an outlet; most bios name none).
 */

import { findStateMentions, netWord, nisbaState, otherPlaceGlued, wordKey } from '../names';
import type { StateOutlet } from '../outlets';
import {
  BEATS,
  CREDITS_AFTER,
  CREDITS_BEFORE,
  EMPLOYER_CONNECTORS,
  EMPLOYMENT_AFTER_FOR,
  EMPLOYMENT_AFTER_OUTLET,
  EMPLOYMENT_PHRASES,
  isDirectorTitle,
  MEDIA_ROLES,
  NAMES_THAT_ARE_WORDS,
  OUTLET_NOUNS,
  PRESENTING_VERBS,
  STATE_TITLE_ABBREVIATIONS,
} from '../roles';
import { cityAt } from '../state-cities';
import {
  CRITIC,
  type Cue,
  type CueKind,
  DISCLAIMER,
  FAN,
  FAN_RIGHT_BEFORE,
  FORMER,
  FORMER_ANY,
  GUEST,
  KIN_RIGHT_BEFORE,
  LEFT,
  NEGATION,
  NEGATION_AFTER,
  PARODY,
  PRODUCT,
  RELATIVE,
  RESEARCH,
} from './cues';
import { FACT_CHECK } from './fact-check';
import { find, type Hit, type Lexicon, lexicon, outermost } from './lexicon';
import { ARABIC, ASCII_ACRONYM, CJK_CHAR, type Clause, CYRILLIC, clauseOf, keyOf, words } from './words';

export interface OutletName {
  outlet: StateOutlet;
  /** The name is also an ordinary word or a given name (NAMES_THAT_ARE_WORDS). */
  ordinary: boolean;
  /** An acronym shared with other states' outlets (StateOutlet.placed): it counts only where the bio places the outlet's state. */
  placed?: boolean;
  /** A name that is an ordinary phrase or shared (StateOutlet.placedInClause): placed by its own clause, as written. */
  clausePlaced?: boolean;
}

export interface RoleItem {
  kind: 'role' | 'before' | 'after';
  /** A production or partnership credit ("produced with", "合作拍摄"), not a job: reported as such. */
  credit?: boolean;
  /** Russian, Arabic, Persian and Vietnamese tie a title to an employer with no word between (genitive, iḍāfa, ezafe). */
  juxtaposes: boolean;
  /** A title abbreviation one state's language uses (STATE_TITLE_ABBREVIATIONS): a title only beside that state's outlet. */
  state?: string;
  /** A presenter's verb (PRESENTING_VERBS): binds by an employer connector only. */
  connectorOnly?: boolean;
  /** A verb after the outlet that needs "for" before it (EMPLOYMENT_AFTER_FOR). */
  forOnly?: boolean;
}

export interface Tables {
  roles: Lexicon<RoleItem>;
  cues: Lexicon<Cue>;
  /** The context words as the lists write them (lower case, NFKC), for the diacritics rule (lettersAgree). */
  cueWords: ReadonlySet<string>;
}

/** Latin letters with a diacritic (Latin-1 Supplement, Extended-A/B, Extended Additional). */
const LATIN_MARKED = /[\u00C0-\u024F\u1E00-\u1EFF]/u;

/**
 * A context word is matched without diacritics, so that "jamas" is "jamás"; but a word written WITH a diacritic the
 * list's word lacks is another word: Albanian "në" (in) is not French "ne", Yoruba "ní" (at) is not Spanish "ni",
 * Hausa-style tone marks and Vietnamese likewise. Such a hit counts only when the list writes the word so.
 */
export function lettersAgree(t: Tables, written: string): boolean {
  const w = written.normalize('NFKC').toLowerCase();
  if (UNMARKED_IS_ANOTHER_WORD.has(w)) return false;
  return !LATIN_MARKED.test(w) || t.cueWords.has(w);
}

/**
 * And the other way: a past form whose accent is all that tells it from the present is past only as written. French
 * "travaillé" (worked) is "travaille" (works) without it, Spanish "trabajé" (I worked) "trabaje" (may work): "Je
 * travaille à la CRTV" is current (Larousse; RAE conjugation tables).
 */
const UNMARKED_IS_ANOTHER_WORD: ReadonlySet<string> = new Set(['travaille', 'trabaje']);

/** Small word sets for the words between a role and an outlet; built on the first clause that has both. */
interface Ties {
  singleRoles: Set<string>;
  explicit: Set<string>;
  plain: Set<string>;
  nouns: Set<string>;
  articles: Set<string>;
  follow: Set<string>;
  /** Past-employment words, which may stand inside a binding ("مراسل سابق في قناة العالم"). */
  past: Set<string>;
  /** Desks, beats and programmes (../roles/beats.ts): "مذيعة أخبار في قناة …", "Présentatrice du JT …". */
  beats: Set<string>;
  /** Postpositions and particles between an outlet and the title after it: Hindi "दूरदर्शन की पत्रकार". */
  after: Set<string>;
  /** "National", "official", "public" after an outlet noun: "au quotidien national Le Soleil". */
  qualifiers: Set<string>;
}

/**
 * Between an outlet and the title after it: Hindi postpositions का/की/के (genitive) and में ("in"): "डीडी न्यूज़ की
 * एंकर", "आकाशवाणी में संवाददाता" (R. S. McGregor, Outline of Hindi Grammar, ch. 2 and 4), the same in Urdu (کی, کے,
 * کا, میں: "پی ٹی وی کی اینکر"); Korean 의 written apart, and 소속 ("belonging to": "조선중앙TV 소속 기자"); the Uyghur
 * genitive نىڭ written apart after a Latin name ("CCTV نىڭ مۇخبىرى"; Uyghur–Chinese Dictionary).
 */
const AFTER = [
  'का',
  'की',
  'के',
  'में',
  'کی',
  'کے',
  'کا',
  'میں',
  '의',
  '소속',
  'نىڭ',
  // "associated with" written after the outlet, the usual Urdu and Hindi way to name an employer: "اے پی پی سے
  // وابستہ صحافی", "दूरदर्शन से जुड़ी पत्रकार" (Urdu Lughat, وابستہ; McGregor, Oxford Hindi–English Dictionary, जुड़ना).
  'سے وابستہ',
  'से जुड़े',
  'से जुड़ी',
  'से जुड़ा',
];

/** Ties that also name a topic, a source or a guest spot: enough for a distinctive name, not for an ordinary word. */
// … and Arabic "on" (على), which binds only before "the screen of" (شاشة, src/lists/roles/ties.ts).
const PLAIN = ['of', 'with', 'from', 'to', 'con', 'mit', 'von', 'vom', 'из', 'مع', 'على'];

/**
 * Articles of en, es, fr, pt, it, de: they may stand in any gap ("Moderatorin der Nachrichten bei …"); and Malagasy
 * "ny" (Rakibolana Malagasy: "tao amin'ny", at the).
 */
const ARTICLES = [
  'ny',
  'the',
  'a',
  'an',
  'el',
  'la',
  'los',
  'las',
  'lo',
  'le',
  'les',
  'l',
  'un',
  'una',
  'une',
  'o',
  'os',
  'il',
  'gli',
  'der',
  'die',
  'das',
  'den',
  'dem',
];

/**
 * The adjectives an outlet noun takes before the name ("au quotidien national Le Soleil", "en la agencia estatal
 * Andina", "at the national broadcaster ZBC", "del diario oficial Granma"): accepted in a gap only after an outlet
 * noun, so they never tie a title to a name by themselves. en, fr, es, pt, it, id/ms.
 */
const QUALIFIERS = [
  'national',
  'nationale',
  'nacional',
  'nazionale',
  'nasional',
  'official',
  'officiel',
  'officielle',
  'oficial',
  'ufficiale',
  'public',
  'publique',
  'público',
  'pública',
  'pubblica',
  'pubblico',
  'state',
  'estatal',
  'étatique',
  'statale',
  'government',
  'gouvernemental',
  'gubernamental',
  'governamental',
  // Persian channels by their number after "شبکه" (channel): IRIB's "شبکه یک", "شبکه دو", "شبکه سه" … ("خبرخوان شبکه
  // یک صداوسیما", the three-hundred-and-twenty-fifth set). Only after an outlet noun (tieBefore).
  'یک',
  'دو',
  'سه',
  'چهار',
  'پنج',
];

/** Persian ezafe written as a separate ی after a vowel ("گوینده‌ی"): a tie, like the genitive. */
const EZAFE = ['ی'];

/** What may follow an ordinary-word name and still leave it the employer: "Host at RT in Moscow", "… since 2019". */
const FOLLOW = [
  // Arabic "formerly" after the name ("مراسل الجزيرة سابقا"): the tie stands, marked past (former.ts reads the word).
  'سابقا',
  'سابقاً',
  'in',
  'at',
  'since',
  'from',
  'based',
  'and',
  'en',
  'desde',
  'depuis',
  'à',
  'y',
  'et',
  'und',
  'seit',
  'в',
  'во',
  'из',
  'с',
  'и',
  'на',
  'em',
  'no',
  'na',
  'da',
  'في',
  'من',
  'منذ',
  'و',
  'در',
  'از',
  'tại',
  'ở',
  // dates and durations after the name: "Reporter at RT until 2021", "корреспондент RT до 2020"
  'until',
  'till',
  'through',
  'for',
  'between',
  'до',
  'по',
  'hasta',
  'jusqu',
  'bis',
  'até',
  'حتى',
  'تا',
  'đến',
];

const VIETNAMESE = /viên|nhà báo|người dẫn|dẫn chương trình/u;

/**
 * Malay and Indonesian titles: the noun phrase is head-first, so the employer follows the title with no preposition
 * ("Pembaca berita RTM", "Wartawan Bernama"; Tatabahasa Dewan, frasa nama: inti + penerang), as the genitive does in
 * Russian and the iḍāfa in Arabic.
 */
const MALAY_TITLES: ReadonlySet<string> = new Set([
  'wartawan',
  'wartawati',
  'jurnalis',
  'koresponden',
  'pembawa berita',
  'pembaca berita',
  'penyiar',
  'redaktur',
  'pemberita',
]);

let tables: Tables | undefined;

const outletTables = new WeakMap<readonly StateOutlet[], OutletTables>();

/** Keys of the one-word entries of a list (a word of a longer entry, "news" of "news agency", is no tie alone). */
function keySet(list: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const entry of list) {
    // Compared with bios read in NFKC: Lao ຳ and Thai ำ decompose there ("ປະຈຳ").
    const ws = words(entry.normalize('NFKC'));
    if (ws.length === 1) out.add(keyOf(ws[0]!.raw));
  }
  return out;
}

function compileTables(): Tables {
  const roleRows: [string, RoleItem][] = [];
  const juxt = (r: string) => CYRILLIC.test(r) || ARABIC.test(r) || VIETNAMESE.test(r) || MALAY_TITLES.has(r);
  for (const r of MEDIA_ROLES) roleRows.push([r, { kind: 'role', juxtaposes: juxt(r) }]);
  for (const [state, list] of Object.entries(STATE_TITLE_ABBREVIATIONS)) {
    for (const r of list) roleRows.push([r, { kind: 'role', juxtaposes: true, state }]);
  }
  for (const p of EMPLOYMENT_PHRASES) roleRows.push([p, { kind: 'before', juxtaposes: true }]);
  for (const p of PRESENTING_VERBS) roleRows.push([p, { kind: 'before', juxtaposes: false, connectorOnly: true }]);
  for (const p of EMPLOYMENT_AFTER_OUTLET) roleRows.push([p, { kind: 'after', juxtaposes: true }]);
  for (const p of EMPLOYMENT_AFTER_FOR) roleRows.push([p, { kind: 'after', juxtaposes: true, forOnly: true }]);
  for (const p of CREDITS_BEFORE) roleRows.push([p, { kind: 'before', juxtaposes: true, credit: true }]);
  for (const p of CREDITS_AFTER) roleRows.push([p, { kind: 'after', juxtaposes: true, credit: true }]);
  const cues = new Map<string, Cue>();
  // First, so that a word also in a list below keeps that list's kind ("debunking" stays a critic's word).
  const lists: [readonly string[], CueKind][] = [
    [FACT_CHECK, 'factcheck'],
    [GUEST, 'guest'],
    [RELATIVE, 'relative'],
    [FAN, 'fan'],
    [FAN_RIGHT_BEFORE, 'fan'],
    [KIN_RIGHT_BEFORE, 'relative'],
    [CRITIC, 'critic'],
    [RESEARCH, 'research'],
    [NEGATION, 'negation'],
    [NEGATION_AFTER, 'negation-after'],
    [PARODY, 'parody'],
    [DISCLAIMER, 'disclaimer'],
    [FORMER, 'former'],
    [FORMER_ANY, 'former-any'],
    [LEFT, 'left'],
  ];
  for (const [list, kind] of lists) for (const w of list) cues.set(w, { ...cues.get(w), kind });
  for (const w of [...FAN_RIGHT_BEFORE, ...KIN_RIGHT_BEFORE]) cues.set(w, { ...cues.get(w), rightBefore: true });
  for (const [w, ctx] of Object.entries(PRODUCT)) {
    const cue = cues.get(w) ?? {};
    cue.product = ctx;
    cues.set(w, cue);
  }

  const cueWords = new Set([...cues.keys()].map((w) => w.normalize('NFKC').toLowerCase()));
  return { roles: lexicon(roleRows), cues: lexicon(cues), cueWords };
}

let tieSets: Ties | undefined;

export function ties(): Ties {
  if (tieSets) return tieSets;
  const punctuation = /^[^\p{L}\p{N}]+$/u;
  const connectors = EMPLOYER_CONNECTORS.filter((c) => !punctuation.test(c));
  const plain = keySet(PLAIN);
  tieSets = {
    singleRoles: new Set(MEDIA_ROLES.filter((r) => !/\s/.test(r) && !CJK_CHAR.test(r)).map(keyOf)),
    explicit: new Set([...keySet(connectors), ...keySet(EZAFE)].filter((k) => !plain.has(k))),
    plain,
    nouns: keySet(OUTLET_NOUNS),
    articles: keySet(ARTICLES),
    follow: keySet(FOLLOW),
    past: keySet([...FORMER_ANY, ...FORMER.filter((w) => !/\s/.test(w))]),
    beats: keySet(BEATS),
    after: new Set([...keySet(AFTER), ...AFTER.filter((w) => /\s/.test(w))]),
    qualifiers: keySet(QUALIFIERS),
  };
  return tieSets;
}

/**
 * States whose languages decline names in Latin script — Slavic (Polish, Czech, Slovak, Slovenian, Croatian, Bosnian,
 * Serbian and Montenegrin in Latin letters) and Hungarian (src/lists/states-languages.ts): their outlets' names of
 * several words are also found in their case forms ("dziennikarka Polskiego Radia", "redaktorka Českého rozhlasu",
 * "műsorvezető a Kossuth Rádióban").
 */
const SLAVIC_LATIN_STATES: ReadonlySet<string> = new Set(['PL', 'CZ', 'SK', 'SI', 'HR', 'BA', 'RS', 'ME', 'HU']);

/**
 * An Arabic name of two words whose second takes the article ال is also written as one word, the article joined to
 * the word before it ("روز اليوسف" and "روزاليوسف", Rose al-Yusuf; as "عبد الله" and "عبدالله"): that joined form, or
 * undefined. Two words only, so the joined form is still a proper name and never an ordinary word.
 */
export function arabicJoined(alias: string): string | undefined {
  const ws = alias.trim().split(/\s+/);
  if (ws.length !== 2 || !ws.every((w) => /^[\u0621-\u064A]{2,}$/u.test(w)) || !ws[1]!.startsWith('ال'))
    return undefined;
  return ws.join('');
}

/**
 * A Georgian name with its last word in the genitive, as a staff line puts it before the role ("პირველი არხის
 * ჟურნალისტი", the First Channel's journalist): a final -ი becomes -ის, a final -ა or -ე gives way to -ის, a final
 * -ო or -უ takes -ს (the regular genitive of Georgian nouns; adjectives before the noun keep their form). Undefined
 * for names not in Georgian script. Nouns that drop a vowel (მაუწყებელი → მაუწყებლის) are written in the registry.
 */
export function georgianGenitive(alias: string): string | undefined {
  const ws = alias.trim().split(/\s+/);
  const last = ws.at(-1) ?? '';
  if (!/^[\u10D0-\u10FF]{3,}$/u.test(last)) return undefined;
  const stem = last.slice(0, -1);
  const end = last.slice(-1);
  const gen =
    end === 'ი' || end === 'ა' || end === 'ე' ? `${stem}ის` : end === 'ო' || end === 'უ' ? `${last}ს` : undefined;
  return gen ? [...ws.slice(0, -1), gen].join(' ') : undefined;
}

/** States whose outlets' names are Albanian (src/lists/states-languages.ts): Albania, Kosovo. */
const ALBANIAN_STATES: ReadonlySet<string> = new Set(['AL', 'XK']);

/**
 * An Albanian name of two words or more in the definite accusative and genitive-dative of its first word, the cases a
 * title's preposition puts it in: feminine -ia → -inë, -isë ("Redaktore në Agjencinë Telegrafike Shqiptare"),
 * masculine -i → -in, -it ("Televizioni …" → "Televizionin …", "Televizionit …"); Newmark, Hubbard & Prifti,
 * Standard Albanian, the noun's definite declension (after the forty-seventh set).
 */
export function albanianCases(alias: string): string[] {
  const ws = alias.trim().split(/\s+/);
  if (ws.length < 2) return [];
  const first = ws[0]!;
  const rest = ws.slice(1).join(' ');
  if (/^\p{Lu}\p{Ll}{2,}ia$/u.test(first))
    return [`${first.slice(0, -1)}në ${rest}`, `${first.slice(0, -1)}së ${rest}`];
  if (/^\p{Lu}\p{Ll}{3,}i$/u.test(first)) return [`${first}n ${rest}`, `${first}t ${rest}`];
  return [];
}

/**
 * Forms a name takes in a bio that the registry does not write: French "au"/"du" for "à le"/"de le" before a name
 * with the article ("Journaliste au Rénovateur", Le Rénovateur; "aux"/"des" for "Les"; Grevisse, § 580).
 */
function variants(name: string): string[] {
  const le = /^Le (\p{Lu}.*)$/u.exec(name);
  if (le) return [`au ${le[1]}`, `du ${le[1]}`];
  const les = /^Les (\p{Lu}.*)$/u.exec(name);
  if (les) return [`aux ${les[1]}`, `des ${les[1]}`];
  return tvShortened(name);
}

/** The word "television" in the languages the registry's names are written in (dictionary senses). */
const TELEVISION =
  /^(?:Television|Televizyon|Televisión|Televisão|Télévision|Televisione|Televizija|Televiziunea|Telewizja|Televize|Televízia|Televizioni|Televisi|Televiziya|Телевидение|Телевизия|Телевизија|Телебачення|Тэлебачанне)$/u;

/**
 * A name of three words or more that opens or closes on "television" written with "TV" for it, as staff and the
 * outlets' own sites shorten it ("Bayrak Radyo TV" for Bayrak Radyo Televizyon; the forty-first set's bio). Not a
 * two-word name: "Nacional TV", "Canal TV" would be generic.
 */
function tvShortened(name: string): string[] {
  const ws = name.split(' ');
  if (ws.length < 3) return [];
  const tv = /\p{Script=Cyrillic}/u.test(name) ? ['ТВ', 'TV'] : ['TV'];
  if (TELEVISION.test(ws.at(-1)!)) return tv.map((t) => [...ws.slice(0, -1), t].join(' '));
  if (TELEVISION.test(ws[0]!)) return tv.map((t) => [t, ...ws.slice(1)].join(' '));
  return [];
}

/** A shared acronym with its channel's number glued on ("VOV5", "VTV3", "TVR1"), placed like the acronym itself. */
function numbered(acronym: string): string[] {
  return /^[A-Z]{3,5}$/.test(acronym) ? ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => `${acronym}${d}`) : [];
}

/**
 * "au"/"du" read as "à le"/"de le" only where they open the name: after another name's word or before one they are
 * that other name's ("Radio du Soleil", "La Voix du Soleil", "au Soleil Levant"; a review).
 */
function contractionOk(text: string, n: Hit<OutletName>): boolean {
  if (!/^(?:au|du|aux|des) /u.test(text.slice(n.index, n.end))) return true;
  if (/^\s\p{Lu}/u.test(text.slice(n.end))) return false;
  const prev = /(?:^|[\s'’])(\p{Lu}[\p{L}\p{M}]*)\s$/u.exec(text.slice(0, n.index));
  if (!prev) return true;
  // … unless that word is a title ("Journaliste au Soleil").
  const at = n.index - prev[1]!.length - 1;
  return find(getTables().roles, clauseOf(text)).some((r) => r.index <= at && r.end >= at + prev[1]!.length);
}

function compileOutlets(outlets: readonly StateOutlet[]): OutletTables {
  // Compared as written, in lower case: the table and the list write names the same way.
  const ordinary = new Set(NAMES_THAT_ARE_WORDS.map((n) => n.toLowerCase()));
  const rows: [string, OutletName][] = [];
  const handles = new Map<string, OutletName>();
  const glued = new Map<string, OutletName>();
  const single = new Map<string, OutletName>();
  // A shared name is filed once in the lexicon (it finds one entry per place), under the first outlet that has it;
  // every outlet sharing it is kept beside that entry for placing. Keyed by the entry, not by the text: the lexicon
  // also finds the name in other cases, declined, or with an Arabic proclitic ("بصحيفة الثورة").
  const placed = new Map<OutletName, OutletName[]>();
  const filed = new Map<string, OutletName>();
  const file = (name: string, item: OutletName): void => {
    const first = filed.get(name);
    if (first) {
      placed.get(first)!.push(item);
      return;
    }
    filed.set(name, item);
    placed.set(item, [item]);
    rows.push([name, item]);
  };
  // An all-capitals acronym is matched as written (ASCII_ACRONYM), so only the word's own spelling is ordinary:
  // "Angop" (Javanese "to yawn") is, ANGOP is not (a review of RULES_VERSION 38).
  const listed = new Set(NAMES_THAT_ARE_WORDS);
  const isOrdinary = (alias: string) =>
    listed.has(alias) || (ordinary.has(alias.toLowerCase()) && !ASCII_ACRONYM.test(alias));
  for (const outlet of outlets) {
    for (const alias of outlet.aliases) {
      const item = { outlet, ordinary: isOrdinary(alias) };
      rows.push([alias, item]);
      // A name written with an apostrophe is also typed without it ("Oʻzbekiston 24", "Ozbekiston 24").
      const bare = alias.replace(/(?<=\p{L})['‘’ʻʼ](?=\p{L})/gu, '');
      if (bare !== alias) rows.push([bare, item]);
      const joined = arabicJoined(alias);
      if (joined) rows.push([joined, item]);
      const genitive = georgianGenitive(alias);
      if (genitive) rows.push([genitive, item]);
      if (ALBANIAN_STATES.has(outlet.state)) for (const form of albanianCases(alias)) rows.push([form, item]);
      for (const form of variants(alias)) rows.push([form, item]);
      // "@cgtn": a handle written in lower case still names a distinctive acronym.
      if (!item.ordinary && alias.length >= 3 && ASCII_ACRONYM.test(alias)) handles.set(alias.toLowerCase(), item);
      // "trtworld", "presstv": a Latin name of several words as a handle glues it (src/lists/bio/identity.ts); not one whose
      // first word is an ordinary word ("RT News": "rtnews"). A one-word name goes to `single` ("xinhua", but also
      // "wafa", a given name): a handle needs a service word beside it.
      const ws = alias.split(/[\s.-]+/).filter(Boolean);
      const g = alias.toLowerCase().replace(/[\s'’.-]/g, '');
      if (item.ordinary || ordinary.has(ws[0]!.toLowerCase()) || !/^[a-z0-9]{4,}$/.test(g)) continue;
      if (ws.length > 1 || /\d/.test(g)) {
        if (!glued.has(g)) glued.set(g, item);
      } else if (!ASCII_ACRONYM.test(alias) && !single.has(g)) single.set(g, item);
    }
    for (const name of outlet.placedInClause ?? []) {
      const item = { outlet, ordinary: false, placed: true, clausePlaced: true };
      for (const form of [name, ...variants(name)]) file(form, item);
    }
    for (const acronym of outlet.placed ?? []) {
      // A placed name may also be an ordinary phrase ("New Vision"): placed and read as one, so "director at New
      // Vision Church" is not the paper's.
      const item = { outlet, ordinary: isOrdinary(acronym), placed: true };
      for (const form of [acronym, ...variants(acronym), ...numbered(acronym)]) file(form, item);
    }
  }
  return {
    lex: lexicon(rows, (item) => SLAVIC_LATIN_STATES.has(item.outlet.state)),
    cores: channelCores(outlets),
    quotedCores: {},
    handles,
    glued,
    single,
    placed,
  };
}

export type OutletTables = {
  lex: Lexicon<OutletName>;
  /** `<kind> <core>` → the outlet whose name is that core and a word of that kind ("Astana TV": `tv astana`). */
  cores: Map<string, OutletName>;
  /** The Cyrillic and Arabic cores by coreKey, whatever their kind (one outlet's only), built on first use: titledQuoted. */
  quotedCores: Partial<Record<'cyrillic' | 'arabic', Map<string, OutletName>>>;
  handles: Map<string, OutletName>;
  /** Latin names of several words glued and lower-cased, as handles write them ("cgtnafrica", "presstv"). */
  glued: Map<string, OutletName>;
  /** One-word Latin names that are no acronym, lower-cased ("xinhua", "telesur"): in a handle only with a service word. */
  single: Map<string, OutletName>;
  /** Shared names (StateOutlet.placed, placedInClause) by their lexicon entry, each with every outlet that uses it. */
  placed: Map<OutletName, OutletName[]>;
};

/**
 * A birthplace is where a person comes from, not where the outlet is ("Locutor na Rádio Mais, nascido em Luanda"):
 * it does not place a shared name. English, Portuguese, Spanish, French, Russian, Turkish, Arabic (a review).
 */
const BORN_IN =
  /(?:\bborn in|\bnascid[oa] (?:em|no|na)|\bnacid[oa] en|\bnée? (?:à|au|en)|родил\S* в|doğumlu|\bfrom|\boriginaire d[eu']?|ولد(?:ت)? في)\s*$/iu;

/**
 * A clause-placed name used as an adjective: "Sudan TV series", "Bolivia TV commercials", "Palestine TV Festival",
 * "Radio Ghana oldies fan" (a review of RULES_VERSION 32): the words after it make it a kind of thing, not the station.
 */
const NOT_THE_OUTLET =
  /^\s?(?:series|serie|séries|drama|dramas|commercials?|ads|adverts?|festival|awards?|cup|nostalgia|shows?|clips|memes|fans?|archives?|oldies|novelas?|telenovelas?|supporters?|hinchas?|lovers?)(?![\p{L}])/iu;

/**
 * … or after a viewer's verb or a thing's noun: "amo Ecuador TV", "escucho Radio Uruguay", Arabic "أرشيف تلفزيون
 * السودان" (Sudan TV's archive), "مسلسلات" (series), "متابعة لـ" (a follower of) — a capitalised word right after
 * the name is another name ("Sudan Radio Service", "Qatar TV Guide"). A review of RULES_VERSION 32.
 */
const NOT_THE_OUTLET_BEFORE =
  /(?:(?<![\p{L}])(?:amo|escucho|sigo|veo|miro|love|listen to|listening to|watch|watching|j['’]adore|j['’]écoute)|أرشيف|مسلسلات|برامج|أغاني|إعلانات|متابع\S*|عاشق\S*|محب\S*)\s*$/iu;

/**
 * A station named by its state's name read as that station only where nothing makes it a longer name or a phrase: no
 * capitalised word or number right before it ("Kessben Radio Ghana", "Willax TV Perú", "Capital FM Radio Uganda")
 * but a title or a past or rank word ("Former Radio Ghana correspondent"), none right after it ("Sudan Radio
 * Service"), no viewer's verb or archive's noun before it. A review of RULES_VERSION 32.
 */
const LEAD_WORDS = /^(?:former|ex|retired|senior|chief|lead|veteran|acting|deputy)$/iu;

function stateNamedStation(text: string, n: Hit<OutletName>): boolean {
  const before = text.slice(0, n.index);
  if (NOT_THE_OUTLET_BEFORE.test(before) || /^\s\p{Lu}\p{Ll}/u.test(text.slice(n.end))) return false;
  const prev = /(?:^|\s)([\p{Lu}\p{N}][\p{L}\p{N}'’.-]*)\s+$/u.exec(before);
  if (prev && !LEAD_WORDS.test(prev[1]!)) {
    const at = before.length - prev[0].length + prev[0].indexOf(prev[1]!);
    const titled = find(getTables().roles, clauseOf(before)).some(
      (r) => r.index <= at && r.end >= at + prev[1]!.length,
    );
    if (!titled) return false;
  }
  return true;
}

/**
 * A shared acronym spelled out right after it, in brackets, as another body's name: "RSBC (Redeemed Saints Bible
 * Church)", "NAN (National Association of Nurses)": the capitals of the words spell the acronym, and none of its words
 * of four letters or more is in the outlet's names (a review of RULES_VERSION 68). The outlet's own name confirms it.
 */
function spelledOtherwise(text: string, n: Hit<OutletName>): boolean {
  const written = text.slice(n.index, n.end);
  if (!/^[A-Z]{2,8}$/u.test(written)) return false;
  const m = /^\s?[(（]([^()（）]{4,80})[)）]/u.exec(text.slice(n.end));
  if (!m) return false;
  // Each capitalised word's first letter, an acronym's every letter ("Revised Statutes of BC").
  const initials = (m[1]!.match(/[\p{L}\p{M}'’]+/gu) ?? [])
    .map((w) => (/^\p{Lu}+$/u.test(w) ? w : /^\p{Lu}/u.test(w) ? w[0] : ''))
    .join('');
  if (initials !== written) return false;
  // The outlet's own name however spelt or translated shares a word with its names ("Channel News Asia", "Nigeria
  // Television Authority", "Office of Radio and Television of Mali"; a review): only a body sharing none is another.
  const own = new Set([n.item.outlet.name, ...n.item.outlet.aliases].flatMap((a) => longWords(a)));
  return !longWords(m[1]!).some((w) => own.has(w));
}

/** Words of four letters or more as names are compared (src/lists/names.ts `wordKey`: "Télévision", "Television"). */
function longWords(s: string): string[] {
  return (s.match(/\p{L}[\p{L}\p{M}]{3,}/gu) ?? []).map((w) => wordKey(w).replace(/s$/u, ''));
}

/**
 * The state's adjective right after an Arabic name places it as its flag would ("صحيفة الدستور الأردنية") — unless
 * another adjective with the article follows: "الثورة السورية الحرة" is the revolution (a review).
 */
function arabicNisba(rest: string): string | undefined {
  const after = /^\s*([\u0621-\u064A]+)(?:\s+(ال[\u0621-\u064A]+))?/u.exec(rest);
  return after?.[1] && !after[2] ? nisbaState(after[1]) : undefined;
}

/**
 * The shared acronyms among `names` resolved by the states the bio places itself in (flags, names, capitals): the one
 * outlet of a placed state, or dropped. `places` is asked only when a shared acronym is found.
 */
export function placeNames(
  names: Hit<OutletName>[],
  text: string,
  compiled: OutletTables,
  places: () => ReadonlySet<string>,
): Hit<OutletName>[] {
  if (!names.some((n) => n.item.placed)) return names;
  const out: Hit<OutletName>[] = [];
  let inClause: Set<string> | undefined;
  for (const n of names) {
    if (!n.item.placed) {
      out.push(n);
      continue;
    }
    // A Latin name with marks the outlet does not write is another word: "Rai", not raï or Raí (case may differ).
    const written = text.slice(n.index, n.end);
    if (spelledOtherwise(text, n)) continue;
    if (!n.canonical && /^[\p{Script=Latin}\p{N}\s'’-]+$/u.test(written) && /\p{M}/u.test(written.normalize('NFD')))
      continue;
    const sharing = compiled.placed.get(n.item) ?? [];
    inClause ??= new Set(
      findStateMentions(text)
        .filter((m) => !BORN_IN.test(text.slice(Math.max(0, m.index - 16), m.index)))
        .map((m) => m.item.code),
    );
    let found: OutletName[];
    if (sharing.some((o) => o.clausePlaced)) {
      // An ordinary phrase: as the outlet writes it, and its state in this clause ("The Herald Zimbabwe").
      if (!n.canonical || NOT_THE_OUTLET.test(text.slice(n.end))) continue;
      // A station named by its state ("Sudan TV"): not part of a longer name, nor a viewer's or an archive's.
      if (findStateMentions(written).length && !stateNamedStation(text, n)) continue;
      // … or its state's adjective right after an Arabic name, as for a shared name below ("صحيفة البيان الإماراتية").
      const nisba = arabicNisba(text.slice(n.end));
      // … or one of its state's cities in brackets or after a comma right after it, as a byline signs its edition
      // ("Sports writer, The Chronicle (Bulawayo)", the four-hundred-and-fourteenth set), nothing after the city
      const city = bylineCity(text.slice(n.end));
      const placedBy = new Set([...inClause, ...(nisba ? [nisba] : []), ...(city ? [city] : [])]);
      found = sharing.filter((o) => placedBy.has(o.outlet.state));
    } else {
      const nisba = arabicNisba(text.slice(n.end));
      // … and a city of the state right after an acronym, a regional studio's name ("NTA Kano", "TVR Iași"), or after
      // "in" where a title comes before the acronym ("Corresponsal de la ACN en Matanzas"; not "ON AIR in Mumbai").
      const rest = text.slice(n.end);
      const titled = () =>
        find(getTables().roles, clauseOf(text)).some((r) => r.item.kind === 'role' && r.end <= n.index);
      const city = nisba ? undefined : (cityAt(rest) ?? (titled() ? cityAt(rest, true) : undefined))?.state;
      const here = nisba ? new Set([nisba]) : city ? new Set([...places(), city]) : places();
      found = sharing.filter((o) => here.has(o.outlet.state));
    }
    // One outlet filed under two spellings that fold alike ("Rádio Mais", "Radio Mais") is one outlet.
    found = found.filter((o, i) => found.findIndex((p) => p.outlet === o.outlet) === i);
    // Another state named in the same clause makes it another place's ("Wartawan CNA Taiwan", "Canal 5 de México",
    // "Daily News Egypt, born in Botswana"): a shared name then stays unread (a review after the fifteenth set).
    if (found.length === 1 && [...inClause].every((code) => code === found[0]!.outlet.state))
      out.push({ ...n, item: found[0]! });
  }
  return out;
}

/** A city (STATE_CITIES) in brackets or after a comma right after a name, closing its piece: its state. */
function bylineCity(rest: string): string | undefined {
  const open = /^\s?(?:\(\s?|,\s)/u.exec(rest);
  if (!open) return undefined;
  const city = cityAt(` ${rest.slice(open[0].length)}`);
  if (!city) return undefined;
  const after = rest.slice(open[0].length + city.length - 1);
  return (open[0].includes('(') ? /^\s?\)/u : /^\s*(?:$|[|•·.;]|\p{Extended_Pictographic})/u).test(after)
    ? city.state
    : undefined;
}

type ChannelKind = 'tv' | 'radio' | 'paper' | 'agency';

/** Words that say what kind of outlet a name is, as a name's first or last word ("Astana TV", "Радио Беларусь"). */
const KIND_WORDS: Record<ChannelKind, readonly string[]> = {
  tv: ['tv', 'тв', 'телеарнасы', 'телеканал', 'television', 'televisión', 'télévision', 'televisão', 'телевидение'],
  radio: ['radio', 'радио', 'радиосы', 'rádio', 'radyo'],
  paper: ['газета', 'gazeta', 'newspaper', 'diario', 'journal', 'jornal', 'дневни лист', 'dnevni list'],
  agency: ['agency', 'агентство', 'agencia', 'agence', 'agência'],
};

/**
 * The same kinds in Arabic (قناة channel, تلفزيون television, إذاعة and راديو radio, صحيفة and جريدة newspaper, وكالة
 * agency; Hans Wehr): an Arabic name's core is read only in quotes right after a media title (titledQuoted).
 */
const KIND_WORDS_AR: Record<ChannelKind, readonly string[]> = {
  tv: ['قناة', 'تلفزيون'],
  radio: ['إذاعة', 'راديو'],
  paper: ['صحيفة', 'جريدة'],
  agency: ['وكالة'],
};

/**
 * Each name's core — the name without its kind word — filed under that kind; a core two outlets share is dropped.
 * Read only in quotes right after a noun of the same kind (channelNamed), where the noun says it is an outlet.
 */
function channelCores(outlets: readonly StateOutlet[]): Map<string, OutletName> {
  const kindOf = new Map<string, ChannelKind>();
  for (const table of [KIND_WORDS, KIND_WORDS_AR])
    for (const [kind, list] of Object.entries(table) as [ChannelKind, readonly string[]][])
      for (const w of list) kindOf.set(w, kind);
  const out = new Map<string, OutletName>();
  const shared = new Set<string>();
  for (const outlet of outlets) {
    for (const alias of outlet.aliases) {
      const ws = alias.toLowerCase().split(/\s+/).filter(Boolean);
      if (ws.length < 2) continue;
      for (const [kindWord, core] of [
        [ws[0]!, ws.slice(1)],
        [ws[ws.length - 1]!, ws.slice(0, -1)],
        // A kind of two words: Serbian "дневни лист Политика" (the daily Politika).
        [ws.slice(0, 2).join(' '), ws.slice(2)],
      ] as const) {
        const kind = kindOf.get(kindWord);
        const name = core.join(' ');
        if (!kind || name.replace(/[^\p{L}]/gu, '').length < 3) continue;
        const key = `${kind} ${name}`;
        const had = out.get(key);
        if (had && had.outlet !== outlet) shared.add(key);
        else out.set(key, { outlet, ordinary: false });
      }
    }
  }
  for (const key of shared) out.delete(key);
  return out;
}

/**
 * A noun of an outlet's kind, in any case form, then a name in quotes: "на телеканале «Астана»", "в газете «…»", "на
 * радио «…»", "la chaîne « … »", "el canal \"…\"". The noun binds the quoted name as an outlet even where the name is
 * also a city's or a word (Astana TV's core is the capital's name), so the core of a registry name is read there.
 */
const KIND_NOUN_QUOTED =
  /(?<![\p{L}\p{M}])(телеканал|канал|телеарна|телевидени|радиостанци|радио|газет|агентств|chaîne|canal|cadena|channel|radio|rádio|radyo|diario|periódico|journal|jornal|newspaper|gazeta|agencia|agence|agency)[\p{L}\p{M}]*\s?[«"“„]\s?([^«»"“”„\n]{3,40}?)\s?[»"”“]/giu;

const NOUN_KIND: Record<string, ChannelKind> = {
  телеканал: 'tv',
  канал: 'tv',
  телеарна: 'tv',
  телевидени: 'tv',
  chaîne: 'tv',
  canal: 'tv',
  cadena: 'tv',
  channel: 'tv',
  радиостанци: 'radio',
  радио: 'radio',
  radio: 'radio',
  rádio: 'radio',
  radyo: 'radio',
  газет: 'paper',
  diario: 'paper',
  periódico: 'paper',
  journal: 'paper',
  jornal: 'paper',
  newspaper: 'paper',
  gazeta: 'paper',
  агентств: 'agency',
  agencia: 'agency',
  agence: 'agency',
  agency: 'agency',
};

function channelNamed(text: string, compiled: OutletTables): Hit<OutletName>[] {
  const out: Hit<OutletName>[] = [];
  if (!/[«"“„]/u.test(text)) return out;
  for (const m of text.matchAll(KIND_NOUN_QUOTED)) {
    const kind = NOUN_KIND[m[1]!.toLowerCase()];
    const item = kind && compiled.cores.get(`${kind} ${m[2]!.toLowerCase().normalize('NFKC')}`);
    if (!item) continue;
    const index = (m.index ?? 0) + m[0].indexOf(m[2]!, m[1]!.length);
    out.push({ item, index, end: index + m[2]!.length, canonical: false });
  }
  return out;
}

/** A core as words are compared (words.ts keyOf: folded, Cyrillic by its stems): «Звезды» and «Звезда» give one key. */
const coreKey = (name: string): string => name.normalize('NFKC').split(/\s+/).filter(Boolean).map(keyOf).join(' ');

/** One script's cores by coreKey, whatever their kind (one outlet's only), built on first use: titledQuoted. */
function coresIn(compiled: OutletTables, script: 'cyrillic' | 'arabic'): Map<string, OutletName> {
  const cached = compiled.quotedCores[script];
  if (cached) return cached;
  const test = script === 'cyrillic' ? CYRILLIC : ARABIC;
  const out = new Map<string, OutletName>();
  const shared = new Set<string>();
  for (const [key, item] of compiled.cores) {
    const name = key.slice(key.indexOf(' ') + 1);
    if (!test.test(name)) continue;
    const k = coreKey(name);
    const had = out.get(k);
    if (had && had.outlet !== item.outlet) shared.add(k);
    else out.set(k, item);
  }
  for (const k of shared) out.delete(k);
  compiled.quotedCores[script] = out;
  return out;
}

/**
 * A Russian-style byline puts the outlet in quotes in the genitive right after the title, with no kind noun: "Военкор
 * «Звезды»", "Корреспондент «Звезды»", Serbian "Новинар „Политике“" (with „…“, the Serbian quotes). Right after a
 * media title, a name in quotes is read as the registry core it declines (any kind, one outlet's only); a quoted word
 * with no title before it stays a word ("Ансамбль «Звезда»"). Arabic the same way, with "at" (في, لدى) allowed between
 * and the core as written: "كاتبة في «الشرق الأوسط»" names the paper, where bare الشرق الأوسط is "the Middle East".
 */
const CYRILLIC_QUOTED = /^\s?([«„“])\s?([^«»„“”\n]{3,40}?)\s?[»“”]/u;
const ARABIC_QUOTED = /^\s?((?:في|لدى|ب|ل)\s?ـ?\s?)?«\s?([^«»\n]{3,40}?)\s?»/u;

/** A writer's quoted name with no "at" before it is a book's ("كاتب «…»", writer of …): a review. */
const WRITER = /^كاتب/u;

/** States whose Cyrillic writing quotes with „…“ (Serbian, Montenegrin, Bosnian, Macedonian, Bulgarian usage). */
const LOW_QUOTE_STATES: ReadonlySet<string> = new Set(['RS', 'ME', 'BA', 'MK', 'BG']);

function titledQuoted(c: Clause, compiled: OutletTables): Hit<OutletName>[] {
  const cyrillic = CYRILLIC.test(c.text);
  const arabic = !cyrillic && ARABIC.test(c.text);
  if (!/[«„“]/u.test(c.text) || (!cyrillic && !arabic)) return [];
  const out: Hit<OutletName>[] = [];
  for (const r of find(getTables().roles, c)) {
    // A director's quoted name is a film's or a play's ("Режиссёр «Звезда» 🎬"): never a channel (a review).
    if (isDirectorTitle(c.text.slice(r.index, r.end))) continue;
    const rest = c.text.slice(r.end);
    let item: OutletName | undefined;
    let name: string | undefined;
    let at = 0;
    if (cyrillic) {
      const m = CYRILLIC_QUOTED.exec(rest);
      if (!m || !CYRILLIC.test(m[2]!)) continue;
      item = coresIn(compiled, 'cyrillic').get(coreKey(m[2]!));
      // „…“ is also Ukrainian and Russian typography for any quotation: only for the states that write it so, in a
      // clause with no letter or flag of Russian, and with nothing but a mark or the clause's end after it — a noun
      // after the quotes makes them a programme's or a section's ("Уредник „Политика“ рубрике"; a review).
      if (
        item &&
        m[1] !== '«' &&
        (!LOW_QUOTE_STATES.has(item.outlet.state) ||
          /[ыэъё]|🇷🇺/iu.test(c.text) ||
          !/^(?:[\s\p{P}\p{S}\p{Extended_Pictographic}]|\u200d|\ufe0f)*(?:$|[|•·,;:/–—-])/u.test(
            rest.slice(m[0].length),
          ))
      )
        item = undefined;
      name = m[2]!;
      at = m[0].lastIndexOf(name);
    } else {
      // A writer needs "at" before the quotes (كاتبة في «…»): without it, "writer of «…»" names a book. A core of two
      // words at least, naming no state: one word is a word or a place ("«العالم»" the world, "«الكويت»").
      const m = ARABIC_QUOTED.exec(rest);
      if (!m || !ARABIC.test(m[2]!) || !/\s/u.test(m[2]!.trim()) || findStateMentions(m[2]!).length) continue;
      if (!m[1] && WRITER.test(c.text.slice(r.index, r.end))) continue;
      item = coresIn(compiled, 'arabic').get(coreKey(m[2]!));
      name = m[2]!;
      at = m[0].lastIndexOf(name);
    }
    if (!item) continue;
    const index = r.end + at;
    out.push({ item, index, end: index + name.length, canonical: false });
  }
  return out;
}

export function outletsIn(c: Clause, compiled: OutletTables): Hit<OutletName>[] {
  // 中国网络 is "China's internet", not 中国网 (../names.ts, netWord).
  const names = find(compiled.lex, c).filter(
    (n) =>
      contractionOk(c.text, n) &&
      !(
        c.cjk &&
        (netWord(c.text, c.text.slice(n.index, n.end), n.end) || otherPlaceGlued(c.text, n.index, n.item.outlet.state))
      ),
  );
  for (const hit of [...channelNamed(c.text, compiled), ...titledQuoted(c, compiled)]) {
    if (!names.some((n) => n.index < hit.end && hit.index < n.end)) names.push(hit);
  }
  for (const tok of c.toks) {
    if (c.text[tok.index - 1] !== '@') continue;
    // "@cgtn", and a name of several words glued as a handle: "@trthaber", "@cgtnamerica".
    const item = compiled.handles.get(tok.raw.toLowerCase()) ?? compiled.glued.get(tok.raw.toLowerCase());
    if (item && !names.some((n) => n.index <= tok.index && tok.end <= n.end)) {
      names.push({ item, index: tok.index, end: tok.end, canonical: false });
    }
  }
  // Two names that share a word ("РЕН ТВ Новости": REN TV, and RT's legal name ТВ-Новости over "ТВ Новости"): the
  // first one read is the name, as a reader takes it; the second is a word of the first plus a word after it.
  const out: Hit<OutletName>[] = [];
  for (const n of outermost(names)) {
    const last = out[out.length - 1];
    if (!last || n.index >= last.end) out.push(n);
    else if (ownNisbaOver(c.text, n, last)) out[out.length - 1] = n;
  }
  return out;
}

/**
 * A later name that ends with its own state's nisba takes the shared word from an earlier name of another state: in
 * "قناة الإخبارية السورية" the Syrian adjective makes al-Ikhbariya Syria's channel, not Saudi Arabia's "قناة الإخبارية".
 */
function ownNisbaOver(text: string, later: Hit<OutletName>, earlier: Hit<OutletName>): boolean {
  if (later.item.outlet.state === earlier.item.outlet.state || later.end <= earlier.end) return false;
  const last = text.slice(later.index, later.end).split(/\s+/).pop() ?? '';
  return nisbaState(last) === later.item.outlet.state;
}

/** Titles and context words are compiled on the first bio that names an outlet; most bios name none. */
export function getTables(): Tables {
  tables ??= compileTables();
  return tables;
}

export function outletTablesFor(outlets: readonly StateOutlet[]): OutletTables {
  let compiled = outletTables.get(outlets);
  if (!compiled) {
    compiled = compileOutlets(outlets);
    outletTables.set(outlets, compiled);
  }
  return compiled;
}
