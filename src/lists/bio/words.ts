/**
 * Words: a bio's tokens and the keys they are looked up by (folding, Russian stems, Arabic proclitics, Korean
 * particles), and a clause as its text and tokens.
 */

/**
 * Scripts written without spaces between words, by Unicode block: Han and kana (CJK Radicals … Katakana, Ext. A,
 * Unified Ideographs, Compatibility, Ext. B–F), Thai, Lao, Khmer and Myanmar. Their names are found as substrings.
 * Block ranges compile in well under a millisecond, where \p{Script=…} classes cost several on the first call.
 */
const CJK =
  '\\u0E00-\\u0EFF\\u1000-\\u109F\\u1780-\\u17FF\\u2E80-\\u2FDF\\u3005-\\u3007\\u3021-\\u3029\\u3038-\\u303B\\u3040-\\u30FF\\u31F0-\\u31FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\u{20000}-\\u{2FA1F}';

export const CJK_CHAR = new RegExp(`[${CJK}]`, 'u');

export const HAN_RUN = (min: number, max: number) => `[\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF]{${min},${max}}`;

/**
 * A run of Han/kana (no spaces between words there), or a run of other letters, marks and digits that starts with a
 * letter or digit: a mark alone is no word (the variation selector of "🎙️" made one, and broke "Presenter, Press TV 🎙️").
 * A zero-width joiner between letters stays inside the word: Sinhala writes the conjuncts of "ප්‍රවෘත්ති" (news) and
 * "මාධ්‍යවේදී" (journalist) with it (Unicode, Sinhala block notes), which split each into two words.
 */
// An apostrophe between Cyrillic letters is part of the word (Ukrainian and Belarusian write it inside words: кур’єр,
// м’ясо), so a declined name ("Урядового кур’єра") stays one word that stems like its entry (after the thirteenth set).
export const TOKEN = new RegExp(
  `[${CJK}]+|(?:(?![${CJK}])[\\p{L}\\p{N}_])(?:(?![${CJK}])[\\p{L}\\p{M}\\p{N}_]|\\u200d(?=[\\p{L}\\p{M}])|(?<=\\p{Script=Cyrillic})['’ʼ](?=\\p{Script=Cyrillic}))*`,
  'gu',
);

// Unicode blocks: Cyrillic (+ Supplement, Extended-A/B/C); Arabic (+ Supplement, Extended-A, Presentation Forms);
// Hangul Jamo, Compatibility Jamo, Syllables.
export const CYRILLIC = /[\u0400-\u052F\u1C80-\u1C8F\u2DE0-\u2DFF\uA640-\uA69F]/u;

export const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/u;

/** Printable ASCII only: no stemming, folding or script variants to compute. */
export const ASCII = /^[\x20-\x7e]*$/;

/** Short all-capital names ("RT", "TASS", "НТВ") match only in capitals. */
export const ACRONYM = /^(?=.*\p{L})[\p{Lu}\p{N}]{2,5}$/u;

export const YEAR_TOKEN = /^(?:19|20)\d{2}$/;

export const EXACT = '\u0000';

