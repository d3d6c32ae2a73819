/**
 * A profile visit as the content script hands it over: the page's own texts, unparsed — its embedded JSON, its API
 * answers and the rendered profile's HTML. The background turns it into an Observation with the same readers the
 * scorer uses (readSnapshot), the HTML parsed as the scorer parses a saved page.
 *
 * Why (issue 15): every millisecond the content script spends is the page's, on its main thread; the background
 * runs in the extension's process. Parsing the embedded JSON (230 KB on a real 2025 page, 550 KB in the SIGI era)
 * and the page's API answers was most of the script's work on a profile load; reading the rendered header and grid
 * in the page (the DOM reader's first run, compiled cold on every load) was the next largest, 5-7 ms a load. The
 * browser serialises the profile's subtree natively (`outerHTML`) for a fraction of that.
 */
import { readDom } from './dom';
import { parseJson, readItemList, readUserDetail } from './embedded';
import { isObject } from './json';
import { mergeObservations } from './merge';
import { normaliseHandle, type Observation } from './observation';
import { type PageSource, readProfile } from './profile';

/** One of the page's own API answers, as the page-world tap copied it (its body unparsed). */
export interface ApiAnswer {
  kind: 'user-detail' | 'item-list';
  /** The answer's URL: its `secUid` and `uniqueId` say whose it is. */
  url: string;
  body: string;
}

export interface PageSnapshot {
  /** The account of the URL (normalised): the only account the reading may be about. */
  handle: string;
  /** The account of the document's own URL when it loaded; after in-app navigation its JSON is another's. */
  documentHandle: string;
  observedAt: number;
  /** The embedded JSON scripts' texts, by id; only when the document is this account's own. */
  scripts?: { id: string; text: string }[];
  /** The schema.org blocks' texts; only when the document is this account's own. */
  ldJson?: string[];
  /** The rendered profile's HTML (its container's `outerHTML`): header, grid, or a status page's message. */
  html?: string;
  /** A verification wall anywhere in the document (it may sit outside the profile's container). */
  wall?: boolean;
  /**
   * The page's API answers; only when this account's header is rendered and the URL is still its own (the content
   * script's gate against a page that pushes another handle into the URL: issue 17, finding 2).
   */
  answers?: ApiAnswer[];
}

/**
 * Readings of `handle` from the page's API answers. A posts list is taken only when its `secUid` is this
 * account's (known from the embedded JSON or a detail answer): its items may lack an author to check.
 */
export function answersObservations(
  answers: readonly ApiAnswer[],
  handle: string,
  secUid: string | undefined,
  now: number,
): Observation[] {
  const out: Observation[] = [];
  let known = secUid;
  const params = (a: ApiAnswer) => {
    try {
      return new URL(a.url).searchParams;
    } catch {
      return undefined;
    }
  };
  for (const a of answers) {
    if (a.kind !== 'user-detail') continue;
    const uniqueId = params(a)?.get('uniqueId') ?? undefined;
    // A status-only answer ("no such account", 10202) carries no user to check: it is about the handle the page
    // asked for. Kept after in-app navigation, it must not be read as an answer about the next profile.
    if (uniqueId !== undefined && normaliseHandle(uniqueId) !== handle) continue;
    const body = parseJson(a.body);
    if (!isObject(body)) continue;
    const obs = readUserDetail(body, handle, now);
    if (obs && !obs.user && uniqueId === undefined) continue;
    if (obs) {
      out.push(obs);
      known ??= obs.user?.secUid;
    }
  }
  for (const a of answers) {
    if (a.kind !== 'item-list' || !known || params(a)?.get('secUid') !== known) continue;
    const body = parseJson(a.body);
    const obs = isObject(body) ? readItemList(body, handle, now) : undefined;
    if (obs) out.push(obs);
  }
  return out;
}

/** An HTML parser giving the DOM methods the readers use (src/html/lite.ts); undefined for what it refuses. */
export type HtmlParser = (html: string) => ParentNode | undefined;

/**
 * The visit's Observation: the page's own reading (profile.ts readProfile: DOM, schema.org, embedded JSON), refined
 * by its API answers; undefined when there is nothing to record yet (the header has not rendered).
 */
export function readSnapshot(s: PageSnapshot, parse: HtmlParser): Observation | undefined {
  const { handle, observedAt } = s;
  const own = s.documentHandle === handle;
  const src: PageSource = {
    script: (id) => (own ? s.scripts?.find((x) => x.id === id)?.text : undefined),
    ldJson: () => (own ? (s.ldJson ?? []) : []),
    dom: (phrases) => {
      if (s.wall) return { handle, source: 'dom', observedAt, posts: [], status: 'wall' };
      const root = s.html ? parse(s.html) : undefined;
      return root ? readDom(root, handle, observedAt, phrases) : undefined;
    },
  };
  const read = readProfile(src, { handle, observedAt, documentHandle: s.documentHandle });
  let obs = read.status === 'unreadable' ? undefined : read;
  for (const api of answersObservations(s.answers ?? [], handle, obs?.user?.secUid, observedAt)) {
    if (!obs) obs = api.user || api.status !== 'ok' ? api : undefined;
    else obs = mergeObservations(obs, api);
  }
  return obs && (obs.user || obs.status !== 'ok') ? obs : undefined;
}
