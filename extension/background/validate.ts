/**
 * The content script reads a hostile page: its observation is rebuilt here by valibot schemas, keeping only known
 * fields of the right types and sizes, before anything is stored. A field of the wrong type is dropped, not fatal;
 * only a missing or malformed handle, status, source or date rejects the whole observation.
 */
import * as v from 'valibot';
import { isValidHandle, normaliseHandle } from '../../src/tiktok/handle';
import { isObject } from '../../src/tiktok/json';
import type { Observation, ObservationSource, PostSummary, ProfileStatus } from '../../src/tiktok/observation';
import { MAX_LOOKUP } from '../protocol';

export const STATUSES = ['ok', 'missing', 'banned', 'private', 'restricted', 'wall', 'unreadable'] as const;
export const SOURCES = ['universal', 'sigi', 'next', 'dom', 'ld-json', 'api-user', 'api-posts'] as const;

/** Longest handle accepted. TikTok's are at most 24 characters; a longer one is rejected, never truncated, since a
 * truncated handle would name another account. */
export const MAX_HANDLE = 100;

/** A plain object (not an array, not null): valibot's `object` alone would accept arrays. */
const record = <E extends v.ObjectEntries>(entries: E) =>
  v.pipe(v.custom<Record<string, unknown>>(isObject, 'not an object'), v.object(entries));

/** Optional field that is dropped (undefined) rather than failing the whole object when its type is wrong. */
const lenient = <S extends v.GenericSchema>(schema: S) => v.fallback(v.optional(schema), undefined);

const countSchema = v.pipe(v.number(), v.finite(), v.minValue(0), v.transform(Math.floor));
/** A count > 0 after flooring: dates (Unix seconds or ms) are never 0. */
const positiveSchema = v.pipe(countSchema, v.minValue(1));

/*
 * Upper bounds (issue 17, finding 8: `1e308` followers were stored). Far above any real account — the most
 * followed TikTok accounts have under 2e8 followers and under 3e10 likes — and low enough that sums, ratios and
 * per-day rates stay ordinary numbers. A count above its bound is dropped, like any other malformed field.
 */
export const MAX_FOLLOWERS = 1e10;
export const MAX_LIKES = 1e13;
export const MAX_VIDEOS = 1e7;
/** A count at most `max`, floored; dropped (undefined) when it is not one. */
export const boundedCount = (max: number) => lenient(v.pipe(countSchema, v.maxValue(max)));
const count = boundedCount(MAX_LIKES);

/** Earliest date accepted anywhere (ms): before TikTok and musical.ly, so a date this old is not a reading. */
export const EARLIEST_MS = Date.UTC(2010, 0, 1);
/** How far ahead of the background's clock a date may be: two contexts' clocks can differ a little. */
export const CLOCK_SKEW_MS = 60_000;
/** A date (ms) that can be a reading's or an action's: not before EARLIEST_MS, not in the future. */
export function validDate(t: unknown, now: number): t is number {
  return typeof t === 'number' && Number.isFinite(t) && t >= EARLIEST_MS && t <= now + CLOCK_SKEW_MS;
}
/** A creation or upload time in Unix seconds: positive, and not in the future (a day of slack for time zones). */
export function validSeconds(t: unknown, now: number): t is number {
  return typeof t === 'number' && Number.isFinite(t) && t > 0 && t <= now / 1000 + 86_400;
}
const text = (max: number) =>
  lenient(
    v.pipe(
      v.string(),
      v.transform((s) => s.slice(0, max)),
    ),
  );
const flag = lenient(v.boolean());

/** The raw label is kept as evidence, bounded: a string, a boolean, a number or a small JSON object. */
function labelValue(raw: unknown): unknown {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') return raw.slice(0, 300);
  if (typeof raw === 'boolean' || typeof raw === 'number') return raw;
  try {
    const json = JSON.stringify(raw);
    return json && json.length <= 2000 ? JSON.parse(json) : true;
  } catch {
    return true;
  }
}

export const PostSchema = record({
  id: v.pipe(v.string(), v.regex(/^\d{1,25}$/)),
  createTime: positiveSchema,
  views: count,
  likes: count,
  desc: text(4000),
  hashtags: v.fallback(
    v.pipe(
      v.array(v.unknown()),
      // Bounded per tag too: 100 tags of unbounded length would defeat the post's size limit.
      v.transform((tags) =>
        tags
          .filter((t): t is string => typeof t === 'string')
          .slice(0, 100)
          .map((t) => t.slice(0, 200)),
      ),
    ),
    [],
  ),
  musicTitle: text(300),
  musicOriginal: flag,
  pinned: flag,
  ad: flag,
  stateLabel: text(300),
});

