/**
 * The content script reads a hostile page: its observation is rebuilt here by valibot schemas, keeping only known
 * fields of the right types and sizes, before anything is stored. A field of the wrong type is dropped, not fatal;
 * only a missing or malformed handle, status, source or date rejects the whole observation.
 */
import * as v from 'valibot';
import { isValidHandle, normaliseHandle } from '../../src/tiktok/handle';
import { isObject } from '../../src/tiktok/json';
import type { Observation, ObservationSource, PostSummary, ProfileStatus } from '../../src/tiktok/observation';

const STATUSES = ['ok', 'missing', 'banned', 'private', 'restricted', 'wall', 'unreadable'] as const;
const SOURCES = ['universal', 'sigi', 'next', 'dom', 'ld-json', 'api-user', 'api-posts'] as const;

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
const count = lenient(countSchema);
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

const PostSchema = record({
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

const UserSchema = record({
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

const StatsSchema = record({ followers: count, following: count, likes: count, videos: count });

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
  handle: v.pipe(
    v.string(),
    v.minLength(1),
    v.maxLength(MAX_HANDLE),
    v.regex(/^[^\s/?#]+$/),
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
  if (o.observedAt > now + 60_000) return undefined;
  const obs: Observation = {
    handle: o.handle,
    status: o.status as ProfileStatus,
    source: o.source as ObservationSource,
    observedAt: o.observedAt,
    posts: o.posts,
  };
  if (o.user) obs.user = clean(o.user);
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

/** Handles per lookup: a screenful of feed cards and comments is well under this (the content script asks 50). */
export const MAX_LOOKUP = 50;

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
