/**
 * In the universal era the page embeds no posts: their descriptions and hashtags arrive only with the app's own
 * /api/post/item_list/ call, copied by the page-world script. They must reach the verdict even though the grid
 * already showed the same number of posts (a re-send keyed on the post count alone once dropped them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/verdict';
import { profiles } from '../fixtures/render';
import { type ExtensionBrowser, launchChromiumWithExtension } from '../harness/browser';
import { dbRows, openPage } from '../harness/lens';
import { notE2e } from '../harness/require';
import { type FixtureServer, startFixtureServer } from '../harness/server';

let server: FixtureServer;
let browser: ExtensionBrowser;

describe.skipIf(notE2e())('posts from the API reach the verdict (Chromium)', () => {
  beforeAll(async () => {
    server = await startFixtureServer({ cases: profiles, now: Date.now() });
    browser = await launchChromiumWithExtension({
      extensionDir: process.env.EXTENSION_DIR, // default dist/chrome
      port: server.port,
      headless: process.env.HEADED !== '1',
    });
    await browser.extensionId(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the hashtag signal is measured on a universal-era page', async () => {
    const c = profiles.find(
      (p) => (p.format ?? 'universal') === 'universal' && p.items.some((i) => /#\w/.test(i.desc)),
    );
    expect(c, 'a universal-era case with hashtags').toBeDefined();
    const handle = c!.user.uniqueId.toLowerCase();
    const { page } = await openPage(browser, `https://www.tiktok.com/@${handle}`);
    await expect
      .poll(() => server.requests.some((r) => r.startsWith('/api/post/item_list/')), { timeout: 10_000 })
      .toBe(true);
    const measured = async () => {
      const rows = await dbRows<{ handle: string; assessment: Assessment }>(browser, 'verdicts');
      const row = rows.find((r) => r.handle === handle);
      return row?.assessment.signals.some((s) => s.id === 'hashtag-bait') ?? false;
    };
    await expect.poll(measured, { timeout: 10_000 }).toBe(true);
    await page.close();
  });
});
