/**
 * Outlet and state names found in page text. Names are matched as whole words in scripts that separate words, as
 * substrings in scripts that do not (Chinese, Japanese); short all-caps acronyms ("RT", "TASS") only in capitals, so
 * that "rt" inside a word or a sentence never counts. Apart from match.ts so that the bio reader can find a place
 * ("Reporter, CGTN, Beijing") without an import cycle.
 */
import { TURKIC_CYRILLIC } from './bio/words';
import { STATE_OUTLETS, type StateOutlet } from './outlets';
import { STATE_IDENTITIES, type StateIdentity } from './states';

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const HANGUL = /^[\uAC00-\uD7AF]+$/u;

/** Korean particles (Wikipedia, "Korean particles"): 의 of, 에서/에 in, 은/는/이/가 topic and subject, 을/를 object. */
const KO_PARTICLE = /(?:에서|으로|의|에|은|는|이|가|을|를|로|와|과|도)$/u;

/**
 * A Han name ending in 网/網 ("net": 中国网, 环球网) that runs into the second character of another 网 word is that
 * word: 网络 ("internet": 中国网络), 网站 (website), 网友 (netizen), 网民, 网页, 网址, 网购 (online shopping: 环球网购),
 * 网红 (influencer: 中国网红), 网店, 网课, 网游, 网吧, 网球 (tennis), 网剧 (Xiandai Hanyu Cidian).
 */
export function netWord(text: string, name: string, end: number): boolean {
  return /[网網]$/u.test(name) && /^[络絡站页頁友民址购購红紅店课課游遊吧球剧劇]/u.test(text.slice(end, end + 1));
}

/**
 * Scripts and letters written for one state's language only: they place a bio as its flag would, for the acronyms
 * several states' outlets share (src/lists/bio/tables.ts, placeNames). Vietnamese ơ, ư, đ (Latin Extended
 * Additional for its tone marks); Lao, Khmer, Myanmar, Georgian, Armenian, Sinhala and Thai blocks (Unicode).
 */
const SCRIPT_PLACES: [RegExp, string][] = [
  [/[ơưđƠƯĐ\u1EA0-\u1EF9]/u, 'VN'],
  [/[\u0E80-\u0EFF]/u, 'LA'],
  [/[\u1780-\u17FF]/u, 'KH'],
  [/[\u1000-\u109F]/u, 'MM'],
  [/[\u10A0-\u10FF]/u, 'GE'],
  [/[\u0530-\u058F]/u, 'AM'],
  [/[\u0D80-\u0DFF]/u, 'LK'],
  [/[\u0E00-\u0E7F]/u, 'TH'],
];

export function placesOfScript(text: string): string[] {
  return SCRIPT_PLACES.filter(([re]) => re.test(text)).map(([, code]) => code);
}

function isAcronym(s: string): boolean {
  return s.length <= 4 && /^[A-Z0-9]+$/.test(s);
}

export interface Mention<T> {
  item: T;
  name: string;
  index: number;
  end: number;
}

/**
 * All names of a table as an index over words: text is split into words once and each word looked up, so the
 * cost grows with the text, not with the table (a regex per name, or one big alternation, cost up to a second on
 * a long hostile bio). Names in unspaced scripts and flags are found by substring.
 */
interface Entry<T> {
  words: string[];
  acronym: boolean;
  item: T;
}

interface Compiled<T> {
  byFirstWord: Map<string, Entry<T>[]>;
  substrings: { name: string; item: T }[];
  /** Whether a name's last word may carry a case ending (state names: CASE_ENDINGS). */
  cases: boolean;
}

