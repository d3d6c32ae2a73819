/**
 * Matching page text against the outlet, state and role tables. Names are matched as whole words in scripts that
 * separate words, as substrings in scripts that do not (Chinese, Japanese); short all-caps acronyms ("RT", "TASS")
 * only in capitals, so that "rt" inside a word or a sentence never counts.
 */
import { STATE_OUTLETS, type StateOutlet } from './outlets';
import { EMPLOYER_CONNECTORS, EMPLOYMENT_PHRASES, MEDIA_ROLES } from './roles';
import { STATE_IDENTITIES, type StateIdentity } from './states';

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

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
}

const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

function words(text: string): { w: string; index: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ w: m[0], index: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

function compile<T>(rows: readonly T[], names: (row: T) => string[]): Compiled<T> {
  const byFirstWord = new Map<string, Entry<T>[]>();
  const substrings: { name: string; item: T }[] = [];
  for (const item of rows) {
    for (const raw of names(item)) {
      const name = raw.normalize('NFKC').trim();
      const ws = words(name).map((x) => x.w);
      if (!name) continue;
      if (UNSPACED.test(name) || ws.length === 0) {
        substrings.push({ name, item });
        continue;
      }
      const acronym = isAcronym(name);
      const entry = { words: acronym ? ws : ws.map((w) => w.toLowerCase()), acronym, item };
      const key = entry.words[0]!.toLowerCase();
      const list = byFirstWord.get(key) ?? [];
      list.push(entry);
      byFirstWord.set(key, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord, substrings };
}

let outletNames: Compiled<StateOutlet> | undefined;
let stateNames: Compiled<StateIdentity> | undefined;

function findAll<T>(compiled: Compiled<T>, text: string): Mention<T>[] {
  const t = text.normalize('NFKC');
  const found: Mention<T>[] = [];
  const ws = words(t);
  for (let i = 0; i < ws.length; i++) {
    const candidates = compiled.byFirstWord.get(ws[i]!.w.toLowerCase());
    const hit = candidates?.find((e) =>
      e.words.every((w, k) => {
        const got = ws[i + k]?.w;
        return got !== undefined && (e.acronym ? got === w : got.toLowerCase() === w);
      }),
    );
    if (!hit) continue;
    const last = ws[i + hit.words.length - 1]!;
    found.push({ item: hit.item, name: t.slice(ws[i]!.index, last.end), index: ws[i]!.index, end: last.end });
    i += hit.words.length - 1;
  }
  for (const { name, item } of compiled.substrings) {
    for (let at = t.indexOf(name); at >= 0; at = t.indexOf(name, at + name.length)) {
      found.push({ item, name, index: at, end: at + name.length });
    }
  }
  // Longest mention first at each place, then in reading order; drop mentions inside a longer one.
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  return found.filter((m, i) => !found.slice(0, i).some((o) => o.index <= m.index && o.end >= m.end));
}

export function findOutletMentions(text: string): Mention<StateOutlet>[] {
  outletNames ??= compile(STATE_OUTLETS, (o) => o.aliases);
  return findAll(outletNames, text);
}

export function findStateMentions(text: string): Mention<StateIdentity>[] {
  stateNames ??= compile(STATE_IDENTITIES, (s) => [...s.names, s.flag]);
  return findAll(stateNames, text);
}

/** A bio link against the registry's domains (indexed by domain suffix): moved to registry/match-domain.ts. */
export { hostOf, outletForLink } from './registry/match-domain';

let roleIndex: Compiled<string> | undefined;
let phraseIndex: Compiled<string> | undefined;
/** What may sit between an outlet and a role after it: "RT's correspondent", Turkish "TRT'de muhabir", "CGTN | host". */
const AFTER_OUTLET = /^(?:['’]\p{L}{0,4})?[\s,:|·•-]{0,4}/u;

/** Clause breaks: a role and an outlet on either side of one are not one statement. */
const CLAUSE_BREAK = /[.!?;。！？；\n]/;
/** Past employment words (English, German, Russian, French, Spanish, Portuguese, Chinese, Korean, Turkish). */
const FORMER =
  /(?:former|ex-|ex |previously|formerly|used to|retired|ehemalig|бывш|ancien|antiguo|antigua|ex-|antigo|前|曾|원래|전 |eski )/i;

export interface EmploymentMatch {
  outlet: StateOutlet;
  phrase: string;
  former: boolean;
}

/**
 * A bio that names an outlet as its writer's employer: a media role tied to the outlet ("Presenter @CGTN",
 * "host at RT", "CGTN reporter", "新华社记者", "корреспондент RT") or an employment phrase ("works at TASS").
 * A mention alone ("how RT spins a story") is not employment.
 */
export function findEmployment(bio: string): EmploymentMatch | undefined {
  const text = bio.normalize('NFKC');
  // Word indexes like the outlet names: a regex alternation of ~500 roles cost a second to compile (the bench).
  roleIndex ??= compile(MEDIA_ROLES, (r) => [r]);
  phraseIndex ??= compile(EMPLOYMENT_PHRASES, (p) => [p]);
  const connectors = EMPLOYER_CONNECTORS.map((c) => c.toLowerCase());
  for (const m of findOutletMentions(text)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const clause = before.split(CLAUSE_BREAK).pop() ?? '';
    let phrase: string | undefined;
    // Role or phrase, then at most a connector and punctuation, then the outlet.
    for (const r of [...findAll(roleIndex, clause), ...findAll(phraseIndex, clause)]) {
      const gap = clause
        .slice(r.end)
        .trim()
        .toLowerCase()
        .replace(/[\s,:|·•/()@-]+/g, ' ')
        .trim();
      if (gap === '' || connectors.includes(gap) || connectors.some((c) => gap === `${c} the`)) {
        phrase = `${r.name}${clause.slice(r.end)}${m.name}`;
      }
    }
    // Outlet, then the role ("CGTN presenter", "RT's correspondent", "新华社记者").
    const after = text.slice(m.end, m.end + 30);
    const skip = AFTER_OUTLET.exec(after)?.[0].length ?? 0;
    const roleAfter = findAll(roleIndex, after.slice(skip)).find((r) => r.index === 0);
    if (!phrase && roleAfter) phrase = `${m.name}${after.slice(0, skip + roleAfter.end)}`;
    if (phrase) {
      return { outlet: m.item, phrase: phrase.trim(), former: FORMER.test(clause.slice(-25)) };
    }
  }
  return undefined;
}
