/**
 * Evidence and reasons in the viewer's language. A signal result keeps its English `evidence` sentence (the CLI,
 * CSV and stored rows read it) and may also carry `say`: a message key of the catalogues (extension/i18n/signals)
 * with its arguments. The UIs render through `sayEvidence` with their own `t`, so src/ needs no extension API.
 *
 * CONTRACT (shared by the popover, popup and dashboard): call `sayEvidence(result, t)`, `sayThreshold(result, t)`
 * and `sayReason(a, t)`, optionally with the UI locale as a third argument (Intl's default locale otherwise, which
 * in an extension page is the browser's language); until a result carries `say`, or when the catalogue lacks the
 * key, the English sentence is shown.
 *
 * Arguments stay language-neutral until the UI renders them: a plain string is substituted as it is (as before
 * typed arguments existed); a number is formatted with `Intl.NumberFormat` in the UI locale; `{ n, compact }` as a
 * compact count ("215K", "21.5만", "21.5万"); `{ pct }` as a percentage; `{ region }` (ISO 3166-1 alpha-2) as the
 * region's name via `Intl.DisplayNames`; `{ text }` is page or list text (an outlet's proper name, a bio clause, a
 * list's name) shown as written; `{ say }` is a nested message (e.g. a typology's words), rendered the same way.
 */
// Imports nothing: src/signals/types.ts and src/verdict.ts import `Say` from here (lint forbids import cycles).

/** One substitution, language-neutral until rendered (see above). */
export type SayArg =
  | string
  | number
  | { n: number; compact?: boolean }
  | { pct: number }
  | { region: string }
  | { text: string }
  | { say: Say };

/** A message key and its substitutions, in `chrome.i18n.getMessage`'s order ($1, $2, …). */
export interface Say {
  key: string;
  args?: SayArg[];
}

/** The caller's message lookup: returns '' (or the key itself) when the catalogue has no such message. */
export type Translate = (key: string, args?: string[]) => string;

const regionNames = new Map<string, Intl.DisplayNames | null>();

function regionName(code: string, locale: string | undefined): string {
  const k = locale ?? '';
  if (!regionNames.has(k)) {
    try {
      regionNames.set(k, new Intl.DisplayNames(locale, { type: 'region' }));
    } catch {
      regionNames.set(k, null);
    }
  }
  try {
    return regionNames.get(k)?.of(code.toUpperCase()) ?? code;
  } catch {
    return code; // not a region code Intl knows: shown as written
  }
}

/** Page text substituted as a numbered mark (U+E000 n U+E001, private use) when a caller asks for pieces. */
const MARK = /\uE000(\d+)\uE001/;

/**
 * One argument as text in the UI locale; undefined when a nested message is missing from the catalogue. With
 * `marks`, page text (and plain string arguments) is collected there and replaced by a mark (see `sayPieces`).
 */
export function sayArg(a: SayArg, t: Translate, locale?: string, marks?: string[]): string | undefined {
  if (typeof a === 'string' || (typeof a === 'object' && 'text' in a)) {
    const text = typeof a === 'string' ? a : a.text;
    if (!marks) return text;
    marks.push(text);
    return `\uE000${marks.length - 1}\uE001`;
  }
  if (typeof a === 'number') return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(a);
  if ('n' in a) {
    const compact = a.compact && Math.abs(a.n) >= 10_000;
    return new Intl.NumberFormat(locale, compact ? { notation: 'compact' } : { maximumFractionDigits: 1 }).format(a.n);
  }
  if ('pct' in a) return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(a.pct);
  if ('region' in a) return regionName(a.region, locale);
  return lookup(a.say, t, locale, marks);
}

function lookup(say: Say, t: Translate, locale: string | undefined, marks?: string[]): string | undefined {
  const args: string[] = [];
  for (const a of say.args ?? []) {
    const s = sayArg(a, t, locale, marks);
    if (s === undefined) return undefined;
    args.push(s);
  }
  const text = t(say.key, args.length ? args : undefined);
  return text && text !== say.key && !text.startsWith(`${say.key}: `) ? text : undefined;
}

/** A message in the UI language, or `fallback` (the English sentence) when there is none or the catalogue lacks it. */
export function sayText(say: Say | undefined, fallback: string, t: Translate, locale?: string): string {
  return (say && lookup(say, t, locale)) || fallback;
}

/** A run of a rendered message: the catalogue's words, or page text (`page`) as the page or a list wrote it. */
export interface SayPiece {
  text: string;
  page?: boolean;
}

/**
 * A message split into the catalogue's words and page text, so that a UI can mark page text (its own language, a
 * `data-page-text` for tests that look for stray English); the English fallback is one piece of its own.
 */
export function sayPieces(say: Say | undefined, fallback: string, t: Translate, locale?: string): SayPiece[] {
  const marks: string[] = [];
  const text = say && lookup(say, t, locale, marks);
  if (!text) return [{ text: fallback }];
  const out: SayPiece[] = [];
  const parts = text.split(MARK);
  // split() with one capture group alternates text and mark numbers.
  parts.forEach((part, i) => {
    if (i % 2) out.push({ text: marks[Number(part)] ?? '', page: true });
    else if (part) out.push({ text: part });
  });
  return out;
}

export function sayEvidence(r: { evidence: string; say?: Say }, t: Translate, locale?: string): string {
  return sayText(r.say, r.evidence, t, locale);
}

/** What the value was held against, in words: the English `threshold` (a number as written) as the fallback. */
export function sayThreshold(
  r: { threshold: number | string; sayThreshold?: Say },
  t: Translate,
  locale?: string,
): string {
  return sayText(r.sayThreshold, String(r.threshold), t, locale);
}

export function sayReason(a: { reason: string; reasonSay?: Say }, t: Translate, locale?: string): string {
  return sayText(a.reasonSay, a.reason, t, locale);
}
