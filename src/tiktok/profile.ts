/**
 * THE profile reader: one page -> one Observation of the account in the URL, for the content script (the live
 * document), the command-line scorer (a saved file) and the watchlist (fetched HTML in the service worker). Only the
 * way the page is held differs (a PageSource); what is read, in which order and what is trusted is decided here.
 *
 * Sources, weakest first, each refining the one before: the rendered DOM (rounded counts, the grid, pinned marks),
 * the schema.org block (exact followers and likes), the embedded JSON of the page's era (exact counts where TikTok
 * gives them, the status code, posts with descriptions). Nothing is taken from the logged-in viewer's objects.
 */
import { readDom } from './dom';
import { EMBEDDED_SCRIPTS, translationsOf } from './embedded';
import { ldJsonHandle, parseLdJson, readLdJson } from './ld-json';
import { mergeObservations } from './merge';
import { handleFromProfileUrl, normaliseHandle, type Observation } from './observation';
import { SEL, VIDEO_HREF } from './selectors';
import { type StatusPhrases, statusPhrases } from './status-text';

/** Largest embedded JSON parsed: real pages carry well under 1 MB; a bigger one is hostile or broken. */
export const MAX_JSON_CHARS = 8_000_000;

/** A page, however it is held. */
export interface PageSource {
  /** The text of `<script id="…">`, or undefined. */
  script(id: string): string | undefined;
  /** The texts of the `application/ld+json` blocks. */
  ldJson(): string[];
  /** The rendered DOM; absent where there is none (the service worker holds HTML as a string). */
  root?: ParentNode;
  /**
   * The rendered DOM's reading when the DOM was read elsewhere (the content script's snapshot, snapshot.ts), given
   * the status phrases of the page's language; used instead of `root`.
   */
  dom?(phrases: StatusPhrases): Observation | undefined;
  /** Without a DOM: the visible text (no scripts or styles), for status messages. */
  visibleText?(): string;
  /** Without a DOM: whether a verification wall is shown. */
  wall?(): boolean;
  /** The canonical profile URL the page names (`<link rel=canonical>`, `og:url`). */
  canonical?(): string | undefined;
}

export interface EmbeddedData {
  id: (typeof EMBEDDED_SCRIPTS)[number]['id'];
  data: unknown;
}

/**
 * The embedded JSON of every era the page carries, parsed. A document writes it once: the content script keeps
 * the result for the document's lifetime instead of parsing it again on every read.
 */
export function parseEmbedded(src: PageSource): EmbeddedData[] {
  const out: EmbeddedData[] = [];
  for (const { id } of EMBEDDED_SCRIPTS) {
    const text = src.script(id);
    if (!text || text.length > MAX_JSON_CHARS) continue;
    try {
      out.push({ id, data: JSON.parse(text) });
    } catch {
      // a truncated or hostile blob is no data
    }
  }
  return out;
}

export interface ReadContext {
  /** The account in the URL (normalised): the only account an observation may be about. */
  handle: string;
  /** When the page was seen (Unix ms); ages and recencies are measured from it. */
  observedAt: number;
  /**
   * The handle of the document's own URL when it was loaded. After in-app navigation the embedded JSON, the
   * schema.org block and any status message still describe that first account: when it differs from `handle`,
   * none of them is trusted, and the status comes from the page's API answers instead.
   */
  documentHandle?: string;
  /** The parsed embedded JSON, when the caller keeps it (parseEmbedded); else it is parsed here. */
  embedded?: readonly EmbeddedData[];
}

function safely<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined; // a changed page shape must never throw out of a reader
  }
}

export function readProfile(src: PageSource, ctx: ReadContext): Observation {
  const { handle, observedAt } = ctx;
  const navigated = ctx.documentHandle !== undefined && ctx.documentHandle !== handle;
  const embedded = ctx.embedded ?? parseEmbedded(src);
  // The interface strings are the document's, whichever account it now shows: usable after navigation too.
  const translations = embedded.map((e) => translationsOf(e.data)).find((t) => t !== undefined);
  const phrases = statusPhrases(translations);

  let fromJson: Observation | undefined;
  if (!navigated) {
    for (const { id, data } of embedded) {
      const era = EMBEDDED_SCRIPTS.find((s) => s.id === id);
      fromJson = era ? safely(() => era.read(data, handle, observedAt)) : undefined;
      if (fromJson) break;
    }
  }
  const fromLd = safely(() => readLdJson(parseLdJson(src.ldJson()), handle, observedAt));
  let fromDom = src.dom
    ? safely(() => src.dom?.(phrases))
    : src.root
      ? safely(() => readDom(src.root as ParentNode, handle, observedAt, phrases))
      : undefined;
  // A status message on a navigated page may be the previous page's, still on screen.
  if (navigated && fromDom && !fromDom.user) fromDom = undefined;
  // A status-only answer beside this account's rendered header is stale (the document's first URL was a status page).
  if (fromJson && !fromJson.user && fromDom?.user) fromJson = undefined;

  let obs: Observation | undefined = fromDom;
  for (const extra of [fromLd, fromJson]) if (extra) obs = obs ? mergeObservations(obs, extra) : extra;
  // The JSON is authoritative for the status (its code) and names the source.
  if (obs && fromJson) obs = { ...obs, status: fromJson.status, source: fromJson.source };
  if (obs) return obs;

  if (!src.root && !src.dom && !navigated) {
    if (src.wall?.()) return { handle, status: 'wall', source: 'dom', observedAt, posts: [] };
    const status = phrases.match(src.visibleText?.() ?? '');
    if (status === 'missing' || status === 'banned') return { handle, status, source: 'dom', observedAt, posts: [] };
  }
  return { handle, status: 'unreadable', source: 'dom', observedAt, posts: [] };
}

/**
 * The account a saved page is about, when no URL says it: its canonical URL, its schema.org block, then the
 * profile its embedded JSON was rendered for — never the logged-in viewer that JSON also carries.
 */
export function profileHandle(src: PageSource, embedded = parseEmbedded(src)): string | undefined {
  const canonical = src.canonical?.();
  const fromUrl = canonical ? handleFromProfileUrl(canonical) : undefined;
  if (fromUrl) return fromUrl;
  const fromLd = safely(() => ldJsonHandle(parseLdJson(src.ldJson())));
  if (fromLd) return fromLd;
  for (const { id, data } of embedded) {
    const h = safely(() => EMBEDDED_SCRIPTS.find((s) => s.id === id)?.handle(data));
    if (h) return h;
  }
  return src.root ? safely(() => headingHandle(src.root as ParentNode)) : undefined;
}

const HANDLE_LIKE = /^@?[\p{L}\p{N}._]{1,24}$/u;

/**
 * Last resort for a page with nothing but its rendered header: the header heading that reads as a handle. Which of
 * the two headings holds the handle changed between eras (selectors.ts), so a heading counts only when the grid's
 * post links name the same account, or when it is the only handle-like heading.
 */
function headingHandle(root: ParentNode): string | undefined {
  const texts = [...root.querySelectorAll(SEL.titleHeadings)]
    .map((el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .filter((t) => HANDLE_LIKE.test(t))
    .map(normaliseHandle);
  const candidates = [...new Set(texts)];
  const inGrid = new Set(
    [...root.querySelectorAll(SEL.postLink)].flatMap((a) => {
      const m = VIDEO_HREF.exec(a.getAttribute('href') ?? '');
      return m?.[1] ? [normaliseHandle(m[1])] : [];
    }),
  );
  return candidates.find((h) => inGrid.has(h)) ?? (candidates.length === 1 ? candidates[0] : undefined);
}
