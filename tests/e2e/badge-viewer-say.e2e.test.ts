/**
 * A viewer's own say on the popover (issue 16, item 6), in Chromium with the built extension: "This looks wrong" is
 * kept for whoever moderates (ui/viewer-says answers it), "Hide this badge" hides the account's badge in every tab
 * and after a reload while its host and attributes stay (the contract), and an extension page can bring it back.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profiles } from '../fixtures/render';
import { clickInBadge, playwrightTab, queryInBadges, readBadges, settleBadges } from '../harness/badges';
import { type ExtensionBrowser, launchChromiumWithExtension } from '../harness/browser';
import { notE2e } from '../harness/require';
import { type FixtureServer, startFixtureServer } from '../harness/server';

const HANDLE = 'northkoreanlife';

/** In an extension page: one message to the background, answered. */
const ASK = (m: object) =>
  (
    globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
  ).chrome.runtime.sendMessage(m);

describe.skipIf(notE2e())('the viewer’s say on the popover (Chromium)', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let ext: Page;

  beforeAll(async () => {
    server = await startFixtureServer({ cases: profiles, now: Date.now() });
    browser = await launchChromiumWithExtension({ port: server.port, headless: process.env.HEADED !== '1' });
    ext = await browser.context.newPage();
    await ext.goto(`chrome-extension://${await browser.extensionId(15_000)}/popup.html`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function profile(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(`https://www.tiktok.com/@${HANDLE}`, { waitUntil: 'load' });
    await settleBadges(playwrightTab(page), { timeoutMs: 8000, accept: (bs) => bs[0]?.verdict === 'suspected' });
    return page;
  }

  const pills = async (page: Page) => (await queryInBadges(playwrightTab(page), 'button.pill')).flat().length;

  it('"This looks wrong": noted for moderators, with the verdict the badge showed', async () => {
    const page = await profile();
    try {
      const tab = playwrightTab(page);
      await clickInBadge(tab, 'button.pill');
      expect(await clickInBadge(tab, 'button.wrong')).toBe(true);
      await expect
        .poll(async () => (await queryInBadges(tab, '[role="status"]')).flat()[0]?.text)
        .toBe('Noted on this device, for whoever moderates.');
      const { says } = (await ext.evaluate(ASK, { type: 'ui/viewer-says' })) as {
        says: { handle: string; verdict: string; wrong?: number; hidden?: number }[];
      };
      expect(says).toHaveLength(1);
      expect(says[0]).toMatchObject({ handle: HANDLE, verdict: 'suspected' });
      expect(says[0]!.wrong).toBeGreaterThan(0);
      expect(says[0]!.hidden).toBeUndefined();
    } finally {
      await page.close();
    }
  });

  it('"Hide this badge": gone in this tab and another, and after a reload; the host keeps its attributes', async () => {
    const page = await profile();
    const other = await profile();
    try {
      const tab = playwrightTab(page);
      await clickInBadge(tab, 'button.pill');
      expect(await clickInBadge(tab, 'button.hide')).toBe(true);
      await expect.poll(() => pills(page)).toBe(0);
      await expect.poll(() => pills(other)).toBe(0);
      const [badge] = await readBadges(tab);
      expect(badge).toMatchObject({ handle: HANDLE, verdict: 'suspected', text: '' });
      await page.reload({ waitUntil: 'load' });
      const [again] = await settleBadges(tab, { timeoutMs: 8000, accept: (bs) => bs[0]?.verdict === 'suspected' });
      expect(again).toMatchObject({ handle: HANDLE, verdict: 'suspected', text: '' });

      // An extension page withdraws it: the badge comes back without a reload.
      expect(await ext.evaluate(ASK, { type: 'ui/viewer-unsay', handle: HANDLE, say: 'hide' })).toEqual({ ok: true });
      await expect.poll(() => pills(page)).toBe(1);
      await expect.poll(() => pills(other)).toBe(1);
    } finally {
      await page.close();
      await other.close();
    }
  });
});
