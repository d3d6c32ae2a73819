/**
 * Clauses: a bio split at line breaks, sentence ends, "|", "•", "·", ";", emoji bullets and "/" between items,
 * never inside an outlet's name.
 */
import { exRole } from './employment';
import { find } from './lexicon';
import { getTables, type OutletTables, outletsIn, type Tables } from './tables';
import { MAX_BIO_CHARS } from './types';
import { type Clause, clauseOf } from './words';

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

/** A run of media emoji (television, radio, microphone, newspaper, camera, antenna) used as a byline's tie. */
const MEDIA_RUN = /^(?:(?:📺|📻|🎙|🎤|📰|🗞|🎥|📹|📡)\ufe0f?)+$/u;

/** The piece is one outlet's name and nothing else ("CRTV"): what a byline puts after a media emoji. */
function onlyName(text: string, outlets: OutletTables): boolean {
  const c = clauseOf(text.trim());
  const names = outletsIn(c, outlets);
  return names.length === 1 && c.toks.every((tok) => names[0]!.index <= tok.index && tok.end <= names[0]!.end);
}

export function splitClauses(bio: string, outlets: OutletTables): Clause[] {
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
    // "Présentatrice du JT de 20h 📺 CRTV | …": a media emoji between a title and an outlet standing alone is the
    // byline's tie, not a break (src/lists/bio/employment.ts, the 'emoji' tie). Only when nothing but the name follows
    // up to the next break, so "📺 CRTV fan" or "🎙 | CGTN" stay apart.
    if (m[2] && MEDIA_RUN.test(m[2])) {
      BREAK.lastIndex = 0;
      const next = text.slice(at + m[0].length).search(BREAK);
      const piece = text.slice(at + m[0].length, next < 0 ? undefined : at + m[0].length + next);
      if (/^\s/.test(piece) && onlyName(piece, outlets)) continue;
    }
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
