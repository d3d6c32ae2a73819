/**
 * Context: whether an outlet is named to be criticised, studied or monitored, denied, parodied or disclaimed, for a
 * mention and for a binding.
 */
import { type Cue, KIN_BY_GENITIVE, KIN_LINKS, LIKING_LINKS, SYMBOL_AFTER, SYMBOL_BEFORE, SYMBOL_END } from './cues';
import { type Binding, distance, nameEnd, type RoleHit, SEGMENT_BREAK, WINDOW } from './employment';
import type { Hit } from './lexicon';
import { type OutletName, ties } from './tables';
import type { BioContext } from './types';
import { type Clause, has, TOKEN, tokenize } from './words';

const PRIORITY: BioContext[] = [
  'parody',
  'negation',
  'critic',
  'factcheck',
  'research',
  'guest',
  'relative',
  'disclaimer',
];

export function stronger(a: BioContext | undefined, b: BioContext | undefined): BioContext | undefined {
  if (!a) return b;
  if (!b) return a;
  return PRIORITY.indexOf(a) <= PRIORITY.indexOf(b) ? a : b;
}

/** The thing named right after the outlet, when it makes the outlet's name part of another name. */
function productAfter(c: Clause, name: Hit<OutletName>, cues: Hit<Cue>[]): BioContext | undefined {
  const next = cues.find((h) => h.index >= name.end);
  if (!next?.item.product) return undefined;
  if (/^[\s\-‐‑'’»》」]{0,2}$/u.test(c.text.slice(name.end, next.index))) return next.item.product;
  // A case ending joined to the name, or one postposition, then the word: "AzTV-nin qonağı", "CGTN:n vieraana",
  // "आकाशवाणी में अतिथि" (the outlet's guest).
  const from = nameEnd(c.text, name.end);
  if (from > next.index) return undefined;
  const gap = tokenize(c.text.slice(from, next.index));
  const rest = c.text.slice(from, next.index).replace(TOKEN, '');
  if (!/^[\s»》」]*$/u.test(rest)) return undefined;
  return gap.length === 0 || (gap.length === 1 && has(ties().after, gap[0]!)) ? next.item.product : undefined;
}

/**
 * Portuguese "no" (em + o, "in the") before a newsroom's noun: "Escrevo sobre economia no jornal Notícias" (the
 * two-hundredth set's staff line was read as a denial), "Repórter no Telejornal da TPA". Dictionary sense; the nouns a
 * newsroom is named by.
 */
const PT_IN_THE =
  /^\s?(?:jornal|canal|telejornal|programa|noticiário|diário|semanário|site|portal|ar|estúdio|serviço|departamento)(?![\p{L}])(?!\s+(?:oficial|afiliad[oa]))/iu;
/**
 * … only after a word, not opening the bio or a clause, nor after punctuation: "No canal oficial de RT", "Periodista
 * independiente, no canal de RT", "Não, no canal da TPA não trabalho" are denials and fans (a review of RULES_VERSION
 * 96).
 */
const AFTER_A_WORD = /[\p{L}\p{N}]\s+$/u;

/** A Turkish or Azerbaijani title ending in the genitive (-nin, -nın, -nun, -nün): "muhabirinin", "müxbirinin". */
const GENITIVE_END = /\p{L}(?:nin|nın|nun|nün)$/u;
/** A Turkic title in the possessive of a compound ("TRT spikeri", "AzTV aparıcısı"), and kin with "my" (-m). */
const POSSESSIVE_END = /\p{L}(?:i|ı|u|ü|si|sı|su|sü)$/u;
const MY_KIN = /^(?:annem|babam|eşim|anam|atam|qardaşım|bacım|həyat yoldaşım)$/u;

// The writer only ("I", "we", "my work"), not a relative's or another's ("Baba yangu ni …", "Yeye ni …"), and not a
// past, a hope, a joke, a fake, a dream or a fan's (a review of RULES_VERSION 108).
const SW_PERSON_BEFORE = /(?:^|\s)(?:mimi|sisi|kazi yangu)\s+$/iu;
const SW_NOT_MINE = /(?<!\p{L})(?:zamani|mtarajiwa|utani|feki|ndoto\p{L}*|siku moja|shabiki|si mimi)(?!\p{L})/iu;

/** Is the negation before `start` in the same stretch, or a closing negation after `end`? */
function negated(c: Clause, start: number, end: number, cues: Hit<Cue>[]): boolean {
  return cues.some((h) => {
    if (
      h.item.kind === 'negation' &&
      /^no$/iu.test(c.text.slice(h.index, h.end)) &&
      PT_IN_THE.test(c.text.slice(h.end)) &&
      AFTER_A_WORD.test(c.text.slice(0, h.index))
    ) {
      return false;
    }
    // Swahili "ni" is "is", not Spanish or French "nor": "Mimi ni mtangazaji wa TBC" (the three-hundredth set's staff),
    // after the writer's own "I", "we", "my work" (TUKI).
    if (
      h.item.kind === 'negation' &&
      /^ni$/iu.test(c.text.slice(h.index, h.end)) &&
      SW_PERSON_BEFORE.test(c.text.slice(0, h.index)) &&
      !SW_NOT_MINE.test(c.text)
    ) {
      return false;
    }
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

/** cues.ts KIN_BY_GENITIVE, and the genitive ("wa", "ya", "w'") that must stand alone between one and the title. */
const KIN_OF_WORDS: ReadonlySet<string> = new Set(KIN_BY_GENITIVE);
const KIN_OF = /^\s*(?:wa|ya|w['’]|y['’])\s*$/u;

/** "and" between kin and a title makes two facts of one person: "Mom & CGTN anchor", "Жена и ведущая RT". */
const AND = /(?:^|\s)(?:&|\+|and|y|e|et|und|и|та|і|و|ve|và|dan|na|oraz|és)(?:\s|$)/iu;

/** What the clause says about the outlet it names. */
export function mentionContext(c: Clause, name: Hit<OutletName>, cues: Hit<Cue>[]): BioContext | undefined {
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
  // A guest's words before the name ("interviewed by CGTN", "as seen on RT"); after it they may be the outlet's own
  // programme list ("CGTN Africa: news, interviews, documentaries").
  if (cues.some((h) => h.item.kind === 'guest' && h.end <= name.index)) ctx = stronger(ctx, 'guest');
  // A checking word before the name: the outlet is what is checked ("تفنيد اليوم: خبر سانا …"). After it, the outlet
  // may be the subject ("CGTN: debunking Western fakes", an outlet's own line): not read as checked.
  if (cues.some((h) => h.item.kind === 'factcheck' && h.end <= name.index)) ctx = stronger(ctx, 'factcheck');
  return ctx;
}

/**
 * What rules a binding out inside its clause. Criticism and research count when they come before the binding or
 * right after the outlet's name ("RT = lies", "CGTN propaganda"), not when the title stands between them
 * ("CGTN reporter exposing US lies" describes the reporter's work).
 */
/** Only the given linking words between a liking or a kin word and the title (LIKING_LINKS, KIN_LINKS). */
function onlyLinks(between: string, links: ReadonlySet<string>): boolean {
  return (
    /^[\s'’]*$/u.test(between.replace(TOKEN, '')) && tokenize(between).every((w) => links.has(w.raw.toLowerCase()))
  );
}

export function bindingContext(c: Clause, b: Binding, cues: Hit<Cue>[], roles: RoleHit[]): BioContext | undefined {
  const product = productAfter(c, b.name, cues);
  if (product) return product;
  if (negated(c, b.start, b.end, cues)) return 'negation';
  // … or ending the byline's clause, after a beat or a place ("Reporter, CGTN sports 🤡", "Journalist | CGTN | Beijing
  // 👎": a review of RULES_VERSION 84).
  if (symbolNear(c.text, b.start, b.name.end) || SYMBOL_END.test(c.text)) {
    if (!cues.some((h) => h.item.kind === 'disclaimer')) return 'critic';
  }
  let ctx: BioContext | undefined;
  for (const h of cues) {
    const kind = h.item.kind;
    if (kind === 'relative' || kind === 'fan') {
      // Kin or a viewer's liking before the title, in the same comma-free stretch: the title is someone else's
      // ("Daughter of an RT correspondent", "I love CGTN presenters").
      const between = c.text.slice(h.end, b.start);
      const kin = c.text.slice(h.index, h.end).toLowerCase();
      if (KIN_OF_WORDS.has(kin) && !KIN_OF.test(between)) continue;
      if (h.item.rightBefore && !onlyLinks(between, kind === 'fan' ? LIKING_LINKS : KIN_LINKS)) continue;
      // (a right-before kin word's links were read above: Romanian "e" is "is" there, "Fiica mea e prezentatoare …")
      const and = !h.item.rightBefore && AND.test(between);
      if (h.end <= b.start && !SEGMENT_BREAK.test(between) && !and && distance(between) <= 4) {
        ctx = stronger(ctx, kind === 'fan' ? 'parody' : 'relative');
      }
      // … or kin right after a title in the Turkic genitive: "TRT muhabirinin eşiyim" (I am the TRT reporter's wife),
      // "… müxbirinin həyat yoldaşı" (a review of RULES_VERSION 96).
      if (kind === 'relative' && h.index >= b.end && GENITIVE_END.test(c.text.slice(b.start, b.end))) {
        if (/^\s+$/u.test(c.text.slice(b.end, h.index))) ctx = stronger(ctx, 'relative');
      }
      // … or the title in its possessive, then "(my) mother" and the like as the sentence's subject: "TRT'nin spikeri
      // benim annem" (TRT's announcer is my mother; TDK), "AzTV aparıcısı mənim atam"
      if (kind === 'relative' && h.index >= b.end && POSSESSIVE_END.test(c.text.slice(b.start, b.end))) {
        const kinWord = c.text.slice(h.index, h.end).toLowerCase();
        const between = c.text.slice(b.end, h.index);
        // (the kin word the sentence's end, or its copula or "not": "TRT muhabiri annem ile yaşıyorum" is a reporter
        // living with her mother; a review of RULES_VERSION 149)
        const closes = /^(?:\s*(?:dır|dir|dur|dür|değil\p{L}*))?(?:[\s\p{P}]|\p{Extended_Pictographic}|\ufe0f)*$/u.test(
          c.text.slice(h.end),
        );
        if (MY_KIN.test(kinWord) && /^\s+(?:(?:benim|mənim)\s+)?$/iu.test(between) && closes)
          ctx = stronger(ctx, 'relative');
      }
      continue;
    }
    if (kind !== 'critic' && kind !== 'research' && kind !== 'parody' && kind !== 'guest' && kind !== 'factcheck')
      continue;
    if (kind === 'parody') return 'parody';
    if (h.end <= b.start) ctx = stronger(ctx, kind);
    else if (kind === 'guest' || kind === 'factcheck') continue;
    else if (h.index >= b.name.end && h.index - b.name.end <= WINDOW) {
      const between = c.text.slice(b.name.end, h.index);
      const roleBetween = roles.some((r) => r.index >= b.name.end && r.end <= h.index);
      if (!roleBetween && !SEGMENT_BREAK.test(between) && distance(between) <= 2) ctx = stronger(ctx, kind);
    }
  }
  return ctx;
}