export const UserSchema = record({
  uniqueId: v.pipe(
    v.string(),
    v.transform((s) => s.slice(0, 200)),
  ),
  id: text(30),
  nickname: text(500),
  signature: text(4000),
  verified: flag,
  privateAccount: flag,
  secUid: text(500),
  bioLink: text(2000),
  commerceUser: flag,
  commerceCategory: text(200),
  isOrganization: flag,
  createTime: count,
  region: text(10),
  stateControlledMedia: v.optional(v.pipe(v.unknown(), v.transform(labelValue))),
  stateControlledMediaText: text(300),
});

export const StatsSchema = record({
  followers: boundedCount(MAX_FOLLOWERS),
  following: boundedCount(MAX_FOLLOWERS),
  likes: boundedCount(MAX_LIKES),
  videos: boundedCount(MAX_VIDEOS),
});

const PostsSchema = v.fallback(
  v.pipe(
    v.array(v.unknown()),
    v.transform((list) =>
      list
        .slice(0, 500)
        .map((p) => v.safeParse(PostSchema, p))
        .flatMap((r) => (r.success ? [clean(r.output) as PostSummary] : [])),
    ),
  ),
  [],
);

export const ObservationSchema = record({
  // The one handle rule (src/tiktok/handle.ts), as for every other message and the import: a handle with a
  // zero-width or other invisible character is refused, not stored as a look-alike of another (finding 8).
  handle: v.pipe(
    v.string(),
    v.maxLength(MAX_HANDLE),
    v.check((h) => isValidHandle(h) && !h.startsWith('@'), 'not a TikTok handle'),
    v.transform((h) => h.toLowerCase()),
  ),
  status: v.picklist(STATUSES),
  source: v.picklist(SOURCES),
  observedAt: positiveSchema,
  posts: PostsSchema,
  // A malformed user or stats object is dropped; the observation itself stands.
  user: lenient(UserSchema),
  stats: lenient(StatsSchema),
  exactCounts: flag,
  postList: flag,
});

function clean<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/** The observation rebuilt from trusted parts, or undefined when it cannot be about one account at one time. */
export function validObservation(raw: unknown, now = Date.now()): Observation | undefined {
  const r = v.safeParse(ObservationSchema, raw);
  if (!r.success) return undefined;
  const o = r.output;
  // A clock a minute ahead is tolerated (two contexts' clocks); a date further out would pin the history.
  if (!validDate(o.observedAt, now)) return undefined;
  const obs: Observation = {
    handle: o.handle,
    status: o.status as ProfileStatus,
    source: o.source as ObservationSource,
    observedAt: o.observedAt,
    posts: o.posts,
  };
  // Creation and upload times in the future are not readings (finding 8): the field, or the post, is dropped.
  obs.posts = o.posts.filter((p) => validSeconds(p.createTime, now));
  if (o.user) {
    const user = clean(o.user);
    if (user.createTime !== undefined && !validSeconds(user.createTime, now)) delete user.createTime;
    obs.user = user;
  }
  if (o.stats) obs.stats = clean(o.stats);
  if (o.exactCounts !== undefined) obs.exactCounts = o.exactCounts;
  if (o.postList !== undefined) obs.postList = o.postList;
  return obs;
}

/* Requests: every message's payload, checked at the boundary before a handler sees it (router.ts). */

/** A TikTok handle (src/tiktok/handle.ts), normalised: lower case, without `@`. */
export const HandleSchema = v.pipe(
  v.string(),
  v.check((h) => isValidHandle(h), 'not a TikTok handle'),
  v.transform((h) => normaliseHandle(h)),
);

/** Handles per lookup (extension/protocol.ts): the content script asks at most this many at once. */
export { MAX_LOOKUP };

export const LookupSchema = v.pipe(
  v.array(HandleSchema),
  v.maxLength(MAX_LOOKUP),
  v.transform((hs) => [...new Set(hs)]),
);

/** A trimmed non-empty text of at most `max` characters (longer is cut), or undefined. */
export const optionalText = (max: number) =>
  v.optional(
    v.pipe(
      v.string(),
      v.transform((s) => s.trim().slice(0, max) || undefined),
    ),
  );

export const requiredText = (max: number, what: string) =>
  v.pipe(
    v.string(),
    v.transform((s) => s.trim().slice(0, max)),
    v.minLength(1, `empty ${what}`),
  );

export const natural = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));
