/**
 * The profile's schema.org block (`<script type="application/ld+json">`): `ProfilePage` with a `Person` as
 * `mainEntity` in the 2025–26 captures — exact follower and like counts in `interactionStatistic`, the user id in
 * the `image` URL (`/api/img/?userId=<snowflake>`) — and a bare `Person` without counts in the 2022–23 ones. It is
 * the only exact source on a page saved without its embedded JSON (the 2026 browser-saved capture).
 */

import { isObject, type Json } from './json';
import { snowflakeSeconds, toCount } from './numbers';
import { handleFromProfileUrl, type Observation, type UserInfo } from './observation';
import { dropUndefined } from './raw';

const MAX_CHARS = 200_000;

function str(v: unknown, max: number): string | undefined {
  return typeof v === 'string' && v.trim() ? v.slice(0, max) : undefined;
}

/** The Person a block describes: itself, or a ProfilePage's `mainEntity`. */
function personOf(block: unknown): Json | undefined {
  if (!isObject(block)) return undefined;
  if (block['@type'] === 'Person') return block;
  if (block['@type'] === 'ProfilePage' && isObject(block.mainEntity)) return block.mainEntity;
  return undefined;
}

/**
 * The handle of the profile a Person is the page of: its `url` (ProfilePage, 2025–26) or `mainEntityOfPage`
 * (Person, 2022–23). A LIVE page's ProfilePage has no `url` and describes the stream, not the profile (the 2025
 * LIVE capture): without a profile URL a block is not read.
 */
function handleOfPerson(p: Json): string | undefined {
  const page = isObject(p.mainEntityOfPage) ? p.mainEntityOfPage['@id'] : undefined;
  for (const url of [p.url, page]) {
    const h = typeof url === 'string' ? handleFromProfileUrl(url) : undefined;
    if (h) return h;
  }
  return undefined;
}

/** The bio link: `sameAs`, unless it is TikTok itself (a LIVE page names the account's own profile there). */
function bioLinkOf(p: Json): string | undefined {
  const list = Array.isArray(p.sameAs) ? p.sameAs : [p.sameAs];
  const link = list.find((l) => typeof l === 'string' && !/^https?:\/\/(?:[\w-]+\.)*tiktok\.com(?:[/?#]|$)/i.test(l));
  return str(link, 2000);
}

/** `interactionStatistic` counts by action: FollowAction = followers, LikeAction = likes. */
function counter(p: Json, action: string): number | undefined {
  const list = Array.isArray(p.interactionStatistic) ? p.interactionStatistic : [p.interactionStatistic];
  for (const c of list) {
    if (!isObject(c)) continue;
    const t = isObject(c.interactionType) ? c.interactionType['@type'] : c.interactionType;
    if (typeof t === 'string' && t.endsWith(action)) return toCount(c.userInteractionCount);
  }
  return undefined;
}

/** The user id in an image URL such as `https://www.tiktok.com/api/img/?userId=7330647299997582368&…`. */
export function userIdFromImageUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const m = /[?&]userId=(\d{6,20})(?:&|$)/.exec(url);
  return m?.[1];
}

export function parseLdJson(texts: readonly string[]): unknown[] {
  const out: unknown[] = [];
  for (const t of texts) {
    if (t.length > MAX_CHARS) continue;
    try {
      out.push(JSON.parse(t));
    } catch {
      // a broken block is ignored, as a search engine would
    }
  }
  return out;
}

/** The account `handle` as the page's schema.org blocks describe it; undefined when no block is about it. */
export function readLdJson(blocks: readonly unknown[], handle: string, observedAt: number): Observation | undefined {
  for (const block of blocks) {
    const p = personOf(block);
    if (!p || handleOfPerson(p) !== handle) continue;
    const id = userIdFromImageUrl(p.image);
    const user: UserInfo = dropUndefined({
      uniqueId: str(p.alternateName, 200) ?? handle,
      id,
      nickname: str(p.name, 500),
      signature: str(p.description, 4000),
      bioLink: bioLinkOf(p),
      createTime: snowflakeSeconds(id, observedAt / 1000),
    });
    const stats = dropUndefined({ followers: counter(p, 'FollowAction'), likes: counter(p, 'LikeAction') });
    const obs: Observation = { handle, status: 'ok', source: 'ld-json', observedAt, user, posts: [] };
    if (Object.keys(stats).length) {
      obs.stats = stats;
      obs.exactCounts = true; // schema.org counts are whole numbers, not the header's "139.1K"
    }
    return obs;
  }
  return undefined;
}

/** The profile handle a page's schema.org blocks name (for a saved page without a URL). */
export function ldJsonHandle(blocks: readonly unknown[]): string | undefined {
  for (const block of blocks) {
    const p = personOf(block);
    const h = p ? handleOfPerson(p) : undefined;
    if (h) return h;
  }
  return undefined;
}
