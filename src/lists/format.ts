/**
 * The shareable list format: a versioned JSON document naming state-media accounts, each with the public source
 * that names it. The bundled seed list, subscribed lists and a moderator's exported labels all use it.
 *
 * ```json
 * {
 *   "format": "provenance-lens/list",
 *   "version": 1,
 *   "name": "Team list",
 *   "updated": "2025-01-31T12:00:00.000Z",
 *   "type": "SC",
 *   "entries": [
 *     { "handle": "example", "outlet": "CGTN", "state": "CN", "source": "https://…", "note": "optional", "type": "SC" }
 *   ],
 *   "domains": [
 *     { "domain": "cgtn.com", "outlet": "CGTN", "state": "CN", "source": "https://…", "type": "SC" }
 *   ]
 * }
 * ```
 *
 * `handle` is the TikTok uniqueId (any case, with or without `@`); `source` is required (a URL to a public
 * reference, or a citation); `outlet`, `state` (ISO 3166-1 alpha-2), `country` (a name), `note` and `type` are
 * optional. `type` is the outlet's State Media Monitor typology (src/lists/typology.ts: SC, CaPu, CaPr, ISFM, ISF,
 * ISM, IP; "ISFM?" reads as ISFM); an entry without one takes the list's `type`, and a list without one means SC,
 * what every entry meant before lists carried a type. `domains` (optional) names outlets' own web domains, for bio
 * links. A reader skips bad entries and reports them; an entry with a type it does not know is skipped (never read as
 * SC); a list with an unknown list-wide type or of a newer major version is refused rather than half-read.
 */
import type { ListedAccount, ListedDomain, ListedFacts } from '../signals/types';
import { isValidHandle, normaliseHandle } from '../tiktok/handle';
import { parseTypology, type Typology } from './typology';

export const LIST_FORMAT = 'provenance-lens/list';
export const LIST_VERSION = 1;
/** Entries a list may hold: far above any real list, low enough that a hostile URL cannot fill the database. */
export const MAX_ENTRIES = 50_000;
/** Outlet domains a list may hold (the State Media Monitor data set has about a thousand). */
export const MAX_DOMAINS = 50_000;

/** One account of a list (`type` absent: the list's `type`, or SC). */
export interface ListEntry extends ListedFacts {
  handle: string;
}

/** An outlet's own web domain (lower case, without `www.`), for bio links. */
export interface DomainEntry extends ListedFacts {
  domain: string;
}

export interface AccountList {
  format: typeof LIST_FORMAT;
  version: number;
  name: string;
  /** ISO 8601: when the list's author last changed it. */
  updated: string;
  /** The typology of entries that name none; absent: SC. */
  type?: Typology;
  entries: ListEntry[];
  domains?: DomainEntry[];
}

export interface ParsedList {
  list?: AccountList;
  /** One line per skipped entry or fatal problem, for the person who subscribed. */
  errors: string[];
}

const STATE = /^[A-Z]{2}$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(v: unknown, max: number): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t ? t.slice(0, max) : undefined;
}

/** A source is a public reference: an http(s) URL, or a plain citation. A `javascript:` link is neither. */
export function validSource(s: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(s) && !/^https?:\/\//i.test(s)) return false;
  if (/^https?:\/\//i.test(s)) {
    try {
      new URL(s);
    } catch {
      return false;
    }
  }
  return s.length >= 3;
}

/**
 * Hosts that are never one outlet's own domain: platforms, link hubs and shorteners, blog and site hosts. A list
 * naming one would make every bio linking there look like a state outlet's.
 */
const SHARED_HOSTS = new Set([
  'tiktok.com',
  'youtube.com',
  'youtu.be',
  'facebook.com',
  'fb.com',
  'fb.me',
  'instagram.com',
  'twitter.com',
  'x.com',
  't.me',
  'telegram.me',
  'telegram.org',
  'vk.com',
  'ok.ru',
  'linkedin.com',
  'threads.net',
  'whatsapp.com',
  'wa.me',
  'google.com',
  'goo.gl',
  'bit.ly',
  't.co',
  'linktr.ee',
  'linkin.bio',
  'beacons.ai',
  'wikipedia.org',
  'github.com',
  'github.io',
  'githubusercontent.com',
  'blogspot.com',
  'wordpress.com',
  'medium.com',
  'substack.com',
  'apple.com',
  'spotify.com',
]);

/** Second-level labels under which registrants get domains (gov.xx, co.uk, com.cn, …): never a domain alone. */
const REGISTRY_LABELS = /^(gov|govt|gob|gouv|go|com|co|org|or|net|ne|edu|ac|info|mil|nic|int)\.[a-z]{2}$/;

