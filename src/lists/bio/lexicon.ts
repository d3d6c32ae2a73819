/**
 * Lexicons: names and phrases indexed by their first word (Han/kana names by their first character), and the
 * matcher that finds them in a clause.
 */
import {
  ACRONYM,
  ARABIC,
  ASCII,
  ASCII_ACRONYM,
  CJK_CHAR,
  type Clause,
  CYRILLIC,
  DECLINED,
  declinedStem,
  EXACT,
  keyOf,
  latinCaseOf,
  stem,
  TOKEN,
  words,
} from './words';

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
export interface Lexicon<T> {
  pending: Map<string, (readonly [string, T])[]>;
  /** The entries whose Latin names of several words are also found declined (declinedStem, on both sides). */
  declines?: (item: T) => boolean;
  first: Map<string, Entry<T>[]>;
  cjk: Map<string, { name: string; item: T }[]>;
}

export interface Hit<T> {
  item: T;
  index: number;
  end: number;
  /** Written as the table writes it (case, and the stem of a declined word). */
  canonical: boolean;
}

const ASCII_WORD = /[A-Za-z0-9_]+/g;

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
  // A capital followed by a capital or digit may start an acronym ("RT", "ТАСС", "M1"): read the first word. (A
  // digit second was missed: "M1 Híradó" was filed under 'm' but looked up under "M1", so it was found only once
  // some other word had opened its bucket: an answer that depended on what was read before.)
  if (ch !== ch.toLowerCase() && (next !== next.toLowerCase() || /[0-9]/.test(next))) {
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

export function lexicon<T>(rows: Iterable<readonly [string, T]>, declines?: (item: T) => boolean): Lexicon<T> {
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
  return { pending, first: new Map(), cjk, declines };
}

/**
 * A name of several Latin words as its declined forms are found: each word by its stem under the declined key (an
 * acronym as written), the prefix to compare for `canonical` being the stem's length. Undefined when the name has a
 * word in another script or only one word.
 */
function declinedWords(ws: WordM[]): WordM[] | undefined {
  if (ws.length < 2) return undefined;
  const out: WordM[] = [];
  for (const w of ws) {
    // Acronyms and numbers as written ("TVP Info", "Polskie Radio 24").
    if (w.key.startsWith(EXACT) || /^\d+$/.test(w.raw)) {
      out.push(w);
      continue;
    }
    const st = declinedStem(w.raw);
    if (st === undefined) return undefined;
    out.push({ ...w, key: DECLINED + st, prefix: st.length });
  }
  return out;
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
      // "Polskiego Radia", "Českého rozhlasu": the same name, filed by its stems under the declined keys.
      const declined = lex.declines?.(item) ? declinedWords(ws) : undefined;
      if (declined) {
        const dl = lex.first.get(declined[0]!.key) ?? [];
        dl.push({ words: declined, item });
        lex.first.set(declined[0]!.key, dl);
        touched.add(dl);
      }
    }
    for (const list of touched) list.sort((a, b) => b.words.length - a.words.length);
  }
  return lex.first.get(key);
}

/** What may stand between the words of one name: "ИТАР-ТАСС", "Vesti.ru", "People’s", "МИА «Россия", "O‘zbekiston". */
const TIGHT = /^[\s\-‐‑'’‘.«»"“”„\u200c]{0,3}$/u;

/**
 * An Arabic word written with the article its name lacks: "الصحيفة" (the paper) for the name's "صحيفة" (a paper of:
 * the first word of an iḍāfa name, "صحيفة الاقتصادية"), after a joined و/ف and ب/ك, or ل with the article's alif
 * dropped ("للصحيفة").
 */
function addsArticle(raw: string, name: string): boolean {
  if (name.startsWith('ال') || !raw.endsWith(name)) return false;
  return /^[وف]?(?:[بك]?ال|لل)$/u.test(raw.slice(0, raw.length - name.length));
}

const ARMENIAN_WORD = /^[\u0531-\u0587]+$/u;
const ARMENIAN_ENDING = /^(?:յի|ի|ում|յում)$/u;
function armenianCaseOf(raw: string, name: string): boolean {
  if (raw.startsWith(name)) return ARMENIAN_ENDING.test(raw.slice(name.length));
  return name.endsWith('ություն') && raw === `${name.slice(0, -7)}ության`;
}

function isCanonical(raw: string, w: WordM, atStart = false): boolean {
  if (ARABIC.test(raw)) return !addsArticle(raw, w.raw);
  if (w.key.startsWith(EXACT) || raw.toLowerCase() === raw.toUpperCase()) return true;
  if (w.key.startsWith(DECLINED)) return raw.slice(0, w.prefix) === w.raw.slice(0, w.prefix);
  // Armenian glues its case endings to the name's last word ("Հանրային ռադիոյի", of Public Radio; words.ts reads the
  // word back): the name written as the table writes it, then the ending (the three-hundred-and-twenty-seventh set),
  // where the name opens its clause — after another word it is another's ("Ֆրանսիայի Հանրային ռադիոյի", France's; "Մայրս
  // Հանրային ռադիոյի …", my mother; a review of RULES_VERSION 113).
  if (ARMENIAN_WORD.test(raw)) return raw === w.raw || (atStart && armenianCaseOf(raw, w.raw));
  return CYRILLIC.test(raw)
    ? raw.slice(0, w.prefix) === w.raw.slice(0, w.prefix)
    : raw === w.raw || latinCaseOf(raw, w.raw);
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
    if (!isCanonical(t.raw, w, i === 0)) canonical = false;
  }
  return canonical;
}

/** Every entry found in the clause, the longest at each place, none inside another. */
export function find<T>(lex: Lexicon<T>, c: Clause): Hit<T>[] {
  const hits: Hit<T>[] = [];
  for (let i = 0; i < c.toks.length; i++) {
    const t = c.toks[i]!;
    if (t.cjk) continue;
    let best: { e: Entry<T>; canonical: boolean } | undefined;
    for (const key of t.keys) {
      for (const e of open(lex, key) ?? []) {
        if (
          best &&
          (e.words.length < best.e.words.length || (e.words.length === best.e.words.length && best.canonical))
        )
          break;
        const canonical = matchAt(e, c, i);
        if (canonical !== undefined) {
          // Of two spellings that fold alike ("Radio Benin", "Radio Bénin"), the one written is the canonical match.
          if (!best || e.words.length > best.e.words.length || (canonical && !best.canonical)) best = { e, canonical };
          if (best.canonical) break;
        }
      }
    }
    if (!best) continue;
    const end = c.toks[i + best.e.words.length - 1]!.end;
    hits.push({ item: best.e.item, index: t.index, end, canonical: best.canonical });
  }
  if (c.cjk) {
    for (let at = 0; at < c.text.length; at++) {
      // The short names 央视, 央广 abbreviate 中央…: after 中 the 央 is the whole word's ("中央广场", the central square;
      // "中央视频"), not the abbreviation (a review of RULES_VERSION 107).
      if (c.text[at] === '央' && c.text[at - 1] === '中') continue;
      for (const { name, item } of lex.cjk.get(c.text[at]!) ?? []) {
        if (!c.text.startsWith(name, at)) continue;
        hits.push({ item, index: at, end: at + name.length, canonical: true });
        break;
      }
    }
  }
  return outermost(hits);
}

export function outermost<T extends { index: number; end: number }>(hits: T[]): T[] {
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
