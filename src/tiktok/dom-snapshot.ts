/**
 * The content script's half of a profile reading (snapshot.ts is the background's): the rendered DOM read where it
 * is, with the status messages left for the background, which knows the page's language from its JSON. Kept apart
 * so that the content script's bundle holds the DOM reader only, not the JSON readers.
 */
import { readDom } from './dom';
import type { Observation } from './observation';
import type { StatusPhrases } from './status-text';

/** The rendered DOM's reading, with the short texts a status message could be (matched in the background). */
export interface DomSnapshot {
  /** readDom's reading; its status is never `private` here (that needs the page's phrases): see `statusTexts`. */
  obs?: Observation;
  /** The texts readDom offered as possible status messages, in page order; only when it looked for one. */
  statusTexts?: string[];
}

/** Most status texts kept: as many as readDom looks at (dom.ts MAX_LEAVES), each at most 300 characters. */
const MAX_STATUS_TEXTS = 4000;

/** readDom on the live DOM, with the status phrases left to the background (they come from the page's JSON). */
export function snapshotDom(root: ParentNode, handle: string, observedAt: number): DomSnapshot {
  const texts = new Set<string>();
  const collect: StatusPhrases = {
    match(text) {
      if (texts.size < MAX_STATUS_TEXTS) texts.add(text);
      return undefined;
    },
  };
  const obs = readDom(root, handle, observedAt, collect);
  return { ...(obs ? { obs } : {}), ...(texts.size ? { statusTexts: [...texts] } : {}) };
}

/**
 * What readDom would have said with the page's phrases: a status page's message (no header), or a header without a
 * grid whose message says the account is private (dom.ts `readDom`, the same two rules).
 */
export function domWithPhrases(
  d: DomSnapshot,
  phrases: StatusPhrases,
  handle: string,
  observedAt: number,
): Observation | undefined {
  let status: ReturnType<StatusPhrases['match']>;
  for (const t of d.statusTexts ?? []) {
    status = phrases.match(t);
    if (status) break;
  }
  if (!d.obs) {
    return status === 'missing' || status === 'banned'
      ? { handle, source: 'dom', observedAt, posts: [], status }
      : undefined;
  }
  if (d.obs.status === 'ok' && !d.obs.postList && d.obs.posts.length === 0 && status === 'private')
    return { ...d.obs, status: 'private' };
  return d.obs;
}
