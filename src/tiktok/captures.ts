/**
 * Saved captures -> Observations: profile pages (.html), API answers (.json) and HAR files (.har, dated by each
 * entry's `startedDateTime`). Used by the command-line scorer; the HTML parser is passed in so that this module
 * stays free of Node-only code.
 */
import { readItemList, readUniversal, readUserDetail, universalHandle } from './embedded';
import { isObject } from './json';
import { handleFromProfileUrl, normaliseHandle, type Observation } from './observation';
import { domSource } from './page-source';
import { parseEmbedded, profileHandle, readProfile } from './profile';
import { rawUniqueId } from './raw';

export type HtmlParser = (html: string) => ParentNode;

export class CaptureError extends Error {}

/** A saved profile page: the account in `url` (a HAR entry's), else the one the page itself names. */
export function readHtmlCapture(html: string, parse: HtmlParser, observedAt: number, url?: string): Observation {
  const src = domSource(parse(html), true);
  const embedded = parseEmbedded(src);
  const handle = (url ? handleFromProfileUrl(url) : undefined) ?? profileHandle(src, embedded);
  if (!handle) throw new CaptureError('not a TikTok profile page (no profile handle found)');
  // A saved file is its own document: its embedded JSON is about the URL it was saved from.
  return readProfile(src, { handle, observedAt, documentHandle: handle, embedded });
}

/**
 * A JSON capture, told apart by shape: an `/api/user/detail/` answer (or a bare `{userInfo}` object), an
 * `/api/post/item_list/` answer, or a page's universal blob saved on its own (`__DEFAULT_SCOPE__`).
 */
export function readJsonCapture(data: unknown, observedAt: number): Observation {
  if (!isObject(data)) throw new CaptureError('not a JSON object');
  const universal = universalHandle(data);
  if (universal) {
    const obs = readUniversal(data, universal, observedAt);
    if (obs) return obs;
  }
  if (isObject(data.userInfo) && isObject(data.userInfo.user) && typeof data.userInfo.user.uniqueId === 'string') {
    const handle = normaliseHandle(rawUniqueId(data.userInfo.user.uniqueId) ?? '');
    const obs = readUserDetail(data, handle, observedAt);
    if (obs) return obs;
  }
  if (Array.isArray(data.itemList)) {
    const first = data.itemList.find((it) => isObject(it) && isObject(it.author));
    const author = isObject(first) && isObject(first.author) ? first.author.uniqueId : undefined;
    if (typeof author === 'string') {
      const obs = readItemList(data, normaliseHandle(rawUniqueId(author) ?? ''), observedAt);
      if (obs) return obs;
    }
    if (data.itemList.length === 0) throw new CaptureError('an empty /api/post/item_list/ answer (no author to name)');
  }
  throw new CaptureError('not a TikTok profile answer (/api/user/detail/, /api/post/item_list/ or universal data)');
}

function harText(content: unknown): string | undefined {
  if (!isObject(content) || typeof content.text !== 'string') return undefined;
  if (content.encoding === 'base64') {
    try {
      return new TextDecoder().decode(Uint8Array.from(atob(content.text), (c) => c.charCodeAt(0)));
    } catch {
      return undefined;
    }
  }
  return content.text;
}

/** Every profile page and API answer in a HAR, each dated by its entry's `startedDateTime`. */
export function readHarCapture(data: unknown, parse: HtmlParser): { observations: Observation[]; skipped: number } {
  if (!isObject(data) || !isObject(data.log) || !Array.isArray(data.log.entries)) {
    throw new CaptureError('not a HAR file (no log.entries)');
  }
  const observations: Observation[] = [];
  let skipped = 0;
  for (const entry of data.log.entries) {
    try {
      if (!isObject(entry) || !isObject(entry.request) || !isObject(entry.response)) throw new CaptureError('entry');
      const url = String(entry.request.url ?? '');
      const at = Date.parse(String(entry.startedDateTime ?? ''));
      const text = harText(entry.response.content);
      if (!text || !Number.isFinite(at)) throw new CaptureError('entry');
      if (/\/api\/(user\/detail|post\/item_list)\//.test(url)) observations.push(readJsonCapture(JSON.parse(text), at));
      else if (handleFromProfileUrl(url)) observations.push(readHtmlCapture(text, parse, at, url));
      else skipped++;
    } catch {
      skipped++;
    }
  }
  return { observations, skipped };
}
