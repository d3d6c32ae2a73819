/**
 * What the content script takes from a profile page for the background to read (src/tiktok/snapshot.ts): the
 * embedded JSON's texts, the schema.org blocks and the profile's HTML. Taken as text, natively where possible; the
 * background parses them. Sending them is a structured copy on the page's main thread, so what the readers never
 * look at is left out when the page shows a complete profile (issue 15: on the real 2025 capture the message was
 * 340 KB and its copy ~10 ms a load; the profile's header, its grid's links and counts and the user-detail scope
 * are ~15 KB of it).
 */

import { EMBEDDED_IDS, SEL } from '../../src/tiktok/selectors';
import { userDetailText } from '../../src/tiktok/universal-slice';

const UNIVERSAL_ID: (typeof EMBEDDED_IDS)[number] = '__UNIVERSAL_DATA_FOR_REHYDRATION__';

/**
 * The embedded JSON's texts, unparsed (parsing them here was the page's main-thread time, issue 15). `profile`: the
 * header and grid are rendered, so the universal blob's interface strings (the status texts of an error page,
 * src/tiktok/status-text.ts) are not needed and only its user-detail scope goes; otherwise everything does.
 */
export function embeddedTexts(profile: boolean, doc: Document = document): { id: string; text: string }[] {
  return EMBEDDED_IDS.flatMap((id) => {
    const text = doc.querySelector(`script#${id}`)?.textContent;
    if (!text) return [];
    return [{ id, text: (profile && id === UNIVERSAL_ID && userDetailText(text)) || text }];
  });
}

export function ldJsonTexts(doc: Document = document): string[] {
  return [...doc.querySelectorAll(SEL.ldJson)].map((s) => s.textContent ?? '');
}

/** TikTok's profile container (every capture since 2023); earlier pages have none. */
const PROFILE_CONTAINER = '#main-content-others_homepage';

/**
 * The part of the page the DOM reader looks at, as HTML. As the page has it: the profile's container, else the
 * smallest ancestor of the heading that also holds the grid, else the body (a status page's message, a private
 * account's notice). With the heading and a grid rendered, less of it: the heading's branch (from the heading up to
 * the last ancestor without the grid: avatar, names, label, counts, bio) and the grid as its cards' links, views and
 * pinned marks (a real 2025 grid is 97 KB of image URLs and class names for 35 cards).
 */
export function profileHtml(heading: Element | undefined, doc: Document = document): string {
  const root = profileRoot(heading, doc);
  const grid = completeProfile(heading, doc) && root?.querySelector(SEL.postList);
  if (!root || !heading || !grid || !root.contains(heading) || grid.contains(heading) || heading.contains(grid))
    return root?.outerHTML ?? '';
  let branch = heading;
  for (let up = heading.parentElement; up && !up.contains(grid); up = up.parentElement) branch = up;
  return `${branch.outerHTML}${compactGrid(root)}`;
}

/** A complete profile: its heading and a grid are rendered (a status page or a private account has no grid). */
export function completeProfile(heading: Element | undefined, doc: Document = document): boolean {
  return !!heading && !!doc.querySelector(SEL.postList);
}

/** Where the page's profile is, as it was sent whole: the container, else the heading's ancestor with the grid. */
export function profileRoot(heading: Element | undefined, doc: Document = document): Element | null {
  const container = doc.querySelector(PROFILE_CONTAINER);
  if (container) return container;
  const grid = heading && doc.querySelector(SEL.postList);
  for (let el = heading?.parentElement; grid && el; el = el.parentElement) if (el.contains(grid)) return el;
  return doc.body;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

/**
 * The grid as the reader needs it (src/tiktok/dom.ts `readGrid`): the post link, views and pinned mark of each card
 * in `root` (2022–23 pages nest some cards outside the list element: the reader takes them all, so this does too).
 */
export function compactGrid(root: Element): string {
  let out = '';
  for (const item of root.querySelectorAll(SEL.postItem)) {
    const link = item.querySelector(SEL.postLink) ?? (item.matches(SEL.postLink) ? item : null);
    const href = link?.getAttribute('href');
    if (!href) continue;
    const views = item.querySelector(SEL.postViews)?.textContent ?? '';
    const pinned = item.querySelector(SEL.pinnedBadge) ? '<i data-e2e="video-card-badge"></i>' : '';
    out += `<div data-e2e="user-post-item"><a href="${escapeHtml(href)}"></a><b data-e2e="video-views">${escapeHtml(views)}</b>${pinned}</div>`;
  }
  return `<div data-e2e="user-post-item-list">${out}</div>`;
}
