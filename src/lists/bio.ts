/**
 * Reading a bio for an employer.
 *
 * A bio is split into clauses (line breaks, sentence ends, "|", "•", "·", ";", emoji bullets, "/" between items).
 * An outlet counts as the writer's employer only when a media role or an employment phrase binds it in the same
 * clause — "Presenter @CGTN", "CGTN reporter", "RT's correspondent", "新华社记者", "《人民日报》海外版记者",
 * "корреспондент «Первого канала»", "مراسل قناة العالم", "گوینده پرس تی وی", "periodista de teleSUR" — and nothing
 * says the outlet is named to be criticised, studied or monitored, denied, or parodied. Past employment ("former",
 * "ex-", бывший, 前/曾任, سابق, date ranges, "left in 2022", "until 2021") is reported and marked former.
 *
 * Why a reader and not keywords: "role, separator, outlet" also matched lists of topics ("journalist | politics |
 * RT"), criticism ("RT = lies"), monitoring products ("RT monitor bot") and ordinary words ("Sputnik coffee").
 *
 * Cost: the tables are compiled once into word indexes (the pattern of match.ts); a call tokenises each clause once
 * and probes maps. Every regex here is linear (no nested quantifiers) and the input is cut at MAX_BIO_CHARS.
 */
import { STATE_OUTLETS, type StateOutlet } from './outlets';
import {
  EMPLOYER_CONNECTORS,
  EMPLOYMENT_AFTER_OUTLET,
  EMPLOYMENT_PHRASES,
  MEDIA_ROLES,
  NAMES_THAT_ARE_WORDS,
  OUTLET_NOUNS,
} from './roles';
import { affiliationOf } from './typology';

/** Longer input is cut: TikTok caps bios at 80 characters, so anything past this is hostile or a paste. */
export const MAX_BIO_CHARS = 2000;

/** Why an outlet named in a bio is not read as its writer's employer. */
export type BioContext = 'critic' | 'research' | 'negation' | 'parody' | 'disclaimer';

export interface BioEmployment {
  outlet: StateOutlet;
  /** The whole clause that made the call, as written (spaces collapsed). */
  clause: string;
  /** The role-and-outlet words inside it: "Presenter @CGTN". */
  phrase: string;
  /** Past employment: reported, never counted. */
  former: boolean;
}

export interface BioMention {
  outlet: StateOutlet;
  name: string;
  clause: string;
  context?: BioContext;
}

export interface BioReading {
  clauses: string[];
  /** The employment that matters most: current before former, state before captured before independent. */
  employment?: BioEmployment;
  employments: BioEmployment[];
  /** A role bound to an outlet that the context rules out ("parody of an RT anchor"). */
  ruledOut?: BioEmployment & { why: BioContext };
  /** The context in which the bio names an outlet, for the evidence sentence. */
  context?: BioContext;
  contextClause?: string;
  mentions: BioMention[];
}

export interface ReadOptions {
  /** The outlet table; STATE_OUTLETS when absent. */
  outlets?: readonly StateOutlet[];
  /** The clock that decides whether "until 2025" is past; Date.now() when absent. */
  now?: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Words: tokens and the keys they are looked up by.

/**
 * Scripts written without spaces between words, by Unicode block: Han and kana (CJK Radicals … Katakana, Ext. A,
 * Unified Ideographs, Compatibility, Ext. B–F), Thai, Lao, Khmer and Myanmar. Their names are found as substrings.
 * Block ranges compile in well under a millisecond, where \p{Script=…} classes cost several on the first call.
 */
const CJK =
  '\\u0E00-\\u0EFF\\u1000-\\u109F\\u1780-\\u17FF\\u2E80-\\u2FDF\\u3005-\\u3007\\u3021-\\u3029\\u3038-\\u303B\\u3040-\\u30FF\\u31F0-\\u31FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\u{20000}-\\u{2FA1F}';
const CJK_CHAR = new RegExp(`[${CJK}]`, 'u');
const HAN_RUN = (min: number, max: number) => `[\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF]{${min},${max}}`;
/** A run of Han/kana (no spaces between words there), or a run of other letters, marks and digits. */
const TOKEN = new RegExp(`[${CJK}]+|(?:(?![${CJK}])[\\p{L}\\p{M}\\p{N}_])+`, 'gu');
// Unicode blocks: Cyrillic (+ Supplement, Extended-A/B/C); Arabic (+ Supplement, Extended-A, Presentation Forms);
// Hangul Jamo, Compatibility Jamo, Syllables.
const CYRILLIC = /[\u0400-\u052F\u1C80-\u1C8F\u2DE0-\u2DFF\uA640-\uA69F]/u;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/u;
/** Printable ASCII only: no stemming, folding or script variants to compute. */
const ASCII = /^[\x20-\x7e]*$/;
/** Short all-capital names ("RT", "TASS", "НТВ") match only in capitals. */
const ACRONYM = /^(?=.*\p{L})[\p{Lu}\p{N}]{2,5}$/u;
const YEAR_TOKEN = /^(?:19|20)\d{2}$/;
const EXACT = '\u0000';

interface Tok {
  raw: string;
  index: number;
  end: number;
  /** keys[0] is the exact form, keys[1] the folded one, then script-specific variants. */
  keys: string[];
  cjk: boolean;
}

/**
 * Russian case endings, longest first: outlet and role names decline ("«Первого канала»", "России сегодня",
 * "телеканала RT", "корреспондентом"), so both sides are compared by stem (endings: Wikipedia, "Russian
 * declension"). A stem keeps at least three letters, which keeps short words whole.
 */
const RU_ENDINGS =
  'иями ями ами иях ией ого его ому ему ыми ими ая яя ое ее ые ие ый ий ой ей ую юю ом ем ах ях ам ям ых их ия ии ию ья ью а я о е ы и у ю й ь'.split(
    ' ',
  );

function stem(lower: string): string {
  if (!CYRILLIC.test(lower)) return lower;
  for (const e of RU_ENDINGS) if (lower.length - e.length >= 3 && lower.endsWith(e)) return lower.slice(0, -e.length);
  return lower;
}

/** Arabic-script letters written interchangeably (Arabic and Persian keyboards; ta marbuta without dots). */
const LETTER_VARIANTS: Record<string, string> = { ة: 'ه', ى: 'ی', ي: 'ی', ك: 'ک' };

/** Case, diacritics (and Arabic short vowels), tatweel and keyboard variants folded away. */
function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\p{M}\u0640]/gu, '')
    .replace(/[ةىيك]/g, (c) => LETTER_VARIANTS[c] ?? c)
    .normalize('NFC');
}

/**
 * Arabic attaches prepositions, "and" and the article to the next word ("بقناة" at the channel, "لوكالة" for the
 * agency, "المراسل" the correspondent): the word is also looked up without them (Wikipedia, "Arabic grammar",
 * clitics). Folded forms (ک for ك).
 */
const AR_PROCLITICS = ['وال', 'بال', 'فال', 'کال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ک'];
/** Korean particles after a name ("조선중앙통신의 기자", "…에서 근무"). */
const KO_PARTICLES = ['에서', '의', '에', '은', '는', '이', '가', '을', '를', '사'];

