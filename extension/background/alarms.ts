/**
 * Browser glue of the scheduled work: the watchlist alarm, re-armed after every tick for the moment the scheduler
 * names, and a daily alarm that thins old history. The watchlist fetches pages without cookies
 * (`credentials: 'omit'`): a check must not act as the user, and reads what a logged-out visitor sees.
 */
import browser from 'webextension-polyfill';
import type { LensDb } from './db';
import type { ScheduleSettings } from './schedule';
import { thinAll } from './thin';
import { assessExtras, currentOptions } from './ui-settings';
import { type FetchPage, planNext, profileUrl, tick } from './watchlist';

const WATCHLIST = 'watchlist';
const HOUR_MS = 3600_000;
const THIN = 'thin-history';

const fetchPage: FetchPage = async (handle) => {
  const res = await fetch(profileUrl(handle), { credentials: 'omit', redirect: 'follow' });
  return { status: res.status, url: res.url, text: await res.text() };
};

async function arm(next: Awaited<ReturnType<typeof planNext>>): Promise<void> {
  if (next.kind === 'wait') await browser.alarms.create(WATCHLIST, { when: next.until });
  else if (next.kind === 'check') await browser.alarms.create(WATCHLIST, { when: Date.now() + 1000 });
  else await browser.alarms.clear(WATCHLIST);
}

/** The options page's watchlist interval, for the scheduler (which keeps its one-a-minute floor whatever it is). */
export async function scheduleSettings(): Promise<ScheduleSettings> {
  return { recheckMs: (await currentOptions()).watchIntervalHours * HOUR_MS };
}

let running: Promise<void> | undefined;

/** Run a tick unless one is running in this worker, then re-arm the alarm. */
export function runWatchlist(db: LensDb): Promise<void> {
  running ??= (async () => {
    try {
      const { next } = await tick(db, fetchPage, Date.now(), await assessExtras(db), await scheduleSettings());
      await arm(next);
    } catch {
      // Network failures are the scheduler's (backoff); this is the database failing: try again in a while.
      await browser.alarms.create(WATCHLIST, { delayInMinutes: 5 }).catch(() => undefined);
    } finally {
      running = undefined;
    }
  })();
  return running;
}

/** Re-arm from the stored schedule (after a pin, an unpin, switching on or off, or a worker start). */
export async function rearmWatchlist(db: LensDb): Promise<void> {
  await arm(await planNext(db, Date.now()));
}

/** Listen for both alarms and make sure they exist (alarms survive worker restarts, not browser updates). */
export async function startAlarms(db: LensDb): Promise<void> {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WATCHLIST) void runWatchlist(db);
    if (alarm.name === THIN) void thinAll(db, Date.now()).catch(() => undefined);
  });
  if (!(await browser.alarms.get(THIN)))
    await browser.alarms.create(THIN, { periodInMinutes: 24 * 60, delayInMinutes: 5 });
  await rearmWatchlist(db);
}
