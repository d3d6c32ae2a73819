/**
 * The Firefox build (dist/firefox) in Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi: the same
 * profile scenarios and the same expectations as in Chromium (tests/e2e/expectations.ts), every corpus case, the
 * verification wall and in-app navigation, then the dashboard, which shows that the event page stored the visits.
 */
import { afterAll, beforeAll, describe, type ExpectStatic, expect, it } from 'vitest';
import { type CorpusCase, profiles } from '../fixtures/render';
import { type FirefoxWithExtension, launchFirefoxWithExtension, watchedPage } from '../harness/firefox';
import { notE2e } from '../harness/require';
import { type FixtureServer, startFixtureServer, WALL_HANDLE } from '../harness/server';
import {
  checkNavigation,
  checkProfilePage,
  checkWallPage,
  clearCase,
  navigations,
  puppeteerTab,
  type Seen,
  type Tab,
} from './expectations';

const NOW = Date.now();

let server: FixtureServer;
let ff: FirefoxWithExtension;

async function open(handle: string): Promise<Seen & { tab: Tab; close(): Promise<void> }> {
  const { page, errors, dialogs } = await watchedPage(ff);
  const res = await page.goto(ff.url(`/@${handle}`), { waitUntil: 'load' });
  expect(res?.status(), `fixture page for @${handle}`).toBe(200);
  return { tab: puppeteerTab(page), errors, dialogs, close: () => page.close() };
}

describe.skipIf(notE2e())('extension on TikTok profile pages (Firefox ESR)', () => {
  beforeAll(async () => {
    server = await startFixtureServer({ cases: profiles, now: NOW });
    ff = await launchFirefoxWithExtension({
      extensionDir: process.env.FIREFOX_EXTENSION_DIR, // default dist/firefox
      port: server.port,
      headless: process.env.HEADED !== '1',
    });
  });

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  /** Verdicts the badges showed, for the dashboard check at the end. */
  const shown = new Map<string, string>();

  async function visit(c: CorpusCase, expect: ExpectStatic): Promise<void> {
    const opened = await open(c.user.uniqueId);
    try {
      await checkProfilePage(expect, opened.tab, c, opened);
      const verdict = await opened.tab.run(
        () => document.querySelector('provenance-badge')?.getAttribute('verdict'),
        null,
      );
      if (verdict) shown.set(c.user.uniqueId, verdict);
    } finally {
      await opened.close();
    }
  }

  // Pages are independent tabs: run a few at once (vitest's maxConcurrency) to keep the run short.
  for (const c of profiles) {
    it.concurrent(`${c.id}: @${c.user.uniqueId} -> ${c.expect.join(' | ')}`, ({ expect }) => visit(c, expect));
  }

  it('verification wall: no verdict, page left as served', async () => {
    const opened = await open(WALL_HANDLE);
    try {
      await checkWallPage(expect, opened.tab, opened);
    } finally {
      await opened.close();
    }
  });

  for (const nav of navigations()) {
    it(nav.name, async () => {
      const opened = await open(nav.from.user.uniqueId);
      try {
        await checkNavigation(expect, opened.tab, nav, NOW, opened);
      } finally {
        await opened.close();
      }
    });
  }

  it('the dashboard lists visited profiles with the verdicts their badges showed (the event page stored them)', async () => {
    const visited: CorpusCase[] = [profiles.find((c) => c.user.uniqueId === 'northkoreanlife')!, clearCase()];
    for (const c of visited) if (!shown.has(c.user.uniqueId)) await visit(c, expect); // when run on its own
    const { page, errors } = await watchedPage(ff);
    try {
      // Firefox's BiDi does not report load events of moz-extension: documents to Puppeteer: start the navigation,
      // then watch the page itself.
      // The dashboard keeps its filters and sort in the hash: the document is the same whatever follows '#'.
      const url = `${ff.extensionOrigin}/dashboard.html`;
      void page.goto(url, { timeout: 20_000 }).catch(() => undefined);
      const tab = puppeteerTab(page);
      const chipOf = (handle: string) =>
        tab.run(
          ({ url, handle }) =>
            location.href.split('#')[0] === url
              ? (document.querySelector(`tr[data-handle="${CSS.escape(handle)}"] .chip`)?.className ?? null)
              : null,
          { url, handle },
        );
      for (const c of visited) {
        const handle = c.user.uniqueId;
        const verdict = shown.get(handle);
        expect(verdict, `@${handle} was visited`).toBeTruthy();
        // The table is virtualised: search for the account so its row is drawn.
        await expect
          .poll(
            () =>
              tab
                .run(
                  ({ url, handle }) => {
                    const input = document.querySelector<HTMLInputElement>('input[type="search"]');
                    if (location.href.split('#')[0] !== url || !input) return false;
                    if (input.value !== handle) {
                      input.value = handle;
                      input.dispatchEvent(new Event('input', { bubbles: true }));
                    }
                    return true;
                  },
                  { url, handle },
                )
                .catch(() => false),
            { timeout: 15_000, message: 'dashboard.html shows its search box' },
          )
          .toBe(true);
        await expect
          .poll(() => chipOf(handle).catch(() => null), { timeout: 5000, message: `dashboard chip of @${handle}` })
          .toContain(`v-${verdict}`);
      }
      expect(errors, 'uncaught errors on the dashboard').toEqual([]);
    } finally {
      await page.close();
    }
  });
});
