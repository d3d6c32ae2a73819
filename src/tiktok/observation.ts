/**
 * One reading of a TikTok account, whatever it was read from (embedded JSON of any page era, the rendered DOM,
 * an API answer or a HAR entry). Every later stage — signals, verdict, history, storage — works on this shape only.
 */

/** What the page said about the account's availability (TikTok's `statusCode`, or the page's own text). */
export type ProfileStatus =
  | 'ok'
  | 'missing' // 10202: no such account
  | 'banned' // 10221
  | 'private' // 10222: user and stats present, no posts
  | 'restricted' // 10223: under-age restricted
  | 'wall' // verification or login wall: no profile data at all
  | 'unreadable'; // nothing recognisable on the page

export type ObservationSource =
  | 'universal' // __UNIVERSAL_DATA_FOR_REHYDRATION__ (since early 2024)
  | 'sigi' // SIGI_STATE (mid-2022 to early 2024)
  | 'next' // __NEXT_DATA__ (before mid-2022)
  | 'dom' // the rendered header and grid only
  | 'ld-json' // the page's schema.org ProfilePage / Person block (exact follower and like counts since 2025)
  | 'api-user' // /api/user/detail/
  | 'api-posts'; // /api/post/item_list/

export interface UserInfo {
  /** Numeric id as a decimal string: a snowflake whose top 32 bits are the creation time (see `snowflakeSeconds` in numbers.ts). */
  id?: string;
  uniqueId: string;
  nickname?: string;
  signature?: string;
  verified?: boolean;
  privateAccount?: boolean;
  secUid?: string;
  /** The bio link as TikTok holds it (often without a scheme). */
  bioLink?: string;
  commerceUser?: boolean;
  commerceCategory?: string;
  isOrganization?: boolean;
  /** Account creation, Unix seconds: `createTime` when present, else from the id snowflake. */
  createTime?: number;
  region?: string;
  /** TikTok's own state-media label field, raw as found (boolean, string or object); absent when unlabelled. */
  stateControlledMedia?: unknown;
  /** The label text shown under the name, when labelled. */
  stateControlledMediaText?: string;
}

export interface ProfileStats {
  followers?: number;
  following?: number;
  likes?: number;
  videos?: number;
}

export interface PostSummary {
  /** Video id (decimal string snowflake). */
  id: string;
  /** Upload time, Unix seconds (from `createTime`, else from the id). */
  createTime: number;
  views?: number;
  likes?: number;
  desc?: string;
  hashtags: string[];
  musicTitle?: string;
  musicOriginal?: boolean;
  pinned?: boolean;
  ad?: boolean;
  /** TikTok's state-media label on this video (`misc_info.scm_tag_info`): its text, or `scm_tag_info` when it has none. */
  stateLabel?: string;
}

export interface Observation {
  /** The handle in the URL (lower case): the account this observation is about. */
  handle: string;
  status: ProfileStatus;
  source: ObservationSource;
  /** When it was observed, Unix milliseconds. */
  observedAt: number;
  user?: UserInfo;
  stats?: ProfileStats;
  /** True when the counts came from exact sources (`statsV2`, API strings), false for rounded or abbreviated ones. */
  exactCounts?: boolean;
  /** Newest first; empty when the page carried none. */
  posts: PostSummary[];
  /**
   * True when the source carried a post list for this account, even an empty one (`itemList: []`, a rendered
   * grid): tells "no posts" apart from "posts not read" (an /api/user/detail/ answer carries no list).
   */
  postList?: boolean;
}

/** Normalise a handle for comparison: TikTok handles are case-insensitive, without the leading `@`. */
export function normaliseHandle(raw: string): string {
  let h = raw.trim();
  try {
    h = decodeURIComponent(h);
  } catch {
    // keep the raw text: a malformed escape is not ours to fix
  }
  return h.replace(/^@/, '').toLowerCase();
}

/** The handle of a profile URL (`/@handle`, `/@handle/`, `/@handle?lang=en`), or undefined for other pages. */
export function handleFromProfileUrl(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url, 'https://www.tiktok.com').pathname;
  } catch {
    return undefined;
  }
  const m = /^\/@([^/?#]+)\/?$/.exec(path);
  return m?.[1] ? normaliseHandle(m[1]) : undefined;
}
