/**
 * Subscribed lists: fetched from an https URL, read with the list format (src/lists/format.ts), stored in the
 * DB owner's `subscriptions` table, refreshed on a schedule. The list's host must allow cross-origin reads (raw
 * files on code hosts and gists do): the extension asks for no host permission to fetch lists.
 */
import { parseList } from '../../src/lists/format';
import { SEED_LIST } from '../../src/lists/seed';
import type { ListInfo } from '../ui/shared/messages';
import type { LensDb, SubscriptionRow } from './db';
import { currentOptions, listsChanged } from './ui-settings';

/** A subscribed list older than this is fetched again by the scheduled refresh. */
export const REFRESH_MS = 24 * 3600_000;
const MAX_BYTES = 5_000_000;

/** What the subscription row keeps beyond the DB owner's SubscriptionRow. */
type Row = SubscriptionRow & { updated?: string; errors?: string[] };

/** Fetches a list URL with the given init; `fetch` in the extension, a fake under test. */
export type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

/**
 * How every list is fetched: without cookies or referrer, never from the HTTP cache, and refusing redirects (a
 * redirect could lead to another origin, or to a private address the URL check never saw).
 */
export const FETCH_INIT: RequestInit = {
  credentials: 'omit',
  cache: 'no-cache',
  redirect: 'error',
  referrerPolicy: 'no-referrer',
};
const defaultFetch: Fetcher = (url, init) => fetch(url, init);

/** An IPv4 address (as the URL parser normalises it) in a range that is not the public internet. */
function privateV4(host: string): boolean {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return (
    a === 0 || // "this" network
    a === 10 ||
    a === 127 || // loopback
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0 && Number(m[3]) === 0) || // IETF protocol assignments
    (a === 198 && (b === 18 || b === 19)) || // benchmarking
    a >= 224 // multicast, reserved, broadcast
  );
}

/** The eight 16-bit groups of an IPv6 address as the URL parser serialises it (no brackets, `::` compressed). */
function v6Groups(host: string): number[] | undefined {
  const [head = '', tail] = host.split('::');
  const part = (s: string) => (s ? s.split(':').map((g) => Number.parseInt(g, 16)) : []);
  const h = part(head);
  const t = tail === undefined ? [] : part(tail);
  const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill(0), ...t];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}

const v4Of = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;

/** An IPv6 address that is loopback, unspecified, link- or site-local, unique-local, multicast, or embeds a private IPv4. */
function privateV6(host: string): boolean {
  const g = v6Groups(host);
  if (!g) return true; // unparseable: refuse
  const [g0 = 0, g1 = 0, g2 = 0, , , g5 = 0, g6 = 0, g7 = 0] = g;
  if (g.slice(0, 7).every((x) => x === 0) && g7 <= 1) return true; // :: and ::1
  if ((g0 & 0xfe00) === 0xfc00 || (g0 & 0xffc0) === 0xfe80 || (g0 & 0xffc0) === 0xfec0 || g0 >> 8 === 0xff) return true;
  // IPv4-mapped (::ffff:a.b.c.d) and -compatible (::a.b.c.d), NAT64 (64:ff9b::/96), 6to4 (2002::/16).
  if (g.slice(0, 5).every((x) => x === 0) && (g5 === 0xffff || g5 === 0)) return privateV4(v4Of(g6, g7));
  if (g0 === 0x64 && g1 === 0xff9b) return privateV4(v4Of(g6, g7));
  if (g0 === 0x2002) return privateV4(v4Of(g1, g2));
  return false;
}

/**
 * A list URL the extension will fetch: https only, no credentials in it, and not a local or private host —
 * localhost, `.local`/`.internal`/`.localhost` names, private, loopback and link-local IP literals. (A public name
 * that resolves to a private address is not caught here: an extension cannot resolve names before fetching.)
 */
