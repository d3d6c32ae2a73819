/**
 * The content script reads a hostile page: its observation is rebuilt field by field here, keeping only known
 * fields of the right types and sizes, before anything is stored.
 */
import type { Observation, ObservationSource, PostSummary, ProfileStatus } from '../../src/tiktok/observation';
import { isObject } from '../../src/tiktok/raw';

const STATUSES: ProfileStatus[] = ['ok', 'missing', 'banned', 'private', 'restricted', 'wall', 'unreadable'];
const SOURCES: ObservationSource[] = ['universal', 'sigi', 'next', 'dom', 'api-user', 'api-posts'];

const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : undefined);
const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : undefined);
const flag = (v: unknown) => (typeof v === 'boolean' ? v : undefined);

function clean<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

function post(v: unknown): PostSummary | undefined {
  if (!isObject(v) || typeof v.id !== 'string' || !/^\d{1,25}$/.test(v.id)) return undefined;
  const createTime = count(v.createTime);
  if (!createTime) return undefined;
  return clean({
    id: v.id,
    createTime,
    views: count(v.views),
    likes: count(v.likes),
    desc: text(v.desc, 4000),
    hashtags: Array.isArray(v.hashtags) ? v.hashtags.filter((t) => typeof t === 'string').slice(0, 100) : [],
    musicTitle: text(v.musicTitle, 300),
    musicOriginal: flag(v.musicOriginal),
    pinned: flag(v.pinned),
    ad: flag(v.ad),
  });
}

export function validObservation(v: unknown, now = Date.now()): Observation | undefined {
  if (!isObject(v)) return undefined;
  const handle = text(v.handle, 100);
  if (!handle || /[\s/?#]/.test(handle)) return undefined;
  if (!STATUSES.includes(v.status as ProfileStatus) || !SOURCES.includes(v.source as ObservationSource))
    return undefined;
  const observedAt = count(v.observedAt);
  if (!observedAt || observedAt > now + 60_000) return undefined;
  const obs: Observation = {
    handle: handle.toLowerCase(),
    status: v.status as ProfileStatus,
    source: v.source as ObservationSource,
    observedAt,
    posts: Array.isArray(v.posts)
      ? v.posts
          .slice(0, 500)
          .map(post)
          .filter((p) => p !== undefined)
      : [],
  };
  if (isObject(v.user) && typeof v.user.uniqueId === 'string') {
    const u = v.user;
    obs.user = clean({
      uniqueId: String(u.uniqueId).slice(0, 200),
      id: text(u.id, 30),
      nickname: text(u.nickname, 500),
      signature: text(u.signature, 4000),
      verified: flag(u.verified),
      privateAccount: flag(u.privateAccount),
      secUid: text(u.secUid, 500),
      bioLink: text(u.bioLink, 2000),
      commerceUser: flag(u.commerceUser),
      commerceCategory: text(u.commerceCategory, 200),
      isOrganization: flag(u.isOrganization),
      createTime: count(u.createTime),
      region: text(u.region, 10),
      // The raw label is kept as evidence, bounded: a string, a boolean or a small JSON object.
      stateControlledMedia: labelValue(u.stateControlledMedia),
      stateControlledMediaText: text(u.stateControlledMediaText, 300),
    });
  }
  if (isObject(v.stats)) {
    const s = v.stats;
    obs.stats = clean({
      followers: count(s.followers),
      following: count(s.following),
      likes: count(s.likes),
      videos: count(s.videos),
    });
  }
  if (typeof v.exactCounts === 'boolean') obs.exactCounts = v.exactCounts;
  return obs;
}

function labelValue(v: unknown): unknown {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v.slice(0, 300);
  if (typeof v === 'boolean' || typeof v === 'number') return v;
  try {
    const json = JSON.stringify(v);
    return json && json.length <= 2000 ? JSON.parse(json) : true;
  } catch {
    return true;
  }
}
