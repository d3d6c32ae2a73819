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

/**
 * Rows of one table of the extension's database, read with plain IndexedDB in an extension context (Chromium's
 * service worker, a Firefox extension page). Never creates the database: before the background first wrote, [].
 */
export function readTable(name: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('provenance-lens');
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(name)) {
        db.close();
        resolve([]);
        return;
      }
      const req = db.transaction(name, 'readonly').objectStore(name).getAll();
      req.onsuccess = () => {
        db.close();
        resolve(req.result);
      };
      req.onerror = () => {
        db.close();
        reject(req.error);
      };
    };
  });
}

/**
 * Rows of one table of the extension's database, read in its service worker. Never creates the database: an open
 * that created it (before the background's first write) once left an empty version-1 database holding a connection,
 * which blocked the extension's own upgrade and hung the read until the test timed out.
 */
export async function dbRows<T = Record<string, unknown>>(browser: ExtensionBrowser, table: string): Promise<T[]> {
  const worker = await serviceWorker(browser);
  return (await worker.evaluate(readTable, table)) as T[];
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