export interface Tok {
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
 * declension"). A stem keeps at least three letters, which keeps short words whole. Ukrainian adds the locative and
 * dative -і, -ові and the instrumental -ою ("працюю в Укрінформі", at Ukrinform; СУМ-20, grammar tables).
 */
const RU_ENDINGS =
  'иями ями ами иях ией ого его ому ему ыми ими ові ая яя ое ее ые ие ый ий ой ей ую юю ом ем ах ях ам ям ых их ия ии ию ья ью ою а я о е ы и у ю й ь і'.split(
    ' ',
  );

export function stem(lower: string): string {
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

const DEVANAGARI = /[\u0900-\u097F]/u;
const BENGALI = /[\u0980-\u09FF]/u;
const ETHIOPIC = /[\u1200-\u137F]/u;

/**
 * Marathi postpositions written joined to the noun (मध्ये, त "in", च्या/चा/ची/चे "of", ला "to", वर "on", मधील "in"; Damle,
 * Shastriya Marathi Vyakaran): "आकाशवाणीमध्ये" (at Akashvani). Amharic ን marks the object ("የኢቢሲን", EBC's, as object).
 */
const MARATHI_AFTER = ['मधील', 'मध्ये', 'च्या', 'चा', 'ची', 'चे', 'ला', 'वर', 'त'];

/**
 * Tamil case endings joined to the noun (genitive -இன், written -யின் after i/e/ai and -வின் after u/o; accusative -ஐ,
 * -யை; locative -இல், -யில்; Lehmann, A Grammar of Modern Tamil, ch. 2): "சேவையின்" (of the service).
 */
const TAMIL = /[\u0B80-\u0BFF]/u;
const TAMIL_AFTER = ['யின்', 'வின்', 'த்தின்', 'யில்', 'வில்', 'யை', 'வை', 'ின்', 'ில்', 'ை'];

/**
 * Hebrew writes its prepositions, article and conjunction joined to the next word (ב "in, at", ל "to", ה "the", ו "and",
 * מ "from", ש "that", כ "as"; Even-Shoshan, grammar appendix), with a hyphen or maqaf before a Latin name ("ב-CGTN")
 * and without one before a Hebrew noun ("ברשת", at the network): the word is also looked up without one.
 */
const HEBREW = /[\u0590-\u05FF]/u;
const HE_PROCLITICS = ['ב', 'ל', 'ה', 'ו', 'מ', 'ש', 'כ'];

/**
 * Turkmen genitive -nyň/-niň/-yň/-iň joined to the noun ("Gullugynyň", of the service; "teleýaýlymynyň", of the
 * channel; Clark, Turkmen Reference Grammar, §3.3): ň is Turkmen's own letter, so the cut keys no other language's word.
 * And the locative -nda/-nde after a possessive ("Gullugynda", at the service), from a stem of six letters.
 */
const TURKMEN_GENITIVE = /^(?:(.{4,}?)(?:nyň|niň|yň|iň)|(.{6,}?)(?:nda|nde))$/u;

/**
 * Tajik accusative -ро joined to the noun ("Тоҷикистонро"; Perry, A Tajik Persian Reference Grammar, §5): cut like the
 * Turkic endings below, from a stem of four letters.
 */
const TAJIK_AFTER = ['ро'];

/**
 * Postpositions written joined to the word before (Nepali को, का, की, मा, ले: Nepali Brihat Shabdakosh; Bengali genitive
 * এর, র: Bangla Academy grammar) and Amharic prepositions joined to the word after (የ "of", በ "at", ለ "for": Leslau,
 * Concise Amharic Dictionary). Longest first.
 */
// (… and the Bengali locative তে after a vowel, "বিটিভিতে" (at BTV): the five-hundred-and-forty-sixth set's newsreader)
const GLUED_AFTER = ['को', 'का', 'की', 'मा', 'ले', 'ের', 'র', 'তে', ...MARATHI_AFTER, 'ን'];
const GLUED_BEFORE = ['የ', 'በ', 'ለ'];

/**
 * The genitive suffix written joined to a Turkic noun in Latin script (Uzbek -ning: "teleradiokompaniyasining", "of the
 * broadcasting company"; Azerbaijani and Turkish -nin, -nın, -nun, -nün after a vowel: "Televiziyasının"; Wikipedia,
 * "Uzbek grammar", "Azerbaijani grammar"). Only from a stem of six letters at least, so that English "morning",
 * "evening", "planning" keep no second key an entry could match.
 */
const TURKIC_GENITIVE = /^(.{6,}?[aeiouıəöüо])(?:ning|nin|nın|nun|nün)$/u;

/**
 * … and the Azerbaijani locative written joined, with the possessive before it or not, on a noun in -iya
 * ("Televiziyada", "Televiziyasında": at the television; Wikipedia, "Azerbaijani grammar"; the three-hundred-and-
 * sixty-ninth and -seventy-first sets' "İctimai Televiziyada …"). Only on "televiziya", so that Spanish "televisada",
 * "entrevistada" or Uzbek "Rossiyada" key nothing.
 */
// (the television's word only: "Rossiyada" is "in Russia", and Rossiya 24 a channel; a review of RULES_VERSION 119)
const AZ_LOCATIVE = /^(.*televiziy[aə])(?:da|də|sında|sində)$/u;

function turkicGenitive(lower: string): string | undefined {
  const m = TURKIC_GENITIVE.exec(lower) ?? AZ_LOCATIVE.exec(lower);
  return m ? fold(m[1]!) : undefined;
}

/**
 * Case endings joined to a noun, by script, for the languages that write them so (longest first; Wikipedia, "Kazakh
 * grammar", "Kyrgyz grammar", "Georgian grammar", "Armenian grammar"): the Kazakh and Kyrgyz genitive ("агенттігінің",
 * "арнасының", "агенттигинин": of the agency, of the channel), not the locative (a review of RULES_VERSION 48: "Анам
 * Хабар арнасында тілші", my mother is a correspondent at Khabar, and guests' lines); the Georgian genitive -ის, with
 * the -ელი nouns that drop their e before it ("მაუწყებლის" → "მაუწყებელი", of the broadcaster), and the postpositions
 * -ში (in), -ზე (on), -თან (at); the Armenian genitive and dative -ի (-յի after a vowel), -ության (of -ություն) and the
 * locative -ում (-յում). A stem keeps four letters at least.
 */
export const TURKIC_CYRILLIC = [
  'ының',
  'інің',
  'ның',
  'нің',
  'дың',
  'дің',
  'тың',
  'тің',
  'нын',
  'нин',
  'нун',
  'нүн',
  'дын',
  'дин',
  'тын',
  'тин',
];
const GEORGIAN = /[\u10D0-\u10FF]/u;
const ARMENIAN = /[\u0530-\u058F]/u;

function joinedCaseKeys(lower: string): string[] {
  const out: string[] = [];
  const cut = (n: number) => (lower.length - n >= 4 ? lower.slice(0, -n) : undefined);
  const tk = TURKMEN_GENITIVE.exec(lower);
  if (tk) out.push(fold(tk[1] ?? tk[2]!));
  if (CYRILLIC.test(lower)) {
    // Every ending that fits ("агенттігінің": -нің after the vowel, not -інің): a wrong cut keys nothing listed.
    for (const e of [...TURKIC_CYRILLIC, ...TAJIK_AFTER]) {
      const b = lower.endsWith(e) ? cut(e.length) : undefined;
      if (b) out.push(fold(b), fold(stem(b)));
    }
  } else if (GEORGIAN.test(lower)) {
    // An adjective before a noun in the dative, locative or instrumental drops its -ი ("საზოგადოებრივ მაუწყებელში",
    // at the public broadcaster): the name's nominative form is its key too.
    if (!lower.endsWith('ი') && lower.length >= 4) out.push(`${lower}ი`);
    if (lower.endsWith('ლის') && cut(3)) out.push(`${lower.slice(0, -3)}ელი`);
    for (const e of ['ისთვის', 'ის', 'ში', 'ზე', 'თან']) {
      const b = lower.endsWith(e) ? cut(e.length) : undefined;
      if (b) {
        out.push(b, `${b}ი`);
        break;
      }
    }
  } else if (ARMENIAN.test(lower)) {
    if (lower.endsWith('ության') && cut(6)) out.push(`${lower.slice(0, -6)}ություն`);
    // … and -յի, -յում after a vowel ("ռադիոյի", of the radio; the fifty-first set's "Հանրային ռադիոյի լրագրող")
    for (const e of ['յում', 'ում', 'յի', 'ի']) {
      if (lower.endsWith(e) && cut(e.length)) {
        out.push(lower.slice(0, -e.length));
        break;
      }
    }
  } else if (TAMIL.test(lower)) {
    for (const e of TAMIL_AFTER) {
      if (lower.endsWith(e) && lower.length - e.length >= 2) out.push(fold(lower.slice(0, -e.length)));
    }
  } else if (HEBREW.test(lower)) {
    for (const p of HE_PROCLITICS)
      if (lower.startsWith(p) && lower.length - p.length >= 3) out.push(fold(lower.slice(1)));
  }
  return out;
}

/**
 * An acronym with a case ending joined to it without a hyphen or apostrophe ("КТРКнын" KTRK's, "TRTde" at TRT,
 * "MTInél"): the capitals are the name. Two to six capitals, then one to four lower-case letters.
 */
const ACRONYM_ENDING = /^([\p{Lu}\p{N}]{2,6})\p{Ll}{1,4}$/u;

/**
 * The ending after an acronym in a word beyond ASCII: any in Cyrillic ("КТРКнын"), in Latin script only a case ending
 * of the list ("MTInél", "TRT'nin" glued): "TVPerú" is TV Perú, not TVP with an ending (a wrong read found after the
 * hundred-and-eighty-second set).
 */
function caseEnding(tail: string): boolean {
  return !/\p{Script=Latin}/u.test(tail) || LATIN_CASE_ENDING.test(tail);
}
const LATIN_CASE_ENDING =
  /^(?:de|da|te|ta|den|dan|ten|tan|nin|nın|nun|nün|in|ın|un|ün|a|u|e|om|ov|ova|nél|nál|nek|nak|ban|ben|ből|ból|hoz|hez|höz|ko|n|en|ren|ri|ra|tik|rekin|rako|də|dən|ndə|nda|nin|së|ës)$/u;

/** The same in ASCII ("TRTde", "RTSa"): at least one capital letter, not "PhD", "CDs" handled as one capital word. */
const ASCII_ACRONYM_ENDING =
  /^((?=[0-9]*[A-Z])[A-Z0-9]{2,5})(?:de|da|te|ta|den|dan|ten|tan|nin|nın|a|u|e|om|ov|ova|nél|nál|nek|nak|ban|ben|ko|n|en|ren|ri|ra|tik|rekin|rako)$/;

/**
 * A class, locative or possessive prefix written joined to an acronym in the Bantu languages ("paZBC" at ZBC, "weZBC"
 * of ZBC, "dzeZBC" of ZBC in Shona; "kwiSABC" in Xhosa; Fortune, Shona Grammatical Constructions, ch. 4): one to three
 * lower-case letters, then the capitals.
 */
const PREFIXED_ACRONYM = /^\p{Ll}{1,3}((?=[0-9]*[A-Z])[A-Z0-9]{2,5})$/u;

/**
 * Slavic case endings on a Latin-script name ("novinarka Tanjuga", "Tanjugom", "dziennikarka Sputnika", "redaktor
 * Sputniku"; Wikipedia, "Serbo-Croatian grammar", "Polish grammar", "Czech declension"): the name is also looked up
 * without them. A stem of five letters at least, so that short names ("Mira" is no "Mir") keep theirs.
 */
const SLAVIC_LATIN = /^(\p{L}{5,}?)(?:ovi|om|em|ie|a|u|e)$/u;

/**
 * Estonian case endings written joined to a foreign name (inessive -is, elative -ist, allative -ile, comitative
 * -iga: "Töötan Baltnewsis", I work at Baltnews; Eesti keele käsiraamat, "Võõrnimede käänamine"), from a stem of five
 * letters.
 */
const FINNIC_LATIN = /^(\p{L}{5,}?)(?:is|ist|ile|iga)$/u;

function slavicLatin(lower: string): string | undefined {
  const m = SLAVIC_LATIN.exec(lower) ?? FINNIC_LATIN.exec(lower);
  return m && !CYRILLIC.test(lower) ? fold(m[1]!) : undefined;
}

/**
 * The name as written with one of those endings after it ("Sputnjiku", "Sputnika", "Baltnewsis" of "Sputnjik",
 * "Sputnik", "Baltnews"): still written as the outlet writes itself, capital and all.
 */
export function latinCaseOf(raw: string, name: string): boolean {
  return (
    raw.length > name.length && raw.startsWith(name) && slavicLatin(raw.toLowerCase()) === fold(name.toLowerCase())
  );
}

/**
 * The key prefix of a declined Latin-script word's stem (declinedStem): a separate key space, so that only the names
 * filed with their stems (lexicon.ts, `declines`) are found by it.
 */
export const DECLINED = '\u0001';

/**
 * Case endings of adjectives and nouns in the Slavic languages written in Latin script — Polish, Czech, Slovak,
 * Slovenian, Croatian, Serbian, Bosnian, Montenegrin — after folding diacritics (Wikipedia, "Polish grammar", "Czech
 * declension", "Slovak declension", "Slovene grammar", "Serbo-Croatian grammar"): "Polskie Radio" / "Polskiego Radia" /
 * "Polskim Radiu", "Telewizja Polska" / "Telewizji Polskiej", "Český rozhlas" / "Českého rozhlasu", "Česká televize" /
 * "Českou televizí", "Hrvatska radiotelevizija" / "Hrvatskoj radioteleviziji", "Radio-televizija Srbije". Longest
 * first; a stem keeps four letters at least, so that short words stay whole.
 */
const SLAVIC_LATIN_ENDINGS =
  'iego ego emu eho iho imu ych ich ymi imi ami ama ima ach ovi owi oga ome omu ega ijo iej ej oj ym im om em ou og ih ie ia iu io a e i o u y'.split(
    ' ',
  );

/**
 * Hungarian case suffixes written joined to a name, after folding (Wikipedia, "Hungarian noun phrases", the cases):
 * inessive -ban/-ben ("a Kossuth Rádióban"), adessive -nál/-nél ("a Duna Médiaszolgáltatónál"), allative, ablative,
 * delative, elative, dative, instrumental, illative, sublative, superessive. Taken off before the endings above.
 */
const HUNGARIAN_SUFFIXES = 'ban ben nal nel hoz hez tol rol bol nak nek val vel ba be ra re on en n'.split(' ');

/**
 * The stem of a Latin-script word under HUNGARIAN_SUFFIXES then SLAVIC_LATIN_ENDINGS (folded, lower case): the key both
 * sides compare, so a name and its case form meet whatever the language did to it.
 */
export function declinedStem(word: string, hungarian = true): string | undefined {
  if (!/^[\p{Script=Latin}]+$/u.test(word)) return undefined;
  let f = fold(word.toLowerCase());
  for (const e of hungarian ? HUNGARIAN_SUFFIXES : []) {
    if (f.length - e.length >= 4 && f.endsWith(e)) {
      f = f.slice(0, -e.length);
      break;
    }
  }
  // Polish locatives that alternate the stem's consonant (Wikipedia, "Polish morphology", consonant alternations):
  // -ta → -cie ("Gazeta Pomorska" / "w Gazecie Pomorskiej", the six-hundred-and-thirteenth set's staff line), -r →
  // -rze ("Kurier Lubelski" / "w Kurierze Lubelskim").
  if (f.length >= 7 && f.endsWith('cie')) return `${f.slice(0, -3)}t`;
  if (f.length >= 7 && f.endsWith('rze')) return `${f.slice(0, -3)}r`;
  for (const e of SLAVIC_LATIN_ENDINGS) if (f.length - e.length >= 4 && f.endsWith(e)) return f.slice(0, -e.length);
  return f;
}

/**
 * A word's declined keys: its stem, and the Slavic stem alone where a Hungarian suffix took a Slavic word's ending
 * ("Kuriera": -ra, then -e, left "kuri", not "kurier"; the sixty-eighth set's "Dziennikarka Kuriera Lubelskiego").
 */
function declinedKeys(raw: string): string[] {
  const declined = declinedStem(raw);
  if (!declined) return [];
  const slavicOnly = declinedStem(raw, false);
  return slavicOnly && slavicOnly !== declined ? [DECLINED + declined, DECLINED + slavicOnly] : [DECLINED + declined];
}

function keysOf(raw: string): string[] {
  const lower = raw.toLowerCase();
  if (ASCII.test(raw)) {
    const keys = [EXACT + raw, lower];
    const bare = turkicGenitive(lower);
    if (bare) keys.push(bare);
    const tk = TURKMEN_GENITIVE.exec(lower)?.[2];
    if (tk) keys.push(tk);
    const acro = ASCII_ACRONYM_ENDING.exec(raw)?.[1] ?? PREFIXED_ACRONYM.exec(raw)?.[1];
    if (acro) keys.push(EXACT + acro);
    const slavic = slavicLatin(lower);
    if (slavic) keys.push(slavic);
    if (!ASCII_ACRONYM.test(raw)) keys.push(...declinedKeys(raw));
    return keys;
  }
  const base = fold(stem(lower));
  const keys = [EXACT + raw, base];
  const genitive = turkicGenitive(lower);
  if (genitive && genitive !== base) keys.push(genitive);
  for (const k of joinedCaseKeys(lower)) if (!keys.includes(k)) keys.push(k);
  const slavic = /[\p{Script=Latin}]/u.test(lower) ? slavicLatin(lower) : undefined;
  if (slavic && !keys.includes(slavic)) keys.push(slavic);
  if (!ACRONYM.test(raw)) keys.push(...declinedKeys(raw));
  const acro = ACRONYM_ENDING.exec(raw)?.[1];
  if (acro && /\p{L}/u.test(acro) && caseEnding(raw.slice(acro.length))) keys.push(EXACT + acro);
  if (ARABIC.test(raw)) {
    for (const p of AR_PROCLITICS) {
      if (!base.startsWith(p) || base.length - p.length < 2) continue;
      keys.push(base.slice(p.length));
      if (p === 'لل') keys.push(`ال${base.slice(2)}`);
    }
  } else if (HANGUL.test(raw)) {
    for (const p of KO_PARTICLES)
      if (lower.endsWith(p) && lower.length - p.length >= 2) keys.push(fold(lower.slice(0, -p.length)));
  } else if (DEVANAGARI.test(raw) || BENGALI.test(raw) || ETHIOPIC.test(raw)) {
    // Postpositions glued to a name: Nepali "टेलिभिजनको" (of), Bengali "টেলিভিশনের", Amharic "የኢቢሲ" (of), "በኢቢሲ" (at),
    // both at once ("የኢቢሲን").
    for (const p of GLUED_AFTER)
      if (raw.endsWith(p) && raw.length - p.length >= 2) keys.push(fold(raw.slice(0, -p.length)));
    for (const p of GLUED_BEFORE) {
      if (!raw.startsWith(p) || raw.length - p.length < 2) continue;
      const rest = raw.slice(p.length);
      keys.push(fold(rest));
      if (rest.endsWith('ን') && rest.length >= 3) keys.push(fold(rest.slice(0, -1)));
    }
  }
  return keys;
}

/**
 * Apostrophes written as modifier letters (ʻ U+02BB, ʼ U+02BC: Uzbek "Oʻzbekiston", Ukrainian, Hawaiian) split a word
 * the way ' and ’ do, so that every spelling of a name ("O'zbekiston", "O‘zbekiston", "Oʻzbekiston") gives the same
 * words (Unicode, "Modifier Letter Turned Comma"; Uzbek Latin orthography writes oʻ, gʻ with it or with ' ‘ ’).
 */
const APOSTROPHE_LETTERS = /[\u02BB\u02BC]/g;

/** The words of a text with their offsets. An exec loop: matchAll clones the regex on every call. */
export function words(text: string): { raw: string; index: number }[] {
  const out: { raw: string; index: number }[] = [];
  // One character for one, so offsets into the text stay right.
  const s = text.includes('\u02BB') || text.includes('\u02BC') ? text.replace(APOSTROPHE_LETTERS, "'") : text;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) out.push({ raw: m[0], index: m.index });
  return out;
}

export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  for (const { raw, index } of words(text)) {
    const cjk = CJK_CHAR.test(raw);
    out.push({ raw, index, end: index + raw.length, keys: cjk ? [raw] : keysOf(raw), cjk });
  }
  return out;
}

/** One key per word of a list entry (the folded, stemmed form; exact for acronyms). */
export function keyOf(word: string): string {
  if (ASCII.test(word)) return ASCII_ACRONYM.test(word) ? EXACT + word : word.toLowerCase();
  return ACRONYM.test(word) ? EXACT + word : fold(stem(word.toLowerCase()));
}

export function has(set: ReadonlySet<string>, t: Tok): boolean {
  return t.keys.some((k) => set.has(k));
}

export const ASCII_ACRONYM = /^(?=[0-9]*[A-Z])[A-Z0-9]{2,5}$/;

export interface Clause {
  text: string;
  toks: Tok[];
  cjk: boolean;
  /** The clause holds a closed date range or an "until" year in the past (computed once). */
  past?: boolean;
  /** The clause ends at a question mark (src/lists/bio/clauses.ts): it binds no job. */
  question?: boolean;
}

export function clauseOf(text: string): Clause {
  return { text, toks: tokenize(text), cjk: CJK_CHAR.test(text) };
}
