/**
 * Media-job vocabulary: the words that distinguish "works for an outlet" from "mentions an outlet" in a bio.
 *
 * What it is for: the bio reader (src/lists/bio/index.ts) looks, clause by clause, for a MEDIA_ROLES title tied to an
 * outlet by an EMPLOYER_CONNECTORS word or an OUTLET_NOUNS word ('Reporter at CGTN', 'ведущая телеканала RT',
 * '新华社记者' with no connector at all), for an EMPLOYMENT_PHRASES phrase before an outlet ('working for RT') or an
 * EMPLOYMENT_AFTER_OUTLET word after it ("TRT'de çalışıyorum"), or a production credit (CREDITS_BEFORE, CREDITS_AFTER:
 * "produced with China Daily", "与 CGTN 合作拍摄"). NAMES_THAT_ARE_WORDS are outlet names that need an
 * explicit tie. Matching is the reader's business; these are word lists only.
 *
 * How it is maintained: by hand, facts of usage only (ordinary dictionary job titles and function words of each
 * language); the source for each entry is the language's standard vocabulary, so no per-row citation applies. All
 * entries are lower case (case-less scripts as written), trimmed and unique (tests/unit/lists.test.ts checks it). Add
 * feminine and plural forms where a language inflects them; do not add generic words ('writer' is kept because bios
 * use it as a title, 'analyst' is not).
 *
 * Notes on word order: several languages put the outlet before the role or the verb after it ('TRT muhabiri',
 * "TRT'de çalışıyorum", '新华社记者', 'در پرس تی وی کار می‌کنم', 'KCNA 기자'), and Russian, Arabic and Persian often tie
 * them with the genitive, iḍāfa or ezafe and no connector ('корреспондент ТАСС', 'مراسل قناة العالم').
 */

export { BEATS } from './beats';
export { CREDITS_AFTER, CREDITS_BEFORE } from './credits';
export {
  EMPLOYMENT_AFTER_FOR,
  EMPLOYMENT_AFTER_OUTLET,
  EMPLOYMENT_PHRASES,
  FOR_BEFORE_OUTLET,
  PRESENTING_VERBS,
} from './employment';
export { NAMES_THAT_ARE_WORDS } from './names-that-are-words';
export { EMPLOYER_CONNECTORS, OUTLET_NOUNS } from './ties';
export { DIRECTOR_TITLES, isDirectorTitle, MEDIA_ROLES, STATE_TITLE_ABBREVIATIONS } from './titles';
