/** The workbench's scheduled work: refreshing subscribed lists and applying the retention setting. */
import browser from 'webextension-polyfill';
import type { LensDb } from './db';
import { refreshLists } from './lists';
import { pruneOlderThan } from './retention';
import { currentOptions } from './settings';

const LISTS = 'ui-lists-refresh';
const RETENTION = 'retention';

export async function startMaintenanceAlarms(db: LensDb): Promise<void> {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === LISTS) void refreshLists(db, Date.now()).catch(() => undefined);
    if (alarm.name === RETENTION) {
      void currentOptions()
        .then((o) => pruneOlderThan(db, o.retentionDays, Date.now()))
        .catch(() => undefined);
    }
  });
  // Every 6 hours; refreshLists only fetches lists older than a day.
  if (!(await browser.alarms.get(LISTS)))
    await browser.alarms.create(LISTS, { periodInMinutes: 360, delayInMinutes: 1 });
  if (!(await browser.alarms.get(RETENTION))) {
    await browser.alarms.create(RETENTION, { periodInMinutes: 24 * 60, delayInMinutes: 10 });
  }
}
