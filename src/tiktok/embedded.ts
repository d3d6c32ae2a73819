/**
 * Readers of the JSON TikTok embeds in a profile page (three eras, docs/tiktok-format.md) and of its API answers.
 * Each returns an Observation only when the data describes the account in the URL: after in-app navigation the
 * embedded JSON still describes the first profile of the document.
 */

import { isObject, type Json } from './json';
import { normaliseHandle, type Observation, type ObservationSource, type ProfileStatus } from './observation';
import { postsFromRaw, statsFromRaw, userFromRaw } from './raw';
import { EMBEDDED_IDS } from './selectors';

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
  rawPosts?: unknown[],
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
  const obs: Observation = {
    handle,
    status: status ?? (user.privateAccount ? 'private' : 'ok'),
    source,
    observedAt,
    user,
    stats: s?.stats,
    exactCounts: s?.exact,
    posts: postsFromRaw(rawPosts ?? [], nowSec),
  };
  if (rawPosts) obs.postList = true;
  return obs;
}

/** An array, or undefined: "no list" and "an empty list" are different answers (observation.ts `postList`). */
function listOrNone(v: unknown): unknown[] | undefined {
  return Array.isArray(v) ? v : undefined;
}

/** The universal blob's scopes: `__DEFAULT_SCOPE__` of a page, or the scopes themselves in a bare file. */
function scopeOf(data: unknown): Record<string, unknown> | undefined {
  if (!isObject(data)) return undefined;
  return isObject(data.__DEFAULT_SCOPE__) ? data.__DEFAULT_SCOPE__ : data;
}

/** TikTok's interface strings the page carries (`webapp.i18n-translation`), for status texts in its language. */
export function translationsOf(data: unknown): unknown {
  return scopeOf(data)?.['webapp.i18n-translation'];
}

/**
 * The handle of the profile a universal blob describes (`webapp.user-detail`), never the logged-in viewer that
 * `webapp.app-context.user` carries.
 */
export function universalHandle(data: unknown): string | undefined {
  const detail = scopeOf(data)?.['webapp.user-detail'];
  const user = isObject(detail) && isObject(detail.userInfo) ? detail.userInfo.user : undefined;
  return isObject(user) && typeof user.uniqueId === 'string' && user.uniqueId
    ? normaliseHandle(user.uniqueId)
    : undefined;
}

export function readUniversal(data: unknown, handle: string, observedAt: number): Observation | undefined {
  const scope = scopeOf(data);
  if (!scope) return undefined;
  const detail = scope['webapp.user-detail'];
  if (isObject(detail)) {
    const info = isObject(detail.userInfo) ? detail.userInfo : {};
    return fromUserInfo(info, detail.statusCode, handle, 'universal', observedAt, listOrNone(info.itemList));
  }
  // TikTok renames scopes from time to time: find the user by shape, not by position. (`webapp.app-context.user`,
  // the logged-in viewer, has no `userInfo` and is never taken.)
  for (const value of Object.values(scope)) {
    if (isObject(value) && isObject(value.userInfo) && isObject(value.userInfo.user)) {
      const info = value.userInfo;
      return fromUserInfo(info, value.statusCode, handle, 'universal', observedAt, listOrNone(info.itemList));
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
  const hasList = Array.isArray(list) || isObject(data.ItemModule);
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
  return fromUserInfo(
    { user, stats },
    page.statusCode,
    handle,
    'sigi',
    observedAt,
    hasList ? postsOfHandle : undefined,
  );
}

export function readNext(data: unknown, handle: string, observedAt: number): Observation | undefined {
  if (!isObject(data) || !isObject(data.props) || !isObject(data.props.pageProps)) return undefined;
  const pp = data.props.pageProps;
  if (isObject(data.query) && namesAnother(data.query.uniqueId, handle)) return undefined;
  // `props.initialProps.$user` is the logged-in viewer (the 2021 capture): only `pageProps.userInfo` is the profile.
  const items = listOrNone(pp.items) ?? listOrNone(isObject(pp.userInfo) ? pp.userInfo.itemList : undefined);
  return fromUserInfo(pp.userInfo, pp.statusCode ?? pp.serverCode, handle, 'next', observedAt, items);
}

/** `/api/user/detail/?uniqueId=…` answer. */
export function readUserDetail(data: unknown, handle: string, observedAt: number): Observation | undefined {
  if (!isObject(data)) return undefined;
  const list = isObject(data.userInfo) ? listOrNone(data.userInfo.itemList) : undefined;
  return fromUserInfo(data.userInfo, data.statusCode, handle, 'api-user', observedAt, list);
}

/** `/api/post/item_list/?secUid=…` answer: posts only; items by other authors are left out. */
export function readItemList(data: unknown, handle: string, observedAt: number): Observation | undefined {
  if (!isObject(data) || !Array.isArray(data.itemList)) return undefined;
  const own = data.itemList.filter((it) => {
    if (!isObject(it) || !isObject(it.author)) return true;
    return typeof it.author.uniqueId !== 'string' || normaliseHandle(it.author.uniqueId) === handle;
  });
  if (own.length === 0 && data.itemList.length > 0) return undefined;
  // The label also rides on each item's author (docs/tiktok-format.md).
  const author = own.map((it) => (isObject(it) ? it.author : undefined)).find(isObject);
  const obs: Observation = {
    handle,
    status: 'ok',
    source: 'api-posts',
    observedAt,
    posts: postsFromRaw(own, observedAt / 1000),
    postList: true,
  };
  const user = author ? userFromRaw(author, observedAt / 1000) : undefined;
  if (user) obs.user = user;
  return obs;
}

function handleField(v: unknown): string | undefined {
  return typeof v === 'string' && v ? normaliseHandle(v) : undefined;
}

/** The profile a SIGI page was rendered for: `UserPage.uniqueId`, else its only `UserModule` user. */
function sigiHandle(data: unknown): string | undefined {
  if (!isObject(data)) return undefined;
  const page = isObject(data.UserPage) ? handleField(data.UserPage.uniqueId) : undefined;
  if (page) return page;
  const users = isObject(data.UserModule) && isObject(data.UserModule.users) ? Object.keys(data.UserModule.users) : [];
  return users.length === 1 ? handleField(users[0]) : undefined;
}

/** The profile a __NEXT_DATA__ page was rendered for (`pageProps.userInfo`, `pageProps.uniqueId`, `query.uniqueId`). */
function nextHandle(data: unknown): string | undefined {
  if (!isObject(data) || !isObject(data.props)) return undefined;
  const pp = isObject(data.props.pageProps) ? data.props.pageProps : {};
  const user = isObject(pp.userInfo) && isObject(pp.userInfo.user) ? pp.userInfo.user.uniqueId : undefined;
  return (
    handleField(user) ??
    handleField(pp.uniqueId) ??
    (isObject(data.query) ? handleField(data.query.uniqueId) : undefined)
  );
}

/**
 * Embedded-JSON script ids, one per era (docs/tiktok-format.md), with each era's reader and the handle of the
 * profile its document was rendered for (never the logged-in viewer the same JSON carries).
 */
export const EMBEDDED_SCRIPTS = [
  { id: EMBEDDED_IDS[0], read: readUniversal, handle: universalHandle },
  { id: EMBEDDED_IDS[1], read: readSigi, handle: sigiHandle },
  { id: EMBEDDED_IDS[2], read: readNext, handle: nextHandle },
] as const;

export function parseJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
