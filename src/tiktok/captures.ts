/**
 * Saved captures -> Observations: profile pages (.html), API answers (.json) and HAR files (.har, dated by each
 * entry's `startedDateTime`). Used by the command-line scorer; the HTML parser is passed in so that this module
 * stays free of Node-only code.
 */
import { readItemList, readUserDetail } from './embedded';
import { handleFromProfileUrl, normaliseHandle, type Observation } from './observation';
import { readProfileDocument } from './page';
import { isObject } from './raw';

export type HtmlParser = (html: string) => ParentNode;

export class CaptureError extends Error {}

/** The account a saved profile page is about: its canonical URL, else the handle heading, else the JSON's user. */
function handleOfPage(root: ParentNode, html: string): string | undefined {
  const canonical =
    root.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    root.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const fromUrl = canonical ? handleFromProfileUrl(canonical) : undefined;
  if (fromUrl) return fromUrl;
  const title = root.querySelector('h1[data-e2e="user-title"]')?.textContent?.trim();
  if (title && /^@?[\w.]{1,64}$/.test(title)) return normaliseHandle(title);
  const m = /"uniqueId"\s*:\s*"([\w.]{1,64})"/.exec(html);
  return m?.[1] ? normaliseHandle(m[1]) : undefined;
}

export function readHtmlCapture(html: string, parse: HtmlParser, observedAt: number, url?: string): Observation {
  const root = parse(html);
  const handle = (url ? handleFromProfileUrl(url) : undefined) ?? handleOfPage(root, html);
  if (!handle) throw new CaptureError('not a TikTok profile page (no handle found)');
  return readProfileDocument(root, handle, observedAt);
}

/** An API answer: `/api/user/detail/` or `/api/post/item_list/`, told apart by shape. */
export function readJsonCapture(data: unknown, observedAt: number): Observation {
  if (!isObject(data)) throw new CaptureError('not a JSON object');
  if (isObject(data.userInfo) && isObject(data.userInfo.user) && typeof data.userInfo.user.uniqueId === 'string') {
    const handle = normaliseHandle(data.userInfo.user.uniqueId);
    const obs = readUserDetail(data, handle, observedAt);
    if (obs) return obs;
  }
  if (Array.isArray(data.itemList)) {
    const first = data.itemList.find((it) => isObject(it) && isObject(it.author));
    const author = isObject(first) && isObject(first.author) ? first.author.uniqueId : undefined;
    if (typeof author === 'string') {
      const obs = readItemList(data, normaliseHandle(author), observedAt);
      if (obs) return obs;
    }
  }
  throw new CaptureError('not a TikTok /api/user/detail/ or /api/post/item_list/ answer');
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
