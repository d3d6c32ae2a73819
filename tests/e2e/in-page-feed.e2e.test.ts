/**
 * Issue 5 beyond profiles, in Chromium with the built extension: compact badges beside author handles on the For
 * You feed, a video page's comments and search results, for accounts the cache holds (visited first, as a viewer
 * would); the details popover by mouse and keyboard; TikTok's dark theme; the `showClear` and `showUnchecked` options.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CorpusCase, profiles } from '../fixtures/render';
import { clickInBadge, inBadges, playwrightTab, queryInBadges } from '../harness/badges';
import { type ExtensionBrowser, launchChromiumWithExtension, settleBadges } from '../harness/browser';
import { openPage } from '../harness/lens';
import { notE2e } from '../harness/require';
import { type FixtureServer, startFixtureServer } from '../harness/server';

const NOW = Date.now();
const byHandle = (h: string) => profiles.find((c) => c.user.uniqueId === h)!;
const SUSPECTED = byHandle('northkoreanlife');
const LABELLED = byHandle('worldview_cn_tv');
const CLEAR = byHandle('cello.cam');
const UNSEEN = byHandle('jinsu.freedom'); // never visited: the cache knows nothing of it
const MARKUP = byHandle('markup_test');

/**
 * Runs in an extension page: saves options through the background (ui/options-save), as the options page does. The
 * background keeps settings in its database and puts back any other write to the storage.local copy that content
 * scripts read (extension/background/options.ts), so a test cannot write that copy itself.
 */
const SAVE_OPTIONS = (options: object) =>
  (
    globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
  ).chrome.runtime.sendMessage({ type: 'ui/options-save', options });

/** An extension page of this browser, to save options from. */
async function optionsSaver(): Promise<(options: object) => Promise<unknown>> {
  const ext = await browser.context.newPage();
  await ext.goto(`chrome-extension://${await browser.extensionId()}/popup.html`);
  return (options) => ext.evaluate(SAVE_OPTIONS, options);
}

let server: FixtureServer;
let browser: ExtensionBrowser;
/** The verdict each visited profile got, as its own badge showed it. */
const verdicts = new Map<string, string>();

interface Placed {
  handle: string | null;
  verdict: string | null;
  /** What the badge follows: `name` (the link around the handle), `avatar`, `video` or something else. */
  after: string;
  text: string;
}

/** Every badge on a card page and what it sits beside; the pill's words read inside its closed shadow root. */
async function placed(page: Page): Promise<Placed[]> {
  const pills = await queryInBadges(playwrightTab(page), '.pill');
  const hosts = await page.evaluate(() =>
    [...document.querySelectorAll('provenance-badge')].map((b) => {
      const prev = b.previousElementSibling;
      const href = prev?.getAttribute('href') ?? '';
      const after = !prev
        ? 'nothing'
        : prev.tagName !== 'A'
          ? prev.tagName
          : prev.querySelector('img') && !prev.textContent?.trim()
            ? 'avatar'
            : /\/video\//.test(href)
              ? 'video'
              : `name:${decodeURIComponent(href)}`;
      return {
        handle: b.getAttribute('handle'),
        verdict: b.getAttribute('verdict'),
        after,
      };
    }),
  );
  return hosts.map((h, i) => ({ ...h, text: pills[i]?.[0]?.text ?? '' }));
}

async function visit(c: CorpusCase): Promise<void> {
  const { page } = await openPage(browser, `https://www.tiktok.com/@${c.user.uniqueId}`);
  const badges = await settleBadges(page, {
    timeoutMs: 8000,
    quietMs: 300,
    accept: (bs) => bs.length === 1 && c.expect.includes(bs[0]?.verdict as never),
  });
  verdicts.set(c.user.uniqueId, badges[0]?.verdict ?? 'none');
  await page.close();
}

const SHOWN = ['state-media', 'suspected', 'unusual'];
const shown = (h: string) => SHOWN.includes(verdicts.get(h) ?? '');

function expectBadges(got: Placed[], handles: string[]): void {
  const want = handles.filter(shown).map((h) => ({ handle: h, verdict: verdicts.get(h)!, after: `name:/@${h}` }));
  expect(got.map(({ handle, verdict, after }) => ({ handle, verdict, after }))).toEqual(want);
  for (const b of got) expect(b.text.length, `badge of @${b.handle} says something in words`).toBeGreaterThan(1);
}

async function settledCards(page: Page, count: number): Promise<Placed[]> {
  await settleBadges(page, { timeoutMs: 5000, quietMs: 300, accept: (bs) => bs.length === count });
  return placed(page);
}