export function checkUrl(raw: string): string {
  const u = new URL(raw.trim());
  if (u.protocol !== 'https:') throw new Error('a list URL must start with https://');
  if (u.username || u.password) throw new Error('a list URL must not carry a user name or password');
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  const local =
    host === 'localhost' ||
    /\.(localhost|local|internal)$/.test(host) ||
    (host.startsWith('[') ? privateV6(host.slice(1, -1)) : privateV4(host));
  if (local) throw new Error('a list URL must name a public host, not a local or private address');
  return u.href;
}

/** The body as text, read as a stream and abandoned as soon as it passes `max` bytes. */
export async function readLimited(res: Response, max = MAX_BYTES): Promise<string> {
  const tooBig = () => new Error(`the list is larger than ${max / 1_000_000} MB`);
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    await res.body?.cancel().catch(() => undefined);
    throw tooBig();
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw tooBig();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

async function fetchList(url: string, fetcher: Fetcher) {
  let res: Response;
  try {
    res = await fetcher(url, FETCH_INIT);
  } catch (e) {
    // With `redirect: 'error'` a redirect is a network error too.
    throw new Error(`could not fetch the list (a redirect, or the network failed): ${(e as Error).message}`);
  }
  const landed = res.url ? new URL(res.url).origin : new URL(url).origin;
  if (res.redirected || res.type === 'opaqueredirect' || landed !== new URL(url).origin)
    throw new Error('the list URL redirected; lists are fetched only from the URL given');
  if (!res.ok) throw new Error(`the server answered ${res.status}`);
  const text = await readLimited(res);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('not JSON');
  }
  const { list, errors } = parseList(json);
  if (!list) throw new Error(errors.join('; '));
  return { list, errors };
}

function info(r: Row): ListInfo {
  const i: ListInfo = { url: r.url, name: r.name ?? r.url, enabled: r.enabled, entries: r.entries.length };
  if (r.fetchedAt) i.fetchedAt = r.fetchedAt;
  if (r.updated) i.updated = r.updated;
  if (r.errors?.length) i.errors = r.errors.slice(0, 20);
  return i;
}

export async function subscribe(db: LensDb, rawUrl: string, now: number, fetcher = defaultFetch): Promise<ListInfo> {
  const url = checkUrl(rawUrl);
  const { list, errors } = await fetchList(url, fetcher);
  const prev = await db.subscriptions.get(url);
  const row: Row = {
    url,
    name: list.name,
    enabled: prev?.enabled ?? true,
    addedAt: prev?.addedAt ?? now,
    fetchedAt: now,
    updated: list.updated,
    errors,
    entries: list.entries.map((e) => ({ ...e, list: list.name })),
  };
  await db.subscriptions.put(row);
  listsChanged();
  return info(row);
}

export async function unsubscribe(db: LensDb, url: string): Promise<void> {
  await db.subscriptions.delete(url);
  listsChanged();
}

export async function setEnabled(db: LensDb, url: string, enabled: boolean): Promise<void> {
  await db.subscriptions.update(url, { enabled });
  listsChanged();
}

/** Fetch every subscription older than `maxAgeMs`; a failed fetch keeps the old entries and records the error. */
export async function refreshLists(db: LensDb, now: number, maxAgeMs = REFRESH_MS, fetcher = defaultFetch) {
  for (const s of (await db.subscriptions.toArray()) as Row[]) {
    if (s.fetchedAt && now - s.fetchedAt < maxAgeMs) continue;
    try {
      await subscribe(db, s.url, now, fetcher);
    } catch (e) {
      await db.subscriptions.update(s.url, { errors: [`refresh failed: ${(e as Error).message}`] } as Partial<Row>);
    }
  }
}

export async function listInfos(db: LensDb): Promise<ListInfo[]> {
  const o = await currentOptions();
  const seed: ListInfo = {
    url: 'bundled',
    name: SEED_LIST.name,
    enabled: o.seedList,
    entries: SEED_LIST.entries.length,
    updated: SEED_LIST.updated,
    seed: true,
  };
  return [seed, ...((await db.subscriptions.toArray()) as Row[]).map(info)];
}
