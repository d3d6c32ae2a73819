/**
 * Converters from TikTok's raw JSON objects (the same shapes in every page era and in the API answers) to the
 * Observation parts. Input is untrusted: every field is checked for type, nothing is assumed present.
 */
import { isObject } from './json';
import { labelFromMiscInfo, labelFromUser } from './label';
import { snowflakeSeconds, toCount } from './numbers';
import type { PostSummary, ProfileStats, UserInfo } from './observation';

function str(v: unknown, max = 4000): string | undefined {
  return typeof v === 'string' ? v.slice(0, max) : undefined;
}

function bool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (v === 1 || v === '1' || v === 'true') return true;
  if (v === 0 || v === '0' || v === 'false') return false;
  return undefined;
}

/**
 * A raw uniqueId as the readers keep it: at most 200 characters (a hostile body can send any length). The capture
 * readers name the account from this same cut, so that the observation's handle is its user's.
 */
export function rawUniqueId(v: unknown): string | undefined {
  return str(v, 200);
}

export function userFromRaw(raw: unknown, nowSec: number): UserInfo | undefined {
  if (!isObject(raw)) return undefined;
  const uniqueId = rawUniqueId(raw.uniqueId);
  if (!uniqueId) return undefined;
  const id = typeof raw.id === 'string' || typeof raw.id === 'number' ? String(raw.id) : undefined;
  const createTime = toCount(raw.createTime) || snowflakeSeconds(id, nowSec);
  const bioLink = isObject(raw.bioLink) ? str(raw.bioLink.link, 2000) : str(raw.bioLink, 2000);
  const commerce = isObject(raw.commerceUserInfo) ? raw.commerceUserInfo : undefined;
  // TikTok's label in any of its forms (label.ts), kept raw as evidence.
  const label = labelFromUser(raw);
  const user: UserInfo = {
    uniqueId,
    id,
    nickname: str(raw.nickname, 500),
    signature: str(raw.signature),
    verified: bool(raw.verified),
    privateAccount: bool(raw.privateAccount),
    secUid: str(raw.secUid, 500),
    bioLink: bioLink || undefined,
    commerceUser: bool(commerce?.commerceUser),
    commerceCategory: str(commerce?.category, 200),
    isOrganization: bool(raw.isOrganization),
    createTime: createTime || undefined,
    region: str(raw.region, 10),
    stateControlledMedia: label?.value,
    stateControlledMediaText: label?.text,
  };
  return dropUndefined(user);
}

/** Prefer `statsV2` (exact decimal strings) over `stats` (rounded for large accounts, `heartCount` may overflow). */
export function statsFromRaw(stats: unknown, statsV2: unknown): { stats: ProfileStats; exact: boolean } | undefined {
  const s = isObject(stats) ? stats : {};
  const v2 = isObject(statsV2) ? statsV2 : {};
  const pick = (...keys: string[]) => {
    for (const k of keys) {
      const fromV2 = toCount(v2[k]);
      if (fromV2 !== undefined) return { n: fromV2, exact: true };
    }
    for (const k of keys) {
      const n = toCount(s[k]);
      if (n !== undefined) return { n, exact: false };
    }
    return undefined;
  };
  const followers = pick('followerCount');
  const following = pick('followingCount');
  const likes = pick('heartCount', 'heart');
  const videos = pick('videoCount');
  const all = [followers, following, likes, videos];
  if (all.every((x) => x === undefined)) return undefined;
  return {
    stats: dropUndefined({ followers: followers?.n, following: following?.n, likes: likes?.n, videos: videos?.n }),
    exact: all.every((x) => x === undefined || x.exact),
  };
}

const HASHTAG = /#([\p{L}\p{M}\p{N}_]+)/gu;
/** Printable ASCII (control characters take the general path). */
const ASCII = /^[ -~]*$/;

/**
 * One spelling per hashtag: TikTok's tags are case-insensitive and a description's `#bye2020🎉` is the tag
 * `bye2020` (the 2021 __NEXT_DATA__ capture lists `bye2020` in textExtra and `Bye2020` in challenges).
 */
export function normaliseHashtag(raw: string): string {
  // Printable ASCII is its own NFKC form and holds no \p{M}: the same result without `normalize`, whose first call loads
  // ICU's tables (~9 ms of a profile load in issue 15's profiles), nor the Unicode-class regex.
  if (ASCII.test(raw))
    return raw
      .toLowerCase()
      .replace(/[^a-z0-9_]/g, '')
      .slice(0, 100);
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}_]/gu, '')
    .slice(0, 100);
}

export function postFromRaw(raw: unknown, nowSec: number): PostSummary | undefined {
  if (!isObject(raw)) return undefined;
  const id = typeof raw.id === 'string' || typeof raw.id === 'number' ? String(raw.id) : undefined;
  if (!id || !/^\d{1,25}$/.test(id)) return undefined;
  const createTime = toCount(raw.createTime) || snowflakeSeconds(id, nowSec);
  if (!createTime) return undefined;
  const stats = isObject(raw.stats) ? raw.stats : {};
  const v2 = isObject(raw.statsV2) ? raw.statsV2 : {};
  const desc = str(raw.desc);
  const tags = new Set<string>();
  const add = (t: unknown) => {
    // A mention can sit in `hashtagName` as "@handle" (textExtra type 5, seen in the 2025 video captures).
    const tag = typeof t === 'string' && !t.startsWith('@') ? normaliseHashtag(t) : '';
    if (tag) tags.add(tag);
  };
  // textExtra holds mentions too (`userUniqueId`, an empty `hashtagName`): only named hashtags count.
  if (Array.isArray(raw.textExtra)) for (const t of raw.textExtra) if (isObject(t)) add(t.hashtagName);
  if (Array.isArray(raw.challenges)) for (const c of raw.challenges) if (isObject(c)) add(c.title);
  for (const m of (desc ?? '').matchAll(HASHTAG)) add(m[1]);
  const music = isObject(raw.music) ? raw.music : {};
  const scm = labelFromMiscInfo(raw.misc_info ?? raw.miscInfo);
  return dropUndefined({
    id,
    createTime,
    views: toCount(v2.playCount) ?? toCount(stats.playCount),
    likes: toCount(v2.diggCount) ?? toCount(stats.diggCount),
    desc,
    hashtags: [...tags].slice(0, 100),
    musicTitle: str(music.title, 300),
    musicOriginal: bool(music.original),
    pinned: bool(raw.isPinnedItem),
    ad: bool(raw.isAd),
    stateLabel: scm ? (scm.text ?? 'scm_tag_info') : undefined,
  });
}

export function postsFromRaw(list: unknown[], nowSec: number): PostSummary[] {
  const seen = new Set<string>();
  const out: PostSummary[] = [];
  for (const raw of list.slice(0, 500)) {
    const p = postFromRaw(raw, nowSec);
    if (p && !seen.has(p.id)) {
      seen.add(p.id);
      out.push(p);
    }
  }
  return out.sort((a, b) => b.createTime - a.createTime);
}

export function dropUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
