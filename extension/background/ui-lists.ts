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

export type Fetcher = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
const defaultFetch: Fetcher = (url) => fetch(url, { credentials: 'omit', cache: 'no-cache', redirect: 'follow' });

export function checkUrl(raw: string): string {
  const u = new URL(raw.trim());
  if (u.protocol !== 'https:') throw new Error('a list URL must start with https://');
  return u.href;
}

async function fetchList(url: string, fetcher: Fetcher) {
  const res = await fetcher(url);
  if (!res.ok) throw new Error(`the server answered ${res.status}`);
  const text = await res.text();
  if (text.length > MAX_BYTES) throw new Error('the list is larger than 5 MB');
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
