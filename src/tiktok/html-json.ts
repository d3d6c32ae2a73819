/**
 * A profile page's HTML -> Observation without a DOM: a Chromium service worker has no DOMParser, so the
 * background's watchlist finds the embedded JSON script (tiktok-format.md: three eras) by string extraction and
 * hands the parsed JSON to the same readers the content script uses. Status pages and verification walls are told
 * apart by the markers in selectors.ts.
 */
import { EMBEDDED_SCRIPTS, parseJson } from './embedded';
import type { Observation } from './observation';
import { STATUS_TEXT } from './selectors';

/** Largest embedded JSON we parse (as page.ts): real pages carry well under 1 MB. */
const MAX_JSON_CHARS = 8_000_000;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text of `<script id="…">…</script>`, attributes in any order, quoted or not. Script bodies cannot contain
 * `</script` (the HTML tokenizer would end the element there), so the first one closes it.
 */
export function extractScriptText(html: string, id: string): string | undefined {
  const re = new RegExp(
    `<script\\b[^>]*?\\sid\\s*=\\s*(?:"${escapeRe(id)}"|'${escapeRe(id)}'|${escapeRe(id)}(?=[\\s>/]))[^>]*>([\\s\\S]*?)</script\\s*>`,
    'i',
  );
  return re.exec(html)?.[1];
}

/** The embedded JSON of whichever era the page carries, parsed, with the script id it came from. */
export function extractEmbeddedJson(html: string): { id: string; data: unknown }[] {
  const out: { id: string; data: unknown }[] = [];
  for (const { id } of EMBEDDED_SCRIPTS) {
    const text = extractScriptText(html, id);
    if (!text || text.length > MAX_JSON_CHARS) continue;
    const data = parseJson(text);
    if (data !== undefined) out.push({ id, data });
  }
  return out;
}

/** Verification walls: `#cs` ("Please wait…") or a captcha container, with no profile data (selectors.ts). */
const WALL = /\sid\s*=\s*["']?(?:cs|captcha-verify-container-main-page)["'\s>]|captcha-verify-container/i;

/** Tags and scripts out, for matching the status texts against what a reader would see. */
function visibleText(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, ' ')
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, ' ')
    .replace(/<[^>]+>/g, ' ');
}

/** The account `handle` as this page shows it; walls and unreadable pages come back as a status. */
export function readProfileHtml(html: string, handle: string, observedAt: number): Observation {
  for (const { id, data } of extractEmbeddedJson(html)) {
    const reader = EMBEDDED_SCRIPTS.find((s) => s.id === id)!;
    try {
      const obs = reader.read(data, handle, observedAt);
      if (obs) return obs;
    } catch {
      // a changed page shape must never throw out of a reader
    }
  }
  const status = WALL.test(html)
    ? 'wall'
    : STATUS_TEXT.missing.test(visibleText(html))
      ? 'missing'
      : STATUS_TEXT.banned.test(visibleText(html))
        ? 'banned'
        : 'unreadable';
  return { handle, status, source: 'dom', observedAt, posts: [] };
}
