/**
 * Readers of the JSON TikTok embeds in a profile page (three eras, tiktok-format.md) and of its API answers.
 * Each returns an Observation only when the data describes the account in the URL: after in-app navigation the
 * embedded JSON still describes the first profile of the document.
 */

import { normaliseHandle, type Observation, type ObservationSource, type ProfileStatus } from './observation';
import { isObject, type Json, postsFromRaw, statsFromRaw, userFromRaw } from './raw';

const STATUS: Record<number, ProfileStatus> = {
  0: 'ok',
  10202: 'missing',
  10221: 'banned',
  10222: 'private',
  10223: 'restricted',
};

export function statusFromCode(code: unknown): ProfileStatus | undefined {
  const n = typeof code === 'string' ? Number(code) : code;
  return typeof n === 'number' ? STATUS[n] : undefined;
}

/** `{ user, stats, statsV2 }` (the `userInfo` object shared by the universal era and /api/user/detail/). */
function fromUserInfo(
  userInfo: unknown,
  statusCode: unknown,
  handle: string,
  source: ObservationSource,
  observedAt: number,
  rawPosts: unknown[] = [],
): Observation | undefined {
  const nowSec = observedAt / 1000;
  const info = isObject(userInfo) ? userInfo : {};
  const user = userFromRaw(info.user, nowSec);
  const status = statusFromCode(statusCode);
  if (user && normaliseHandle(user.uniqueId) !== handle) return undefined; // another account's data
  if (!user) {
    // Status pages carry a code and no user: that is an answer about this URL's account.
    if (status && status !== 'ok') return { handle, status, source, observedAt, posts: [] };
    return undefined;
  }
  const s = statsFromRaw(info.stats, info.statsV2);
  return {
    handle,
    status: status ?? (user.privateAccount ? 'private' : 'ok'),
    source,
    observedAt,
    user,
    stats: s?.stats,
    exactCounts: s?.exact,
    posts: postsFromRaw(rawPosts, nowSec),
  };
}

export function readUniversal(data: unknown, handle: string, observedAt: number): Observation | undefined {
  if (!isObject(data)) return undefined;
  const scope = isObject(data.__DEFAULT_SCOPE__) ? data.__DEFAULT_SCOPE__ : data;
  const detail = scope['webapp.user-detail'];
  if (isObject(detail)) {
    const info = isObject(detail.userInfo) ? detail.userInfo : {};
    const items = Array.isArray(info.itemList) ? info.itemList : [];
    return fromUserInfo(info, detail.statusCode, handle, 'universal', observedAt, items);
  }
  // TikTok renames scopes from time to time: find the user by shape, not by position.
  for (const value of Object.values(scope)) {
    if (isObject(value) && isObject(value.userInfo) && isObject(value.userInfo.user)) {
      return fromUserInfo(value.userInfo, value.statusCode, handle, 'universal', observedAt);
    }
  }
  return undefined;
}

/** The page's own record of the handle it was rendered for, when it names one other than `handle`. */
function namesAnother(pageHandle: unknown, handle: string): boolean {
  return typeof pageHandle === 'string' && pageHandle !== '' && normaliseHandle(pageHandle) !== handle;
}

/** Case-insensitive lookup of a handle-keyed map (SIGI keys by the handle as TikTok spells it). */
function byHandle(map: unknown, handle: string): unknown {
  if (!isObject(map)) return undefined;
  if (handle in map) return map[handle];
  for (const [k, v] of Object.entries(map)) if (normaliseHandle(k) === handle) return v;
  return undefined;
}

export function readSigi(data: unknown, handle: string, observedAt: number): Observation | undefined {
  if (!isObject(data)) return undefined;
  const page = isObject(data.UserPage) ? data.UserPage : {};
  if (namesAnother(page.uniqueId, handle)) return undefined; // another document's page (in-app navigation)
  const um = isObject(data.UserModule) ? data.UserModule : {};
  const user = byHandle(um.users, handle);
  const stats = byHandle(um.stats, handle);
  const items = isObject(data.ItemModule) ? data.ItemModule : {};
  const list = isObject(data.ItemList) && isObject(data.ItemList['user-post']) ? data.ItemList['user-post'].list : [];
  const ids = Array.isArray(list) ? list : Object.keys(items);
  const rawPosts = ids.map((id) => (typeof id === 'string' ? items[id] : undefined)).filter(isObject);
  const postsOfHandle = rawPosts.filter((p: Json) => {
    const author = typeof p.author === 'string' ? p.author : isObject(p.author) ? p.author.uniqueId : undefined;
    return typeof author !== 'string' || normaliseHandle(author) === handle;
  });
  if (!user) {
    const status = statusFromCode(page.statusCode);
    return status && status !== 'ok' ? { handle, status, source: 'sigi', observedAt, posts: [] } : undefined;
  }
  return fromUserInfo({ user, stats }, page.statusCode, handle, 'sigi', observedAt, postsOfHandle);
}

export function readNext(data: unknown, handle: string, observedAt: number): Observation | undefined {
  if (!isObject(data) || !isObject(data.props) || !isObject(data.props.pageProps)) return undefined;
  const pp = data.props.pageProps;
  if (isObject(data.query) && namesAnother(data.query.uniqueId, handle)) return undefined;
  const items = Array.isArray(pp.items) ? pp.items : [];
  return fromUserInfo(pp.userInfo, pp.statusCode ?? pp.serverCode, handle, 'next', observedAt, items);
}

/** `/api/user/detail/?uniqueId=…` answer. */
export function readUserDetail(data: unknown, handle: string, observedAt: number): Observation | undefined {
  if (!isObject(data)) return undefined;
  return fromUserInfo(data.userInfo, data.statusCode, handle, 'api-user', observedAt);
}

/** `/api/post/item_list/?secUid=…` answer: posts only; items by other authors are left out. */
export function readItemList(data: unknown, handle: string, observedAt: number): Observation | undefined {
  if (!isObject(data) || !Array.isArray(data.itemList)) return undefined;
  const own = data.itemList.filter((it) => {
    if (!isObject(it) || !isObject(it.author)) return true;
    return typeof it.author.uniqueId !== 'string' || normaliseHandle(it.author.uniqueId) === handle;
  });
  if (own.length === 0 && data.itemList.length > 0) return undefined;
  // The label also rides on each item's author (tiktok-format.md).
  const author = own.map((it) => (isObject(it) ? it.author : undefined)).find(isObject);
  const obs: Observation = {
    handle,
    status: 'ok',
    source: 'api-posts',
    observedAt,
    posts: postsFromRaw(own, observedAt / 1000),
  };
  const user = author ? userFromRaw(author, observedAt / 1000) : undefined;
  if (user) obs.user = user;
  return obs;
}

/** Embedded-JSON script ids, one per era (tiktok-format.md). */
export const EMBEDDED_SCRIPTS = [
  { id: '__UNIVERSAL_DATA_FOR_REHYDRATION__', read: readUniversal },
  { id: 'SIGI_STATE', read: readSigi },
  { id: '__NEXT_DATA__', read: readNext },
] as const;

export function parseJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
