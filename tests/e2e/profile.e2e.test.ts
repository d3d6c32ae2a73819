/**
 * The built extension in Chromium on TikTok-shaped profile pages (design.md, "Contracts"): a
 * `<provenance-badge handle verdict score>` beside the handle heading, its UI in a shadow root, always about the
 * account in the URL. Verdicts are checked against each corpus case's `expect`, never hard-coded here.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, type ExpectStatic, expect, it } from 'vitest';
import {
  type CorpusCase,
  profiles,
  renderPostGrid,
  renderProfileHeader,
  renderWallHtml,
  secUidFor,
} from '../fixtures/render';
import { type BadgeState, type ExtensionBrowser, launchChromiumWithExtension, settleBadges } from '../harness/browser';
import { type FixtureServer, startFixtureServer, WALL_HANDLE } from '../harness/server';

const VERDICTS = ['state-media', 'suspected', 'unusual', 'clear', 'unknown'];
/** Verdicts the viewer is shown (design.md): their badge must say so in words. */
const SHOWN = ['state-media', 'suspected', 'unusual'];
const NOW = Date.now();

let server: FixtureServer;
let browser: ExtensionBrowser;

interface Opened {
  page: Page;
  dialogs: string[];
  errors: string[];
}

async function open(handle: string, expect: ExpectStatic): Promise<Opened> {
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

const describes = (b: BadgeState[]) =>
  JSON.stringify(b.map(({ handle, verdict, score }) => ({ handle, verdict, score })));

/** Where each badge sits relative to `h1[data-e2e="user-title"]` and its title container. */
function placements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const h1 = document.querySelector('h1[data-e2e="user-title"]');
    return [...document.querySelectorAll('provenance-badge')].map((b) => {
      const box = h1?.parentElement;
      if (!h1 || !box) return 'no handle heading on the page';
      if (h1.contains(b) || box.contains(b)) return 'ok';
      if (b.previousElementSibling === h1 || b.previousElementSibling === box) return 'ok';
      return `elsewhere, in <${b.parentElement?.tagName.toLowerCase()} class="${b.parentElement?.className}">`;
    });
  });
}

/** Inline event handlers anywhere in the document or in badge shadow roots: corpus markup turned into markup. */
function inlineHandlers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const roots: ParentNode[] = [document];
    for (const b of document.querySelectorAll('provenance-badge')) if (b.shadowRoot) roots.push(b.shadowRoot);
    const found: string[] = [];
    for (const root of roots) {
      for (const el of root.querySelectorAll('*')) {
        for (const a of el.getAttributeNames())
          if (a.startsWith('on')) found.push(`<${el.tagName.toLowerCase()} ${a}>`);
      }
    }
    return found;
  });
}

function carriesMarkup(c: CorpusCase): boolean {
  return [c.user.nickname, c.user.signature, ...c.items.map((i) => i.desc)].some((t) => /[<>]/.test(t));
}

/** Clicks every control in the badges' shadow roots (opening the details), then gives handlers a moment to fire. */
async function openDetails(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const b of document.querySelectorAll('provenance-badge')) {
      for (const el of b.shadowRoot?.querySelectorAll<HTMLElement>('button, summary, [role="button"]') ?? [])
        el.click();
    }
  });
  await page.waitForTimeout(500);
}

function checkBadge(expect: ExpectStatic, b: BadgeState, handle: string): void {
  expect(b.handle, 'badge handle attribute').toBe(handle);
  expect(VERDICTS, `verdict attribute of @${handle}`).toContain(b.verdict);
  const score = Number(b.score);
  expect(Number.isInteger(score) && score >= 0 && score <= 100, `score "${b.score}" is an integer 0-100`).toBe(true);
  if (b.verdict && SHOWN.includes(b.verdict)) {
    expect(b.text, 'badge must render its UI in an open shadow root').not.toBeNull();
    const words = b.verdict.replace(/-/g, ' ');
    expect((b.text ?? '').toLowerCase().replace(/-/g, ' '), `shadow root text names the verdict "${words}"`).toContain(
      words,
    );
  }
}

