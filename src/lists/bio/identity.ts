/**
 * An outlet's brand as the account's identity: a name that is nothing but an outlet's name and the words of one of
 * its services ("RT на русском", "CGTN en español", "Xinhua Arabic"), no link, no title.
 *
 * Why: outlets open unlabelled spin-off channels under their own brand, in their languages of service; the brand
 * is the only tie the page shows (Alliance for Securing Democracy, "TikTok's Russia Challenge", Mar 2023: 31 of 78
 * accounts tied to Kremlin-funded outlets carried no label). Why so narrow: a bio that names an outlet alone in a
 * clause is as often a list of topics ("news | politics | RT | memes") as a brand, so the bio needs at least one
 * service word beside the name; only the account's name (ReadOptions.name) may be the bare brand. An ordinary-word
 * name needs to be written as the outlet writes it, in capitals or in several words (employment.ts); any other word,
 * a second outlet in the bio, or a context word anywhere (fan, parody, critic, research: index.ts) and it is no
 * identity.
 */
import type { Hit } from './lexicon';
import type { OutletName, OutletTables } from './tables';
import { ACRONYM, type Clause, has, keyOf, tokenize, words } from './words';

/** Languages of service, in English and as each service writes itself. */
const LANGUAGE_SERVICE = [
  'english',
  'arabic',
  'spanish',
  'french',
  'german',
  'russian',
  'chinese',
  'persian',
  'farsi',
  'turkish',
  'urdu',
  'hindi',
  'español',
  'espanol',
  'français',
  'francais',
  'deutsch',
  'русском',
  'русский',
  'по-русски',
  'عربي',
  'بالعربية',
  'العربية',
  'فارسی',
  'türkçe',
  '中文',
  '한국어',
  'português',
  'portugues',
];

/**
 * Service words: languages and regions an outlet broadcasts in, in English and in themselves, and "official".
 * Not "clips": "RT clips" reads as a product built on the outlet (cues.ts PRODUCT). Not "news", "TV" or "live":
 * "RT News" in a list of outlets is a topic.
 */

const SERVICE = [
  ...LANGUAGE_SERVICE,
  // regions of service
  'africa',
  'afrique',
  'mundo',
  'latam',
  'balkan',
  'balkans',
  'europe',
  'asia',
  // a channel's own name
  'official',
  'oficial',
  'officiel',
  'offiziell',
  'официальный',
  'официальная',
  'الرسمي',
  'رسمی',
  'resmi',
  '官方',
  '官方账号',
  '官方帳號',
  '공식',
];

/**
 * "News" in the languages of the states whose media the registry lists: beside a distinctive name as the account's
 * own name ("ҮОНТ Мэдээ", "Khovar Yangiliklari"), the outlet's news service, as "Xinhua Arabic" is its Arabic one. Only
 * there: in a bio clause "RT News" may be an item in a list of outlets, and an ordinary-word name ("RT") keeps its
 * narrower rule. Dictionary words (en, mn, ru, uk, kk, ky, uz, tg, tk, az, tr, ar, fa, ur, hi, bn, ne, si, ta, my,
 * km, lo, th, vi, id/ms, tl, sw, ha, so, am, ti, zh, ko, es, fr, pt).
 */
const NEWS = [
  'news',
  'мэдээ',
  'новости',
  'новини',
  'жаңалықтар',
  'жаңылыктар',
  'yangiliklar',
  'yangiliklari',
  'ахбор',
  'хабарҳо',
  'habarlar',
  'xəbərlər',
  'haberler',
  'haber',
  'أخبار',
  'الأخبار',
  'اخبار',
  'خبریں',
  'समाचार',
  'খবর',
  'সংবাদ',
  'समाचारहरू',
  'ප්‍රවෘත්ති',
  'செய்திகள்',
  'သတင်း',
  'ព័ត៌មាន',
  'ຂ່າວ',
  'ข่าว',
  'tin tức',
  'berita',
  'balita',
  'habari',
  'labarai',
  'wararka',
  'ዜና',
  '新闻',
  '新聞',
  '뉴스',
  'noticias',
  'infos',
  'notícias',
];

/** The joiners an edition's name uses before its language ("en español", "на русском"): not "in", "по". */
const EDITION_JOINERS = new Set(['en', 'на', 'auf', 'em']);

/** Words that join a service word to the name: "RT на русском", "CGTN en español", "auf Deutsch". */
const JOINERS = ['на', 'по', 'en', 'in', 'auf', 'em'];

let sets:
  | {
      service: Set<string>;
      oneWordService: Set<string>;
      languages: Set<string>;
      joiners: Set<string>;
      news: Set<string>;
    }
  | undefined;

/** The keys of a list's entries that are one word ("по" of "по-русски" is no service word alone). */
const oneWordKeys = (list: readonly string[]) => new Set(list.filter((w) => words(w).length === 1).map(keyOf));

function wordSets() {
  sets ??= {
    service: new Set(SERVICE.flatMap((w) => words(w).map((x) => keyOf(x.raw)))),
    oneWordService: oneWordKeys(SERVICE),
    languages: oneWordKeys(LANGUAGE_SERVICE),
    joiners: new Set(JOINERS.map(keyOf)),
    news: new Set(NEWS.flatMap((w) => words(w).map((x) => keyOf(x.raw)))),
  };
  return sets;
}