function keysOf(raw: string): string[] {
  const lower = raw.toLowerCase();
  if (ASCII.test(raw)) return [EXACT + raw, lower];
  const base = fold(stem(lower));
  const keys = [EXACT + raw, base];
  if (ARABIC.test(raw)) {
    for (const p of AR_PROCLITICS) {
      if (!base.startsWith(p) || base.length - p.length < 2) continue;
      keys.push(base.slice(p.length));
      if (p === 'لل') keys.push(`ال${base.slice(2)}`);
    }
  } else if (HANGUL.test(raw)) {
    for (const p of KO_PARTICLES)
      if (lower.endsWith(p) && lower.length - p.length >= 2) keys.push(fold(lower.slice(0, -p.length)));
  }
  return keys;
}

/** The words of a text with their offsets. An exec loop: matchAll clones the regex on every call. */
function words(text: string): { raw: string; index: number }[] {
  const out: { raw: string; index: number }[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) out.push({ raw: m[0], index: m.index });
  return out;
}

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  for (const { raw, index } of words(text)) {
    const cjk = CJK_CHAR.test(raw);
    out.push({ raw, index, end: index + raw.length, keys: cjk ? [raw] : keysOf(raw), cjk });
  }
  return out;
}

/** One key per word of a list entry (the folded, stemmed form; exact for acronyms). */
function keyOf(word: string): string {
  if (ASCII.test(word)) return ASCII_ACRONYM.test(word) ? EXACT + word : word.toLowerCase();
  return ACRONYM.test(word) ? EXACT + word : fold(stem(word.toLowerCase()));
}

function has(set: ReadonlySet<string>, t: Tok): boolean {
  return t.keys.some((k) => set.has(k));
}

// ---------------------------------------------------------------------------------------------------------------
// Lexicons: names and phrases indexed by their first word (Han/kana names by their first character).

interface WordM {
  key: string;
  raw: string;
  /** What the name itself writes before this word ("Science & Technology Daily", "Channel One (Russia)"). */
  gap: string;
  /** How much of the word must be written as the table writes it (the stem, for declined Russian words). */
  prefix: number;
}

interface Entry<T> {
  words: WordM[];
  item: T;
}

/**
 * Entries are filed raw under a bucket (the first character of their first word's key) and compiled the first time
 * a text has a word in that bucket: a bio touches a dozen buckets, so the first call compiles a fraction of the
 * tables instead of all of them (measured: the whole set cost ~15 ms of CPU on a cold start).
 */
interface Lexicon<T> {
  pending: Map<string, (readonly [string, T])[]>;
  first: Map<string, Entry<T>[]>;
  cjk: Map<string, { name: string; item: T }[]>;
}

interface Hit<T> {
  item: T;
  index: number;
  end: number;
  /** Written as the table writes it (case, and the stem of a declined word). */
  canonical: boolean;
}

const ASCII_WORD = /[A-Za-z0-9_]+/g;
const ASCII_ACRONYM = /^(?=[0-9]*[A-Z])[A-Z0-9]{2,5}$/;

/** The common case of the tables, without normalising, folding or stemming: "Presenter", "RT", "works at". */
function asciiWords(name: string): WordM[] {
  const out: WordM[] = [];
  let last = 0;
  ASCII_WORD.lastIndex = 0;
  for (let m = ASCII_WORD.exec(name); m; m = ASCII_WORD.exec(name)) {
    const raw = m[0];
    const key = ASCII_ACRONYM.test(raw) ? EXACT + raw : raw.toLowerCase();
    out.push({ key, raw, gap: gapKey(name.slice(last, m.index)), prefix: raw.length });
    last = m.index + raw.length;
  }
  return out;
}

function nameWords(name: string): WordM[] {
  let last = 0;
  return words(name).map(({ raw, index }) => {
    const key = keyOf(raw);
    const gap = gapKey(name.slice(last, index));
    last = index + raw.length;
    return { key, raw, gap, prefix: key.startsWith(EXACT) ? raw.length : stem(raw.toLowerCase()).length };
  });
}

function gapKey(gap: string): string {
  return gap.replace(/\s+/g, ' ').trim();
}

function bucketOf(key: string): string {
  return key.startsWith(EXACT) ? key.slice(0, 2) : key.slice(0, 1);
}

const firstKeys = new Map<string, string>();

/**
 * The bucket of a list entry from its first letter alone (folding one letter is what folding the word does to its
 * start), cached per letter: the outlet table has thousands of names and this runs for each on the first call.
 */
function entryBucket(name: string, ascii: boolean): string | undefined {
  const ch = name[0]!;
  const next = name[1] ?? '';
  // A capital followed by a capital or digit may start an acronym ("RT", "ТАСС"): read the first word.
  if (ch !== ch.toLowerCase() && next !== next.toLowerCase()) {
    TOKEN.lastIndex = 0;
    const w = TOKEN.exec(name)?.[0];
    if (w && (ascii ? ASCII_ACRONYM : ACRONYM).test(w)) return EXACT + w[0];
  }
  if (/[0-9]/.test(ch) || !/[\p{L}\p{N}]/u.test(ch)) {
    // Starts with a digit or punctuation ("1TV", "«…»"): the first word decides.
    TOKEN.lastIndex = 0;
    const w = TOKEN.exec(name)?.[0];
    if (!w) return undefined;
    return bucketOf(ACRONYM.test(w) ? EXACT + w : keyOf(w));
  }
  if (ascii) return ch.toLowerCase();
  let k = firstKeys.get(ch);
  if (k === undefined) {
    k = bucketOf(keyOf(ch.toLowerCase()));
    firstKeys.set(ch, k);
  }
  return k;
}

function lexicon<T>(rows: Iterable<readonly [string, T]>): Lexicon<T> {
  const pending = new Map<string, (readonly [string, T])[]>();
  const cjk = new Map<string, { name: string; item: T }[]>();
  for (const [n, item] of rows) {
    const ascii = ASCII.test(n);
    let name = n.trim();
    if (!name) continue;
    if (!ascii && CJK_CHAR.test(name)) {
      name = name.normalize('NFKC');
      const list = cjk.get(name[0]!) ?? [];
      list.push({ name, item });
      cjk.set(name[0]!, list);
      continue;
    }
    const bucket = entryBucket(name, ascii);
    if (bucket === undefined) continue;
    const list = pending.get(bucket) ?? [];
    list.push([name, item]);
    pending.set(bucket, list);
  }
  for (const list of cjk.values()) list.sort((a, b) => b.name.length - a.name.length);
  return { pending, first: new Map(), cjk };
}

/** Compiles the entries of one bucket, once. */
function open<T>(lex: Lexicon<T>, key: string): Entry<T>[] | undefined {
  const bucket = bucketOf(key);
  const rows = lex.pending.get(bucket);
  if (rows) {
    lex.pending.delete(bucket);
    const touched = new Set<Entry<T>[]>();
    for (const [raw, item] of rows) {
      // Normalised here, not when filed: most buckets are never opened.
      const ascii = ASCII.test(raw);
      const ws = ascii ? asciiWords(raw) : nameWords(raw.normalize('NFKC'));
      if (!ws.length) continue;
      const list = lex.first.get(ws[0]!.key) ?? [];
      list.push({ words: ws, item });
      lex.first.set(ws[0]!.key, list);
      touched.add(list);
    }
    for (const list of touched) list.sort((a, b) => b.words.length - a.words.length);
  }
  return lex.first.get(key);
}

