/**
 * Employer lines built by construction: for a registry row and one of its names, the lines a staffer of that outlet
 * would write in a language of the outlet's state — a title, the preposition or case that language ties an employer
 * with, and the name; the name before the title (run together in Chinese, Japanese and Korean); the name in the
 * quotation marks the language uses. The titles are the language's own words from src/lists/roles (the test asserts
 * each is listed there), so the lines test the reader, not a vocabulary of their own.
 *
 * Grammar: each language's ordinary employer typography, as its style guides and any newsroom's staff pages write
 * it — Russian and Ukrainian put the employer in the genitive ("корреспондент Первого канала"), Arabic and Persian
 * tie it by iḍāfa or ezafe ("مراسل قناة …", "خبرنگار …"), Turkish puts the possessive title after it ("… muhabiri"),
 * Chinese, Japanese and Korean write the outlet before the title ("新华社记者", "KBS 기자").
 */

import type { StateOutlet } from '../../src/lists/registry/index';
import { MEDIA_ROLES } from '../../src/lists/roles';
import { inScript, STATE_LANGUAGES } from '../../src/lists/states-languages';

export type LineKind = 'preposition' | 'after' | 'bar' | 'quoted' | 'noun';

export interface Line {
  kind: LineKind;
  lang: string;
  text: string;
}

interface Grammar {
  /** Two titles of the language, as MEDIA_ROLES lists them. */
  roles: [string, string];
  /** Employer lines "title + tie + name", the name already in the case the tie wants. */
  before: (role: string, name: string) => string[];
  /** "name + title" (the possessive title where the language has one), or undefined where nobody writes it. */
  after?: (name: string) => string[];
  /** The language's quotation marks. */
  quotes: [string, string][];
  /** The name in the case the language's tie wants (the Russian genitive), when it declines. */
  decline?: (name: string) => string;
}

const cap = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/**
 * The Russian genitive singular of a name's words, by the endings of the school grammar (Розенталь, Справочник по
 * правописанию и стилистике, §§ on declension): adjectives -ый/-ой/-ий → -ого/-его, -ая → -ой, -ое → -ого; nouns -а → -ы
 * (-и after к, г, х, ж, ш, щ, ч), -я → -и, -ство → -ства, -й → -я, a hard consonant + а. Acronyms, Latin words, numbers
 * and loans in -о/-и/-е (радио, ТВ) stay as written, as Russian leaves them.
 */
export function russianGenitive(name: string): string {
  return name
    .split(' ')
    .map((w) => {
      if (!/^[А-ЯЁа-яё-]+$/u.test(w) || w === w.toUpperCase() || w.length < 3) return w;
      if (/(?:[кгхжшщч])ий$/u.test(w)) return w.replace(/ий$/u, 'ого');
      if (/ий$/u.test(w)) return w.replace(/ий$/u, 'его');
      if (/(?:ый|ой)$/u.test(w)) return w.replace(/..$/u, 'ого');
      if (/ая$/u.test(w)) return w.replace(/ая$/u, 'ой');
      if (/яя$/u.test(w)) return w.replace(/яя$/u, 'ей');
      if (/ое$/u.test(w)) return w.replace(/ое$/u, 'ого');
      if (/ство$/u.test(w)) return w.replace(/о$/u, 'а');
      if (/[кгхжшщч]а$/u.test(w)) return w.replace(/а$/u, 'и');
      if (/а$/u.test(w)) return w.replace(/а$/u, 'ы');
      if (/ия$/u.test(w)) return w.replace(/я$/u, 'и');
      if (/я$/u.test(w)) return w.replace(/я$/u, 'и');
      if (/й$/u.test(w)) return w.replace(/й$/u, 'я');
      if (/[бвгдзклмнпрстфхцчшщ]$/u.test(w)) return `${w}а`;
      return w;
    })
    .join(' ');
}

const LATIN_QUOTES: [string, string][] = [['“', '”']];
const GUILLEMETS: [string, string][] = [['«', '»']];

