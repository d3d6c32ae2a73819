/**
 * The URL's account, asked for the moment this script starts (it is imported first, so its message leaves before the
 * rest of the script is even run). A known account's cached verdict then has the best chance of being back before
 * the page's DOMContentLoaded, when the badge can go up with the page's first paint instead of after it (on a short
 * page the parser resumes a few ms after this script: issue 15's traces). The profile session takes this answer
 * instead of asking again (profile-session.ts `showCached`).
 */
import type { ContentToBackground, ResponseOf } from '../protocol';
import { send } from './ext';
import { locationHandle } from './location-handle';

type LookupAnswer = ResponseOf<ContentToBackground, 'content/lookup'> | undefined;

const handle = locationHandle();
let early: { handle: string; answer: Promise<LookupAnswer> } | undefined = handle
  ? { handle, answer: send('content/lookup', { handles: [handle] }).catch(() => undefined) }
  : undefined;

/** The answer asked for at start, for this handle, once; undefined when there is none to take. */
export function takeEarlyLookup(forHandle: string): Promise<LookupAnswer> | undefined {
  if (early?.handle !== forHandle) return undefined;
  const { answer } = early;
  early = undefined;
  return answer;
}