describe.skipIf(notE2e())('in-page badges on feed, video and search pages (Chromium)', () => {
  beforeAll(async () => {
    server = await startFixtureServer({ cases: profiles, now: NOW });
    browser = await launchChromiumWithExtension({ port: server.port, headless: process.env.HEADED !== '1' });
    await browser.extensionId(15_000);
    for (const c of [SUSPECTED, LABELLED, CLEAR, MARKUP]) await visit(c);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the visited accounts have the verdicts these tests rely on', () => {
    expect(SUSPECTED.expect).toContain(verdicts.get(SUSPECTED.user.uniqueId));
    expect(LABELLED.expect).toContain(verdicts.get(LABELLED.user.uniqueId));
    expect(verdicts.get(CLEAR.user.uniqueId)).toBe('clear');
  });

  it('feed with several authors: a badge after each known flagged author’s name, none for clear or unknown', async () => {
    const authors = [SUSPECTED, CLEAR, LABELLED, UNSEEN, MARKUP, SUSPECTED].map((c) => c.user.uniqueId);
    const { page, errors } = await openPage(browser, `https://www.tiktok.com/foryou?authors=${authors.join(',')}`);
    try {
      const got = await settledCards(page, authors.filter(shown).length);
      expectBadges(got, authors);
      // A click on the badge is the badge's: the card's link does not navigate.
      expect(await clickInBadge(playwrightTab(page), 'button.pill', SUSPECTED.user.uniqueId)).toBe(true);
      expect(new URL(page.url()).pathname).toBe('/foryou');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('feed cards reused for another author (TikTok’s virtual list): the badge follows the handle', async () => {
    const authors = [SUSPECTED, CLEAR].map((c) => c.user.uniqueId);
    const { page } = await openPage(browser, `https://www.tiktok.com/foryou?authors=${authors.join(',')}`);
    try {
      expectBadges(await settledCards(page, 1), authors);
      // The first card now shows the clear account, the second the labelled one (text and links rewritten).
      await page.evaluate(
        ([a, b]) => {
          const cards = document.querySelectorAll('article');
          const rewrite = (card: Element, h: string) => {
            for (const link of card.querySelectorAll('a'))
              link.setAttribute('href', link.getAttribute('href')!.replace(/\/@[^/]+/, `/@${h}`));
            card.querySelector('[data-e2e="video-author-uniqueid"]')!.textContent = h;
          };
          rewrite(cards[0]!, a!);
          rewrite(cards[1]!, b!);
        },
        [CLEAR.user.uniqueId, LABELLED.user.uniqueId],
      );
      expectBadges(await settledCards(page, 1), [CLEAR.user.uniqueId, LABELLED.user.uniqueId]);
    } finally {
      await page.close();
    }
  });

  it('video page: the author and commenters the cache flags', async () => {
    const commenters = [SUSPECTED, UNSEEN, LABELLED].map((c) => c.user.uniqueId);
    const { page, errors } = await openPage(
      browser,
      `https://www.tiktok.com/@${CLEAR.user.uniqueId}/video/7300000000000000001?commenters=${commenters.join(',')}`,
    );
    try {
      const all = [CLEAR.user.uniqueId, ...commenters];
      expectBadges(await settledCards(page, all.filter(shown).length), all);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('search results: badges after the flagged authors', async () => {
    const authors = [CLEAR, LABELLED, UNSEEN].map((c) => c.user.uniqueId);
    const { page } = await openPage(browser, `https://www.tiktok.com/search?q=news&authors=${authors.join(',')}`);
    try {
      expectBadges(await settledCards(page, authors.filter(shown).length), authors);
    } finally {
      await page.close();
    }
  });

  it('details popover: keyboard opens it, it explains the call, Escape closes it and returns focus', async () => {
    const { page } = await openPage(browser, `https://www.tiktok.com/foryou?authors=${SUSPECTED.user.uniqueId}`);
    try {
      await settledCards(page, 1);
      const tab = playwrightTab(page);
      const pill = async () =>
        (await queryInBadges(tab, 'button.pill', ['aria-haspopup', 'aria-label', 'aria-expanded']))[0]![0]!;
      const dialogs = async () => (await queryInBadges(tab, '[role="dialog"]')).flat();
      expect((await pill()).attrs[0]).toBe('dialog');
      expect((await pill()).attrs[1]).toMatch(/Provenance Lens: .+\. Show why\./);
      await inBadges(tab, (_h, root) => (root!.querySelector('button.pill') as HTMLElement).focus(), null);
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await dialogs()).length).toBe(1);
      expect((await pill()).attrs[2]).toBe('true');
      const text = (await dialogs())[0]!.text;
      for (const part of [
        'Ties to a state',
        'Manufactured reach',
        'What it rests on',
        'What would change this',
        'Details: numbers and thresholds',
        'Measured:',
        'Last seen',
      ])
        expect(text, `popover text: ${text}`).toContain(part);
      expect(text).toContain(`@${SUSPECTED.user.uniqueId}`);
      // The dashboard is a button the background answers: no link, no extension URL in the popover.
      expect((await queryInBadges(tab, 'a, [href]')).flat()).toEqual([]);
      expect((await queryInBadges(tab, 'button.dash')).flat().map((b) => b.text)).toEqual(['Open in the dashboard']);
      // The numbers sit behind a disclosure the keyboard opens: Tab to it, Enter.
      const focusedIn = () =>
        inBadges(
          tab,
          (_h, root) => {
            const inner = root?.activeElement;
            return inner
              ? (inner.getAttribute('role') ??
                  inner.tagName.toLowerCase() + (inner.className ? `.${inner.className}` : ''))
              : '';
          },
          null,
        );
      await expect.poll(async () => (await focusedIn())[0]).toBe('dialog');
      expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('provenance-badge');
      await page.keyboard.press('Tab');
      await expect.poll(async () => (await focusedIn())[0]).toBe('summary');
      expect((await queryInBadges(tab, 'details[open]')).flat().length).toBe(0);
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await queryInBadges(tab, 'details[open]')).flat().length).toBe(1);
      // Escape closes it and gives focus back to the pill.
      await page.keyboard.press('Escape');
      await expect.poll(async () => (await dialogs()).length).toBe(0);
      await expect.poll(async () => (await focusedIn())[0]).toBe('button.pill');
      expect((await pill()).attrs[2]).toBe('false');
      // A click elsewhere closes it too.
      await clickInBadge(tab, 'button.pill');
      await expect.poll(async () => (await dialogs()).length).toBe(1);
      await page.mouse.click(5, 5);
      await expect.poll(async () => (await dialogs()).length).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('dark theme and reduced motion', async () => {
    const url = (theme: string) => `https://www.tiktok.com/foryou?theme=${theme}&authors=${SUSPECTED.user.uniqueId}`;
    for (const theme of ['dark', 'light']) {
      const { page } = await openPage(browser, url(theme));
      try {
        await settledCards(page, 1);
        expect(await page.locator('provenance-badge').getAttribute('theme')).toBe(theme);
        // Text and colour differ between themes, and the pill's text never matches its background.
        const [colours] = await inBadges(
          playwrightTab(page),
          (_h, root) => {
            const s = getComputedStyle(root!.querySelector('.pill')!);
            return { fg: s.color, bg: s.backgroundColor };
          },
          null,
        );
        expect(colours!.fg).not.toBe(colours!.bg);
        expect(colours!.fg).toBe(theme === 'dark' ? 'rgb(253, 230, 138)' : 'rgb(122, 62, 0)');
      } finally {
        await page.close();
      }
    }
    // TikTok switches theme without a reload (react-helmet rewrites <html data-theme>): the badge follows live.
    {
      const { page } = await openPage(browser, url('light'));
      try {
        await settledCards(page, 1);
        const host = page.locator('provenance-badge');
        expect(await host.getAttribute('theme')).toBe('light');
        await page.evaluate(() => {
          document.documentElement.setAttribute('data-theme', 'dark');
          document.documentElement.setAttribute('data-tux-color-scheme', 'dark');
        });
        await expect.poll(() => host.getAttribute('theme')).toBe('dark');
        const [fg] = await inBadges(
          playwrightTab(page),
          (_h, root) => getComputedStyle(root!.querySelector('.pill')!).color,
          null,
        );
        expect(fg).toBe('rgb(253, 230, 138)');
        await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
        await page.evaluate(() => document.documentElement.setAttribute('data-tux-color-scheme', 'light'));
        await expect.poll(() => host.getAttribute('theme')).toBe('light');
      } finally {
        await page.close();
      }
    }
    const { page } = await openPage(browser, url('light'));
    try {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await settledCards(page, 1);
      const tab = playwrightTab(page);
      await clickInBadge(tab, 'button.pill');
      const [animation] = await inBadges(
        tab,
        (_h, root) => getComputedStyle(root!.querySelector('.details')!).animationName,
        null,
      );
      expect(animation).toBe('none');
    } finally {
      await page.close();
    }
  });

  it('showClear: a check mark with words for clear accounts, only while the option is on', async () => {
    const save = await optionsSaver();
    const { page } = await openPage(
      browser,
      `https://www.tiktok.com/foryou?authors=${CLEAR.user.uniqueId},${UNSEEN.user.uniqueId}`,
    );
    try {
      await settleBadges(page, { timeoutMs: 2000, quietMs: 300, minMs: 600 });
      expect(await placed(page)).toEqual([]);
      await save({ showClear: true });
      const on = await settledCards(page, 1);
      expect(on.map(({ handle, verdict, after }) => ({ handle, verdict, after }))).toEqual([
        { handle: CLEAR.user.uniqueId, verdict: 'clear', after: `name:/@${CLEAR.user.uniqueId}` },
      ]);
      // A check mark (an inline SVG icon) and the verdict in words for assistive technology.
      const pill = (await queryInBadges(playwrightTab(page), 'button.pill', ['aria-label'])).flat()[0];
      expect(pill?.attrs[0]).toContain('Nothing notable');
      expect((await queryInBadges(playwrightTab(page), 'button.pill svg.icon')).flat().length).toBe(1);
      await save({ showClear: false });
      await settleBadges(page, { timeoutMs: 3000, quietMs: 300, accept: (bs) => bs.length === 0 });
      expect(await placed(page)).toEqual([]);
    } finally {
      await save({ showClear: false });
      await page.close();
    }
  });

  it('showUnchecked: "Not checked" beside authors the cache has never seen, only while the option is on', async () => {
    const save = await optionsSaver();
    const { page } = await openPage(
      browser,
      `https://www.tiktok.com/foryou?authors=${CLEAR.user.uniqueId},${UNSEEN.user.uniqueId}`,
    );
    try {
      await settleBadges(page, { timeoutMs: 2000, quietMs: 300, minMs: 600 });
      expect(await placed(page)).toEqual([]);
      await save({ showUnchecked: true });
      const on = await settledCards(page, 1);
      // The visited clear account says nothing (it was checked); the never-seen one says so.
      expect(on.map(({ handle, verdict, after }) => ({ handle, verdict, after }))).toEqual([
        { handle: UNSEEN.user.uniqueId, verdict: 'unknown', after: `name:/@${UNSEEN.user.uniqueId}` },
      ]);
      const pill = (await queryInBadges(playwrightTab(page), 'button.pill', ['aria-label'])).flat()[0];
      expect(pill?.attrs[0]).toContain('Not checked');
      await save({ showUnchecked: false });
      await settleBadges(page, { timeoutMs: 3000, quietMs: 300, accept: (bs) => bs.length === 0 });
      expect(await placed(page)).toEqual([]);
    } finally {
      await save({ showUnchecked: false });
      await page.close();
    }
  });

  it('badge display option: state media only, then none; a profile keeps its host and attributes', async () => {
    const save = await optionsSaver();
    const authors = [SUSPECTED, LABELLED, CLEAR].map((c) => c.user.uniqueId);
    const { page } = await openPage(browser, `https://www.tiktok.com/foryou?authors=${authors.join(',')}`);
    try {
      expectBadges(await settledCards(page, authors.filter(shown).length), authors);
      await save({ badgeDisplay: 'state-media' });
      const onlyStateMedia = authors.filter((h) => verdicts.get(h) === 'state-media');
      expect(onlyStateMedia).toContain(LABELLED.user.uniqueId);
      const got = await settledCards(page, onlyStateMedia.length);
      expect(got.map((b) => b.handle)).toEqual(onlyStateMedia);
      await save({ badgeDisplay: 'off' });
      await settleBadges(page, { timeoutMs: 3000, quietMs: 300, accept: (bs) => bs.length === 0 });
      expect(await placed(page)).toEqual([]);

      // A profile with nothing drawn: the host stays beside the heading with its verdict and score.
      const profile = await openPage(browser, `https://www.tiktok.com/@${SUSPECTED.user.uniqueId}`);
      try {
        const [badge] = await settleBadges(profile.page, {
          timeoutMs: 8000,
          quietMs: 300,
          accept: (bs) => bs.length === 1 && bs[0]?.verdict === verdicts.get(SUSPECTED.user.uniqueId),
        });
        expect(badge?.verdict).toBe(verdicts.get(SUSPECTED.user.uniqueId));
        expect(Number(badge?.score)).toBeGreaterThan(0);
        expect(badge?.text).toBe('');
        expect((await queryInBadges(playwrightTab(profile.page), 'button.pill')).flat().length).toBe(0);
      } finally {
        await profile.page.close();
      }
    } finally {
      await save({ badgeDisplay: 'all' });
      await page.close();
    }
  });
});
