/**
 * The rows lists are stored as (the `subscriptions` table), apart from lists.ts so that the import (import-rules.ts)
 * builds them with the same code as a live subscribe without the extension APIs: the name a list may be shown
 * under, an imported file's key, and a subscription row from an export file through the URL check and list reader.
 */
import { checkUrl } from '../../src/lists/fetch';
import { type AccountList, LIST_FORMAT, LIST_VERSION, parseList } from '../../src/lists/format';
import type { ListedDomain } from '../../src/signals/types';
import type { SubscriptionRow } from './db';

/** An imported file's key in the table: never an https URL, so the refresh leaves it alone. */
export const FILE_PREFIX = 'file:';

/** What the subscription row keeps beyond the DB owner's SubscriptionRow. */
export type Row = SubscriptionRow & {
  updated?: string;
  errors?: string[];
  /** Outlet domains (for bio links), each with the list's name like the entries. */
  domains?: ListedDomain[];
  /** Read from a file the user imported: never fetched. */
  imported?: boolean;
};

/** A name folded for comparison: compatibility forms, case, look-alike letters and digits, then letters only. */
function fold(name: string): string {
  const lookalike: Record<string, string> = {
    а: 'a',
    е: 'e',
    о: 'o',
    р: 'p',
    с: 'c',
    к: 'k',
    т: 't',
    і: 'i',
    ı: 'i',
    ο: 'o',
    κ: 'k',
    τ: 't',
    ι: 'i',
    ν: 'v',
    ѕ: 's',
    '0': 'o',
    '1': 'i',
    '3': 'e',
    '4': 'a',
    '5': 's',
    '7': 't',
    l: 'i',
    '|': 'i',
    '!': 'i',
  };
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .replace(/./gu, (c) => lookalike[c] ?? c)
    .replace(/[^a-z]/g, '');
}

/**
 * Names a list may not give itself (issue 17, finding 8): the badge says which list named an account, and a list
 * called "TikTok Official…" or after this extension would pass its claim off as the platform's or ours.
 */
const RESERVED = ['tiktok', 'provenancelens', 'douyin', 'bytedance'].map(fold);

/** Whether a list's own name impersonates TikTok or the extension. */
export function impersonates(name: string): boolean {
  const f = fold(name);
  return RESERVED.some((r) => f.includes(r));
}

/** The name a list is shown under: its own, unless that impersonates (then where it came from). */
function shownName(list: AccountList, url: string, errors: string[]): string {
  if (!impersonates(list.name)) return list.name;
  errors.push('the list names itself like TikTok or Provenance Lens: shown under its address instead');
  return url.startsWith(FILE_PREFIX)
    ? `Imported list ${url.slice(FILE_PREFIX.length)}`
    : `List at ${new URL(url).host}`;
}

/** The row a list becomes, keeping the user's switch and the first time it was added. */
export function rowOf(
  url: string,
  list: AccountList,
  errors: string[],
  prev: Row | undefined,
  now: number,
  /** The name is the extension's own (an offered list's): not checked. */
  ownName = false,
): Row {
  if (!ownName) list.name = shownName(list, url, errors);
  const row: Row = {
    url,
    name: list.name,
    enabled: prev?.enabled ?? true,
    addedAt: prev?.addedAt ?? now,
    fetchedAt: now,
    updated: list.updated,
    errors,
    entries: list.entries.map((e) => ({ ...e, ...(e.type || !list.type ? {} : { type: list.type }), list: list.name })),
  };
  if (list.domains?.length)
    row.domains = list.domains.map((d) => ({
      ...d,
      ...(d.type || !list.type ? {} : { type: list.type }),
      list: list.name,
    }));
  return row;
}

/** An imported file's name as its key: word characters, spaces, dots, brackets and dashes, 100 at most. */
export function safeFileName(fileName: unknown): string {
  return (
    (typeof fileName === 'string' ? fileName : '')
      .replace(/[^\w .()-]/g, '')
      .trim()
      .slice(0, 100) || 'list'
  );
}

/**
 * A subscription row from an export file (issue 17, finding 5), through the checks of a live subscribe: the URL
 * check (checkUrl: https, public host) or an imported file's name rule, and the list reader (src/lists/format.ts)
 * over its entries and domains, which skips entries with bad handles, sources or types. Undefined when the row
 * cannot be a list.
 */
export function importedSubscription(r: Record<string, unknown>, now: number): Row | undefined {
  if (typeof r.url !== 'string' || typeof r.enabled !== 'boolean' || !Array.isArray(r.entries)) return undefined;
  let url: string;
  if (r.url.startsWith(FILE_PREFIX)) url = `${FILE_PREFIX}${safeFileName(r.url.slice(FILE_PREFIX.length))}`;
  else {
    try {
      url = checkUrl(r.url);
    } catch {
      return undefined;
    }
  }
  const updated = typeof r.updated === 'string' ? r.updated : undefined;
  const { list, errors } = parseList({
    format: LIST_FORMAT,
    version: LIST_VERSION,
    name: typeof r.name === 'string' ? r.name : url,
    updated: updated ?? new Date(now).toISOString(),
    entries: r.entries,
    ...(Array.isArray(r.domains) ? { domains: r.domains } : {}),
  });
  if (!list) return undefined;
  const at = (t: unknown) => (typeof t === 'number' && Number.isFinite(t) && t > 0 && t <= now ? t : undefined);
  const row = rowOf(url, list, errors.slice(0, 20), undefined, now);
  row.enabled = r.enabled;
  row.addedAt = at(r.addedAt) ?? now;
  // Fields the row did not have stay absent, so that an export imported elsewhere exports alike.
  const fetchedAt = at(r.fetchedAt);
  if (fetchedAt) row.fetchedAt = fetchedAt;
  else delete row.fetchedAt;
  if (typeof r.name !== 'string') delete row.name;
  if (updated === undefined) delete row.updated;
  if (!Array.isArray(r.errors) && row.errors?.length === 0) delete row.errors;
  if (url.startsWith(FILE_PREFIX)) row.imported = true;
  return row;
}