/** What may stand between the words of one name: "ИТАР-ТАСС", "Vesti.ru", "People’s", "МИА «Россия". */
const TIGHT = /^[\s\-‐‑'’.«»"“”„\u200c]{0,3}$/u;

function isCanonical(raw: string, w: WordM): boolean {
  if (w.key.startsWith(EXACT) || raw.toLowerCase() === raw.toUpperCase()) return true;
  return CYRILLIC.test(raw) ? raw.slice(0, w.prefix) === w.raw.slice(0, w.prefix) : raw === w.raw;
}

function matchAt<T>(e: Entry<T>, c: Clause, i: number): boolean | undefined {
  let canonical = true;
  for (let k = 0; k < e.words.length; k++) {
    const t = c.toks[i + k];
    const w = e.words[k]!;
    if (!t || t.cjk || !t.keys.includes(w.key)) return undefined;
    if (k > 0) {
      const gap = c.text.slice(c.toks[i + k - 1]!.end, t.index);
      if (!TIGHT.test(gap) && gapKey(gap) !== w.gap) return undefined;
    }
    if (!isCanonical(t.raw, w)) canonical = false;
  }
  return canonical;
}

/** Every entry found in the clause, the longest at each place, none inside another. */
function find<T>(lex: Lexicon<T>, c: Clause): Hit<T>[] {
  const hits: Hit<T>[] = [];
  for (let i = 0; i < c.toks.length; i++) {
    const t = c.toks[i]!;
    if (t.cjk) continue;
    let best: { e: Entry<T>; canonical: boolean } | undefined;
    for (const key of t.keys) {
      for (const e of open(lex, key) ?? []) {
        if (best && e.words.length <= best.e.words.length) break;
        const canonical = matchAt(e, c, i);
        if (canonical !== undefined) {
          best = { e, canonical };
          break;
        }
      }
    }
    if (!best) continue;
    const end = c.toks[i + best.e.words.length - 1]!.end;
    hits.push({ item: best.e.item, index: t.index, end, canonical: best.canonical });
  }
  if (c.cjk) {
    for (let at = 0; at < c.text.length; at++) {
      for (const { name, item } of lex.cjk.get(c.text[at]!) ?? []) {
        if (!c.text.startsWith(name, at)) continue;
        hits.push({ item, index: at, end: at + name.length, canonical: true });
        break;
      }
    }
  }
  return outermost(hits);
}

function outermost<T extends { index: number; end: number }>(hits: T[]): T[] {
  hits.sort((a, b) => a.index - b.index || b.end - a.end);
  const out: T[] = [];
  let reach = -1;
  for (const h of hits) {
    if (h.end <= reach) continue;
    out.push(h);
    reach = h.end;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary of context. Lower case; matched as words (Han as substrings), Russian by stem.

type CueKind =
  | 'critic'
  | 'research'
  | 'negation'
  | 'negation-after'
  | 'parody'
  | 'disclaimer'
  | 'former'
  | 'former-any'
  | 'left';

interface Cue {
  kind?: CueKind;
  /** The word right after an outlet's name makes it another thing's name: "RT monitor", "Sputnik watch". */
  product?: BioContext;
}

/** Naming an outlet to attack it. */
const CRITIC = [
  // English
  'propaganda',
  'propagandist',
  'propagandists',
  'lies',
  'liar',
  'liars',
  'lying',
  'fake news',
  'fake',
  'false',
  'untrue',
  'misleading',
  'exposed',
  'exposing',
  'expose',
  'exposes',
  'debunk',
  'debunks',
  'debunked',
  'debunking',
  'fact check',
  'fact checking',
  'fact checked',
  'fact checker',
  'factcheck',
  'dont trust',
  'don t trust',
  'do not trust',
  'never trust',
  'can t trust',
  'cant trust',
  'boycott',
  'mouthpiece',
  'disinformation',
  'disinfo',
  'misinformation',
  'shill',
  'shills',
  'bullshit',
  'clown',
  'clowns',
  // Russian
  'пропаганда',
  'пропагандист',
  'ложь',
  'враньё',
  'врут',
  'врёт',
  'лжецы',
  'фейк',
  'фейки',
  'разоблачение',
  'разоблачаю',
  'не верьте',
  'не верь',
  'не доверяйте',
  'зомбоящик',
  'дезинформация',
  // Spanish, Portuguese
  'mentiras',
  'mentira',
  'miente',
  'mienten',
  'mentirosos',
  'desinformación',
  'desinformação',
  'bulos',
  'no confíes',
  'no creas',
  'desmentimos',
  // French
  'propagande',
  'mensonges',
  'mensonge',
  'mentent',
  'menteurs',
  'désinformation',
  'intox',
  'ne croyez pas',
  // German
  'lügen',
  'lügt',
  'desinformation',
  // Turkish
  'yalan',
  'yalanlar',
  'dezenformasyon',
  // Arabic
  'بروباغندا',
  'بروباغاندا',
  'أكاذيب',
  'كذب',
  'كذاب',
  'كاذبة',
  'تضليل',
  'بوق',
  'أبواق',
  'لا تصدقوا',
  'لا تصدق',
  'فضح',
  // Persian
  'پروپاگاندا',
  'دروغ',
  'دروغگو',
  'جعلی',
  'باور نکنید',
  // Chinese ('宣传' alone is also neutral "publicity": only the pejorative compounds)
  '大外宣',
  '谎言',
  '謊言',
  '撒谎',
  '撒謊',
  '造谣',
  '造謠',
  '洗脑',
  '洗腦',
  '假新闻',
  '假新聞',
  '别信',
  '別信',
  '不要相信',
  '揭穿',
  '辟谣',
  '闢謠',
  '喉舌',
];

/** Naming an outlet as a subject of study or monitoring. */
const RESEARCH = [
  'study',
  'studies',
  'studying',
  'research',
  'researcher',
  'researchers',
  'researching',
  'tracking',
  'tracker',
  'monitoring',
  'monitor',
  'observatory',
  'analysing',
  'analyzing',
  'archive',
  'archiving',
  'media literacy',
  'state media',
  'state affiliated media',
  'state controlled media',
  'state run media',
  'state backed media',
  'narratives',
  'influence operations',
  'information operations',
  'osint',
  'watching',
  'documenting',
  // Russian
  'исследую',
  'исследователь',
  'исследовательница',
  'изучаю',
  'мониторинг',
  'отслеживаю',
  'госсми',
  'государственные сми',
  'нарративы',
  // Spanish, Portuguese
  'investigador',
  'investigadora',
  'pesquisador',
  'pesquisadora',
  'monitoreo',
  'medios estatales',
  'narrativas',
  // French
  'étudie',
  'chercheur',
  'chercheuse',
  'veille',
  'observatoire',
  'médias d état',
  // German
  'forscher',
  'forscherin',
  'staatsmedien',
  // Arabic
  'باحث',
  'باحثة',
  'دراسة',
  'أدرس',
  'رصد',
  'نرصد',
  'مرصد',
  'الإعلام الرسمي',
  // Persian
  'پژوهشگر',
  'محقق',
  'پژوهش',
  'رسانه های حکومتی',
  'رسانه حکومتی',
  // Chinese
  '研究',
  '监测',
  '監測',
  '追踪',
  '追蹤',
  '跟踪',
  '跟蹤',
  '观察',
  '觀察',
  '官媒',
];

/** Before the outlet, in the same comma-free stretch: "not affiliated with RT", "no ties to CGTN". */
const NEGATION = [
  'not',
  'no',
  'never',
  'non affiliated',
  'non affilié',
  'non affiliée',
  'isn',
  'aren',
  'wasn',
  'don',
  'doesn',
  'didn',
  'nor',
  'neither',
  'unaffiliated',
  'unrelated',
  'independent of',
  'independent from',
  'nothing to do',
  // Russian
  'не',
  'нет',
  'ни',
  'никогда',
  // Spanish, Portuguese, French, German
  'ni',
  'nunca',
  'jamás',
  'não',
  'sin vínculo',
  'sin relación',
  'nada que ver',
  'pas',
  'jamais',
  'ne',
  'aucun lien',
  'rien à voir',
  'nicht',
  'kein',
  'keine',
  'nie',
  // Arabic
  'لا',
  'ليس',
  'لست',
  'ليست',
  'لم',
  'لن',
  'غير',
  // Persian
  'نه',
  'هرگز',
  'هیچ',
  // Vietnamese, Korean
  'không',
  'chưa',
  '아닌',
  // Chinese
  '不',
  '非',
  '没',
  '沒',
  '无',
  '無',
  '未',
];

/** After the outlet: Persian, Turkish, Korean and Chinese negate at the end ("… نیستم", "…değilim", "与…无关"). */
const NEGATION_AFTER = [
  'نیستم',
  'نیست',
  'ندارم',
  'ندارد',
  'نبودم',
  'değilim',
  'değil',
  '아님',
  '아닙니다',
  '아니다',
  '无关',
  '無關',
  '没有关系',
  '沒有關係',
];

const PARODY = [
  'parody',
  'parodia',
  'parodie',
  'parodi',
  'пародия',
  'пародийный',
  'пародийная',
  'satire',
  'satirical',
  'sátira',
  'satira',
  'сатира',
  'fan account',
  'fan page',
  'fanpage',
  'fan acc',
  'fan club',
  'fanclub',
  'fan made',
  'not the real',
  'not official',
  'unofficial',
  'no oficial',
  'non officiel',
  'неофициальный',
  'неофициальная',
  'impersonation',
  'roleplay',
  'role play',
  'meme account',
  'meme page',
  'ساخر',
  'ساخرة',
  'طنز',
  'هوادار',
  'hayran',
  '恶搞',
  '惡搞',
  '模仿',
  '粉丝',
  '粉絲',
  '非官方',
  '仿冒',
];

/** "Views my own": a staff member's usual line, and the way retweets are disowned. Never rules employment out. */
const DISCLAIMER = [
  'views my own',
  'views are my own',
  'views mine',
  'opinions my own',
  'opinions are my own',
  'opinions mine',
  'my own views',
  'personal views',
  'personal account',
  'endorsement',
  'endorsements',
  'rts',
  'личное мнение',
  'мнение автора',
  'opiniones propias',
  'opiniones personales',
  'avis personnels',
  'opinions personnelles',
  'آراء شخصية',
  'آرائي',
  'نظرات شخصی',
  'نظر شخصی',
  'private meinung',
  'kişisel görüş',
  '个人观点',
  '個人觀點',
  '仅代表个人',
  '僅代表個人',
];

/**
 * Past employment, before the role or the outlet. Spanish writes "ex" joined to a one-word title ("expresentadora",
 * RAE, Ortografía 2010, §4.2.4.3); Chinese and Japanese 前/原/元 and Korean 전 mean "former" before a title
 * (Wiktionary 前, 原, 元, 전); Vietnamese "cựu", "nguyên" (Wiktionary); Turkish "eski".
 */
const FORMER = [
  'former',
  'formerly',
  'ex',
  'previously',
  'retired',
  'once',
  'was',
  'used to',
  'no longer',
  'past',
  'бывший',
  'бывшая',
  'экс',
  'ранее',
  'прежде',
  'в прошлом',
  'больше не',
  'был',
  'была',
  'ancien',
  'ancienne',
  'autrefois',
  'antiguo',
  'antigua',
  'antigo',
  'antiga',
  'ya no',
  'fui',
  'ehemalig',
  'ehemalige',
  'ehemaliger',
  'früher',
  'eski',
  'cựu',
  'nguyên',
  '전',
  'كان',
  'كانت',
  'كنت',
  // past tense of "to work", first in an employment phrase ("worked at TASS", "работал в RT")
  'worked',
  'работал',
  'работала',
  'trabajé',
  'trabajaba',
  'travaillé',
];

/** Anywhere in the clause: Arabic and Persian put "former" after the title ("مراسل سابق", "خبرنگار پیشین"). */
const FORMER_ANY = [
  'سابق',
  'سابقة',
  'سابقا',
  'سابقاً',
  'پیشین',
  'بودم',
  'çalıştım', // Turkish "I worked", after the outlet
  'می کردم', // Persian past continuous "I used to (work)"
  'alum',
  'alumni',
  'alumna',
  'alumnus',
  '退休',
  '离职',
  '離職',
  '已离职',
  '离任',
  '卸任',
];

/** The past-employment words that name a past employer with no title: "ex-RT", "former CGTN", "left RT". */
const FORMER_ALONE = new Set([
  'former',
  'formerly',
  'ex',
  'previously',
  'no longer',
  'left',
  'экс',
  'бывший',
  'бывшая',
  'ancien',
  'ancienne',
  'antiguo',
  'antigua',
  'antigo',
  'antiga',
  'ehemalig',
  'ehemalige',
  'ehemaliger',
  'eski',
  'cựu',
]);

/** "Left": past only with a year after it or the outlet right after it ("left in 2022", "left RT"). */
const LEFT = ['left', 'quit', 'ушёл', 'ушла', 'покинул', 'покинула', 'dejé', 'quitté', 'ayrıldım'];

/** Words after an outlet's name that make it the name of something else: a monitor, a fan page, a meme feed. */
const PRODUCT: Record<string, BioContext> = {
  watch: 'research',
  watcher: 'research',
  watchers: 'research',
  watchdog: 'research',
  monitor: 'research',
  monitoring: 'research',
  tracker: 'research',
  tracking: 'research',
  bot: 'research',
  bots: 'research',
  alerts: 'research',
  alert: 'research',
  archive: 'research',
  archives: 'research',
  digest: 'research',
  mirror: 'research',
  clips: 'research',
  observer: 'research',
  observatory: 'research',
  мониторинг: 'research',
  监测: 'research',
  观察: 'research',
  fan: 'parody',
  fans: 'parody',
  fanpage: 'parody',
  parody: 'parody',
  memes: 'parody',
  meme: 'parody',
  粉丝: 'parody',
  lies: 'critic',
  propaganda: 'critic',
  exposed: 'critic',
  debunked: 'critic',
  пропаганда: 'critic',
  谎言: 'critic',
};

/** Symbols written next to a name to attack it: "RT = lies", "CGTN 🤡". */
const SYMBOL_AFTER = /^\s?(?:=|≠|!=|🤡|🤥|💩|🚮|🗑|👎)/u;
const SYMBOL_BEFORE = /(?:=|≠|🤡|🤥|💩|🚮|🗑|👎)\s?$/u;

// ---------------------------------------------------------------------------------------------------------------
// Compiled tables.

interface OutletName {
  outlet: StateOutlet;
  /** The name is also an ordinary word or a given name (NAMES_THAT_ARE_WORDS). */
  ordinary: boolean;
}

interface RoleItem {
  kind: 'role' | 'before' | 'after';
  /** Russian, Arabic, Persian and Vietnamese tie a title to an employer with no word between (genitive, iḍāfa, ezafe). */
  juxtaposes: boolean;
}

interface Tables {
  roles: Lexicon<RoleItem>;
  cues: Lexicon<Cue>;
}

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
}

/** Ties that also name a topic, a source or a guest spot: enough for a distinctive name, not for an ordinary word. */
const PLAIN = ['of', 'with', 'from', 'to', 'con', 'mit', 'von', 'vom', 'из', 'مع'];
const ARTICLES = ['the', 'a', 'an', 'el', 'la', 'los', 'las', 'lo', 'le', 'les', 'l', 'un', 'una', 'une', 'o', 'os'];
/** Persian ezafe written as a separate ی after a vowel ("گوینده‌ی"): a tie, like the genitive. */
const EZAFE = ['ی'];
/** What may follow an ordinary-word name and still leave it the employer: "Host at RT in Moscow", "… since 2019". */
const FOLLOW = [
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
const VIETNAMESE = /viên|nhà báo|người dẫn/u;

let tables: Tables | undefined;
const outletTables = new WeakMap<readonly StateOutlet[], OutletTables>();

/** Keys of the one-word entries of a list (a word of a longer entry, "news" of "news agency", is no tie alone). */
function keySet(list: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const entry of list) {
    const ws = words(entry);
    if (ws.length === 1) out.add(keyOf(ws[0]!.raw));
  }
  return out;
}

function compileTables(): Tables {
  const roleRows: [string, RoleItem][] = [];
  const juxt = (r: string) => CYRILLIC.test(r) || ARABIC.test(r) || VIETNAMESE.test(r);
  for (const r of MEDIA_ROLES) roleRows.push([r, { kind: 'role', juxtaposes: juxt(r) }]);
  for (const p of EMPLOYMENT_PHRASES) roleRows.push([p, { kind: 'before', juxtaposes: true }]);
  for (const p of EMPLOYMENT_AFTER_OUTLET) roleRows.push([p, { kind: 'after', juxtaposes: true }]);
  const cues = new Map<string, Cue>();
  const lists: [readonly string[], CueKind][] = [
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
  for (const [w, ctx] of Object.entries(PRODUCT)) {
    const cue = cues.get(w) ?? {};
    cue.product = ctx;
    cues.set(w, cue);
  }

  return { roles: lexicon(roleRows), cues: lexicon(cues) };
}

let tieSets: Ties | undefined;

function ties(): Ties {
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
  };
  return tieSets;
}

function compileOutlets(outlets: readonly StateOutlet[]): {
  lex: Lexicon<OutletName>;
  handles: Map<string, OutletName>;
} {
  // Compared as written, in lower case: the table and the list write names the same way.
  const ordinary = new Set(NAMES_THAT_ARE_WORDS.map((n) => n.toLowerCase()));
  const rows: [string, OutletName][] = [];
  const handles = new Map<string, OutletName>();
  for (const outlet of outlets) {
    for (const alias of outlet.aliases) {
      const item = { outlet, ordinary: ordinary.has(alias.toLowerCase()) };
      rows.push([alias, item]);
      // "@cgtn": a handle written in lower case still names a distinctive acronym.
      if (!item.ordinary && alias.length >= 3 && ASCII_ACRONYM.test(alias)) handles.set(alias.toLowerCase(), item);
    }
  }
  return { lex: lexicon(rows), handles };
}

// ---------------------------------------------------------------------------------------------------------------
// Clauses.

interface Clause {
  text: string;
  toks: Tok[];
  cjk: boolean;
  /** The clause holds a closed date range or an "until" year in the past (computed once). */
  past?: boolean;
}

function clauseOf(text: string): Clause {
  return { text, toks: tokenize(text), cjk: CJK_CHAR.test(text) };
}

/**
 * Hard breaks between statements. An emoji run ends the clause before it and stays with it, so "RT 🤡" keeps its
 * clown and "📍Moscow 🎙Host @RT" gives "Host @RT". A dot ends a sentence only before a space ("rt.com" stays).
 */
const BREAK =
  /([\n\r|•·;；。！？!?؟؛۔¦‖│…]+|\.(?=\s|$))|(\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|[\u{1f3fb}-\u{1f3ff}]|\ufe0f|\u200d)*)/gu;
/** "/" between items, not inside a date ("12/2020"). */
const SLASH = /(?<!\d)\/|\/(?!\d)/gu;

function tidy(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–—*>]+|[\s\-–—*]+$/g, '')
    .trim();
}

