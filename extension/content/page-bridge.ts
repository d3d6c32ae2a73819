/**
 * The isolated side of the page-world tap (extension/page-world/api-tap.iife.ts): the page's own API answers,
 * received by `window.postMessage`. The page can post the same messages, so each is checked for shape, origin and
 * size here; its body stays text, read in the background (src/tiktok/snapshot.ts `answersObservations`) by the
 * readers, which refuse another handle's data and anything that is not a JSON object.
 */
import { isObject } from '../../src/tiktok/json';
import type { ApiAnswer } from '../../src/tiktok/snapshot';
import { API_TAP, API_TAP_MAX_BODY } from '../protocol';

/** Answers kept: the current profile's detail and a few pages of its posts. */
const KEEP = 8;

const answers: ApiAnswer[] = [];
/** Bumped per accepted answer: part of the profile session's "did anything change" key. */
export let bridgeVersion = 0;

/** One message from the page, if it is a well-formed copy of a known API answer of this origin. */
export function acceptApiMessage(data: unknown): ApiAnswer | undefined {
  if (!isObject(data) || data.type !== API_TAP || typeof data.body !== 'string' || typeof data.url !== 'string') return;
  if (data.kind !== 'user-detail' && data.kind !== 'item-list') return;
  if (!data.body || data.body.length > API_TAP_MAX_BODY) return;
  let url: URL;
  try {
    url = new URL(data.url);
  } catch {
    return;
  }
  const path = data.kind === 'user-detail' ? /^\/api\/user\/detail\/?$/ : /^\/api\/post\/item_list\/?$/;
  if (url.origin !== location.origin || !path.test(url.pathname)) return;
  return { kind: data.kind, url: url.href, body: data.body };
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

/** The answers kept, oldest first (a copy: the session sends it). */
export function answersNow(): ApiAnswer[] {
  return [...answers];
}

/** The kept answers accepted after `version` (a `bridgeVersion` read earlier), oldest first. */
export function answersSince(version: number): ApiAnswer[] {
  return answers.slice(Math.max(0, answers.length - (bridgeVersion - version)));
}
