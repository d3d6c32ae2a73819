/**
 * The rendered profile page, read without any embedded JSON: header, abbreviated counts and the post grid.
 * Works on any DOM implementation with querySelector (the live page; htmlparser2 behind src/html/lite.ts in the
 * command-line scorer). Called through profile.ts, never alone.
 */

import { findHandleHeading, text } from './heading';
import { isObject } from './json';
import { colonLabelPrefix, isLabelText, labelSlot, mayBeLabelText } from './label';
import { userIdFromImageUrl } from './ld-json';
import { parseAbbreviatedCount, snowflakeSeconds } from './numbers';
import { normaliseHandle, type Observation, type PostSummary, type UserInfo } from './observation';
import { SEL, VIDEO_HREF } from './selectors';
import type { StatusPhrases } from './status-text';

type Root = ParentNode;

/** The bio link's real target: TikTok routes it through `/link/v2?…&target=<url>`. */
export function bioLinkTarget(a: Element | null): string | undefined {
  if (!a) return undefined;
  const href = a.getAttribute('href');
  if (href) {
    try {
      const u = new URL(href, 'https://www.tiktok.com');
      const target = u.searchParams.get('target');
      if (target) return target.slice(0, 2000);
      if (!/(^|\.)tiktok\.com$/.test(u.hostname)) return u.href.slice(0, 2000);
    } catch {
      // fall through to the visible text
    }
  }
  return text(a)?.slice(0, 2000);
}

/** Elements whose text a status message could be: leaves only, so script bodies (translation blobs) never match. */
const TEXT_LEAVES = 'h1, h2, h3, h4, p, span, div, strong';
const MAX_LEAVES = 4000;

/** The status a page's visible message states ("Couldn't find this account", in the viewer's language), if any. */
export function statusFromText(root: Root, phrases: StatusPhrases): 'missing' | 'private' | 'banned' | undefined {
  const scope = root.querySelector('main') ?? root;
  let n = 0;
  for (const el of scope.querySelectorAll(TEXT_LEAVES)) {
    if (++n > MAX_LEAVES) break;
    if (el.children.length > 0) continue;
    const t = el.textContent;
    if (!t || t.length > 300) continue;
    const status = phrases.match(t);
    if (status) return status;
  }
  return undefined;
}

function readGrid(root: Root, handle: string, nowSec: number): PostSummary[] {
  const posts: PostSummary[] = [];
  const seen = new Set<string>();
  for (const item of root.querySelectorAll(SEL.postItem)) {
    const link = item.querySelector(SEL.postLink) ?? (item.matches?.(SEL.postLink) ? item : null);
    const m = VIDEO_HREF.exec(link?.getAttribute('href') ?? '');
    if (!m?.[1] || !m[2] || normaliseHandle(m[1]) !== handle || seen.has(m[2])) continue;
    const createTime = snowflakeSeconds(m[2], nowSec);
    if (!createTime) continue;
    seen.add(m[2]);
    const post: PostSummary = { id: m[2], createTime, hashtags: [] };
    const views = parseAbbreviatedCount(text(item.querySelector(SEL.postViews)));
    if (views !== undefined) post.views = views;
    // The corner badge is the pinned marker, its text localised ("Épinglé", "已置頂"). The cell's whole text is not
    // searched for "pinned": 2022–23 cells carry the post's caption.
    if (item.querySelector(SEL.pinnedBadge)) post.pinned = true;
    posts.push(post);
  }
  return posts.sort((a, b) => b.createTime - a.createTime);
}

/**
 * TikTok's label under the name: its learn-more link (any language), else a short leaf of the header in the label's
 * words (label.ts). Never the bio, the nickname, the handle or the bio link: their text is the account's own.
 */
