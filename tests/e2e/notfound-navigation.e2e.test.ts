/**
 * Issue 12: in-app navigation from a "Couldn't find this account" page to a real profile, in Chromium (Playwright)
 * and Firefox ESR (puppeteer-core over WebDriver BiDi). The document is loaded at `/@<missing handle>` (TikTok's
 * 10202 status page: embedded JSON with statusCode 10202, the message on screen, no header); the app then moves to
 * a real profile with history.pushState, its own `/api/user/detail/` call for the new handle and a re-rendered
 * page. The real profile must get its own badge and verdict, and the background must never store it as `missing`
 * (the document's JSON, the message still on screen, or an earlier 10202 answer all describe the other handle).
 *
 * Each scenario uses its own missing handle (the same 10202 page served at another path) and its own real account,
 * so the extension's database answers for that scenario alone.
 */
import { afterAll, beforeAll, describe, type ExpectStatic, expect, it } from 'vitest';
import {
  type CorpusCase,
  profiles,
  renderPostGrid,
  renderProfileHeader,
  renderProfileHtml,
  secUidFor,
} from '../fixtures/render';
import { type ExtensionBrowser, launchChromiumWithExtension } from '../harness/browser';
import { type FirefoxWithExtension, launchFirefoxWithExtension, watchedPage } from '../harness/firefox';
import { openPage, readTable, serviceWorker } from '../harness/lens';
import { notE2e } from '../harness/require';
import { type FixtureServer, startFixtureServer } from '../harness/server';
import {
  type BadgeState,
  caseByHandle,
  checkBadge,
  clearCase,
  describes,
  placements,
  playwrightTab,
  puppeteerTab,
  type Seen,
  settleBadges,
  type Tab,
} from './expectations';

const NOW = Date.now();
const MISSING = profiles.find((c) => c.statusCode === 10202)!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Scenario {
  name: string;
  /** The handle of the status page the document is loaded at (not in the corpus: the server answers 10202). */
  missing: string;
  to: CorpusCase;
  /**
   * `together`: URL, page and the app's API calls in one go (as the other in-app navigation tests do).
   * `staggered`: the URL changes first and the not-found message stays on screen (a loading spinner beside it)
   * while the app asks about the new handle; the profile renders after the answer.
   */
  timing: 'together' | 'staggered';
  /** The app had asked `/api/user/detail/` about the missing handle before moving on (a 10202 answer, no user). */
  staleDetail: boolean;
}

function scenarios(tag: string): Scenario[] {
  return [
    {
      name: 'not-found page -> flagged profile (URL, page and API calls together)',
      missing: `gone.${tag}.together`,
      to: caseByHandle('northkoreanlife'),
      timing: 'together',
      staleDetail: false,
    },
    {
      name: 'not-found page -> profile, the not-found message still on screen after the URL changed',
      missing: `gone.${tag}.staggered`,
      to: caseByHandle('worldview_cn_tv'),
      timing: 'staggered',
      staleDetail: false,
    },
    {
      name: 'not-found page whose app had fetched the missing handle’s 10202 detail -> profile',
      missing: `gone.${tag}.stale`,
      to: clearCase(),
      timing: 'staggered',
      staleDetail: true,
    },
  ];
}

/** The 10202 status page, served at every scenario's missing handle (the page names no account). */
function serveMissingPages(server: FixtureServer, list: Scenario[]): void {
  const html = renderProfileHtml(MISSING, { now: NOW });
  for (const s of list) server.serve(`/@${s.missing}`, html);
}

interface ObservationRow {
  handle: string;
  status: string;
  source: string;
  observedAt: number;
}
interface AccountRow {
  handle: string;
  verdict: string;
}

type Rows = (table: string) => Promise<unknown[]>;

