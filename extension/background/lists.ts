/**
 * Subscribed and imported lists: fetched from an https URL (src/lists/fetch.ts: no cookies, no redirects, no
 * private hosts, at most 5 MB) or read from a file the user picked, in either format — the project's JSON list
 * format (src/lists/format.ts) or the State Media Monitor CSV (src/lists/smm-csv.ts) — stored in the DB owner's
 * `subscriptions` table, and refreshed on a schedule (maintenance-alarms.ts) like a filter list: the stored copy is what
 * the verdict uses, so lists keep working offline and a failed refresh keeps the last good copy. The list's host
 * must allow cross-origin reads (raw files on code hosts and gists do): the extension asks for no host permission
 * to fetch lists.
 */
import { checkUrl, FETCH_INIT, type Fetcher, fetchList, MAX_LIST_BYTES, readLimited } from '../../src/lists/fetch';
import { SEED_LIST } from '../../src/lists/seed';
import { readListText, SMM_NAME, SMM_URL } from '../../src/lists/smm-csv';
import { DAY_MS } from '../../src/time';
import type { ListInfo, OfferedList } from '../protocol';
import type { LensDb } from './db';
import { FILE_PREFIX, type Row, rowOf, safeFileName } from './list-rows';
import { currentOptions, listsChanged } from './settings';

export type { Row };
export { checkUrl, FETCH_INIT, type Fetcher, readLimited };

/** A subscribed list older than this is fetched again by the scheduled refresh. */
export const REFRESH_MS = DAY_MS;

/** Lists the extension offers by name, off until the user subscribes (one click in the options and the dashboard). */
export const OFFERED_LISTS: readonly OfferedList[] = [
  {
    url: SMM_URL,
    name: SMM_NAME,
    about:
      'The State Media Monitor (Media and Journalism Research Center) typology of state and public media in 150+ ' +
      'countries, with the outlets’ sites and TikTok accounts, as published by the Alliance for Securing Democracy ' +
      '(state-media-profiles, MIT licence). State-controlled and captured public outlets count as state media, ' +
      'captured private outlets at most as suspected, independent public media never.',
  },
];

const defaultFetch: Fetcher = (url, init) => fetch(url, init);

function info(r: Row): ListInfo {
  const i: ListInfo = { url: r.url, name: r.name ?? r.url, enabled: r.enabled, entries: r.entries.length };
  if (r.domains?.length) i.domains = r.domains.length;
  if (r.imported) i.imported = true;
  if (r.fetchedAt) i.fetchedAt = r.fetchedAt;
  if (r.updated) i.updated = r.updated;
  if (r.errors?.length) i.errors = r.errors.slice(0, 20);
  return i;
}

/** Subscribes to a list URL (or fetches it again): the list replaces the stored copy only once it was read. */
export async function subscribe(db: LensDb, rawUrl: string, now: number, fetcher = defaultFetch): Promise<ListInfo> {
  const url = checkUrl(rawUrl);
  const offered = OFFERED_LISTS.find((o) => o.url === url);
  const { list, errors } = await fetchList(url, fetcher);
  // An offered list keeps the name it is offered under (the CSV names nothing).
  if (offered) list.name = offered.name;
  const row = rowOf(url, list, errors, (await db.subscriptions.get(url)) as Row | undefined, now, !!offered);
  await db.subscriptions.put(row);
  listsChanged();
  return info(row);
}

/**
 * A list file the user picked (JSON list or State Media Monitor CSV), stored like a subscription under the file's
 * name and used the same way; it is never fetched, so it changes only when imported again.
 */
export async function importListFile(db: LensDb, fileName: string, text: string, now: number): Promise<ListInfo> {
  if (typeof text !== 'string') throw new Error('not a text file');
  if (text.length > MAX_LIST_BYTES) throw new Error(`the list is larger than ${MAX_LIST_BYTES / 1_000_000} MB`);
  const name = safeFileName(fileName);
  const { list, errors } = readListText(text, `${SMM_NAME}, imported from ${safeFileName(fileName)}`);
  if (!list) throw new Error(errors.join('; ') || 'no list in that file');
  const url = `${FILE_PREFIX}${name}`;
  const row = rowOf(url, list, errors, (await db.subscriptions.get(url)) as Row | undefined, now);
  row.imported = true;
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

/** Lists fetched at once by a refresh: a slow server holds up only its own list (each gives up after 20 s). */
export const REFRESH_PARALLEL = 4;

/**
 * Fetch every subscription older than `maxAgeMs`, a few at a time; a failed fetch keeps the old entries and
 * records the error.
 */
export async function refreshLists(db: LensDb, now: number, maxAgeMs = REFRESH_MS, fetcher = defaultFetch) {
  const due = ((await db.subscriptions.toArray()) as Row[]).filter(
    (s) => !s.imported && !s.url.startsWith(FILE_PREFIX) && !(s.fetchedAt && now - s.fetchedAt < maxAgeMs),
  );
  const refresh = async (s: Row) => {
    try {
      await subscribe(db, s.url, now, fetcher);
    } catch (e) {
      await db.subscriptions.update(s.url, { errors: [`refresh failed: ${(e as Error).message}`] } as Partial<Row>);
    }
  };
  let next = 0;
  const worker = async () => {
    while (next < due.length) await refresh(due[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(REFRESH_PARALLEL, due.length) }, worker));
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
