/**
 * The popover's dashboard entry: Chromium refuses to let a web page open a chrome-extension:// page, and the page
 * must not learn the extension's URL (issue 17, finding 3), so it is a button that asks the background to open the
 * dashboard at the account.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profiles } from '../fixtures/render';
import { clickInBadge, playwrightTab, queryInBadges } from '../harness/badges';
import { type ExtensionBrowser, launchChromiumWithExtension, settleBadges } from '../harness/browser';
import { notE2e } from '../harness/require';
import { type FixtureServer, startFixtureServer } from '../harness/server';

let server: FixtureServer;
let browser: ExtensionBrowser;

describe.skipIf(notE2e())('dashboard link in the popover (Chromium)', () => {
  beforeAll(async () => {
    server = await startFixtureServer({ cases: profiles, now: Date.now() });
    browser = await launchChromiumWithExtension({ port: server.port, headless: process.env.HEADED !== '1' });
    await browser.extensionId(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens dashboard.html at the account', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.tiktok.com/@northkoreanlife', { waitUntil: 'load' });
    await settleBadges(page);
    const tab = playwrightTab(page);
    // The pill drawn before it is clicked: under a loaded full run the badge settled before its button was in (CI).
    await expect
      .poll(async () => (await queryInBadges(tab, 'button.pill')).flat().length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(await clickInBadge(tab, 'button.pill')).toBe(true);
    await expect.poll(async () => (await queryInBadges(tab, '[role="dialog"]')).flat().length).toBe(1);
    // No link anywhere in the popover: nothing in it names the extension's URL.
    expect((await queryInBadges(tab, 'a, [href]')).flat()).toEqual([]);
    const opened = browser.context.waitForEvent('page', { timeout: 10_000 });
    expect(await clickInBadge(tab, 'button.dash')).toBe(true);
    const dashboard = await opened;
    await dashboard.waitForLoadState('load');
    expect(dashboard.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/dashboard\.html#account=northkoreanlife$/);
    // The account view itself (its heading and signal table), not the list that also names the account.
    await expect
      .poll(() => dashboard.locator('#acct-h').textContent(), { timeout: 10_000 })
      .toContain('northkoreanlife');
    await expect.poll(() => dashboard.getByRole('heading', { name: 'Signals' }).count()).toBe(1);
  });
});
