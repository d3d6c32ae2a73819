/**
 * Issue 17, finding 2, in Chromium with the built extension: a page script pushes `/@<victim>` into the URL and posts
 * forged copies of the tap's API answer for it, with no profile header for that handle on screen. Nothing may be
 * stored about the victim. The control: the same forged answer with the victim's header rendered (what a real
 * in-app navigation shows) is taken, so the check can fail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profiles } from '../fixtures/render';
import { type ExtensionBrowser, launchChromiumWithExtension } from '../harness/browser';
import { forgeArgs, forgeInPage } from '../harness/forge-page-data';
import { dbRows, openPage } from '../harness/lens';
import { notE2e } from '../harness/require';
import { type FixtureServer, startFixtureServer } from '../harness/server';

const NOW = Date.now();
const byHandle = (h: string) => profiles.find((c) => c.user.uniqueId === h)!;
const START = byHandle('cello.cam');
/** Accounts the page never showed: the fixture's data under other handles (the server knows nothing about them). */
const VICTIM = 'victim.never.shown';
const CONTROL = 'control.header.shown';

let server: FixtureServer;
let browser: ExtensionBrowser;

describe.skipIf(notE2e())('page-world answers only for the profile on screen (Chromium)', () => {
  beforeAll(async () => {
    server = await startFixtureServer({ cases: profiles, now: NOW });
    browser = await launchChromiumWithExtension({ port: server.port, headless: process.env.HEADED !== '1' });
    await browser.extensionId(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The page's own script: pushState to `handle`, optionally a header for it, then forged answers (as the tap posts). */
  async function forge(handle: string, withHeader: boolean): Promise<void> {
    const { page, errors } = await openPage(browser, `https://www.tiktok.com/@${START.user.uniqueId}`);
    try {
      await page.waitForTimeout(500);
      await page.evaluate(forgeInPage, forgeArgs(START, handle, withHeader, NOW));
      // Longer than a visit is held before it is written (extension/background/held-visits.ts SETTLE_MS).
      await page.waitForTimeout(2500);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }

  const stored = async (handle: string) =>
    (await dbRows<{ handle: string; exactCounts?: boolean }>(browser, 'observations')).filter(
      (r) => r.handle === handle,
    );

  it('a pushed URL and a forged answer without the header store nothing', async () => {
    await forge(VICTIM, false);
    expect(await stored(VICTIM)).toEqual([]);
  });

  it('control: with the header rendered for that handle, the answer is taken (exact counts stored)', async () => {
    await forge(CONTROL, true);
    const rows = await stored(CONTROL);
    expect(rows.length).toBeGreaterThan(0);
    // The header alone gives abbreviated counts; exact ones came from the page-world answer.
    expect(rows.some((r) => r.exactCounts === true)).toBe(true);
  });
});
