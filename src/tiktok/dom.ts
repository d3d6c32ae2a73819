/**
 * The rendered profile page, read without any embedded JSON: header, abbreviated counts and the post grid.
 * Works on any DOM implementation with querySelector (the live page, linkedom in the command-line scorer).
 */
import { parseAbbreviatedCount, snowflakeSeconds } from './numbers';
import { normaliseHandle, type Observation, type PostSummary, type UserInfo } from './observation';
import { LABEL_TEXT, SEL, STATUS_TEXT, VIDEO_HREF } from './selectors';

type Root = ParentNode;

function text(el: Element | null | undefined): string | undefined {
  const t = el?.textContent?.replace(/\s+/g, ' ').trim();
  return t || undefined;
}

/** The heading whose text is the handle (with or without `@`), if the header shows this account. */
export function findHandleHeading(root: Root, handle: string): Element | undefined {
  for (const el of root.querySelectorAll(SEL.titleHeadings)) {
    const t = text(el);
    if (t && normaliseHandle(t) === handle) return el;
  }
  return undefined;
}

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
    if (/\bpinned\b/i.test(item.textContent ?? '')) post.pinned = true;
    posts.push(post);
  }
  return posts.sort((a, b) => b.createTime - a.createTime);
}

/** Status pages first (they have no header), then the header; undefined when the header shows another account. */
export function readDom(root: Root, handle: string, observedAt: number): Observation | undefined {
  const base = { handle, source: 'dom' as const, observedAt, posts: [] };
  if (root.querySelector(SEL.wall)) return { ...base, status: 'wall' };
  const heading = findHandleHeading(root, handle);
  const bodyText = heading ? '' : ((root.querySelector('main') ?? root).textContent?.slice(0, 20000) ?? '');
  if (!heading) {
    if (STATUS_TEXT.missing.test(bodyText)) return { ...base, status: 'missing' };
    if (STATUS_TEXT.banned.test(bodyText)) return { ...base, status: 'banned' };
    return undefined;
  }
  const headings = [...root.querySelectorAll(SEL.titleHeadings)];
  const nickname = text(headings.find((h) => h !== heading));
  // The header block: the nearest ancestor that also holds the counts or bio, for the label text and the mark.
  let header: Element = heading;
  for (let el = heading.parentElement, i = 0; el && i < 6; el = el.parentElement, i++) {
    header = el;
    if (el.querySelector(SEL.followersCount) || el.querySelector(SEL.bio)) break;
  }
  const labelMatch = Array.from(header.querySelectorAll('*'))
    .map((el) => (el.children.length === 0 ? text(el) : undefined))
    .find((t) => t !== undefined && t.length < 120 && LABEL_TEXT.test(t));
  const user: UserInfo = { uniqueId: text(heading)?.replace(/^@/, '') ?? handle };
  if (nickname) user.nickname = nickname;
  const bio = text(root.querySelector(SEL.bio));
  if (bio) user.signature = bio;
  const link = bioLinkTarget(root.querySelector(SEL.link));
  if (link) user.bioLink = link;
  if (heading.querySelector(SEL.verifiedMark)) user.verified = true;
  if (labelMatch) {
    user.stateControlledMedia = labelMatch;
    user.stateControlledMediaText = labelMatch;
  }
  const stats = {
    following: parseAbbreviatedCount(text(root.querySelector(SEL.followingCount))),
    followers: parseAbbreviatedCount(text(root.querySelector(SEL.followersCount))),
    likes: parseAbbreviatedCount(text(root.querySelector(SEL.likesCount))),
  };
  const posts = readGrid(root, handle, observedAt / 1000);
  // A private profile shows no grid; the page's whole text is read only then (it is the costliest step).
  const isPrivate =
    posts.length === 0 &&
    STATUS_TEXT.private.test((root.querySelector('main') ?? root).textContent?.slice(0, 20000) ?? '');
  const obs: Observation = { ...base, status: isPrivate ? 'private' : 'ok', user, exactCounts: false, posts };
  const definedStats = Object.fromEntries(Object.entries(stats).filter(([, v]) => v !== undefined));
  if (Object.keys(definedStats).length) obs.stats = definedStats;
  return obs;
}
