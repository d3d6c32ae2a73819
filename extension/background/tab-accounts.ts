/**
 * Which account each tab last showed, from the content script's own reports: the popup needs it and, without
 * the `tabs` permission, cannot read a TikTok tab's URL itself. Kept in session storage too, since the worker
 * may be stopped between a visit and a click on the toolbar button.
 */
import browser from 'webextension-polyfill';

const KEY = 'tab-handles';
const byTab = new Map<number, string>();

type SessionArea = { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> };
const session = (): SessionArea | undefined => (browser.storage as unknown as { session?: SessionArea }).session;

export function noteTabHandle(tabId: number | undefined, handle: string): void {
  if (tabId === undefined || tabId < 0 || byTab.get(tabId) === handle) return;
  byTab.set(tabId, handle);
  void session()
    ?.set({ [KEY]: Object.fromEntries(byTab) })
    .catch(() => undefined);
}

export function forgetTab(tabId: number): void {
  byTab.delete(tabId);
}

export async function tabHandle(tabId: number): Promise<string | undefined> {
  if (byTab.has(tabId)) return byTab.get(tabId);
  const stored = (await session()
    ?.get(KEY)
    .catch(() => undefined)) as Record<string, Record<string, string>> | undefined;
  return stored?.[KEY]?.[String(tabId)];
}