/**
 * Whether a word is a language or a region of service, or "official": the outlet's edition when it follows the name
 * ("Xinhua Africa", "CCTV Español", "TASS English"), part of the name for a byline's comma tie (employment.ts).
 */
export function isServiceWord(raw: string): boolean {
  // One-word entries only: "по" of "по-русски" is no service alone ("Корр. БЕЛТА по Гомельской области").
  return wordSets().oneWordService.has(keyOf(raw));
}

/** Whether the name may stand alone as a brand: distinctive, or an ordinary word written as the outlet writes it. */
function distinct(c: Clause, name: Hit<OutletName>): boolean {
  if (!name.item.ordinary) return true;
  const text = c.text.slice(name.index, name.end);
  return name.canonical && (ACRONYM.test(text) || tokenize(text).length > 1);
}

/**
 * The outlet whose brand the clause is, if it is nothing but one outlet's name and service words; `bare` allows
 * the name alone (the account's own name, never a bio clause).
 */
export function brandOf(c: Clause, names: Hit<OutletName>[], bare: boolean): Hit<OutletName> | undefined {
  if (names.length !== 1 || /[,，、،:：|/]/u.test(c.text)) return undefined;
  const name = names[0]!;
  const { service, joiners, news, languages } = wordSets();
  // An ordinary-word name written as the outlet writes it, then a joiner and a language, is that edition's name too:
  // "Sputnik en español", "Sputnik на русском" (the hundred-and-second set's labelled page, its label unread).
  // The account's own name only, a language only (not "in Asia": a travel page), and not "in" ("Sputnik in Hindi", a
  // film's dub): a review.
  const after = c.toks.filter((tok) => tok.index >= name.end);
  const edition =
    bare &&
    name.item.ordinary &&
    name.canonical &&
    after.length === 2 &&
    EDITION_JOINERS.has(after[0]!.raw.toLowerCase()) &&
    has(languages, after[1]!);
  if (!edition && !distinct(c, name)) return undefined;
  // The account's own name may add "news" to a distinctive name: the outlet's news service.
  const newsService = bare && !name.item.ordinary;
  let services = 0;
  for (const tok of c.toks) {
    if (tok.index >= name.index && tok.end <= name.end) continue;
    if (tok.cjk) {
      // Han runs have no spaces: what the run holds beside the name must itself be a service word ("新华社官方").
      const parts = [
        tok.raw.slice(0, Math.max(0, name.index - tok.index)),
        tok.raw.slice(Math.max(0, name.end - tok.index)),
      ];
      for (const part of parts.filter(Boolean)) {
        if (!service.has(part)) return undefined;
        services++;
      }
    } else if (has(service, tok) || (newsService && has(news, tok))) services++;
    else if (!has(joiners, tok)) return undefined;
  }
  return services > 0 || bare ? name : undefined;
}

/** Language codes a handle appends to a brand ("cgtn_es", "tass_en"); only as a part of their own. */
const LANGUAGE_CODES = new Set(['en', 'es', 'fr', 'de', 'ru', 'ar', 'fa', 'zh', 'cn', 'tr', 'pt', 'br', 'vi', 'ko']);

let latinService: string[] | undefined;

/** Whether a piece of a handle is nothing but Latin service words ("espanol", "arabicofficial"), in one pass. */
export function serviceOnly(s: string): boolean {
  latinService ??= SERVICE.filter((w) => /^[a-z]+$/.test(w));
  const reach = new Uint8Array(s.length + 1);
  reach[0] = 1;
  for (let at = 0; at < s.length; at++) {
    if (!reach[at]) continue;
    for (const w of latinService) if (s.startsWith(w, at)) reach[at + w.length] = 1;
  }
  return reach[s.length] === 1;
}

/**
 * The outlet whose brand the handle is: a Latin name of several words glued ("cgtnafrica", "presstv"), alone or with
 * service words and language codes ("trtworldofficial"); a one-word name or an acronym only with a service word or a
 * language code ("cgtn_espanol", "tass.en", "xinhua_arabic"), as a handle of one word may be a given name ("wafa",
 * WAFA) or the labelled account itself. An ordinary-word name is never read from a handle (`rt_news` may be retweets).
 */
export function brandOfHandle(handle: string, compiled: OutletTables): OutletName | undefined {
  const parts = handle.toLowerCase().split(/[._]+/).filter(Boolean);
  if (!parts.length || parts.join('').length > 40) return undefined;
  const lookup = (p: string, withService: boolean) =>
    compiled.glued.get(p) ?? (withService ? (compiled.handles.get(p) ?? compiled.single.get(p)) : undefined);
  for (let i = 0; i < parts.length; i++) {
    const rest = parts.filter((_, k) => k !== i);
    if (!rest.every((p) => LANGUAGE_CODES.has(p) || serviceOnly(p))) continue;
    const part = parts[i]!;
    const whole = lookup(part, rest.length > 0);
    if (whole) return whole;
    // A brand glued to a service word: the longest name the part starts with, the remainder service words only.
    for (let end = part.length - 1; end >= 3; end--) {
      const hit = lookup(part.slice(0, end), true);
      if (hit && serviceOnly(part.slice(end))) return hit;
    }
  }
  return undefined;
}