/**
 * A web domain as lists keep it: from a bare host or a URL, lower case, without a trailing dot or a leading `www.`;
 * undefined for IP addresses, single labels, registry suffixes (`gov.uk`) and shared platforms (SHARED_HOSTS).
 */
export function normaliseDomain(raw: string): string | undefined {
  const t = raw.trim();
  if (!t || t.length > 2000 || /\s/.test(t)) return undefined;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(t) ? t : `https://${t}`).hostname;
  } catch {
    return undefined;
  }
  host = host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\d?\./, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) || host.length > 253) return undefined;
  if (/^[\d.]+$/.test(host)) return undefined;
  if (REGISTRY_LABELS.test(host)) return undefined;
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) if (SHARED_HOSTS.has(labels.slice(i).join('.'))) return undefined;
  return host;
}

/** The optional fields every entry and domain may carry; a reason string when the type is unknown. */
function readCommon(e: Record<string, unknown>): Omit<ListEntry, 'handle' | 'source'> | string {
  const out: Omit<ListEntry, 'handle' | 'source'> = {};
  if (e.type !== undefined) {
    const type = typeof e.type === 'string' ? parseTypology(e.type) : undefined;
    if (!type) return `unknown type ${JSON.stringify(e.type).slice(0, 40)}`;
    out.type = type;
  }
  const outlet = text(e.outlet, 200);
  const state = text(e.state, 2)?.toUpperCase();
  const country = text(e.country, 100);
  const note = text(e.note, 1000);
  if (outlet) out.outlet = outlet;
  if (state && STATE.test(state)) out.state = state;
  if (country) out.country = country;
  if (note) out.note = note;
  return out;
}

/** One entry, or why it was skipped. */
function readEntry(e: unknown, seen: Set<string>): ListEntry | string {
  if (!isObject(e)) return ': not an object';
  const handle = typeof e.handle === 'string' ? normaliseHandle(e.handle) : '';
  if (!isValidHandle(handle)) return ': bad handle';
  const source = text(e.source, 1000);
  if (!source || !validSource(source)) return ` (@${handle}): no usable source`;
  const common = readCommon(e);
  if (typeof common === 'string') return ` (@${handle}): ${common}`;
  if (seen.has(handle)) return ` (@${handle}): duplicate`;
  seen.add(handle);
  return { handle, source, ...common };
}

/** One outlet domain, or why it was skipped. */
function readDomain(e: unknown, seen: Set<string>): DomainEntry | string {
  if (!isObject(e)) return ': not an object';
  const domain = typeof e.domain === 'string' ? normaliseDomain(e.domain) : undefined;
  if (!domain) return ': not a usable domain (an outlet’s own domain, not a platform, an IP or a registry suffix)';
  const source = text(e.source, 1000);
  if (!source || !validSource(source)) return ` (${domain}): no usable source`;
  const common = readCommon(e);
  if (typeof common === 'string') return ` (${domain}): ${common}`;
  if (seen.has(domain)) return ` (${domain}): duplicate`;
  seen.add(domain);
  return { domain, source, ...common };
}

/** Reads a list document; never throws. */
export function parseList(raw: unknown): ParsedList {
  const errors: string[] = [];
  if (!isObject(raw)) return { errors: ['not a JSON object'] };
  if (raw.format !== LIST_FORMAT) return { errors: [`format must be "${LIST_FORMAT}"`] };
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { errors: ['version must be a positive integer'] };
  }
  if (version > LIST_VERSION)
    return { errors: [`version ${version} is newer than this extension reads (${LIST_VERSION})`] };
  if (!Array.isArray(raw.entries)) return { errors: ['entries must be an array'] };
  if (raw.entries.length > MAX_ENTRIES) return { errors: [`more than ${MAX_ENTRIES} entries`] };
  if (raw.domains !== undefined && !Array.isArray(raw.domains)) return { errors: ['domains must be an array'] };
  if (Array.isArray(raw.domains) && raw.domains.length > MAX_DOMAINS)
    return { errors: [`more than ${MAX_DOMAINS} domains`] };
  let type: Typology | undefined;
  if (raw.type !== undefined) {
    type = typeof raw.type === 'string' ? parseTypology(raw.type) : undefined;
    // Read as SC, an unknown list-wide type would make every entry the strongest kind: refused instead.
    if (!type) return { errors: [`unknown type ${JSON.stringify(raw.type).slice(0, 40)} for the whole list`] };
  }
  const updated = typeof raw.updated === 'string' && !Number.isNaN(Date.parse(raw.updated)) ? raw.updated : '';
  if (!updated) errors.push('updated is missing or not a date');
  const entries: ListEntry[] = [];
  const seen = new Set<string>();
  raw.entries.forEach((e, i) => {
    const r = readEntry(e, seen);
    if (typeof r === 'string') errors.push(`entry ${i}${r}`);
    else entries.push(r);
  });
  const name = text(raw.name, 200) ?? 'Unnamed list';
  const list: AccountList = { format: LIST_FORMAT, version, name, updated, entries };
  if (type) list.type = type;
  if (Array.isArray(raw.domains)) {
    const domains: DomainEntry[] = [];
    const seenDomains = new Set<string>();
    raw.domains.forEach((e, i) => {
      const r = readDomain(e, seenDomains);
      if (typeof r === 'string') errors.push(`domain ${i}${r}`);
      else domains.push(r);
    });
    list.domains = domains;
  }
  return { list, errors };
}