describe.skipIf(process.env.PROVENANCE_E2E !== '1')('extension on TikTok profile pages (Chromium)', () => {
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
      const { page, dialogs, errors } = await open(c.user.uniqueId, expect);
      try {
        const loose = c.expect.includes('none') || c.expect.includes('any');
        const badges = await settleBadges(page, {
          timeoutMs: 8000,
          quietMs: 1000,
          minMs: 1500,
          accept: (bs) => loose || (bs.length === 1 && c.expect.includes(bs[0]?.verdict as never)),
        });
        if (carriesMarkup(c)) await openDetails(page); // the reasons panel shows corpus text too
        expect(dialogs, 'dialogs (alert) fired on the page').toEqual([]);
        expect(errors, 'uncaught errors on the page').toEqual([]);
        expect(await inlineHandlers(page), 'inline event handlers in page or badge').toEqual([]);
        expect(badges.length, `at most one badge, saw ${describes(badges)}`).toBeLessThanOrEqual(1);
        if (c.expect.includes('none')) {
          expect(
            badges.every((b) => b.verdict === 'unknown'),
            `no badge or verdict unknown, saw ${describes(badges)}`,
          ).toBe(true);
        } else if (!c.expect.includes('any')) {
          expect(badges.length, `a badge for @${c.user.uniqueId}`).toBe(1);
          expect(c.expect, `verdict of @${c.user.uniqueId} (${describes(badges)})`).toContain(badges[0]?.verdict);
        }
        for (const b of badges) checkBadge(expect, b, c.user.uniqueId);
        for (const p of await placements(page)) expect(p, 'badge beside the handle heading').toBe('ok');
        // Corpus text shown by the page stays the page's, as text.
        const bio = await page.locator('h2[data-e2e="user-bio"]').allTextContents();
        if (bio.length) expect(bio[0]).toBe(c.user.signature || 'No bio yet.');
      } finally {
        await page.close();
      }
    });
  }

  it('verification wall: no verdict, page left as served', async () => {
    const { page, dialogs, errors } = await open(WALL_HANDLE, expect);
    try {
      const badges = await settleBadges(page, { timeoutMs: 5000, minMs: 1500 });
      expect(
        badges.every((b) => b.verdict === 'unknown'),
        `no badge or unknown, saw ${describes(badges)}`,
      ).toBe(true);
      const changed = await page.evaluate((served) => {
        const now = document.documentElement.cloneNode(true) as HTMLElement;
        for (const b of now.querySelectorAll('provenance-badge')) b.remove();
        const then = new DOMParser().parseFromString(served, 'text/html').documentElement;
        return now.outerHTML === then.outerHTML ? null : now.outerHTML;
      }, renderWallHtml());
      expect(changed, 'wall page DOM after the extension ran').toBeNull();
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  /**
   * TikTok moves between profiles with history.pushState and re-renders the header and grid; the embedded JSON
   * still describes the first profile (a trap). `withApi` also makes the page's own API calls, as the app does.
   */
  async function navigate(from: CorpusCase, to: CorpusCase, withApi: boolean): Promise<void> {
    expect(
      from.expect.some((v) => to.expect.includes(v)),
      'the two accounts must differ in verdict',
    ).toBe(false);
    const { page, dialogs, errors } = await open(from.user.uniqueId, expect);
    try {
      const before = await settleBadges(page, {
        timeoutMs: 8000,
        accept: (bs) => bs.length === 1 && from.expect.includes(bs[0]?.verdict as never),
      });
      expect(before.length, `one badge before navigating, saw ${describes(before)}`).toBe(1);
      expect(before[0]?.handle).toBe(from.user.uniqueId);
      expect(from.expect).toContain(before[0]?.verdict);

      await page.evaluate(
        async ({ path, header, grid, title, handle, secUid, withApi }) => {
          history.pushState({}, '', path);
          document.title = title;
          const h1 = document.querySelector('h1[data-e2e="user-title"]');
          const block = h1?.closest('[class*="DivShareLayoutHeader"]');
          if (!block) throw new Error('fixture header block not found');
          block.outerHTML = header;
          const list = document.querySelector('[data-e2e="user-post-item-list"]');
          if (!list) throw new Error('fixture grid not found');
          list.outerHTML = grid;
          if (withApi) {
            await fetch(`/api/user/detail/?aid=1988&uniqueId=${encodeURIComponent(handle)}&X-Bogus=x`);
            await fetch(
              `/api/post/item_list/?aid=1988&count=35&cursor=0&secUid=${encodeURIComponent(secUid)}&X-Bogus=x`,
            );
          }
        },
        {
          path: `/@${to.user.uniqueId}`,
          header: renderProfileHeader(to),
          grid: renderPostGrid(to, NOW),
          title: `${to.user.nickname} (@${to.user.uniqueId}) | TikTok`,
          handle: to.user.uniqueId,
          secUid: secUidFor(to.user.uniqueId),
          withApi,
        },
      );

      const seen: BadgeState[] = [];
      const after = await settleBadges(page, {
        timeoutMs: 8000,
        quietMs: 1000,
        minMs: 1500,
        onChange: (bs) => seen.push(...bs),
        accept: (bs) =>
          bs.length === 1 && bs[0]?.handle === to.user.uniqueId && to.expect.includes(bs[0]?.verdict as never),
      });
      expect(after.length, `one badge after navigating, saw ${describes(after)}`).toBe(1);
      checkBadge(expect, after[0]!, to.user.uniqueId);
      expect(to.expect, `verdict of @${to.user.uniqueId} after navigating`).toContain(after[0]?.verdict);
      // The first account's verdict must never be shown under the new handle, not even for a moment.
      const leaked = seen.filter(
        (b) => b.handle === to.user.uniqueId && b.verdict !== 'unknown' && !to.expect.includes(b.verdict as never),
      );
      expect(describes(leaked), 'verdicts shown under the new handle that are not its own').toBe('[]');
      for (const p of await placements(page)) expect(p, 'badge beside the handle heading').toBe('ok');
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }

  const byHandle = (h: string) => profiles.find((c) => c.user.uniqueId === h)!;
  /** A plain account of the current era whose only right answer is `clear`. */
  const clearCase = () => profiles.find((c) => !c.format && !c.statusCode && c.expect.join() === 'clear')!;

  it('in-app navigation from a clear account to @northkoreanlife (DOM re-render only)', async () => {
    await navigate(clearCase(), byHandle('northkoreanlife'), false);
  });

  it('in-app navigation from @northkoreanlife to a clear account (with the app’s API calls)', async () => {
    await navigate(byHandle('northkoreanlife'), clearCase(), true);
  });
});
