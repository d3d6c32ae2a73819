/**
 * The dashboard in the browser's language (issue 16): Chromium started with `--lang=es`, `--lang=ko` and
 * `--lang=zh-CN` shows no English outside what is the page's or the user's own (handles, nicknames, bios, list
 * names, a moderator's name and notes, signal ids, outlet names), in the queue, the account list, the watchlist,
 * an account's view (its verdict history with a moderator's decision included), the lists and the data tools;
 * axe-core finds no serious or critical violation in Spanish and English, nor in the dark theme on the account view.
 * Screenshots of the list and the account view at 1280 and 390 px go to .tmp/screens/ for a person to look at.
 *
 * English is recognised by the words of the English catalogues (extension/i18n/<surface>/en.json) that the
 * locale's own catalogues do not use (so "TikTok", "CSV" or "URL" are not English in Spanish).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profiles } from '../fixtures/render';
import { launchChromiumWithExtension, settleBadges } from '../harness/browser';
import { seedQueue } from '../harness/dashboard-seed';
import { axeProblems, catalogueWords, englishIn, visibleText } from '../harness/locale-check';
import { notE2e } from '../harness/require';
import { type FixtureServer, startFixtureServer } from '../harness/server';

const NOW = Date.now();
const SCREENS = resolve('.tmp/screens');
/** A profile with affiliation evidence: its account view has signals, readings and charts. */
const FLAGGED = profiles.find((c) => c.user.uniqueId === 'northkoreanlife')!;

let server: FixtureServer;

describe.skipIf(notE2e())('dashboard in the browser’s language (Chromium)', () => {
  beforeAll(async () => {
    server = await startFixtureServer({ cases: profiles, now: NOW });
    mkdirSync(SCREENS, { recursive: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  for (const [lang, folder] of [
    ['es', 'es'],
    ['ko', 'ko'],
    ['zh-CN', 'zh_CN'],
    ['en', 'en'],
  ] as const) {
    it(`${lang}: no English left in the queue, lists, watchlist, account view, lists and data tools`, {
      timeout: 120_000,
    }, async () => {
      const own = catalogueWords(folder);
      const b = await launchChromiumWithExtension({ port: server.port, lang, headless: process.env.HEADED !== '1' });
      try {
        const id = await b.extensionId(15_000);
        const profile = await b.context.newPage();
        await profile.goto(`https://www.tiktok.com/@${FLAGGED.user.uniqueId}`, { waitUntil: 'load' });
        await settleBadges(profile, { timeoutMs: 12_000, accept: (bs) => bs.length === 1 });
        await profile.close();

        const dash = await b.context.newPage();
        const go = async (hash: string) => {
          await dash.goto(`chrome-extension://${id}/dashboard.html${hash}`);
          await dash.reload({ waitUntil: 'load' });
        };
        await go('#');
        await dash.locator('tr[data-handle]').first().waitFor({ timeout: 15_000 });
        await seedQueue(dash, { now: NOW, flagged: 12, clear: 3, bios: { queue_003: 'Panadero en Lima' } });
        // One watched account and one decision, so the watchlist and the history have something to say.
        await dash.evaluate(async (h) => {
          const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } })
            .chrome;
          await c.runtime.sendMessage({ type: 'ui/watch', handle: h, watched: true });
          await c.runtime.sendMessage({ type: 'ui/label', handle: 'queue_001', decision: 'unsure' });
        }, FLAGGED.user.uniqueId);

        const problems: string[] = [];
        const check = async (name: string, ready: () => Promise<unknown>, shot?: string) => {
          await ready();
          // Open the column help, so its sentences are read too.
          for (const d of await dash.locator('details').all()) await d.evaluate((e) => e.setAttribute('open', ''));
          if (lang !== 'en') {
            for (const e of englishIn(await visibleText(dash), own)) problems.push(`${name}: ${e}`);
          }
          if (shot) {
            await dash.screenshot({ path: join(SCREENS, `dashboard-${shot}-${folder}.png`), fullPage: true });
            await dash.setViewportSize({ width: 390, height: 844 });
            await dash.screenshot({ path: join(SCREENS, `dashboard-${shot}-${folder}-390.png`), fullPage: true });
            await dash.setViewportSize({ width: 1280, height: 900 });
          }
          if (lang === 'es' || lang === 'en') {
            for (const p of await axeProblems(dash)) problems.push(`${name}: axe ${p}`);
          }
        };

        await go('#queue');
        await check('queue', () => dash.locator('tr[data-handle]').first().waitFor(), 'queue');
        await go('#');
        await check('all accounts', () => dash.locator('tr[data-handle]').nth(5).waitFor(), 'list');
        await go('#watch');
        await check('watchlist', () => dash.locator('table.watch tr[data-handle]').first().waitFor(), 'watchlist');
        await go(`#account=${FLAGGED.user.uniqueId}`);
        await check(
          'account view',
          () => dash.locator('figure.chart .legend').first().waitFor({ timeout: 10_000 }),
          'account',
        );
        await go('#account=queue_001');
        await check('labelled account', async () => {
          await dash.getByTestId('moderator').waitFor();
          // The verdict history names the decision and who made it (the default name, in the language).
          await dash.locator('[data-testid=verdict-history] tr[data-kind=label]').waitFor({ timeout: 10_000 });
        });
        if (lang === 'es' || lang === 'en') {
          await dash.emulateMedia({ colorScheme: 'dark' });
          for (const p of await axeProblems(dash)) problems.push(`labelled account, dark: axe ${p}`);
          await dash.emulateMedia({ colorScheme: 'light' });
        }
        await go('#lists');
        await check('lists', () => dash.locator('#lists-h').waitFor(), 'lists');
        await go('#data');
        await check('data tools', () => dash.locator('#data-h').waitFor());

        expect(problems).toEqual([]);
      } finally {
        await b.close();
      }
    });
  }
});
