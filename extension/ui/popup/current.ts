/**
 * The account of the tab the popup was opened over. With `activeTab` the popup may read that tab's URL; when it
 * cannot (opened as a page, or in a browser that withholds it) the background says which account the tab's
 * content script last reported. `?tab=<id>` names the tab explicitly (the popup opened as a page, as in tests).
 */
import browser from 'webextension-polyfill';
import { handleFromProfileUrl } from '../../../src/tiktok/observation';
import type { LabelledAssessment } from '../../protocol';
import { send } from '../shared/send';

export interface Current {
  handle?: string;
  assessment?: LabelledAssessment;
}

export async function currentAccount(): Promise<Current> {
  const explicit = Number(new URLSearchParams(location.search).get('tab'));
  const tab =
    Number.isInteger(explicit) && explicit > 0
      ? await browser.tabs.get(explicit)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab?.id) return {};
  if (tab.url) {
    const handle = handleFromProfileUrl(tab.url);
    if (!handle || !/^https:\/\/www\.tiktok\.com\//.test(tab.url)) return {};
    const { assessment } = await send('ui/account', { handle });
    return assessment ? { handle, assessment } : { handle };
  }
  return send('ui/tab-account', { tabId: tab.id });
}