/** The grammars of the languages most SC/CaPu rows' states write (src/lists/states-languages.ts counts), by ISO 639 code. */
export const GRAMMARS: Readonly<Record<string, Grammar>> = {
  en: {
    roles: ['reporter', 'correspondent'],
    before: (r, n) => [`${cap(r)} at ${n}`, `${cap(r)} for ${n}`],
    after: (n) => [`${n} correspondent`],
    quotes: LATIN_QUOTES,
  },
  es: {
    roles: ['periodista', 'corresponsal'],
    before: (r, n) => [`${cap(r)} de ${n}`, `${cap(r)} en ${n}`],
    quotes: [
      ['“', '”'],
      ['«', '»'],
    ],
  },
  fr: {
    roles: ['journaliste', 'présentatrice'],
    before: (r, n) => [`${cap(r)} à ${n}`, `${cap(r)} chez ${n}`],
    quotes: [['« ', ' »']],
  },
  pt: {
    roles: ['jornalista', 'repórter'],
    before: (r, n) => [`${cap(r)} da ${n}`, `${cap(r)} na ${n}`],
    quotes: LATIN_QUOTES,
  },
  ru: {
    roles: ['корреспондент', 'ведущая'],
    before: (r, n) => [`${cap(r)} ${n}`],
    quotes: GUILLEMETS,
    decline: russianGenitive,
  },
  uk: {
    roles: ['журналіст', 'журналістка'],
    before: (r, n) => [`${cap(r)} ${n}`],
    quotes: GUILLEMETS,
  },
  be: {
    roles: ['журналіст', 'журналістка'],
    before: (r, n) => [`${cap(r)} ${n}`],
    quotes: GUILLEMETS,
  },
  kk: {
    roles: ['тілші', 'журналист'],
    before: (r, n) => [`${cap(r)}, ${n}`],
    after: (n) => [`${n} тілшісі`],
    quotes: GUILLEMETS,
  },
  sr: {
    roles: ['новинар', 'новинарка'],
    before: (r, n) => [`${cap(r)} ${n}`],
    quotes: [['„', '“']],
  },
  ar: {
    roles: ['مراسل', 'صحفية'],
    before: (r, n) => [`${r} ${n}`, `${r} في ${n}`],
    quotes: GUILLEMETS,
  },
  fa: {
    roles: ['خبرنگار', 'مجری'],
    before: (r, n) => [`${r} ${n}`],
    quotes: GUILLEMETS,
  },
  zh: {
    roles: ['记者', '主持人'],
    before: (r, n) => [`${n}${r}`],
    after: (n) => [`${n}记者`, `${n} 记者`],
    quotes: [['《', '》']],
  },
  ko: {
    roles: ['기자', '앵커'],
    before: (r, n) => [`${n} ${r}`, `${n}${r}`],
    quotes: [['「', '」']],
  },
  vi: {
    roles: ['phóng viên', 'biên tập viên'],
    before: (r, n) => [`${cap(r)} ${n}`],
    quotes: LATIN_QUOTES,
  },
  tr: {
    roles: ['muhabir', 'spiker'],
    before: (r, n) => [`${n} ${r}i`],
    after: (n) => [`${n} muhabiri`],
    quotes: LATIN_QUOTES,
  },
  pl: {
    roles: ['dziennikarz', 'dziennikarka'],
    before: (r, n) => [`${cap(r)} ${n}`],
    quotes: [['„', '”']],
  },
  ms: {
    roles: ['wartawan', 'pembaca berita'],
    before: (r, n) => [`${cap(r)} ${n}`],
    quotes: LATIN_QUOTES,
  },
  sw: {
    roles: ['mwandishi wa habari', 'mtangazaji'],
    before: (r, n) => [`${cap(r)} wa ${n}`],
    quotes: LATIN_QUOTES,
  },
  lo: { roles: ['ນັກຂ່າວ', 'ນັກຂ່າວ'], before: (r, n) => [`${r} ${n}`, `${r}${n}`], quotes: LATIN_QUOTES },
  th: { roles: ['ผู้สื่อข่าว', 'นักข่าว'], before: (r, n) => [`${r} ${n}`, `${r}${n}`], quotes: LATIN_QUOTES },
  km: { roles: ['អ្នកយកព័ត៌មាន', 'អ្នកយកព័ត៌មាន'], before: (r, n) => [`${r} ${n}`, `${r}${n}`], quotes: LATIN_QUOTES },
  my: { roles: ['သတင်းထောက်', 'သတင်းထောက်'], before: (r, n) => [`${n} ${r}`, `${n}${r}`], quotes: LATIN_QUOTES },
  si: { roles: ['මාධ්‍යවේදී', 'මාධ්‍යවේදී'], before: (r, n) => [`${n} ${r}`], quotes: LATIN_QUOTES },
  ta: { roles: ['செய்தியாளர்', 'செய்தியாளர்'], before: (r, n) => [`${n} ${r}`], quotes: LATIN_QUOTES },
  el: { roles: ['δημοσιογράφος', 'δημοσιογράφος'], before: (r, n) => [`${cap(r)} ${n}`], quotes: GUILLEMETS },
  hy: { roles: ['լրագրող', 'թղթակից'], before: (r, n) => [`${n} ${r}`, `${cap(r)}, ${n}`], quotes: GUILLEMETS },
  ka: { roles: ['ჟურნალისტი', 'ჟურნალისტი'], before: (r, n) => [`${n} ${r}`, `${r}, ${n}`], quotes: [['„', '“']] },
  am: { roles: ['ጋዜጠኛ', 'ጋዜጠኛ'], before: (r, n) => [`${n} ${r}`, `${r}, ${n}`], quotes: GUILLEMETS },
  bn: { roles: ['সাংবাদিক', 'সংবাদদাতা'], before: (r, n) => [`${n} ${r}`, `${r}, ${n}`], quotes: LATIN_QUOTES },
  ne: { roles: ['पत्रकार', 'संवाददाता'], before: (r, n) => [`${n} ${r}`, `${r}, ${n}`], quotes: LATIN_QUOTES },
  mn: { roles: ['сэтгүүлч', 'сурвалжлагч'], before: (r, n) => [`${n} ${r}`, `${cap(r)}, ${n}`], quotes: GUILLEMETS },
  tg: { roles: ['хабарнигор', 'хабарнигор'], before: (r, n) => [`${cap(r)}, ${n}`], quotes: GUILLEMETS },
  ky: { roles: ['кабарчы', 'кабарчы'], before: (r, n) => [`${n} ${r}`, `${cap(r)}, ${n}`], quotes: GUILLEMETS },
  hu: { roles: ['újságíró', 'riporter'], before: (r, n) => [`${n} ${r}`], quotes: [['„', '”']] },
  az: {
    roles: ['müxbir', 'müxbir'],
    before: (r, n) => [`${cap(r)}, ${n}`],
    after: (n) => [`${n} müxbiri`],
    quotes: LATIN_QUOTES,
  },
  uz: {
    roles: ['muxbir', 'muxbir'],
    before: (r, n) => [`${cap(r)}, ${n}`],
    after: (n) => [`${n} muxbiri`],
    quotes: LATIN_QUOTES,
  },
  it: { roles: ['giornalista', 'giornalista'], before: (r, n) => [`${cap(r)} di ${n}`], quotes: LATIN_QUOTES },
  ro: { roles: ['jurnalist', 'jurnalist'], before: (r, n) => [`${cap(r)} la ${n}`], quotes: [['„', '”']] },
  fil: { roles: ['mamamahayag', 'mamamahayag'], before: (r, n) => [`${cap(r)} ng ${n}`], quotes: LATIN_QUOTES },
  so: { roles: ['wariye', 'wariye'], before: (r, n) => [`${cap(r)} ${n}`], quotes: LATIN_QUOTES },
  ha: { roles: ['ɗan jarida', 'ɗan jarida'], before: (r, n) => [`${cap(r)} a ${n}`], quotes: LATIN_QUOTES },
  ur: { roles: ['رپورٹر', 'صحافی'], before: (r, n) => [`${n} ${r}`], quotes: LATIN_QUOTES },
  ps: { roles: ['خبریال', 'خبریال'], before: (r, n) => [`د ${n} ${r}`], quotes: LATIN_QUOTES },
};

