/** Typed requests from the extension's pages to the background, and small helpers the pages share. */
import browser from 'webextension-polyfill';
import { HOUR_MS } from '../../../src/time';
import type { Send, UiToBackground } from '../../protocol';

/** A message to the background (extension/protocol.ts `UiToBackground`), answered with its response. */
export const send: Send<UiToBackground> = async (type, ...request) =>
  // The one place an answer's type is taken on trust: the background answers each type with its response.
  (await browser.runtime.sendMessage({ ...request[0], type })) as never;

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
  const h = Math.floor((now - t) / HOUR_MS);
  return h < 24 ? `${h} h ago` : `${Math.floor(h / 24)} d ago`;
}

export const num = (n: number | undefined) => (n === undefined ? '—' : n.toLocaleString('en-US'));
