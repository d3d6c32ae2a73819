/**
 * The states a bio's job titles place it in, by the language they are written in (src/lists/roles/title-languages.ts):
 * "Novinarka na HRT-u" is written in Croatia, Serbia, Bosnia, Montenegro, Slovenia or North Macedonia, which is
 * enough to tell Croatia's HRT from the hormone therapy, and Serbia's RTS from Senegal's.
 */
import { MAX_STATES, TITLE_LANGUAGES } from '../roles/title-languages';
import { STATE_LANGUAGES } from '../states-languages';
import { words } from './words';

interface TitlePlaces {
  /** One-word titles, lower case, with the states of their language. */
  single: Map<string, readonly string[]>;
  /** The same by stem (the title without its last vowel), for declined forms ("novinarku", "dziennikarzem"). */
  stems: Map<string, readonly string[]>;
  /** Titles of several words or with an apostrophe, and in unspaced scripts: substrings of the lower-cased text. */
  phrases: [string, readonly string[]][];
}

let compiled: TitlePlaces | undefined;

const FINAL_VOWEL = /[aeiouyаеиоуыяюієăâ]$/u;
/** Declined endings a title may take after its stem: three letters ("novinarkom", "muhabiriyim"). */
const MAX_ENDING = 3;
const INFLECTED = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]+$/u;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function tables(): TitlePlaces {
  if (compiled) return compiled;
  const statesOf = (langs: readonly string[]): string[] =>
    Object.entries(STATE_LANGUAGES)
      .filter(([, ls]) => ls.some((l) => langs.includes(l.lang)))
      .map(([code]) => code);
  const single = new Map<string, readonly string[]>();
  const stems = new Map<string, readonly string[]>();
  const phrases: [string, readonly string[]][] = [];
  for (const [langs, titles] of TITLE_LANGUAGES) {
    const states = statesOf(langs);
    if (!states.length || states.length > MAX_STATES) continue;
    for (const raw of titles) {
      const title = raw.normalize('NFC').toLowerCase();
      if (/[\s'’]/u.test(title) || UNSPACED.test(title)) {
        phrases.push([title, states]);
        continue;
      }
      single.set(title, states);
      if (INFLECTED.test(title)) stems.set(title.replace(FINAL_VOWEL, ''), states);
    }
  }
  compiled = { single, stems, phrases };
  return compiled;
}

/** The states whose languages the job titles in `text` are written in. */
export function placesOfTitles(text: string): string[] {
  const t = tables();
  const lower = text.normalize('NFC').toLowerCase();
  const out = new Set<string>();
  for (const { raw } of words(lower)) {
    let states = t.single.get(raw);
    if (!states && INFLECTED.test(raw)) {
      // The ending is letters of a case or a possessive, never a soft or hard sign (Russian водитель is no водител).
      for (let cut = 1; cut <= MAX_ENDING && !states; cut++)
        if (!/[ьъ]/u.test(raw.slice(-cut))) states = t.stems.get(raw.slice(0, -cut));
    }
    for (const s of states ?? []) out.add(s);
  }
  for (const [phrase, states] of t.phrases) if (lower.includes(phrase)) for (const s of states) out.add(s);
  return [...out];
}