/** A list document from entries (an export of a moderator's labels). */
export function makeList(name: string, entries: ListEntry[], now = Date.now()): AccountList {
  return { format: LIST_FORMAT, version: LIST_VERSION, name, updated: new Date(now).toISOString(), entries };
}

/** What a lookup needs of a list: its name, entries and domains (a stored subscription row has these too). */
export interface LookupSource {
  name: string;
  type?: Typology;
  entries: readonly (ListEntry | ListedAccount)[];
  domains?: readonly (DomainEntry | ListedDomain)[];
}

/**
 * The optional fields of an entry or a domain, copied onto a lookup's answer; undefined when its type is not one
 * of the typology's (a stored row may come from an imported backup): such an entry is left out, never read as SC.
 */
function details(e: Omit<ListEntry, 'handle' | 'source'>, listType: Typology | undefined) {
  const d: Omit<ListEntry, 'handle' | 'source'> = {};
  if (typeof e.outlet === 'string') d.outlet = e.outlet;
  if (typeof e.state === 'string') d.state = e.state;
  if (typeof e.country === 'string') d.country = e.country;
  if (typeof e.note === 'string') d.note = e.note;
  const raw: unknown = e.type ?? listType;
  if (raw === undefined) return d;
  const type = typeof raw === 'string' ? parseTypology(raw) : undefined;
  if (!type) return undefined;
  d.type = type;
  return d;
}

/**
 * One lookup over several lists for assess()'s `lookupList`; the first list naming a handle wins. Entries are read
 * defensively (a stored row may come from an imported backup): one without a string handle and source is skipped.
 */
export function listLookup(lists: readonly LookupSource[]): (handle: string) => ListedAccount | undefined {
  const byHandle = new Map<string, ListedAccount>();
  for (const l of lists) {
    for (const e of l.entries) {
      if (!isObject(e) || typeof e.handle !== 'string' || typeof e.source !== 'string') continue;
      const handle = normaliseHandle(e.handle);
      const d = details(e, l.type);
      if (!d || byHandle.has(handle)) continue;
      byHandle.set(handle, { handle, source: e.source, list: l.name, ...d });
    }
  }
  return (handle) => byHandle.get(normaliseHandle(handle));
}

/**
 * One lookup over the lists' outlet domains for assess()'s `lookupDomain`: a host (any case, with or without
 * `www.` or a trailing dot; a URL is read for its host) answers for the most specific listed domain it is or
 * belongs to — `news.cgtn.com` for `cgtn.com` — never a listed domain's parent. The first list naming a domain wins.
 */
export function domainLookup(lists: readonly LookupSource[]): (host: string) => ListedDomain | undefined {
  const byDomain = new Map<string, ListedDomain>();
  for (const l of lists) {
    for (const e of l.domains ?? []) {
      if (!isObject(e) || typeof e.domain !== 'string' || typeof e.source !== 'string') continue;
      const domain = normaliseDomain(e.domain);
      const d = details(e, l.type);
      if (!domain || !d || byDomain.has(domain)) continue;
      byDomain.set(domain, { domain, source: e.source, list: l.name, ...d });
    }
  }
  return (host) => {
    if (!byDomain.size || typeof host !== 'string') return undefined;
    const h = normaliseDomain(host.trim().toLowerCase().replace(/\.$/, ''));
    if (!h) return undefined;
    const labels = h.split('.');
    for (let i = 0; i < labels.length - 1; i++) {
      const hit = byDomain.get(labels.slice(i).join('.'));
      if (hit) return hit;
    }
    return undefined;
  };
}