/** The titles the grammars use that MEDIA_ROLES does not list (should be none). */
export function unlistedRoles(): string[] {
  const listed = new Set(MEDIA_ROLES);
  return [...new Set(Object.values(GRAMMARS).flatMap((g) => g.roles))].filter((r) => !listed.has(r));
}

/** An acronym as bios write it: capitals and digits, two to seven ("ВГТРК", "RTI", "TV5"). */
export const isAcronym = (name: string): boolean =>
  /^[\p{Lu}\d][\p{Lu}\d&-]{1,6}$/u.test(name) && /\p{Lu}.*\p{Lu}/u.test(name);

/** The regional-indicator flag of an ISO 3166-1 alpha-2 code. */
export const flagOf = (code: string): string =>
  String.fromCodePoint(...[...code.toUpperCase()].map((ch) => 0x1f1e6 + ch.charCodeAt(0) - 65));

/**
 * The (name, language) pairs of a row: each alias, placed acronym and clause-placed name in a script of one of its
 * state's languages that has a grammar here; Latin names are written in each Latin-script language of the state
 * (English only where the state has no other). `placed` says the name needs its state beside it.
 */
export function namesOf(o: StateOutlet): { name: string; lang: string; placed: boolean }[] {
  const langs = (STATE_LANGUAGES[o.state] ?? []).filter((l) => GRAMMARS[l.lang]);
  const latin = langs.filter((l) => l.script === 'Latn');
  const latinLangs = latin.some((l) => l.lang !== 'en') ? latin.filter((l) => l.lang !== 'en') : latin;
  const out: { name: string; lang: string; placed: boolean }[] = [];
  const all: [string, boolean][] = [
    ...o.aliases.map((a) => [a, false] as [string, boolean]),
    ...(o.placed ?? []).map((a) => [a, true] as [string, boolean]),
    ...(o.placedInClause ?? []).map((a) => [a, true] as [string, boolean]),
  ];
  for (const [name, placed] of all) {
    const inLatin = /\p{Script=Latin}/u.test(name) && !/[^\p{Script=Latin}\p{Script=Common}\p{M}]/u.test(name);
    const pick = inLatin ? latinLangs : langs.filter((l) => l.script !== 'Latn' && inScript(name, l.script));
    for (const l of new Set(pick.map((p) => p.lang))) out.push({ name, lang: l, placed });
  }
  return out;
}

