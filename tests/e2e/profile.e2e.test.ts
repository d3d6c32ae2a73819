/**
 * The built extension in Chromium on TikTok-shaped profile pages (docs/design.md, "Contracts"): a
 * `<provenance-badge handle verdict score>` beside the handle heading, its UI in a shadow root, always about the
 * account in the URL. Verdicts are checked against each corpus case's `expect`, never hard-coded here; what a page
 * must look like is in ./expectations.ts, shared with the Firefox run (firefox.e2e.test.ts).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, type ExpectStatic, expect, it } from 'vitest';
import { profiles } from '../fixtures/render';
import { type ExtensionBrowser, launchChromiumWithExtension } from '../harness/browser';
import { notE2e } from '../harness/require';
import { type FixtureServer, startFixtureServer, WALL_HANDLE } from '../harness/server';
import {
  checkNavigation,
  checkProfilePage,
  checkWallPage,
  navigations,
  playwrightTab,
  type Seen,
} from './expectations';

const NOW = Date.now();

let server: FixtureServer;
let browser: ExtensionBrowser;

async function open(handle: string, expect: ExpectStatic): Promise<Seen & { page: Page }> {
  const page = await browser.context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const res = await page.goto(`https://www.tiktok.com/@${handle}`, { waitUntil: 'load' });
  expect(res?.status(), `fixture page for @${handle}`).toBe(200);
  return { page, dialogs, errors };
}

describe.skipIf(notE2e())('extension on TikTok profile pages (Chromium)', () => {
  beforeAll(async () => {
    server = await startFixtureServer({ cases: profiles, now: NOW });
    browser = await launchChromiumWithExtension({
      extensionDir: process.env.EXTENSION_DIR, // default dist/chrome
      port: server.port,
      headless: process.env.HEADED !== '1',
    });
    await browser.extensionId(15_000); // the extension loaded at all
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // Pages are independent tabs: run a few at once (vitest's maxConcurrency) to keep the run short.
  for (const c of profiles) {
    it.concurrent(`${c.id}: @${c.user.uniqueId} -> ${c.expect.join(' | ')}`, async ({ expect }) => {
      const opened = await open(c.user.uniqueId, expect);
      try {
        await checkProfilePage(expect, playwrightTab(opened.page), c, opened);
      } finally {
        await opened.page.close();
      }
    });
  }

  it('verification wall: no verdict, page left as served', async () => {
    const opened = await open(WALL_HANDLE, expect);
    try {
      await checkWallPage(expect, playwrightTab(opened.page), opened);
    } finally {
      await opened.page.close();
    }
  });

  // TikTok moves between profiles with history.pushState; the embedded JSON still describes the first one (a trap).
  for (const nav of navigations()) {
    it(nav.name, async () => {
      const opened = await open(nav.from.user.uniqueId, expect);
      try {
        await checkNavigation(expect, playwrightTab(opened.page), nav, NOW, opened);
      } finally {
        await opened.page.close();
      }
    });
  }
});
