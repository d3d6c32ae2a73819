/**
 * The two ways a page is held, as profile.ts's PageSource: a DOM (the live document, or a saved file parsed by
 * src/html/lite.ts) and an HTML string (the watchlist's fetched page in a service worker, which has no
 * DOMParser).
 */
import type { PageSource } from './profile';
import { SEL } from './selectors';

/**
 * `saved`: the page will not change (a file), so its scripts are looked up once — on a parsed file every selector
 * walks the whole tree, and four walks for four scripts were a tenth of the scorer's time. The live document is
 * queried afresh each time (TikTok rewrites its head on navigation).
 */
export function domSource(root: ParentNode, saved = false): PageSource {
  let scripts: Element[] | undefined;
  const all = () => {
    if (saved && !scripts) scripts = [...root.querySelectorAll('script')];
    return scripts;
  };
  return {
    root,
    script: (id) =>
      (all()?.find((s) => s.getAttribute('id') === id) ?? (saved ? null : root.querySelector(`script#${id}`)))
        ?.textContent ?? undefined,
    ldJson: () =>
      (
        all()?.filter((s) => s.getAttribute('type') === 'application/ld+json') ?? [...root.querySelectorAll(SEL.ldJson)]
      ).map((s) => s.textContent ?? ''),
    canonical: () =>
      root.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
      root.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
      undefined,
  };
}

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

const LD_JSON = /<script\b[^>]*\stype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
/** Verification walls: `#cs` ("Please wait…") or a captcha container, with no profile data (selectors.ts). */
const WALL = /\sid\s*=\s*["']?(?:cs|captcha-verify-container-main-page)["'\s>]|captcha-verify-container/i;
const CANONICAL = /<link\b[^>]*\brel\s*=\s*["']?canonical["']?[^>]*>/i;

/** Tags and scripts out, for matching the status texts against what a reader would see. */
function visibleText(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, ' ')
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, ' ')
    .replace(/<[^>]+>/g, ' ');
}

export function htmlSource(html: string): PageSource {
  return {
    script: (id) => extractScriptText(html, id),
    ldJson: () => [...html.matchAll(LD_JSON)].map((m) => m[1] ?? ''),
    visibleText: () => visibleText(html),
    wall: () => WALL.test(html),
    canonical: () => /\bhref\s*=\s*["']([^"']+)["']/i.exec(CANONICAL.exec(html)?.[0] ?? '')?.[1],
  };
}