async function run(expect: ExpectStatic, tab: Tab, seen: Seen, rows: Rows, s: Scenario): Promise<void> {
  const { to, missing } = s;
  const real = to.user.uniqueId;
  expect(to.expect, `@${real} has a verdict other than unknown`).not.toContain('unknown');
  const observations = async () => (await rows('observations')) as ObservationRow[];

  // The status page: read as `missing` for the missing handle (so the trap is set), and no verdict shown.
  await expect
    .poll(async () => (await observations()).filter((r) => r.handle === missing).map((r) => r.status), {
      timeout: 10_000,
      message: `the background recorded @${missing} from its status page`,
    })
    .toContain('missing');
  const before = await settleBadges(tab, { timeoutMs: 3000, quietMs: 500, minMs: 500 });
  expect(
    before.every((b) => b.verdict === 'unknown'),
    `no verdict on the status page, saw ${describes(before)}`,
  ).toBe(true);

  const shown: BadgeState[] = [];
  const arg = {
    path: `/@${real}`,
    missing,
    header: renderProfileHeader(to),
    grid: renderPostGrid(to, NOW),
    title: `${to.user.nickname} (@${real}) | TikTok`,
    handle: real,
    secUid: secUidFor(real),
  };
  if (s.staleDetail) {
    await tab.run(async ({ missing }) => {
      await fetch(`/api/user/detail/?aid=1988&uniqueId=${encodeURIComponent(missing)}&X-Bogus=x`);
    }, arg);
    await sleep(300);
  }
  const navigatedAt = Date.now();
  if (s.timing === 'together') {
    await tab.run(async ({ path, header, grid, title, handle, secUid }) => {
      history.pushState({}, '', path);
      document.title = title;
      const main = document.querySelector('#main-content-others_homepage');
      if (!main) throw new Error('fixture main content not found');
      main.innerHTML = `${header}<div>${grid}</div>`;
      await fetch(`/api/user/detail/?aid=1988&uniqueId=${encodeURIComponent(handle)}&X-Bogus=x`);
      await fetch(`/api/post/item_list/?aid=1988&count=35&cursor=0&secUid=${encodeURIComponent(secUid)}&X-Bogus=x`);
    }, arg);
  } else {
    // The URL first; the app shows a spinner beside the old message (a DOM change every browser reports).
    await tab.run(({ path }) => {
      history.pushState({}, '', path);
      const spinner = document.createElement('div');
      spinner.setAttribute('data-e2e', 'loading-spinner');
      document.querySelector('#main-content-others_homepage')?.append(spinner);
    }, arg);
    await sleep(400);
    await tab.run(async ({ handle }) => {
      await fetch(`/api/user/detail/?aid=1988&uniqueId=${encodeURIComponent(handle)}&X-Bogus=x`);
    }, arg);
    await sleep(400);
    shown.push(...(await settleBadges(tab, { timeoutMs: 0 })));
    await tab.run(async ({ header, grid, title, secUid }) => {
      document.title = title;
      const main = document.querySelector('#main-content-others_homepage');
      if (!main) throw new Error('fixture main content not found');
      main.innerHTML = `${header}<div>${grid}</div>`;
      await fetch(`/api/post/item_list/?aid=1988&count=35&cursor=0&secUid=${encodeURIComponent(secUid)}&X-Bogus=x`);
    }, arg);
  }

  const after = await settleBadges(tab, {
    timeoutMs: 10_000,
    quietMs: 1000,
    minMs: 1500,
    onChange: (bs) => shown.push(...bs),
    accept: (bs) => bs.length === 1 && bs[0]?.handle === real && to.expect.includes(bs[0]?.verdict as never),
  });
  expect(after.length, `one badge after navigating, saw ${describes(after)}`).toBe(1);
  checkBadge(expect, after[0]!, real);
  expect(after[0]?.verdict, `@${real}'s badge`).not.toBe('unknown');
  expect(to.expect, `verdict of @${real} after navigating (${describes(after)})`).toContain(after[0]?.verdict);
  const wrong = shown.filter(
    (b) => b.handle !== real || (b.verdict !== 'unknown' && !to.expect.includes(b.verdict as never)),
  );
  expect(describes(wrong), 'badges other than the real profile’s own verdict, at any time').toBe('[]');
  for (const p of await placements(tab)) expect(p, 'badge beside the handle heading').toBe('ok');

  // What the background stored: never `missing` for the real handle, and the account's verdict is its own.
  await sleep(300);
  const mine = (await observations()).filter((r) => r.handle === real);
  const statuses = mine.map((r) => r.status);
  const detail = JSON.stringify(
    mine.map((r) => ({ status: r.status, source: r.source, msAfterNavigating: r.observedAt - navigatedAt })),
  );
  expect(statuses, `statuses stored for @${real}: ${detail}`).not.toContain('missing');
  expect(statuses, `statuses stored for @${real}: ${detail}`).toContain('ok');
  const account = ((await rows('accounts')) as AccountRow[]).find((r) => r.handle === real);
  expect(to.expect, `stored verdict of @${real}`).toContain(account?.verdict);
  expect(seen.dialogs).toEqual([]);
  expect(seen.errors).toEqual([]);
}

