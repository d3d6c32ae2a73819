/** Typed requests from the extension's pages to the background. */
import browser from 'webextension-polyfill';
import type { WorkbenchRequest, WorkbenchResponses } from './messages';

export async function ask<R extends WorkbenchRequest>(req: R): Promise<WorkbenchResponses[R['type']]> {
  return (await browser.runtime.sendMessage(req)) as WorkbenchResponses[R['type']];
}

/** The DB owner's requests (extension/messages.ts `UiToBackground`: export, import, history, watchlist). */
export async function askDb<T>(req: { type: string; [k: string]: unknown }): Promise<T> {
  return (await browser.runtime.sendMessage(req)) as T;
}

/** A file download made in the page, so the background needs no `downloads` permission. */
export function download(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const day = (t: number | undefined) => (t ? new Date(t).toISOString().slice(0, 10) : '—');
export const dateTime = (t: number | undefined) => (t ? new Date(t).toISOString().slice(0, 16).replace('T', ' ') : '—');

/** Whole days (or hours, below a day) since `t`: the age of a list. */
export function age(t: number | undefined, now = Date.now()): string {
  if (!t) return 'never';
  const h = Math.floor((now - t) / 3600_000);
  return h < 24 ? `${h} h ago` : `${Math.floor(h / 24)} d ago`;
}

export const num = (n: number | undefined) => (n === undefined ? '—' : n.toLocaleString('en-US'));
