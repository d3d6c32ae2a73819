/**
 * Helpers for the in-page e2e tests: pages with error and dialog capture, the page-world messages the page saw,
 * badge latency after DOMContentLoaded, and the extension's own database read from its service worker.
 */
import type { Page, Worker } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

export interface Watched {
  page: Page;
  errors: string[];
  dialogs: string[];
}

/**
 * Runs in the page's main world before its scripts: records the page-world tap's messages and when the first
 * badge with a verdict appeared, relative to DOMContentLoaded (performance.now() times).
 */
const INIT = `(() => {
  window.__lens = { api: [], dcl: null, badgeAt: null };
  addEventListener('message', (e) => {
    if (e.data && e.data.type === 'provenance-lens/api') window.__lens.api.push({ kind: e.data.kind, url: e.data.url, size: e.data.body.length });
  });
  document.addEventListener('DOMContentLoaded', () => { window.__lens.dcl = performance.now(); });
  new MutationObserver(() => {
    if (window.__lens.badgeAt === null) {
      const b = document.querySelector('provenance-badge:not([verdict="unknown"])');
      if (b) window.__lens.badgeAt = performance.now();
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['verdict'] });
})();`;

export async function openPage(browser: ExtensionBrowser, url: string): Promise<Watched> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss().catch(() => undefined);
  });
  await page.addInitScript(INIT);
  const res = await page.goto(url, { waitUntil: 'load' });
  if (res?.status() !== 200) throw new Error(`${url}: HTTP ${res?.status()}`);
  return { page, errors, dialogs };
}

export interface LensLog {
  api: { kind: string; url: string; size: number }[];
  dcl: number | null;
  badgeAt: number | null;
}

export function lensLog(page: Page): Promise<LensLog> {
  return page.evaluate(() => (window as unknown as { __lens: LensLog }).__lens);
}

export async function serviceWorker(browser: ExtensionBrowser): Promise<Worker> {
  const w = browser.context.serviceWorkers().find((x) => x.url().startsWith('chrome-extension://'));
  if (w) return w;
  return browser.context.waitForEvent('serviceworker', { predicate: (x) => x.url().startsWith('chrome-extension://') });
}

/** Rows of one table of the extension's database (read with plain IndexedDB, so no test depends on Dexie). */
export async function dbRows<T = Record<string, unknown>>(browser: ExtensionBrowser, table: string): Promise<T[]> {
  const worker = await serviceWorker(browser);
  return worker.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('provenance-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => {
            resolve(req.result as T[]);
            db.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    table,
  );
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
