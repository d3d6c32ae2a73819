/**
 * The popup and the options page in the browser's language (issue 16): Chromium started with `--lang=es` and
 * `--lang=ko` (and `zh-CN`) shows no English outside what is the page's or a list's own (handles, outlet names, bio
 * clauses, list names and URLs: marked `data-page-text`) on the popup over a flagged profile — verdict, reason and
 * evidence included — and on the options page; axe-core finds no serious or critical violation on either, in the
 * light theme or the dark one (`prefers-color-scheme: dark`). A moderator's decision made under the default name
 * shows that name in the language (popup and the options' name field). The dashboard's retention link lands on the
 * options' setting. English (also run) must show the English words, so that the check is seen to bite. Screenshots
 * of both pages in the four locales go to .tmp/screens/ for a person to look at (not committed).
 *
 * English is recognised by the words of the English catalogues (extension/i18n/<surface>/en.json) that the
 * locale's own catalogues do not use (so "TikTok" or "State Media Monitor", proper names both, are not English).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profiles } from '../fixtures/render';
import { type ExtensionBrowser, launchChromiumWithExtension, settleBadges } from '../harness/browser';
import { axeProblems, catalogueWords, englishIn, visibleText } from '../harness/locale-check';
import { notE2e } from '../harness/require';
import { type FixtureServer, startFixtureServer } from '../harness/server';

const NOW = Date.now();
const SCREENS = resolve('.tmp/screens');
/** A profile with affiliation and amplification evidence: the popup has a reason and several pieces of evidence. */
const FLAGGED = profiles.find((c) => c.user.uniqueId === 'northkoreanlife')!;

/** Catalogue folder names by browser language. */
const FOLDER: Record<string, string> = { en: 'en', es: 'es', ko: 'ko', 'zh-CN': 'zh_CN' };

/** The default moderator name in a locale's common catalogue (extension/i18n/common). */
const defaultModerator = (folder: string): string =>
  JSON.parse(readFileSync(resolve('extension/i18n/common', `${folder}.json`), 'utf8')).moderator_default.message;

/** axe-core again with the system in dark mode: the page follows it without a reload. */
async function darkProblems(page: Page): Promise<string[]> {
  await page.emulateMedia({ colorScheme: 'dark' });
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bg, 'the dark theme is drawn').toBe('rgb(17, 24, 39)');
  const problems = await axeProblems(page);
  await page.emulateMedia({ colorScheme: 'light' });
  return problems;
}

describe.skipIf(notE2e())('popup and options in the browser’s language (Chromium)', () => {
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer({ cases: profiles, now: NOW });
    mkdirSync(SCREENS, { recursive: true });
  });

  afterAll(async () => {
    await server?.close();
  });

  describe.each(['es', 'ko', 'zh-CN', 'en'])('--lang=%s', (lang) => {
    const folder = FOLDER[lang]!;
    // English is checked against Spanish's words: the control that the check bites on an English page.
    const own = catalogueWords(lang === 'en' ? 'es' : folder);
    let browser: ExtensionBrowser;
    let id = '';
    let tabId: number | undefined;

    beforeAll(async () => {
      browser = await launchChromiumWithExtension({
        port: server.port,
        lang,
        headless: process.env.HEADED !== '1',
      });
      id = await browser.extensionId(15_000);
      const profile = await browser.context.newPage();
      await profile.goto(`https://www.tiktok.com/@${FLAGGED.user.uniqueId}`, { waitUntil: 'load' });
      await settleBadges(profile, { timeoutMs: 12_000, accept: (bs) => bs.length === 1 });
      const probe = await browser.context.newPage();
      await probe.goto(`chrome-extension://${id}/popup.html`, { waitUntil: 'load' });
      tabId = await probe.evaluate(async (h) => {
        const c = (
          globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }
        ).chrome;
        return (await c.tabs.query({})).find((t) => t.url?.endsWith(`/@${h}`))?.id;
      }, FLAGGED.user.uniqueId);
      // A decision under the options' default name: the popup names who decided.
      await probe.evaluate(async (h) => {
        const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } })
          .chrome;
        await c.runtime.sendMessage({ type: 'ui/label', handle: h, decision: 'unsure' });
      }, FLAGGED.user.uniqueId);
      await probe.close();
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
    });

    it('the popup over a flagged profile: verdict, reason and evidence in the language, no axe problem', async () => {
      expect(tabId, 'the profile tab').toBeTypeOf('number');
      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 360, height: 600 });
      try {
        await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`, { waitUntil: 'load' });
        await popup.getByRole('heading', { name: `@${FLAGGED.user.uniqueId}` }).waitFor({ timeout: 10_000 });
        await popup.getByTestId('reason').waitFor();
        expect(await popup.locator('html').getAttribute('lang')).toBe(lang);
        expect(await popup.locator('main li').count(), 'evidence shown').toBeGreaterThan(0);
        expect(await popup.locator('main').textContent()).toContain(defaultModerator(folder));
        await popup.screenshot({ path: join(SCREENS, `popup-${folder}.png`), fullPage: true });
        const english = englishIn(await visibleText(popup, true), own);
        if (lang === 'en') expect(english.length, 'the check sees English in English').toBeGreaterThan(3);
        else expect(english).toEqual([]);
        expect(await axeProblems(popup)).toEqual([]);
        expect(await darkProblems(popup)).toEqual([]);
      } finally {
        await popup.close();
      }
    });

    it('the options page: every signal named in words, no English, no axe problem', async () => {
      const options = await browser.context.newPage();
      try {
        await options.goto(`chrome-extension://${id}/options.html`, { waitUntil: 'load' });
        await options.locator('[data-signal]').first().waitFor({ timeout: 10_000 });
        // The offered list appears once the background answered.
        await options.locator('.list-offers').waitFor({ timeout: 10_000 });
        expect(await options.locator('html').getAttribute('lang')).toBe(lang);
        const rows = await options.locator('[data-signal]').allTextContents();
        expect(rows.length).toBe(12);
        // Words, not raw ids: no row shows its signal's id.
        for (const row of rows) expect(row).not.toMatch(/\b[a-z]+-[a-z]+(?:-[a-z]+)?\b/);
        await options.screenshot({ path: join(SCREENS, `options-${folder}.png`), fullPage: true });
        const english = englishIn(await visibleText(options, true), own);
        if (lang === 'en') expect(english.length, 'the check sees English in English').toBeGreaterThan(10);
        else expect(english).toEqual([]);
        expect(await axeProblems(options)).toEqual([]);
        expect(await darkProblems(options)).toEqual([]);
        // The moderator's name field shows the default name in the language (input values are not visible text).
        expect(await options.locator('#moderator-name').inputValue()).toBe(defaultModerator(folder));
      } finally {
        await options.close();
      }
    });

    it('the dashboard’s retention link opens the options at the one retention setting', async () => {
      const dash = await browser.context.newPage();
      try {
        await dash.goto(`chrome-extension://${id}/dashboard.html#data`, { waitUntil: 'load' });
        await dash.locator('#data-h').waitFor({ timeout: 10_000 });
        // The Data tab has no retention form of its own any more: one home, the options page.
        expect(await dash.locator('input[type=number]').count()).toBe(0);
        await dash.locator('a[href="options.html#retention"]').click();
        await dash.waitForURL(/options\.html#retention$/);
        await expect.poll(() => dash.evaluate(() => document.activeElement?.id), { timeout: 10_000 }).toBe('retention');
      } finally {
        await dash.close();
      }
    });
  });
});
