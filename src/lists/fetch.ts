/**
 * How a list is fetched, wherever it is fetched from (the extension's subscriptions, `npm run score -- --list URL`):
 * lists are written by strangers (SECURITY.md, "Malicious list URLs"). Only public https URLs, without cookies or
 * referrer, never from the HTTP cache, never following a redirect, and read no further than 5 MB. Plain
 * TypeScript: no extension APIs, so the background and Node share it.
 */
import type { AccountList } from './format';
import { readListText } from './smm-csv';

/** A list larger than this is refused (the State Media Monitor CSV is 170 kB). */
export const MAX_LIST_BYTES = 5_000_000;

/**
 * How long a list may take (issue 17, finding 8: a server trickling its answer held "Subscribe" past 45 s): the
 * whole fetch at most 20 s, and no more than 10 s without a byte. A 5 MB list on a slow mobile link (~2 Mbit/s)
 * takes about 20 s; the State Media Monitor CSV (170 kB) well under one.
 */
export interface FetchLimits {
  totalMs: number;
  stallMs: number;
}
export const LIST_LIMITS: FetchLimits = { totalMs: 20_000, stallMs: 10_000 };

/** Fetches a list URL with the given init; `fetch` in the extension and Node, a fake under test. */
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
 * An IP address (v4 dotted, or v6 with or without brackets, as a resolver or the URL parser writes it) that is not
 * on the public internet. For the CLI, which can resolve a list's host before fetching; the extension cannot.
 */
export function privateAddress(ip: string): boolean {
  const a = ip
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (a.includes(':')) {
    // The URL parser compresses and writes an embedded IPv4 in hex; a resolver may write it dotted.
    try {
      return privateV6(new URL(`https://[${a}]/`).hostname.slice(1, -1));
    } catch {
      return true;
    }
  }
  return /^\d+\.\d+\.\d+\.\d+$/.test(a) ? privateV4(a) : true;
}

/**
 * Names that only mean something on a local network, never on the public internet (issue 17, finding 8: `.lan`,
 * `fritz.box` and `home.arpa` once passed). Special-use names: `localhost`, `invalid`, `test`, `example` (RFC 6761,
 * RFC 2606), `local` (mDNS, RFC 6762), `home.arpa` (RFC 8375), `internal` (reserved for private use by ICANN,
 * 2024), `onion` and `alt` (RFC 7686, RFC 9476); in the IANA special-use domain names registry. And the suffixes
 * home routers and company networks hand out without owning them (RFC 6762 appendix G lists `intranet`,
 * `internal`, `private`, `corp`, `home`, `lan`), and router and OS defaults: `fritz.box` (AVM), `speedport.ip`
 * (Telekom), `localdomain`, `workgroup`, `domain`, `router`, `gateway`. A name of one label (no dot) is local too.
 */
const LOCAL_SUFFIXES = [
  'localhost',
  'local',
  'internal',
  'home.arpa',
  'invalid',
  'test',
  'example',
  'onion',
  'alt',
  'lan',
  'home',
  'corp',
  'intranet',
  'private',
  'fritz.box',
  'speedport.ip',
  'localdomain',
  'workgroup',
  'domain',
  'router',
  'gateway',
];

/** A host name that is local-only: one of LOCAL_SUFFIXES, a name under one, or a single label (no dot). */
export function localName(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!h.includes('.') && !h.startsWith('[')) return true;
  return LOCAL_SUFFIXES.some((s) => h === s || h.endsWith(`.${s}`));
}

/**
 * A list URL that may be fetched: https only, no credentials in it, and not a local or private host —
 * local-only names (`localName`: localhost, `.local`, `.lan`, `home.arpa`, `fritz.box`, single labels…), private,
 * loopback and link-local IP literals. (A public name that resolves to a private address is not caught here: an
 * extension cannot resolve names before fetching.)
 */
export function checkUrl(raw: string): string {
  const u = new URL(raw.trim());
  if (u.protocol !== 'https:') throw new Error('a list URL must start with https://');
  if (u.username || u.password) throw new Error('a list URL must not carry a user name or password');
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  const ip = host.startsWith('[') || /^\d+\.\d+\.\d+\.\d+$/.test(host);
  const local = ip ? (host.startsWith('[') ? privateV6(host.slice(1, -1)) : privateV4(host)) : localName(host);
  if (local) throw new Error('a list URL must name a public host, not a local or private address');
  return u.href;
}

/** A promise that rejects when `signal` aborts (with its reason). */
function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/** `p`, unless `ms` pass first or `signal` aborts: then it rejects (the caller cancels what `p` waits for). */
async function within<T>(p: Promise<T>, ms: number, what: string, signal?: AbortSignal): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(what)), ms);
  });
  try {
    return await Promise.race(signal ? [p, stalled, aborted(signal)] : [p, stalled]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The body as text, read as a stream and abandoned as soon as it passes `max` bytes, or when no byte came for
 * `stallMs`, or when `signal` aborts (the total time is up).
 */
export async function readLimited(
  res: Response,
  max = MAX_LIST_BYTES,
  stallMs = LIST_LIMITS.stallMs,
  signal?: AbortSignal,
): Promise<string> {
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
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      const stalled = `the list server sent nothing for ${stallMs / 1000} s`;
      chunk = await within(reader.read(), stallMs, stalled, signal);
    } catch (e) {
      await reader.cancel().catch(() => undefined);
      throw e;
    }
    const { done, value } = chunk;
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

/**
 * The text at a checked list URL (checkUrl first), refusing redirects and bodies over the cap, and giving up after
 * `limits` (the whole fetch, and a stall).
 */
export async function fetchListText(url: string, fetcher: Fetcher, limits: FetchLimits = LIST_LIMITS): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new Error(`the list took longer than ${limits.totalMs / 1000} s`)),
    limits.totalMs,
  );
  try {
    let res: Response;
    try {
      res = await within(
        fetcher(url, { ...FETCH_INIT, signal: controller.signal }),
        limits.totalMs,
        `the list took longer than ${limits.totalMs / 1000} s`,
        controller.signal,
      );
    } catch (e) {
      // With `redirect: 'error'` a redirect is a network error too.
      throw new Error(`could not fetch the list (a redirect, or the network failed): ${(e as Error).message}`);
    }
    const landed = res.url ? new URL(res.url).origin : new URL(url).origin;
    if (res.redirected || res.type === 'opaqueredirect' || landed !== new URL(url).origin)
      throw new Error('the list URL redirected; lists are fetched only from the URL given');
    if (!res.ok) throw new Error(`the server answered ${res.status}`);
    return await readLimited(res, MAX_LIST_BYTES, limits.stallMs, controller.signal);
  } finally {
    clearTimeout(timer);
    controller.abort(new Error('done'));
  }
}

/** A list from a URL, in either format (readListText); throws with the reason when there is no list. */
export async function fetchList(
  rawUrl: string,
  fetcher: Fetcher,
  limits: FetchLimits = LIST_LIMITS,
): Promise<{ list: AccountList; errors: string[] }> {
  const url = checkUrl(rawUrl);
  const { list, errors } = readListText(await fetchListText(url, fetcher, limits));
  if (!list) throw new Error(errors.join('; '));
  return { list, errors };
}
