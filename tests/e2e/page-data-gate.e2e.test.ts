/**
 * Issue 17, finding 2, in Chromium with the built extension: a page script pushes `/@<victim>` into the URL and posts
 * forged copies of the tap's API answer for it, with no profile header for that handle on screen. Nothing may be
 * stored about the victim. The control: the same forged answer with the victim's header rendered (what a real
 * in-app navigation shows) is taken, so the check can fail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profiles, renderProfileHeader, renderUserDetail } from '../fixtures/render';
import { type ExtensionBrowser, launchChromiumWithExtension } from '../harness/browser';
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
      const fake = { ...START, user: { ...START.user, uniqueId: handle, nickname: handle } };
      await page.evaluate(
        async ({ handle, body, header }) => {
          history.pushState({}, '', `/@${handle}`);
          if (header) {
            const block = document
              .querySelector('h1[data-e2e="user-title"]')
              ?.closest('[class*="DivShareLayoutHeader"]');
            if (!block) throw new Error('fixture header block not found');
            block.outerHTML = header;
          } else {
            // What the attacker leaves on screen: the first account's header, or none.
            document.querySelector('[data-e2e="user-title"]')?.remove();
          }
          for (let i = 0; i < 3; i++) {
            window.postMessage(
              {
                type: 'provenance-lens/api',
                kind: 'user-detail',
                url: `${location.origin}/api/user/detail/?uniqueId=${handle}`,
                body,
              },
              location.origin,
            );
            await new Promise((r) => setTimeout(r, 100));
          }
        },
        {
          handle,
          body: JSON.stringify(renderUserDetail(fake, NOW)),
          header: withHeader ? renderProfileHeader(fake) : '',
        },
      );
      await page.waitForTimeout(1500);
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
