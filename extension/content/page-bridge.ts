/**
 * The isolated side of the page-world tap (extension/page-world/api-tap.iife.ts): the page's own API answers,
 * received by `window.postMessage`. The page can post the same messages, so each is checked for shape, origin and
 * size, and its body goes only through the readers (src/tiktok/embedded.ts), which refuse another handle's data.
 */
import { readItemList, readUserDetail } from '../../src/tiktok/embedded';
import { isObject } from '../../src/tiktok/json';
import { normaliseHandle, type Observation } from '../../src/tiktok/observation';
import { API_TAP, API_TAP_MAX_BODY } from '../protocol';

/** Answers kept: the current profile's detail and a few pages of its posts. */
const KEEP = 8;

interface Answer {
  kind: 'user-detail' | 'item-list';
  secUid?: string;
  /** The handle the page asked about (`uniqueId` in a detail request's URL). */
  uniqueId?: string;
  body: unknown;
  /** The last reading of the body, for one handle: an answer is read once, not on every later change of the page. */
  read?: { handle: string; obs: Observation | undefined };
}

/** `read` of the answer for `handle`, kept on the answer; the time is the caller's. */
function readOnce(a: Answer, handle: string, now: number, read: (body: unknown) => Observation | undefined) {
  if (a.read?.handle !== handle) a.read = { handle, obs: read(a.body) };
  return a.read.obs && { ...a.read.obs, observedAt: now };
}

const answers: Answer[] = [];
/** Bumped per accepted answer: part of the profile session's "did anything change" key. */
export let bridgeVersion = 0;

/** One message from the page, if it is a well-formed copy of a known API answer of this origin. */
export function acceptApiMessage(data: unknown): Answer | undefined {
  if (!isObject(data) || data.type !== API_TAP || typeof data.body !== 'string' || typeof data.url !== 'string') return;
  if (data.kind !== 'user-detail' && data.kind !== 'item-list') return;
  if (data.body.length > API_TAP_MAX_BODY) return;
  let url: URL;
  try {
    url = new URL(data.url);
  } catch {
    return;
  }
  const path = data.kind === 'user-detail' ? /^\/api\/user\/detail\/?$/ : /^\/api\/post\/item_list\/?$/;
  if (url.origin !== location.origin || !path.test(url.pathname)) return;
  let body: unknown;
  try {
    body = JSON.parse(data.body);
  } catch {
    return;
  }
  if (!isObject(body)) return;
  const secUid = url.searchParams.get('secUid') ?? undefined;
  const uniqueId = url.searchParams.get('uniqueId') ?? undefined;
  return { kind: data.kind, body, ...(secUid ? { secUid } : {}), ...(uniqueId ? { uniqueId } : {}) };
}

/**
 * Starts listening; `onAnswer` is called (to queue a frame) for every accepted answer. Called at document_start,
 * before any of the page's scripts can make an API call, so no answer needs replaying: nothing is posted back (a
 * message the page could see; issue 17).
 */
export function startBridge(onAnswer: () => void): void {
  addEventListener('message', (e: MessageEvent) => {
    if (e.source !== window || e.origin !== location.origin) return;
    const a = acceptApiMessage(e.data);
    if (!a) return;
    answers.push(a);
    if (answers.length > KEEP) answers.shift();
    bridgeVersion++;
    onAnswer();
  });
}

/**
 * Readings of `handle` from the page's API answers. A posts list is taken only when its `secUid` is this
 * account's (known from the embedded JSON or the detail answer): its items may lack an author to check.
 */
export function apiObservations(handle: string, secUid: string | undefined, now: number): Observation[] {
  const out: Observation[] = [];
  let known = secUid;
  for (const a of answers) {
    if (a.kind !== 'user-detail') continue;
    // A status-only answer ("no such account", 10202) carries no user to check: it is about the handle the page
    // asked for. Kept after in-app navigation, it must not be read as an answer about the next profile.
    if (a.uniqueId !== undefined && normaliseHandle(a.uniqueId) !== handle) continue;
    const obs = readOnce(a, handle, now, (body) => readUserDetail(body, handle, now));
    if (obs && !obs.user && a.uniqueId === undefined) continue;
    if (obs) {
      out.push(obs);
      known ??= obs.user?.secUid;
    }
  }
  for (const a of answers) {
    if (a.kind !== 'item-list' || !known || a.secUid !== known) continue;
    const obs = readOnce(a, handle, now, (body) => readItemList(body, handle, now));
    if (obs) out.push(obs);
  }
  return out;
}