/** What kind of outlet a registry row's display name says it is, for the kind noun before its name. */
export type OutletKind = 'tv' | 'agency' | 'paper' | 'radio';

export function kindOf(displayName: string): OutletKind | undefined {
  if (/agenc|news service|informa/i.test(displayName)) return 'agency';
  if (/daily|times|gazette|herald|newspaper|journal|post\b|tribune|pravda|газета|日报|报/i.test(displayName))
    return 'paper';
  if (/radio/i.test(displayName) && !/tele|tv/i.test(displayName)) return 'radio';
  if (/tv|tele|broadcast|channel/i.test(displayName)) return 'tv';
  return undefined;
}

/**
 * "Title + the noun of the outlet's kind + name": the channel, agency, paper or station named as such, the name in the
 * case the noun leaves it (nominative in «» in Russian, iḍāfa in Arabic, apposition in French and Spanish, the noun
 * glued after the name in Chinese).
 */
const KIND_NOUNS: Readonly<Record<string, Record<OutletKind, (name: string) => string>>> = {
  ru: {
    tv: (n) => `Корреспондент телеканала «${n}»`,
    agency: (n) => `Корреспондент агентства «${n}»`,
    paper: (n) => `Корреспондент газеты «${n}»`,
    radio: (n) => `Корреспондент радиостанции «${n}»`,
  },
  ar: {
    tv: (n) => `مراسل قناة ${n}`,
    agency: (n) => `مراسل وكالة ${n}`,
    paper: (n) => `مراسل صحيفة ${n}`,
    radio: (n) => `مراسل إذاعة ${n}`,
  },
  fr: {
    tv: (n) => `Journaliste de la chaîne ${n}`,
    agency: (n) => `Journaliste de l’agence ${n}`,
    paper: (n) => `Journaliste du journal ${n}`,
    radio: (n) => `Journaliste de la radio ${n}`,
  },
  es: {
    tv: (n) => `Periodista del canal ${n}`,
    agency: (n) => `Periodista de la agencia ${n}`,
    paper: (n) => `Periodista del diario ${n}`,
    radio: (n) => `Periodista de la emisora ${n}`,
  },
  zh: {
    tv: (n) => `${n}电视台记者`,
    agency: (n) => `${n}通讯社记者`,
    paper: (n) => `《${n}》记者`,
    radio: (n) => `${n}电台记者`,
  },
};

