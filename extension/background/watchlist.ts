/**
 * The watchlist against the database: pin, unpin, switch off, and one scheduler tick (read the due account's
 * profile page the way a visit would, record it). The page fetch is passed in, so this runs under test with a fake
 * clock and no network; alarms.ts wires it to `fetch` and `alarms`.
 */

import { handleFromProfileUrl, normaliseHandle } from '../../src/tiktok/observation';
import { htmlSource } from '../../src/tiktok/page-source';
import { readProfile } from '../../src/tiktok/profile';
import type { AssessOptions } from '../../src/verdict';
import type { LensDb, WatchRow } from './db';
import { recordObservation } from './record';
import {
  type Action,
  finished,
  INITIAL_STATE,
  nextAction,
  type Outcome,
  type SchedulerState,
  type ScheduleSettings,
  started,
} from './schedule';

/** The scheduler's politeness state in `meta` (kept by "clear data": retention.ts). */
export const STATE_KEY = 'watchlist.scheduler';

export interface FetchedPage {
  /** HTTP status. */
  status: number;
  /** The final URL after redirects (a login wall redirects to /login). */
  url: string;
  text: string;
}

export type FetchPage = (handle: string) => Promise<FetchedPage>;

/** The profile URL of a handle (the same page a visit reads). */
export function profileUrl(handle: string): string {
  return `https://www.tiktok.com/@${encodeURIComponent(handle)}`;
}

export async function loadState(db: LensDb): Promise<SchedulerState> {
  const row = await db.meta.get(STATE_KEY);
  return { ...INITIAL_STATE, ...((row?.value as Partial<SchedulerState>) ?? {}) };
}

async function saveState(db: LensDb, state: SchedulerState): Promise<void> {
  await db.meta.put({ key: STATE_KEY, value: state });
}

export async function pin(db: LensDb, rawHandle: string, now: number): Promise<WatchRow> {
  const handle = normaliseHandle(rawHandle);
  if (!/^[\w.]{1,64}$/.test(handle)) throw new Error('not a TikTok handle');
  const existing = await db.watchlist.get(handle);
  if (existing) return existing;
  const row: WatchRow = { handle, addedAt: now, nextCheckAt: now, failures: 0 };
  await db.watchlist.put(row);
  return row;
}

export async function unpin(db: LensDb, rawHandle: string): Promise<void> {
  await db.watchlist.delete(normaliseHandle(rawHandle));
}

export async function setEnabled(db: LensDb, enabled: boolean): Promise<void> {
  await db.transaction('rw', db.meta, async () => saveState(db, { ...(await loadState(db)), enabled }));
}

export async function planNext(db: LensDb, now: number): Promise<Action> {
  return nextAction(await loadState(db), await db.watchlist.toArray(), now);
}

/** How a fetched page reads: the observation, or why there is none. */
function outcomeOf(page: FetchedPage, handle: string, now: number) {
  if (/\/login\b/.test(new URL(page.url, 'https://www.tiktok.com').pathname)) return { outcome: 'wall' as const };
  // 403 and 429 are TikTok refusing us: a wall by another name, back off the same way.
  if (page.status === 403 || page.status === 429) return { outcome: 'wall' as const };
  if (page.status >= 500 || (page.status >= 300 && page.status !== 404)) return { outcome: 'error' as const };
  // The fetched document is about its final URL (after redirects): only then is its embedded JSON this account's.
  const documentHandle = handleFromProfileUrl(page.url) ?? handle;
  const obs = readProfile(htmlSource(page.text), { handle, observedAt: now, documentHandle });
  return { outcome: obs.status as Outcome, obs };
}

/**
 * One tick: if an account is due and politeness allows, check it. Returns what it did, and what to do next
 * (when to be woken). Walls and unreadable pages record nothing: they say nothing about the account.
 */
export async function tick(
  db: LensDb,
  fetchPage: FetchPage,
  now: number,
  /** Lists and options for the verdict, as a visit gets them (index.ts). */
  extras: Omit<AssessOptions, 'history' | 'now'> = {},
  /** The options page's re-check interval (alarms.ts reads it; the scheduler stays pure). */
  settings: ScheduleSettings = {},
): Promise<{ checked?: string; outcome?: Outcome; next: Action }> {
  // Claim the slot in one transaction, so a second tick running at once finds the minute taken.
  const claimed = await db.transaction('rw', db.meta, db.watchlist, async () => {
    const state = await loadState(db);
    const action = nextAction(state, await db.watchlist.toArray(), now);
    if (action.kind !== 'check') return undefined;
    await saveState(db, started(state, now));
    return action.handle;
  });
  if (!claimed) return { next: await planNext(db, now) };

  let outcome: Outcome;
  try {
    const page = await fetchPage(claimed);
    const read = outcomeOf(page, claimed, now);
    outcome = read.outcome;
    if (read.obs && outcome !== 'wall' && outcome !== 'unreadable') {
      await recordObservation(db, read.obs, now, 'watchlist', extras);
    }
  } catch {
    outcome = 'error';
  }
  await db.transaction('rw', db.meta, db.watchlist, async () => {
    const account = await db.watchlist.get(claimed);
    const after = finished(
      await loadState(db),
      account ?? { handle: claimed, addedAt: now, nextCheckAt: now, failures: 0 },
      outcome,
      now,
      settings,
    );
    await saveState(db, after.state);
    // Unpinned while the request ran: do not bring it back.
    if (account) await db.watchlist.put({ ...after.account, lastCheckedAt: now, lastStatus: outcome });
  });
  return { checked: claimed, outcome, next: await planNext(db, now) };
}
