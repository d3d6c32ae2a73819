/**
 * Browser glue of the scheduled work: the watchlist alarm, re-armed after every tick for the moment the scheduler
 * names, a daily alarm that thins old history, and the re-assessment sweep (record.ts `sweep`) after the rules, a
 * list or an option changed. The watchlist fetches pages without cookies (`credentials: 'omit'`): a check must not
 * act as the user, and reads what a logged-out visitor sees.
 */
import browser from 'webextension-polyfill';
import { HOUR_MS } from '../../src/time';
import type { BackgroundToTabs, MessageOf } from '../protocol';
import type { LensDb } from './db';
import { forContent } from './moderator-labels';
import { needsSweep, type Reassessed, sweep } from './record';
import type { ScheduleSettings } from './schedule';
import { assessExtras, currentOptions } from './settings';
import { thinAll } from './thin';
import { type FetchPage, planNext, profileUrl, tick } from './watchlist';

const WATCHLIST = 'watchlist';
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

const SWEEP = 'reassess-sweep';
/** One sweep run's work before it hands over to its alarm (a worker event should not run for minutes). */
const SWEEP_RUN_MS = 15_000;
let sweeping: Promise<void> | undefined;
let sweepAgain = false;

/**
 * Tell every tab about re-assessments that changed a verdict, with the moderator's label applied: the same message
 * as a label change (moderator-labels.ts `broadcastLabel`), so feed and search badges follow without a reload. One tab
 * query for the lot; tabs without our content script reject the message, which is fine.
 */
export async function broadcastVerdicts(db: LensDb, changed: readonly Reassessed[]): Promise<void> {
  if (changed.length === 0) return;
  const messages: MessageOf<BackgroundToTabs, 'background/label-changed'>[] = await Promise.all(
    changed.map(async (r) => ({
      type: 'background/label-changed' as const,
      handle: r.handle,
      assessment: await forContent(db, r.row.assessment),
    })),
  );
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.flatMap((t) =>
      t.id === undefined ? [] : messages.map((m) => browser.tabs.sendMessage(t.id!, m).catch(() => undefined)),
    ),
  );
}

/** Re-assessments whose verdict changed (a changed score alone redraws no badge). */
export const changedVerdicts = (rs: readonly Reassessed[]) => rs.filter((r) => r.row.verdict !== r.before.verdict);

/**
 * Sweep the cached verdicts made under other rules, lists or options, a bounded run at a time. The alarm is armed
 * before the work and cleared when none is left: a worker stopped mid-run is woken by it and carries on (the sweep
 * keeps no position: the stale verdicts are what is left to do).
 */
export function runSweep(db: LensDb): Promise<void> {
  if (sweeping) {
    sweepAgain = true; // the inputs changed during a run: look again once it ends
    return sweeping;
  }
  sweepAgain = false;
  sweeping = (async () => {
    await browser.alarms.create(SWEEP, { delayInMinutes: 1 }).catch(() => undefined);
    try {
      const { done } = await sweep(db, () => assessExtras(db), {
        budgetMs: SWEEP_RUN_MS,
        onChunk: (rs) => broadcastVerdicts(db, changedVerdicts(rs)).catch(() => undefined),
      });
      if (done) await browser.alarms.clear(SWEEP);
      else await browser.alarms.create(SWEEP, { when: Date.now() + 1000 });
    } catch {
      // The database failed: the alarm armed above tries again in a minute.
    } finally {
      sweeping = undefined;
      if (sweepAgain) void kickSweep(db).catch(() => undefined);
    }
  })();
  return sweeping;
}

/** After the lists or options changed, or at a worker's start: sweep if any verdict is of another context. */
export async function kickSweep(db: LensDb): Promise<void> {
  if (sweeping) {
    sweepAgain = true;
    return;
  }
  if (await needsSweep(db, await assessExtras(db))) await runSweep(db);
}

/** Listen for the alarms and make sure they exist (alarms survive worker restarts, not browser updates). */
export async function startAlarms(db: LensDb): Promise<void> {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WATCHLIST) void runWatchlist(db);
    if (alarm.name === THIN) void thinAll(db, Date.now()).catch(() => undefined);
    if (alarm.name === SWEEP) void runSweep(db);
  });
  if (!(await browser.alarms.get(THIN)))
    await browser.alarms.create(THIN, { periodInMinutes: 24 * 60, delayInMinutes: 5 });
  await rearmWatchlist(db);
  // New rules (an update), or lists and options changed while no worker ran: the stale verdicts are swept.
  await kickSweep(db).catch(() => undefined);
}
