/**
 * What leaves the browser and where things are stored (SECURITY.md): after visiting profiles, a feed and the
 * extension's own pages, every request went to TikTok's host (the browser maps every host to the fixture server,
 * which logs each Host header, and the browser's own request log is read too), TikTok's origin holds no storage
 * of ours, and the extension's own database does hold the visits — so the storage checks could fail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profiles } from '../fixtures/render';
import { type ExtensionBrowser, launchChromiumWithExtension, settleBadges } from '../harness/browser';
import { dbRows, serviceWorker } from '../harness/lens';
import { notE2e } from '../harness/require';
import { type FixtureServer, startFixtureServer, WALL_HANDLE } from '../harness/server';

let server: FixtureServer;
let browser: ExtensionBrowser;
const seen: string[] = [];

const VISITS = ['northkoreanlife', 'lunaray.music', 'worldview_cn_tv', WALL_HANDLE];
/**
 * Hosts Chromium itself contacts (account list, component updates) whatever extension is loaded; they never show in
 * the context's request log, which covers the extension's pages and service worker.
 */
const CHROMIUM_OWN = ['accounts.google.com', 'update.googleapis.com', 'clients2.google.com', 'redirector.gvt1.com'];

describe.skipIf(notE2e())('privacy: hosts contacted and storage (Chromium)', () => {
  beforeAll(async () => {
    server = await startFixtureServer({ cases: profiles, now: Date.now() });
    browser = await launchChromiumWithExtension({ port: server.port, headless: process.env.HEADED !== '1' });
    // Pages and the extension's service worker alike report their requests to the context.
    browser.context.on('request', (r) => seen.push(r.url()));
    const id = await browser.extensionId(15_000);
    const page = await browser.context.newPage();
    for (const handle of VISITS) {
      await page.goto(`https://www.tiktok.com/@${handle}`, { waitUntil: 'load' });
      if (handle !== WALL_HANDLE) await settleBadges(page);
    }
    await page.goto('https://www.tiktok.com/foryou?authors=northkoreanlife,sparkcola', { waitUntil: 'load' });
    for (const extPage of ['dashboard.html', 'popup.html', 'options.html']) {
      await page.goto(`chrome-extension://${id}/${extPage}`, { waitUntil: 'load' });
    }
    await page.waitForTimeout(1000); // background work set off by the visits (alarms, list refresh) has its say
    await page.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the request log sees the extension’s own fetches (else the next test would prove nothing)', async () => {
    const worker = await serviceWorker(browser);
    await worker.evaluate(() => fetch('https://www.tiktok.com/@northkoreanlife?probe=1', { credentials: 'omit' }));
    expect(seen).toContain('https://www.tiktok.com/@northkoreanlife?probe=1');
  });

  it('contacts no host but TikTok’s', () => {
    // The server sees every host the browser asks for (all are mapped to it), Chromium's own services too.
    expect(server.hosts.length).toBeGreaterThan(VISITS.length);
    const foreignHosts = server.hosts
      .map((h) => h.replace(/:\d+$/, ''))
      .filter((h) => h !== 'www.tiktok.com' && !CHROMIUM_OWN.includes(h));
    expect(foreignHosts).toEqual([]);
    // Pages and the extension's service worker report every request to the context: those must all be TikTok's.
    const foreignUrls = seen.filter((u) => {
      const url = new URL(u);
      if (['chrome-extension:', 'data:', 'blob:'].includes(url.protocol)) return false;
      return url.hostname !== 'www.tiktok.com';
    });
    expect(foreignUrls).toEqual([]);
  });

  it('keeps nothing in TikTok’s origin: no IndexedDB, web storage or cookies', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.tiktok.com/@northkoreanlife', { waitUntil: 'load' });
    await settleBadges(page);
    const storage = await page.evaluate(async () => ({
      idb: (await indexedDB.databases()).map((d) => d.name),
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
    }));
    expect(storage).toEqual({ idb: [], local: 0, session: 0, cookie: '' });
    expect(await browser.context.cookies('https://www.tiktok.com')).toEqual([]);
    await page.close();
  });

  it('keeps the visits in the extension’s own database instead', async () => {
    // Visits are written once their page has settled (extension/background/held-visits.ts).
    const handles = async () => (await dbRows<{ handle: string }>(browser, 'accounts')).map((a) => a.handle);
    await expect
      .poll(handles, { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['northkoreanlife', 'lunaray.music', 'worldview_cn_tv']));
  });
});
