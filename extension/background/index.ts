/**
 * Background service worker: owns the database and answers the content scripts. Messages from anything but this
 * extension's own contexts are ignored.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { ContentToBackground, ObserveResponse } from '../messages';
import { broadcastVerdicts, kickSweep, rearmWatchlist, startAlarms } from './alarms';
import { handleData, isDataRequest } from './data-handlers';
import { LensDb } from './db';
import { lookupAccounts, validLookup } from './lookup';
import { startMaintenanceAlarms } from './maintenance-alarms';
import { labelLookup, labelResponse } from './moderator-labels';
import { RateLimiter } from './rate-limit';
import { type Reassessed, recordObservation } from './record';
import { fromExtensionPage, senderAllowed } from './senders';
import { assessExtras, onInputsChanged } from './settings';
import { forgetTab, noteTabHandle } from './tab-accounts';
import { handleWorkbench, isWorkbenchRequest } from './ui-workbench';
import { validObservation } from './validate';

const db = new LensDb();
/** Writes per sender tab (rate-limit.ts); a tab without id (the popup) shares one bucket. */
const writes = new RateLimiter();
browser.tabs?.onRemoved.addListener((tabId) => writes.forget(tabId));
// Watchlist re-checks, daily history thinning and the re-assessment sweep (alarms.ts); listeners registered
// before the first await. A list or an option changing sweeps the verdicts made under the old ones.
void startAlarms(db);
onInputsChanged(() => void kickSweep(db).catch(() => undefined));
// List refresh and retention (maintenance-alarms.ts); the popup's tab -> account map forgets closed tabs.
void startMaintenanceAlarms(db);
browser.tabs?.onRemoved.addListener(forgetTab);

browser.runtime.onMessage.addListener(
  (message: unknown, sender: Runtime.MessageSender): Promise<ObserveResponse | unknown> | undefined => {
    if (isWorkbenchRequest(message)) {
      // Labels, lists, clear data (ui-workbench.ts): the extension's own pages only.
      if (!fromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL(''))) return undefined;
      return handleWorkbench(db, message);
    }
    if (isDataRequest(message)) {
      // The dashboard's requests (export, import, watchlist): the extension's own pages only, never a tab's script.
      if (!fromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL(''))) return undefined;
      const answer = handleData(db, message, Date.now());
      if (!message.type.startsWith('data/watchlist')) return answer;
      return answer.then(async (r) => {
        await rearmWatchlist(db);
        return r;
      });
    }
    if (!senderAllowed(sender, browser.runtime.id, browser.runtime.getURL(''))) return undefined;
    const msg = message as ContentToBackground;
    if (msg?.type === 'content/open-dashboard') {
      const handle = validLookup([msg.handle])?.[0];
      const hash = handle ? `#account=${encodeURIComponent(handle)}` : '';
      return browser.tabs.create({ url: browser.runtime.getURL(`dashboard.html${hash}`) }).then(() => undefined);
    }
    if (msg?.type === 'content/lookup') {
      const handles = validLookup(msg.handles);
      if (!handles) return Promise.reject(new Error('invalid lookup'));
      // Stale verdicts are re-assessed before they are answered; a changed one is told to the other tabs too.
      const fresh = {
        extras: assessExtras(db),
        onChanged: (changed: Reassessed[]) => void broadcastVerdicts(db, changed).catch(() => undefined),
      };
      return lookupAccounts(db, handles, fresh).then((r) => labelLookup(db, r));
    }
    if (msg?.type === 'content/observe') {
      const obs = validObservation(msg.observation);
      if (!obs) return Promise.reject(new Error('invalid observation'));
      // Refused writes are retried by the content script on the page's next change.
      if (!writes.take(sender.tab?.id ?? -1, Date.now())) return Promise.reject(new Error('rate limited'));
      noteTabHandle(sender.tab?.id, obs.handle);
      // Options and lists feed the verdict; a moderator's label wins over it (settings.ts, moderator-labels.ts).
      return assessExtras(db)
        .then((extras) => recordObservation(db, obs, Date.now(), 'visit', extras))
        .then((res) => labelResponse(db, res));
    }
    return undefined;
  },
);