function labelOf(header: Element, heading: Element, nickname: Element | undefined): unknown {
  const own = (el: Element) =>
    el === nickname ||
    heading.contains(el) ||
    !!el.closest(SEL.bio) ||
    !!el.closest(SEL.link) ||
    nickname?.contains(el);
  for (const a of header.querySelectorAll(SEL.labelLink)) {
    if (own(a)) continue;
    const near = text(a.parentElement ?? a);
    return { learnMore: a.getAttribute('href')?.slice(0, 300), text: near && near.length < 120 ? near : undefined };
  }
  // The cheap tests first: most leaves of a header are counts and names without a label word (issue 15's traces:
  // the ancestor checks of `own` on every leaf were most of this loop).
  let colon: string | undefined;
  let loose: string | undefined;
  // Where TikTok puts the label: after the handle, before the counts, not in a link or a button (a LIVE banner, a
  // shop's button); a composed label is read from there only (a review of RULES_VERSION 99).
  // (The walk is in document order: between the heading and the counts.)
  const counts = header.querySelector(SEL.followingCount) ?? header.querySelector(SEL.followersCount);
  let afterHeading = false;
  let beforeCounts = counts !== null;
  for (const el of header.querySelectorAll('*')) {
    if (el === heading) afterHeading = true;
    if (el === counts) beforeCounts = false;
    if (el.children.length > 0) continue;
    const raw = el.textContent;
    if (!raw || raw.length > 1000 || !mayBeLabelText(raw) || own(el)) continue;
    const t = text(el);
    if (t === undefined || t.length >= 120) continue;
    if (isLabelText(t)) return t;
    colon ??= colonLabelPrefix(t) || labelSlot(t) ? t : undefined;
    if (loose === undefined && afterHeading && beforeCounts && !el.closest('a,button')) loose = t;
  }
  // A label after a colon's title, or with an adjective in its slot, is kept as its text only: it counts where the
  // prefix or the slot is a state's name (src/history/labels.ts). Failing those, the first other leaf with a media
  // word: it counts where it says "state" and "media" and nothing else (src/history/labels.ts, composedLabel).
  const candidate = colon ?? loose;
  return candidate === undefined ? undefined : { candidate };
}

/**
 * Status pages first (they have no header), then the header; undefined when the header shows another account.
 * `phrases`: the status texts in the page's language (status-text.ts).
 */
export function readDom(
  root: Root,
  handle: string,
  observedAt: number,
  phrases: StatusPhrases,
): Observation | undefined {
  const base = { handle, source: 'dom' as const, observedAt, posts: [] };
  if (root.querySelector(SEL.wall)) return { ...base, status: 'wall' };
  const heading = findHandleHeading(root, handle);
  if (!heading) {
    const status = statusFromText(root, phrases);
    return status === 'missing' || status === 'banned' ? { ...base, status } : undefined;
  }
  const nicknameEl = [...root.querySelectorAll(SEL.titleHeadings)].find((h) => h !== heading);
  const nickname = text(nicknameEl);
  // The header block: the nearest ancestor that also holds the counts or bio, for the label text and the mark.
  let header: Element = heading;
  for (let el = heading.parentElement, i = 0; el && i < 6; el = el.parentElement, i++) {
    header = el;
    if (el.querySelector(SEL.followersCount) || el.querySelector(SEL.bio)) break;
  }
  const label = labelOf(header, heading, nicknameEl);
  const user: UserInfo = { uniqueId: text(heading)?.replace(/^@/, '') ?? handle };
  if (nickname) user.nickname = nickname;
  const bio = text(root.querySelector(SEL.bio));
  if (bio) user.signature = bio;
  const link = bioLinkTarget(root.querySelector(SEL.link));
  if (link) user.bioLink = link;
  if (heading.querySelector(SEL.verifiedMark)) user.verified = true;
  const id = userIdFromImageUrl(root.querySelector(SEL.avatar)?.getAttribute('src'));
  const created = snowflakeSeconds(id, observedAt / 1000);
  if (id && created) {
    user.id = id;
    user.createTime = created;
  }
  if (isObject(label) && typeof label.candidate === 'string') {
    user.stateControlledMediaText = label.candidate;
  } else if (label !== undefined) {
    user.stateControlledMedia = label;
    const shown = typeof label === 'string' ? label : (label as { text?: string }).text;
    if (shown) user.stateControlledMediaText = shown;
  }
  const stats = {
    following: parseAbbreviatedCount(text(root.querySelector(SEL.followingCount))),
    followers: parseAbbreviatedCount(text(root.querySelector(SEL.followersCount))),
    likes: parseAbbreviatedCount(text(root.querySelector(SEL.likesCount))),
  };
  const posts = readGrid(root, handle, observedAt / 1000);
  // A private profile shows no grid at all; its message is looked for only then (the costliest read of a page).
  const grid = posts.length > 0 || !!root.querySelector(SEL.postList);
  const isPrivate = !grid && statusFromText(root, phrases) === 'private';
  const obs: Observation = { ...base, status: isPrivate ? 'private' : 'ok', user, exactCounts: false, posts };
  if (grid) obs.postList = true;
  const definedStats = Object.fromEntries(Object.entries(stats).filter(([, v]) => v !== undefined));
  if (Object.keys(definedStats).length) obs.stats = definedStats;
  return obs;
}