/**
 * Case endings written joined to a state's name in the Turkic languages and Mongolian of the states that run state
 * media (src/lists/states-languages.ts; Wikipedia, "Kyrgyz grammar", "Kazakh grammar", "Uzbek grammar", "Turkmen
 * language", "Mongolian grammar"): genitive ("Кыргызстандын чыныгы жүзү", "Монгол Улсын", "Türkmenistanyň",
 * "O'zbekistonning"), dative, locative and ablative ("Кыргызстанга", "Қазақстанда", "Тоҷикистонда"). Every ending that fits gives a stem; a
 * stem keeps four letters at least. Cyrillic endings on any Cyrillic word (Russian declines with other endings, which
 * this leaves alone); the Latin ones only with Turkmen ň or Uzbek -ning, which no English or Romance word ends in.
 */
const CASE_ENDINGS_CYRILLIC = [
  // The Kazakh and Kyrgyz genitives the outlet names take too (bio/words.ts), and those after a consonant.
  ...TURKIC_CYRILLIC,
  'ынын',
  'инин',
  'унун',
  'үнүн',
  'дун',
  'дүн',
  'тун',
  'түн',
  // Mongolian genitive; ablative, dative and locative.
  'ийн',
  'ний',
  'дан',
  'дам',
  'тан',
  'ден',
  'тен',
  'дагы',
  'ын',
  'ны',
  'га',
  'ка',
  'ге',
  'ке',
  'ға',
  'қа',
  'да',
  'та',
  'де',
  'те',
];
const CASE_ENDINGS_LATIN = ['nyň', 'niň', 'yň', 'iň', 'ning'];
const TURKIC_LATIN = /(?:ň|ning)$/u;

/** The word without a case ending, for each ending it may carry (state names only). */
function caseStems(w: string): string[] {
  const lower = w.toLowerCase();
  const cyrillic = /\p{Script=Cyrillic}/u.test(lower);
  if (!cyrillic && !TURKIC_LATIN.test(lower)) return [];
  const out: string[] = [];
  for (const e of cyrillic ? CASE_ENDINGS_CYRILLIC : CASE_ENDINGS_LATIN) {
    if (lower.endsWith(e) && lower.length - e.length >= 4) out.push(wordKey(lower.slice(0, -e.length)));
  }
  return out;
}

const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

/**
 * Apostrophes written as modifier letters (ʻ U+02BB, ʼ U+02BC) are apostrophes: Uzbek writes "Oʻzbekiston",
 * "O‘zbekiston", "O'zbekiston" and "O’zbekiston" for one name (Uzbek Latin orthography, 1995), and each must give the
 * same words. One character for one, so offsets stay right.
 */
function apostrophes(text: string): string {
  return text.replace(/[\u02BB\u02BC]/g, "'");
}

/**
 * A word as names are compared: lower case, and Latin letters without their diacritics, so that a state's name typed
 * without them ("Turkiye", "Viet Nam", "Ozbekiston", "Peru") finds the listed spelling. Other scripts keep their marks.
 */
export function wordKey(w: string): string {
  const lower = w.toLowerCase();
  if (!/[\u00C0-\u024F\u0259\u1E00-\u1EFF]/u.test(lower)) return lower;
  // Letters with no decomposition, typed on keyboards that lack them: Azerbaijani ə ("Azerbaycan"), Turkish ı ("Baki"),
  // Polish ł, South Slavic đ, Nordic ø.
  return lower
    .normalize('NFD')
    .replace(/(?<=[a-z])[\u0300-\u036F]+/g, '')
    .replace(/[əıłđø]/g, (c) => NO_DECOMPOSITION[c] ?? c)
    .normalize('NFC');
}

const NO_DECOMPOSITION: Record<string, string> = { ə: 'e', ı: 'i', ł: 'l', đ: 'd', ø: 'o' };

