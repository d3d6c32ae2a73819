/**
 * The dashboard in the browser's language (issue 16): Chromium started with `--lang=es`, `--lang=ko` and
 * `--lang=zh-CN` shows no English outside what is the page's or the user's own (handles, nicknames, bios, list
 * names, a moderator's name and notes, signal ids, outlet names), in the queue, the account list, the watchlist,
 * an account's view, the lists and the data tools; axe-core finds no serious or critical violation in Spanish.
 * Screenshots of the list and the account view at 1280 and 390 px go to .tmp/screens/ for a person to look at.
 *
 * English is recognised by the words of the English catalogues (extension/i18n/<surface>/en.json) that the
 * locale's own catalogues do not use (so "TikTok", "CSV" or "URL" are not English in Spanish).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profiles } from '../fixtures/render';
import { CHROMIUM, chromiumArgs, settleBadges } from '../harness/browser';
import { seedQueue } from '../harness/dashboard-seed';
import { notE2e } from '../harness/require';
import { type FixtureServer, startFixtureServer } from '../harness/server';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const NOW = Date.now();
const I18N = resolve('extension/i18n');
const SCREENS = resolve('.tmp/screens');
/** A profile with affiliation evidence: its account view has signals, readings and charts. */
const FLAGGED = profiles.find((c) => c.user.uniqueId === 'northkoreanlife')!;

/** Lower-case Latin words of 3+ letters in every message of a locale's catalogues. */
function catalogueWords(locale: string): Set<string> {
  const words = new Set<string>();
  for (const surface of readdirSync(I18N)) {
    let cat: Record<string, { message: string }>;
    try {
      cat = JSON.parse(readFileSync(join(I18N, surface, `${locale}.json`), 'utf8'));
    } catch {
      continue;
    }
    for (const { message } of Object.values(cat)) {
      for (const w of message
        .replace(/\$[A-Z_0-9]+\$/g, ' ')
        .toLowerCase()
        .match(/[a-z]{3,}/g) ?? [])
        words.add(w);
    }
  }
  return words;
}
const ENGLISH = catalogueWords('en');

/** The page's visible text, less what is the page's or the user's own (marked `data-page-text`), handles and ids. */
function visibleText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('[data-page-text], code, script, style, [hidden]')) continue;
      if (!el.checkVisibility()) continue;
      const text = n.textContent?.replace(/@[\w.]+/g, ' ').trim();
      if (text) out.push(text);
    }
    // Placeholders, titles and accessible names are read too.
    for (const el of document.querySelectorAll<HTMLElement>('[placeholder], [title], [aria-label]')) {
      if (el.closest('[data-page-text], [hidden]')) continue;
      for (const a of ['placeholder', 'title', 'aria-label']) {
        const v = el.getAttribute(a)?.replace(/@[\w.]+/g, ' ');
        if (v) out.push(v);
      }
    }
    return out;
  });
}

/** Texts holding English words the locale does not use itself, with the words. */
function englishIn(texts: readonly string[], own: ReadonlySet<string>): string[] {
  return texts.flatMap((text) => {
    const words = (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => ENGLISH.has(w) && !own.has(w));
    return words.length ? [`${text} [${words.join(', ')}]`] : [];
  });
}

async function axeProblems(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run()).violations as { id: string; impact: string; nodes: { target: string[] }[] }[];
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`));
}

/**
 * Chromium with the extension in one interface language. On Linux `--lang` picks the extension's messages
 * (chrome.i18n) while `getUILanguage()` stays en-US; `locale` sets the page's own language to match.
 */
async function launch(port: number, lang: string) {
  const root = mkdtempSync(join(tmpdir(), 'provenance-lens-i18n-'));
  const extension = join(root, 'extension');
  cpSync(resolve(process.env.EXTENSION_DIR ?? 'dist/chrome'), extension, { recursive: true });
  const context: BrowserContext = await chromium.launchPersistentContext(join(root, 'profile'), {
    executablePath: CHROMIUM,
    headless: process.env.HEADED !== '1',
    ignoreDefaultArgs: ['--disable-extensions'],
    ignoreHTTPSErrors: true,
    locale: lang,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      `--lang=${lang}`,
      ...chromiumArgs(port),
    ],
  });
  const isOurs = (url: string) => url.startsWith('chrome-extension://');
  const worker =
    context.serviceWorkers().find((w) => isOurs(w.url())) ??
    (await context.waitForEvent('serviceworker', { predicate: (w) => isOurs(w.url()), timeout: 15_000 }));
  return {
    context,
    id: new URL(worker.url()).host,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

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
      const b = await launch(server.port, lang);
      try {
        const profile = await b.context.newPage();
        await profile.goto(`https://www.tiktok.com/@${FLAGGED.user.uniqueId}`, { waitUntil: 'load' });
        await settleBadges(profile, { timeoutMs: 12_000, accept: (bs) => bs.length === 1 });
        await profile.close();

        const dash = await b.context.newPage();
        const go = async (hash: string) => {
          await dash.goto(`chrome-extension://${b.id}/dashboard.html${hash}`);
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
        await check('labelled account', () => dash.getByTestId('moderator').waitFor());
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