/** A stretch of text made only of titles ("Presenter", "Ex-anchor", "reporter & producer"). */
function onlyRoles(c: Clause, t: Tables): boolean {
  if (!c.toks.length) return false;
  const roles = find(t.roles, c).filter((h) => h.item.kind === 'role');
  const cues = find(t.cues, c).filter((h) => h.item.kind === 'former');
  return c.toks.every(
    (tok) =>
      [...roles, ...cues].some((h) => h.index <= tok.index && tok.end <= h.end) ||
      /^(?:and|y|et|und|и|و)$/i.test(tok.raw) ||
      exRole(tok),
  );
}

type OutletTables = { lex: Lexicon<OutletName>; handles: Map<string, OutletName> };

function splitClauses(bio: string, outlets: OutletTables): Clause[] {
  let text = bio.normalize('NFKC');
  if (text.length > MAX_BIO_CHARS) text = text.slice(0, MAX_BIO_CHARS).replace(/[\ud800-\udbff]$/, '');
  // A break inside a name is not a break: "СБ. Беларусь сегодня", "RFE/RL".
  const names = /[./]/.test(text) ? outletsIn(clauseOf(text), outlets) : [];
  const inName = (at: number) => names.some((n) => n.index < at && at < n.end);
  const pieces: { text: string; at: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(BREAK)) {
    const at = m.index ?? 0;
    if (inName(at)) continue;
    pieces.push({ text: text.slice(start, m[2] ? at + m[0].length : at), at: start });
    start = at + m[0].length;
  }
  pieces.push({ text: text.slice(start), at: start });
  const out: Clause[] = [];
  for (const piece of pieces) {
    // "/" separates items ("news / politics / RT") unless it joins titles that lead to an outlet ("Presenter /
    // Producer @CGTN"); the titles are looked for only in a piece that names an outlet.
    const parts: string[] = [];
    let from = 0;
    for (const m of piece.text.matchAll(SLASH)) {
      const at = m.index ?? 0;
      if (inName(piece.at + at)) continue;
      parts.push(tidy(piece.text.slice(from, at)));
      from = at + 1;
    }
    parts.push(tidy(piece.text.slice(from)));
    const t = parts.length > 1 && outletsIn(clauseOf(piece.text), outlets).length ? getTables() : undefined;
    let carry = '';
    for (let i = 0; i < parts.length; i++) {
      const joined = carry ? `${carry} / ${parts[i]}` : parts[i]!;
      if (t && i < parts.length - 1 && onlyRoles(clauseOf(parts[i]!), t)) {
        carry = joined;
        continue;
      }
      carry = '';
      if (joined) out.push(clauseOf(joined));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Binding a role to an outlet inside one clause.

interface RoleHit extends Hit<RoleItem> {
  /** Spanish "expresentadora": the title carries its own "ex". */
  ex?: boolean;
}

interface Binding {
  name: Hit<OutletName>;
  /** The role or phrase, or a past-employment word with no role ("ex-RT", "previously at RT"). */
  by: { index: number; end: number };
  formerOnly: boolean;
  ex: boolean;
  start: number;
  end: number;
}

function exRole(tok: Tok): boolean {
  const k = tok.keys[1] ?? '';
  return !tok.cjk && k.length > 5 && k.startsWith('ex') && ties().singleRoles.has(k.slice(2));
}

/** Number of words in a stretch of text (a Han character counting half a word). */
function distance(text: string): number {
  let n = 0;
  for (const tok of tokenize(text)) n += tok.cjk ? Math.ceil(tok.raw.length / 2) : 1;
  return n;
}

const SEGMENT_BREAK = /[,，、;；:：()（）]/u;
/** How far (characters) a negation or a past-tense word may stand from what it qualifies: a few words. */
const WINDOW = 60;
/** Punctuation allowed between a role and its outlet: spaces, quotes, brackets, "@", and the weak separators. */
const GAP_PUNCT = /^(?:[\s@,，、:：\-–—«»"“”„'‘’()（）[\]《》「」『』\u200c]|\ufe0f|\u200d)*$/u;
const WEAK_PUNCT = /[,，、:：\-–—]/u;
const CJK_CONNECTORS = new Set(['在', '于', '於']);

type Tie = 'explicit' | 'plain' | 'weak' | 'juxtaposed';

/** How the words between a role (or phrase) and the outlet after it tie them. */
function tieBefore(gap: string): Tie | undefined {
  const words = tokenize(gap);
  const rest = gap.replace(TOKEN, '');
  if (words.length > 4 || !GAP_PUNCT.test(rest)) return undefined;
  // A comma and more words after the title is a list ("reporter, news, at RT"), not a tie.
  if ((words.length || rest.includes('@')) && /[,，、:：]/u.test(rest)) return undefined;
  let explicit = gap.includes('@');
  let plain = false;
  for (const w of words) {
    if (w.cjk) {
      if (!CJK_CONNECTORS.has(w.raw)) return undefined;
      explicit = true;
    } else if (has(ties().explicit, w) || has(ties().nouns, w)) explicit = true;
    else if (has(ties().plain, w)) plain = true;
    else if (!has(ties().articles, w) && !has(ties().past, w)) return undefined;
  }
  if (explicit) return 'explicit';
  if (plain) return 'plain';
  return WEAK_PUNCT.test(gap) ? 'weak' : 'juxtaposed';
}

/** "RT's", Turkish "TRT'de" (case suffix after an apostrophe). */
const POSSESSIVE = /^\s?(?:['’](?:s|de|da|te|ta|nin|nın|nun|nün|in|ın|un|ün|daki|deki|taki|teki)?)?\s?$/iu;
/**
 * Chinese editions, departments and postings between the outlet and the title: "《人民日报》海外版记者",
 * "新华社驻巴黎记者" (驻 "stationed in"), "中央电视台新闻频道主持人", "人民日报社记者", "新华社国际部编辑".
 */
const CJK_EDITION = new RegExp(
  `^(?:的|[驻駐]${HAN_RUN(1, 8)}?(?:分社|记者站|記者站|站|办事处|辦事處)?|${HAN_RUN(0, 6)}(?:版|频道|頻道|台|社|部|中心|网|網|客户端|客戶端|新闻|新聞|节目|節目|栏目|欄目|站)的?)$`,
  'u',
);

/** How the words between an outlet and the role after it tie them; 'tight' is all an ordinary-word name may have. */
function tieAfter(gap: string): 'tight' | 'edition' | 'weak' | undefined {
  if (POSSESSIVE.test(gap)) return 'tight';
  const bare = gap.replace(/[\s》」』”"'’]/gu, '');
  if (bare && CJK_EDITION.test(bare)) return 'edition';
  const words = tokenize(gap);
  const rest = gap.replace(TOKEN, '');
  if (!words.length) return /^[\s,，:：\-–—]*$/u.test(rest) && WEAK_PUNCT.test(rest) ? 'weak' : undefined;
  // "CGTN Africa reporter", "Xinhua Moscow correspondent", "RT channel host".
  if (words.length <= 2 && /^\s*$/u.test(rest) && words.every((w) => /^\p{Lu}/u.test(w.raw) || has(ties().nouns, w))) {
    return 'edition';
  }
  return undefined;
}

/** After an ordinary-word name: the clause ends, punctuation, or a word that cannot make it part of another name. */
function followOk(c: Clause, name: Hit<OutletName>, roles: RoleHit[]): boolean {
  const next = c.toks.find((tok) => tok.index >= name.end);
  if (!next) return true;
  const between = c.text.slice(name.end, next.index).replace(/[»》」』”"]/gu, '');
  if (SEGMENT_BREAK.test(between) || /[-–—]/.test(between)) return true;
  if (!/^\s*$/.test(between)) return false;
  return has(ties().follow, next) || /^\d+$/.test(next.raw) || roles.some((r) => r.index === next.index);
}

/** Nothing in the clause but the role, the outlet and past/date words: "Reporter, CGTN", "CGTN – presenter". */
function bare(c: Clause, spans: { index: number; end: number }[]): boolean {
  if (c.toks.length > 12) return false;
  return c.toks.every((tok) => spans.some((s) => s.index <= tok.index && tok.end <= s.end) || /^\d+$/.test(tok.raw));
}

function bindingFor(c: Clause, name: Hit<OutletName>, roles: RoleHit[], cues: Hit<Cue>[]): Binding | undefined {
  const ordinary = name.item.ordinary;
  const past = cues.filter((h) => h.item.kind === 'former' || h.item.kind === 'former-any');
  const make = (by: { index: number; end: number }, formerOnly = false, ex = false): Binding => ({
    name,
    by,
    formerOnly,
    ex,
    start: Math.min(by.index, name.index),
    end: Math.max(by.end, name.end),
  });

  // Role or phrase first: "Presenter @CGTN", "ведущая телеканала RT", "صحفي في وكالة سانا", "works at TASS".
  const before = roles.filter((r) => r.end <= name.index && r.item.kind !== 'after').pop();
  if (before) {
    let tie = tieBefore(c.text.slice(before.end, name.index));
    if (tie === 'juxtaposed' && before.item.juxtaposes) tie = 'explicit';
    if (before.item.kind === 'before' && (tie === 'juxtaposed' || tie === 'explicit')) tie = 'explicit';
    const ok = ordinary
      ? tie === 'explicit' && name.canonical && followOk(c, name, roles)
      : tie === 'explicit' ||
        tie === 'plain' ||
        tie === 'juxtaposed' ||
        (tie === 'weak' && bare(c, [before, name, ...past]));
    if (ok && tie) return make(before, false, before.ex === true);
  }

  // Outlet first: "CGTN reporter", "RT's correspondent", "新华社驻巴黎记者", "TRT'de muhabir", "在新华社工作".
  const after = roles.find((r) => r.index >= name.end && r.item.kind !== 'before');
  if (after) {
    const tie = tieAfter(c.text.slice(name.end, after.index));
    const ok = ordinary
      ? tie === 'tight' && name.canonical
      : tie === 'tight' || tie === 'edition' || (tie === 'weak' && bare(c, [after, name, ...past]));
    if (ok) return make(after, false, after.ex === true);
  }

  // "Ex-RT", "ex CGTN", "previously at RT", "formerly @Xinhua": past employment without a title.
  const formerWord = cues
    .filter((h) => h.end <= name.index && FORMER_ALONE.has(c.text.slice(h.index, h.end).toLowerCase()))
    .pop();
  if (formerWord && (!before || before.end <= formerWord.index)) {
    const gap = c.text.slice(formerWord.end, name.index);
    const tie = tieBefore(gap);
    const exDash = /^\s?[-‐‑]?\s?$/.test(gap);
    const ok = (tie === 'explicit' || exDash) && (!ordinary || (name.canonical && followOk(c, name, roles)));
    if (ok) return make(formerWord, true);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Past employment.

const Y = '(?:19|20)\\d{2}';
/** "2014–2020", "2014-2020", "(2015-19)", "2018年至2021年", "с 2015 по 2020", "de 2015 a 2020". */
const RANGE = new RegExp(
  `(?<!\\d)(${Y}) ?年? ?(?:[-–—‐‑~〜]|to|till|until|through|au|à|a|al|bis|hasta|até|до|по|至|到|đến) ?(${Y}|\\d{2})(?!\\d)`,
  'gu',
);
/** "until 2021", "до 2020", "hasta 2019", "jusqu'en 2018", "至2021年". Matched on lower case (an 'i' flag costs ms). */
const UNTIL = new RegExp(
  `(?<![a-zà-ÿа-яё])(?:until|till|through|up to|до|по|hasta|jusqu['’] ?(?:en|à|au)|bis|até|حتى|تا|至|到|đến) ?(${Y})(?!\\d)`,
  'gu',
);
/** 曾任, 曾在, 曾经 …: "once held / was at". 曾 alone is also a surname, so only with the verb after it. */
const ZENG = /曾(?:任|在|经|經|是|于|於|为|為|供职|供職|就职|就職|担任|擔任)/u;
/** 前/原/元 right before the outlet or title, not as the end of another word (目前 "at present", 以前, 平原 …). */
const CJK_FORMER = /[前原元]$/u;
const CJK_NOT_FORMER = /[目之以此當当提面眼空史年天日月周門门跟生最高平草还還复復中从從事]$/u;

function pastYear(clause: string, year: number): boolean {
  if (!/\d{2}/.test(clause)) return false;
  const text = clause.toLowerCase();
  for (const m of text.matchAll(RANGE)) {
    const from = Number(m[1]);
    let to = Number(m[2]);
    if (to < 100) {
      to += Math.floor(from / 100) * 100;
      if (to < from) to += 100;
    }
    if (to >= from && to < year) return true;
  }
  for (const m of text.matchAll(UNTIL)) if (Number(m[1]) < year) return true;
  return false;
}

function isFormer(c: Clause, b: Binding, cues: Hit<Cue>[], year: number): boolean {
  if (b.formerOnly || b.ex) return true;
  for (const h of cues) {
    const kind = h.item.kind;
    if (kind === 'former-any') return true;
    // Inside the binding: "Reporter formerly at RT", "worked at TASS".
    if (kind === 'former' && h.index >= b.start && h.end <= b.end) return true;
    if (kind === 'former' && h.index <= b.start && b.start - h.end <= WINDOW) {
      // Up to four words before the binding, or its own first word ("worked at", "работал в").
      const between = c.text.slice(Math.min(h.end, b.start), b.start);
      if (!SEGMENT_BREAK.test(between) && distance(between) <= 4) return true;
    }
    if (kind === 'left') {
      const next = tokenize(c.text.slice(h.end, h.end + WINDOW)).slice(0, 4);
      if (next.some((tok) => YEAR_TOKEN.test(tok.raw))) return true;
      if (b.name.index >= h.end && b.name.index - h.end <= WINDOW && distance(c.text.slice(h.end, b.name.index)) <= 2) {
        return true;
      }
    }
  }
  if (c.cjk) {
    const lead = c.text.slice(Math.max(0, b.start - 3), b.start).replace(/[《「『\s]/gu, '');
    if (CJK_FORMER.test(lead) && !CJK_NOT_FORMER.test(lead.slice(0, -1))) return true;
    const zeng = c.text.search(ZENG);
    if (zeng >= 0 && zeng < b.start) return true;
  }
  c.past ??= pastYear(c.text, year);
  return c.past;
}

// ---------------------------------------------------------------------------------------------------------------
// Context.

const PRIORITY: BioContext[] = ['parody', 'negation', 'critic', 'research', 'disclaimer'];

function stronger(a: BioContext | undefined, b: BioContext | undefined): BioContext | undefined {
  if (!a) return b;
  if (!b) return a;
  return PRIORITY.indexOf(a) <= PRIORITY.indexOf(b) ? a : b;
}

/** The thing named right after the outlet, when it makes the outlet's name part of another name. */
function productAfter(c: Clause, name: Hit<OutletName>, cues: Hit<Cue>[]): BioContext | undefined {
  const next = cues.find((h) => h.index >= name.end);
  if (!next?.item.product) return undefined;
  return /^[\s\-‐‑'’»》」]{0,2}$/u.test(c.text.slice(name.end, next.index)) ? next.item.product : undefined;
}

/** Is the negation before `start` in the same stretch, or a closing negation after `end`? */
function negated(c: Clause, start: number, end: number, cues: Hit<Cue>[]): boolean {
  return cues.some((h) => {
    if (h.item.kind === 'negation' && h.end <= start && start - h.end <= WINDOW) {
      const between = c.text.slice(h.end, start);
      return !SEGMENT_BREAK.test(between) && distance(between) <= 5;
    }
    if (h.item.kind === 'negation-after' && h.index >= end && h.index - end <= WINDOW) {
      const between = c.text.slice(end, h.index);
      return !SEGMENT_BREAK.test(between) && distance(between) <= 6;
    }
    return false;
  });
}

function symbolNear(text: string, start: number, end: number): boolean {
  return SYMBOL_AFTER.test(text.slice(end, end + 4)) || SYMBOL_BEFORE.test(text.slice(Math.max(0, start - 4), start));
}

/** What the clause says about the outlet it names. */
function mentionContext(c: Clause, name: Hit<OutletName>, cues: Hit<Cue>[]): BioContext | undefined {
  let ctx = productAfter(c, name, cues);
  if (negated(c, name.index, name.end, cues)) ctx = stronger(ctx, 'negation');
  const kinds = new Set(cues.map((h) => h.item.kind));
  const symbol = symbolNear(c.text, name.index, name.end);
  // "Views my own, not Xinhua's", "RTs ≠ endorsements": a disclaimer, whatever its "not" or "≠".
  if (kinds.has('disclaimer')) return kinds.has('parody') ? 'parody' : 'disclaimer';
  if (symbol) ctx = stronger(ctx, 'critic');
  if (kinds.has('critic')) ctx = stronger(ctx, 'critic');
  if (kinds.has('research')) ctx = stronger(ctx, 'research');
  if (kinds.has('parody')) ctx = stronger(ctx, 'parody');
  return ctx;
}

/**
 * What rules a binding out inside its clause. Criticism and research count when they come before the binding or
 * right after the outlet's name ("RT = lies", "CGTN propaganda"), not when the title stands between them
 * ("CGTN reporter exposing US lies" describes the reporter's work).
 */
function bindingContext(c: Clause, b: Binding, cues: Hit<Cue>[], roles: RoleHit[]): BioContext | undefined {
  const product = productAfter(c, b.name, cues);
  if (product) return product;
  if (negated(c, b.start, b.end, cues)) return 'negation';
  if (symbolNear(c.text, b.start, b.name.end)) {
    if (!cues.some((h) => h.item.kind === 'disclaimer')) return 'critic';
  }
  let ctx: BioContext | undefined;
  for (const h of cues) {
    const kind = h.item.kind;
    if (kind !== 'critic' && kind !== 'research' && kind !== 'parody') continue;
    if (kind === 'parody') return 'parody';
    if (h.end <= b.start) ctx = stronger(ctx, kind);
    else if (h.index >= b.name.end && h.index - b.name.end <= WINDOW) {
      const between = c.text.slice(b.name.end, h.index);
      const roleBetween = roles.some((r) => r.index >= b.name.end && r.end <= h.index);
      if (!roleBetween && !SEGMENT_BREAK.test(between) && distance(between) <= 2) ctx = stronger(ctx, kind);
    }
  }
  return ctx;
}

// ---------------------------------------------------------------------------------------------------------------
// The reader.

function outletsIn(c: Clause, compiled: OutletTables): Hit<OutletName>[] {
  const names = find(compiled.lex, c);
  for (const tok of c.toks) {
    if (c.text[tok.index - 1] !== '@') continue;
    const item = compiled.handles.get(tok.raw.toLowerCase());
    if (item && !names.some((n) => n.index <= tok.index && tok.end <= n.end)) {
      names.push({ item, index: tok.index, end: tok.end, canonical: false });
    }
  }
  return outermost(names);
}

function rolesIn(c: Clause, t: Tables, names: Hit<OutletName>[]): RoleHit[] {
  const overlaps = (h: { index: number; end: number }) => names.some((n) => h.index < n.end && n.index < h.end);
  let roles: RoleHit[] = find(t.roles, c);
  if (roles.some(overlaps)) {
    // A title that shares a word with a name ("CCTV News anchor": 'news anchor'): read again without the names.
    let masked = c.text;
    for (const n of names) masked = masked.slice(0, n.index) + ' '.repeat(n.end - n.index) + masked.slice(n.end);
    roles = find(t.roles, clauseOf(masked));
  }
  roles = roles.filter((h) => !overlaps(h));
  for (const tok of c.toks) {
    if (
      tok.raw.length > 5 &&
      /^(?:ex|Ex|EX)/.test(tok.raw) &&
      exRole(tok) &&
      !roles.some((r) => r.index <= tok.index && tok.end <= r.end) &&
      !overlaps(tok)
    ) {
      roles.push({
        item: { kind: 'role', juxtaposes: false },
        index: tok.index,
        end: tok.end,
        canonical: true,
        ex: true,
      });
    }
  }
  return roles.sort((a, b) => a.index - b.index);
}

/** The phrase with the quotes around a name it opens or closes: "корреспондент «Первого канала»", "《人民日报》海外版记者". */
function withQuotes(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  if (/[«《「『“"]/u.test(text[from - 1] ?? '')) from--;
  const inside = text.slice(from, to);
  const opens = (inside.match(/[«《「『“]/gu) ?? []).length;
  const closes = (inside.match(/[»》」』”]/gu) ?? []).length;
  if (opens > closes && /[»》」』”]/u.test(text[to] ?? '')) to++;
  return text.slice(from, to);
}

const RANK = { state: 0, 'captured-private': 1, independent: 2 } as const;

/** Titles and context words are compiled on the first bio that names an outlet; most bios name none. */
function getTables(): Tables {
  tables ??= compileTables();
  return tables;
}

function outletTablesFor(outlets: readonly StateOutlet[]): OutletTables {
  let compiled = outletTables.get(outlets);
  if (!compiled) {
    compiled = compileOutlets(outlets);
    outletTables.set(outlets, compiled);
  }
  return compiled;
}

/** Names read per bio: a real bio names one or two; a hostile one repeating a name gains nothing past this. */
const MAX_NAMES = 24;

/** The clauses of a bio as the reader splits them (for other readers of self-presentation). */
export function bioClauses(bio: string): string[] {
  return splitClauses(typeof bio === 'string' ? bio : '', outletTablesFor(STATE_OUTLETS)).map((c) => c.text);
}

export function readBio(bio: string, opts: ReadOptions = {}): BioReading {
  const compiled = outletTablesFor(opts.outlets ?? STATE_OUTLETS);
  const year = new Date(opts.now ?? Date.now()).getUTCFullYear();
  const clauses = splitClauses(typeof bio === 'string' ? bio : '', compiled);
  const named = clauses.map((c) => outletsIn(c, compiled));
  if (named.every((n) => !n.length)) return { clauses: clauses.map((c) => c.text), employments: [], mentions: [] };
  const t = getTables();
  let budget = MAX_NAMES;

  interface Found {
    c: Clause;
    b: Binding;
    employment: BioEmployment;
    why?: BioContext;
  }
  const found: Found[] = [];
  const mentions: BioMention[] = [];
  /** Mentions that a title binds: what they say about the outlet is the binding's business, not another clause's. */
  const bound = new Set<BioMention>();
  let parody: Clause | undefined;
  let disclaimer: Clause | undefined;

  for (const [i, c] of clauses.entries()) {
    const names = named[i]!.slice(0, Math.max(0, budget));
    budget -= names.length;
    const cues = find(t.cues, c).filter((h) => !names.some((n) => h.index < n.end && n.index < h.end));
    if (cues.some((h) => h.item.kind === 'parody')) parody ??= c;
    if (cues.some((h) => h.item.kind === 'disclaimer')) disclaimer ??= c;
    if (!names.length) continue;
    const roles = rolesIn(c, t, names);
    for (const name of names) {
      const mention: BioMention = {
        outlet: name.item.outlet,
        name: c.text.slice(name.index, name.end),
        clause: c.text,
        context: mentionContext(c, name, cues),
      };
      mentions.push(mention);
      const b = bindingFor(c, name, roles, cues);
      if (!b) continue;
      bound.add(mention);
      found.push({
        c,
        b,
        employment: {
          outlet: name.item.outlet,
          clause: c.text,
          phrase: withQuotes(c.text, b.start, b.end),
          former: isFormer(c, b, cues, year),
        },
        why: bindingContext(c, b, cues, roles),
      });
    }
  }

  // The same outlet attacked, denied or studied elsewhere in the bio rules its employment out too.
  for (const f of found) {
    if (parody) f.why = 'parody';
    for (const m of mentions) {
      if (m.outlet !== f.employment.outlet || m.clause === f.c.text || bound.has(m)) continue;
      if (m.context === 'negation' || m.context === 'critic' || m.context === 'research') f.why ??= m.context;
    }
  }

  const employments = found.filter((f) => !f.why).map((f) => f.employment);
  const rank = (e: BioEmployment) => (e.former ? 3 : 0) + RANK[affiliationOf(e.outlet.type)];
  const employment = [...employments].sort((a, b) => rank(a) - rank(b))[0];
  const out = found.find((f) => f.why);
  const ruledOut = !employment && out?.why ? { ...out.employment, why: out.why } : undefined;

  let context: BioContext | undefined;
  let contextClause: string | undefined;
  if (parody && mentions.length) {
    context = 'parody';
    contextClause = parody.text;
  } else if (ruledOut) {
    context = ruledOut.why;
    contextClause = ruledOut.clause;
  } else if (!employment) {
    for (const m of mentions) {
      if (m.context && stronger(context, m.context) !== context) {
        context = m.context;
        contextClause = m.clause;
      }
    }
  } else if (disclaimer) {
    context = 'disclaimer';
    contextClause = disclaimer.text;
  }

  return {
    clauses: clauses.map((c) => c.text),
    employment,
    employments,
    ruledOut,
    context,
    contextClause,
    mentions,
  };
}