const e2e = !notE2e();

describe.skipIf(!e2e)('from a not-found page to a real profile, in-app (Chromium)', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  const list = scenarios('cr');

  beforeAll(async () => {
    server = await startFixtureServer({ cases: profiles, now: NOW });
    serveMissingPages(server, list);
    browser = await launchChromiumWithExtension({ port: server.port, headless: process.env.HEADED !== '1' });
    await browser.extensionId(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const rows: Rows = async (table) => (await serviceWorker(browser)).evaluate(readTable, table);

  for (const s of list) {
    it(s.name, async () => {
      const { page, errors, dialogs } = await openPage(browser, `https://www.tiktok.com/@${s.missing}`);
      try {
        await run(expect, playwrightTab(page), { errors, dialogs }, rows, s);
      } finally {
        await page.close();
      }
    });
  }
});

describe.skipIf(!e2e)('from a not-found page to a real profile, in-app (Firefox ESR)', () => {
  let server: FixtureServer;
  let ff: FirefoxWithExtension;
  /** An extension page (same origin as the event page): the database is read there. */
  let extTab: Tab;
  let closeExtTab: () => Promise<void>;
  const list = scenarios('ff');

  beforeAll(async () => {
    server = await startFixtureServer({ cases: profiles, now: NOW });
    serveMissingPages(server, list);
    ff = await launchFirefoxWithExtension({
      extensionDir: process.env.FIREFOX_EXTENSION_DIR,
      port: server.port,
      headless: process.env.HEADED !== '1',
    });
    const { page } = await watchedPage(ff);
    // BiDi does not report moz-extension: load events to Puppeteer: start the navigation, then watch the page.
    const url = `${ff.extensionOrigin}/options.html`;
    void page.goto(url, { timeout: 20_000 }).catch(() => undefined);
    extTab = puppeteerTab(page);
    closeExtTab = () => page.close();
    const ready = () => extTab.run((u) => location.href === u && document.readyState === 'complete', url);
    const deadline = Date.now() + 15_000;
    while (!(await ready().catch(() => false))) {
      if (Date.now() > deadline) throw new Error(`${url} did not load: no extension page to read the database from`);
      await sleep(200);
    }
  });

  afterAll(async () => {
    await closeExtTab?.().catch(() => undefined);
    await ff?.close();
    await server?.close();
  });

  const rows: Rows = (table) => extTab.run(readTable, table);

  for (const s of list) {
    it(s.name, async () => {
      const { page, errors, dialogs } = await watchedPage(ff);
      try {
        const res = await page.goto(ff.url(`/@${s.missing}`), { waitUntil: 'load' });
        expect(res?.status(), `status page for @${s.missing}`).toBe(200);
        await run(expect, puppeteerTab(page), { errors, dialogs }, rows, s);
      } finally {
        await page.close();
      }
    });
  }
});
