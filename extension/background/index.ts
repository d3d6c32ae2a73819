/**
 * Background service worker: owns the database and answers the other contexts through one router (router.ts).
 * Messages from anything but this extension's own contexts are ignored.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { kickSweep, startAlarms } from './alarms';
import { LensDb } from './db';
import { startMaintenanceAlarms } from './maintenance-alarms';
import { useOptionsStore } from './options';
import { forgetWrites, routeMessage } from './router';
import { onInputsChanged } from './settings';
import { useStorageFullArea } from './storage-full';
import { forgetTab } from './tab-accounts';

const db = new LensDb();
// Settings live in the background's database; storage.local only carries a copy for the content scripts.
useOptionsStore(db);
// The storage-full notice lives outside the database that is full (storage-full.ts).
useStorageFullArea(browser.storage.local);
browser.tabs?.onRemoved.addListener((tabId) => forgetWrites(db, tabId));
// Watchlist re-checks, daily history thinning and the re-assessment sweep (alarms.ts); listeners registered
// before the first await. A list or an option changing sweeps the verdicts made under the old ones.
void startAlarms(db);
onInputsChanged(() => void kickSweep(db).catch(() => undefined));
// List refresh and retention (maintenance-alarms.ts); the popup's tab -> account map forgets closed tabs.
void startMaintenanceAlarms(db);
browser.tabs?.onRemoved.addListener(forgetTab);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  routeMessage(db, message, sender),
);