/** The employer lines of a name in a language; a placed name carries its state's flag, as a bio that places it does. */
export function linesFor(name: string, lang: string, state: string, placed: boolean, kind?: OutletKind): Line[] {
  const g = GRAMMARS[lang];
  if (!g) return [];
  const tail = placed ? ` ${flagOf(state)}` : '';
  const declined = g.decline && !isAcronym(name) ? g.decline(name) : name;
  const out: Line[] = [];
  const push = (kind: LineKind, text: string) => out.push({ kind, lang, text: `${text}${tail}` });
  for (const role of g.roles) {
    for (const t of g.before(role, declined)) push('preposition', t);
  }
  for (const t of g.after?.(name) ?? []) push('after', t);
  push('bar', `${cap(g.roles[0])} | ${name}`);
  for (const [open, close] of g.quotes) {
    for (const t of g.before(g.roles[0], `${open}${declined}${close}`)) push('quoted', t);
  }
  const noun = kind && KIND_NOUNS[lang]?.[kind];
  if (noun) push('noun', noun(name));
  return [...new Map(out.map((l) => [l.text, l])).values()];
}

/**
 * Past employment as each language writes it around an employer line: its word for "former" before the title (or
 * after it, in Arabic and Persian), "ex-", and a closed range of years. Each language's ordinary usage (the same
 * dictionaries as src/lists/bio/cues.ts cites for its past words).
 */
export const FORMER: Readonly<Record<string, readonly ((line: string) => string)[]>> = {
  en: [(l) => `Former ${l}`, (l) => `${l} (2014–2020)`, (l) => `Ex-${l}`],
  es: [(l) => `Ex ${l}`, (l) => `${l} (2012-2019)`],
  fr: [(l) => `Ancien ${l}`, (l) => `${l} (2010-2018)`],
  pt: [(l) => `Ex-${l}`, (l) => `${l} (2015-2021)`],
  ru: [(l) => `Бывший ${l}`, (l) => `${l} (2012–2019)`, (l) => `Экс-${l}`],
  uk: [(l) => `Колишній ${l}`],
  ar: [(l) => `${l} سابقا`, (l) => `${l} (2010-2018)`],
  fa: [(l) => `${l} سابق`],
  zh: [(l) => `前${l}`, (l) => `曾任${l}`],
  ko: [(l) => `전 ${l}`],
  vi: [(l) => `Nguyên ${l}`, (l) => `Cựu ${l}`],
  tr: [(l) => `Eski ${l}`],
  pl: [(l) => `Były ${l}`],
  sr: [(l) => `Бивши ${l}`],
  ms: [(l) => `Bekas ${l}`],
  sw: [(l) => `Aliyekuwa ${l}`],
  kk: [(l) => `Бұрынғы ${l}`],
  be: [(l) => `Былы ${l}`],
  hu: [(l) => `Korábban ${l}`],
  it: [(l) => `Ex ${l}`],
  ro: [(l) => `Fost ${l}`],
};

/**
 * A registry domain as a bio link carries it: bare, with "www." or a subdomain, a scheme, a path, a query, a port,
 * capitals, a trailing dot or slash; and hosts that only look like it (the domain inside another host, glued to a
 * word, in a path or a query), which must not read as it.
 */
export function linkVariants(d: string): { reads: string[]; not: string[] } {
  return {
    reads: [
      d,
      `www.${d}`,
      `https://${d}`,
      `http://www.${d}/`,
      `https://${d}/en/news/123?utm_source=tiktok#top`,
      `HTTPS://WWW.${d.toUpperCase()}/`,
      `${d}.`,
      `m.${d}`,
      `https://news.${d}/`,
      ` ${d} `,
      `https://${d}:443/`,
      `https://${d}?ref=bio`,
      `${d}/`,
    ],
    not: [`${d}.example.net`, `x${d}`, `https://example.com/${d}`, `https://example.com/?u=${d}`],
  };
}