function words(text: string): { w: string; index: number; end: number }[] {
  return [...apostrophes(text).matchAll(WORD)].map((m) => ({
    w: m[0],
    index: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

function compile<T>(rows: readonly T[], names: (row: T) => string[], cases = false): Compiled<T> {
  const byFirstWord = new Map<string, Entry<T>[]>();
  const substrings: { name: string; item: T }[] = [];
  for (const item of rows) {
    // A name written with an apostrophe is also written without it ("O'zbekiston", "Ozbekiston").
    const all = names(item).flatMap((n) => {
      const a = apostrophes(n);
      return /\p{L}['‘’]\p{L}/u.test(a) ? [n, a.replace(/(?<=\p{L})['‘’](?=\p{L})/gu, '')] : [n];
    });
    for (const raw of all) {
      const name = raw.normalize('NFKC').trim();
      const ws = words(name).map((x) => x.w);
      if (!name) continue;
      if (UNSPACED.test(name) || ws.length === 0) {
        substrings.push({ name, item });
        continue;
      }
      const acronym = isAcronym(name);
      const entry = { words: acronym ? ws : ws.map(wordKey), acronym, item };
      const key = wordKey(entry.words[0]!);
      const list = byFirstWord.get(key) ?? [];
      list.push(entry);
      byFirstWord.set(key, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord, substrings, cases };
}

let outletNames: Compiled<StateOutlet> | undefined;
let stateNames: Compiled<StateIdentity> | undefined;

function findAll<T>(compiled: Compiled<T>, text: string): Mention<T>[] {
  const t = text.normalize('NFKC');
  const found: Mention<T>[] = [];
  const ws = words(t);
  for (let i = 0; i < ws.length; i++) {
    const candidates = compiled.byFirstWord.get(wordKey(ws[i]!.w));
    let hit = candidates?.find((e) =>
      e.words.every((w, k) => {
        const got = ws[i + k]?.w;
        return got !== undefined && (e.acronym ? got === w : wordKey(got) === w);
      }),
    );
    // Korean attaches particles to the name ("조선의 진짜 모습", "북한에서"): a one-word name with its particle.
    const bare = !hit && HANGUL.test(ws[i]!.w) ? ws[i]!.w.replace(KO_PARTICLE, '') : '';
    if (bare && bare !== ws[i]!.w) hit = compiled.byFirstWord.get(bare)?.find((e) => e.words.length === 1);
    // A state's name with a case ending on its last word ("Кыргызстандын", "Монгол Улсын"): the entry's words but
    // the last, then the last with the ending taken off.
    if (!hit && compiled.cases) hit = withEnding(compiled, ws, i);
    if (!hit) continue;
    const last = ws[i + hit.words.length - 1]!;
    found.push({ item: hit.item, name: t.slice(ws[i]!.index, last.end), index: ws[i]!.index, end: last.end });
    i += hit.words.length - 1;
  }
  for (const { name, item } of compiled.substrings) {
    for (let at = t.indexOf(name); at >= 0; at = t.indexOf(name, at + name.length)) {
      if (netWord(t, name, at + name.length)) continue;
      found.push({ item, name, index: at, end: at + name.length });
    }
  }
  // Longest mention first at each place, then in reading order; drop mentions inside a longer one.
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  return found.filter((m, i) => !found.slice(0, i).some((o) => o.index <= m.index && o.end >= m.end));
}

function withEnding<T>(compiled: Compiled<T>, ws: { w: string }[], i: number): Entry<T> | undefined {
  const single = caseStems(ws[i]!.w);
  for (const stem of single) {
    const hit = compiled.byFirstWord.get(stem)?.find((e) => e.words.length === 1 && !e.acronym);
    if (hit) return hit;
  }
  return compiled.byFirstWord.get(wordKey(ws[i]!.w))?.find((e) => {
    const n = e.words.length;
    if (n < 2 || e.acronym) return false;
    const last = ws[i + n - 1]?.w;
    return (
      last !== undefined &&
      e.words.slice(0, -1).every((w, k) => wordKey(ws[i + k]!.w) === w) &&
      caseStems(last).includes(e.words[n - 1]!)
    );
  });
}

export function findOutletMentions(text: string): Mention<StateOutlet>[] {
  outletNames ??= compile(STATE_OUTLETS, (o) => o.aliases);
  const t = text.normalize('NFKC');
  return findAll(outletNames, text).filter((m) => !otherPlaceGlued(t, m.index, m.item.state));
}

/**
 * Another state's or territory's name glued right before a Han name makes another place's paper: 香港经济日报 (Hong
 * Kong Economic Times), 台湾经济日报 — Chinese titles put the place first with no space. The outlet's own state
 * before it (中国经济日报) leaves it the outlet. Also read by the bio reader (bio/tables.ts, outletsIn).
 */
export function otherPlaceGlued(text: string, index: number, state: string): boolean {
  if (!UNSPACED.test(text[index - 1] ?? '')) return false;
  const before = text.slice(Math.max(0, index - 12), index);
  return findStateMentions(before).some((m) => m.end === before.length && m.item.code !== state);
}

/**
 * The Arabic relative adjective (nisba) of each Arab League state, as outlets' names end with it: "الإخبارية السورية"
 * (Syria's al-Ikhbariya) beside Saudi Arabia's "قناة الإخبارية". The stem without the article and the ending (ـي
 * masculine, ـية feminine), from each state's Arabic name (Wright, A Grammar of the Arabic Language, § 249 on the nisba).
 */
const NISBA: Readonly<Record<string, string>> = {
  سوري: 'SY',
  سعودي: 'SA',
  مصري: 'EG',
  عراقي: 'IQ',
  أردني: 'JO',
  لبناني: 'LB',
  فلسطيني: 'PS',
  قطري: 'QA',
  إماراتي: 'AE',
  كويتي: 'KW',
  بحريني: 'BH',
  عماني: 'OM',
  يمني: 'YE',
  ليبي: 'LY',
  تونسي: 'TN',
  جزائري: 'DZ',
  مغربي: 'MA',
  موريتاني: 'MR',
  سوداني: 'SD',
  صومالي: 'SO',
  جيبوتي: 'DJ',
};

const NISBA_BARE = new Map(Object.entries(NISBA).map(([k, v]) => [k.replace(/[أإآ]/gu, 'ا'), v]));

/** The state whose nisba a word is, with the article, either gender: "السورية" → SY, "المصري" → EG. */
export function nisbaState(word: string): string | undefined {
  const m = /^(?:ال)?(\p{Script=Arabic}{3,}?)(?:ي|ية|يه)$/u.exec(word.trim());
  if (!m) return undefined;
  // Written with or without its hamza ("الأردنية", "الاردنيه"): a review after the twenty-first set.
  return NISBA[`${m[1]}ي`] ?? NISBA_BARE.get(`${m[1]}ي`.replace(/[أإآ]/gu, 'ا'));
}

export function findStateMentions(text: string): Mention<StateIdentity>[] {
  stateNames ??= compile(STATE_IDENTITIES, (s) => [...s.names, s.flag], true);
  return findAll(stateNames, text).filter((m) => !notTheState(text, m));
}

/**
 * A state's short name that a word before it makes something else: the wider region's parts ("Pirinska Makedonija"
 * in Bulgaria, "Egejska Makedonija" in Greece), a club or a firm ("FK Makedonija", "Hotel Makedonija"; a review of
 * RULES_VERSION 38). By the state and the short names only, in Latin and Cyrillic (Macedonian and Bulgarian forms).
 */
const NOT_THE_STATE_BEFORE: Readonly<Record<string, { names: RegExp; before: RegExp }>> = {
  MK: {
    names: /^(?:makedonija|македонија)$/iu,
    before:
      /(?:^|[^\p{L}])(?:pirin|pirinsk[ai]|egejska|vardarska|пирин|пиринска|егејска|вардарска|fk|kk|rk|ok|фк|кк|рк|ок|hotel|хотел)\s+$/iu,
  },
};

/** Whether such a word stands before the mention (its offsets are into the NFKC text, as findAll reads it). */
function notTheState(text: string, m: Mention<StateIdentity>): boolean {
  const rule = NOT_THE_STATE_BEFORE[m.item.code];
  if (!rule?.names.test(m.name)) return false;
  return rule.before.test(text.normalize('NFKC').slice(Math.max(0, m.index - 24), m.index));
}
