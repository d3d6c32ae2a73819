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
 *   "entries": [
 *     { "handle": "example", "outlet": "CGTN", "state": "CN", "source": "https://…", "note": "optional" }
 *   ]
 * }
 * ```
 *
 * `handle` is the TikTok uniqueId (any case, with or without `@`); `source` is required (a URL to a public
 * reference, or a citation); `outlet`, `state` (ISO 3166-1 alpha-2) and `note` are optional. A reader skips bad
 * entries and reports them; a list of a newer major version is refused rather than half-read.
 */
import type { ListedAccount } from '../signals/types';
import { normaliseHandle } from '../tiktok/observation';

export const LIST_FORMAT = 'provenance-lens/list';
export const LIST_VERSION = 1;
/** Entries a list may hold: far above any real list, low enough that a hostile URL cannot fill the database. */
export const MAX_ENTRIES = 50_000;

export interface ListEntry {
  handle: string;
  source: string;
  outlet?: string;
  state?: string;
  note?: string;
}

export interface AccountList {
  format: typeof LIST_FORMAT;
  version: number;
  name: string;
  /** ISO 8601: when the list's author last changed it. */
  updated: string;
  entries: ListEntry[];
}

export interface ParsedList {
  list?: AccountList;
  /** One line per skipped entry or fatal problem, for the person who subscribed. */
  errors: string[];
}

/** TikTok handles: letters, digits, `_` and `.`, at most 24 characters. */
const HANDLE = /^[a-z0-9._]{1,24}$/;
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

/** One entry, or why it was skipped. */
function readEntry(e: unknown, seen: Set<string>): ListEntry | string {
  if (!isObject(e)) return ': not an object';
  const handle = typeof e.handle === 'string' ? normaliseHandle(e.handle) : '';
  if (!HANDLE.test(handle)) return ': bad handle';
  const source = text(e.source, 1000);
  if (!source || !validSource(source)) return ` (@${handle}): no usable source`;
  if (seen.has(handle)) return ` (@${handle}): duplicate`;
  seen.add(handle);
  const entry: ListEntry = { handle, source };
  const outlet = text(e.outlet, 200);
  const state = text(e.state, 2)?.toUpperCase();
  const note = text(e.note, 1000);
  if (outlet) entry.outlet = outlet;
  if (state && STATE.test(state)) entry.state = state;
  if (note) entry.note = note;
  return entry;
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
  return { list: { format: LIST_FORMAT, version, name, updated, entries }, errors };
}

/** A list document from entries (an export of a moderator's labels). */
export function makeList(name: string, entries: ListEntry[], now = Date.now()): AccountList {
  return { format: LIST_FORMAT, version: LIST_VERSION, name, updated: new Date(now).toISOString(), entries };
}

/** One lookup over several lists for assess()'s `lookupList`; the first list naming a handle wins. */
export function listLookup(
  lists: readonly { name: string; entries: readonly ListEntry[] }[],
): (handle: string) => ListedAccount | undefined {
  const byHandle = new Map<string, ListedAccount>();
  for (const l of lists) {
    for (const e of l.entries) {
      const handle = normaliseHandle(e.handle);
      if (byHandle.has(handle)) continue;
      const hit: ListedAccount = { handle, source: e.source, list: l.name };
      if (e.outlet) hit.outlet = e.outlet;
      if (e.state) hit.state = e.state;
      byHandle.set(handle, hit);
    }
  }
  return (handle) => byHandle.get(normaliseHandle(handle));
}
