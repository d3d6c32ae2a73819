/**
 * The in-page badge in the browser's language (issue 16), in Chromium started with `--lang=es`, `--lang=ko` and
 * `--lang=zh-CN`. The closed badge's words come from a table built from the catalogues (extension/content/badge/text.ts,
 * issue 15: no `i18n.getMessage` while the page loads), so this checks that the table picks the same locale and
 * the same words as `chrome.i18n` would: the pill's text and accessible name are the locale's catalogue messages,
 * and the opened popover (getMessage's strings) holds no English beyond the page's own words.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profiles } from '../fixtures/render';
import { clickInBadge, playwrightTab, queryInBadges, settleBadges } from '../harness/badges';
import { launchChromiumWithExtension } from '../harness/browser';
import { catalogueWords, englishIn } from '../harness/locale-check';
import { notE2e } from '../harness/require';
import { type FixtureServer, startFixtureServer } from '../harness/server';

const HANDLE = 'northkoreanlife';

function message(folder: string, surface: string, key: string): string {
  const cat = JSON.parse(readFileSync(`extension/i18n/${surface}/${folder}.json`, 'utf8'));
  return cat[key].message as string;
}

/** The page's own words (nickname, bio, captions, hashtags): the popover may quote them. */
function pageWords(): Set<string> {
  const c = profiles.find((p) => p.user.uniqueId === HANDLE);
  const text = [c?.user.nickname, c?.user.signature, ...(c?.items ?? []).map((i) => i.desc)].join(' ');
  return new Set(text.toLowerCase().match(/[a-z]{3,}/g) ?? []);
}

describe.skipIf(notE2e())('the badge in the browser’s language (Chromium)', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer({ cases: profiles, now: Date.now() });
  });
  afterAll(async () => {
    await server?.close();
  });

  for (const [lang, folder] of [
    ['es', 'es'],
    ['ko', 'ko'],
    ['zh-CN', 'zh_CN'],
  ] as const) {
    it(`${lang}: the pill's words are the catalogue's, the popover has no English`, { timeout: 60_000 }, async () => {
      const b = await launchChromiumWithExtension({ port: server.port, lang, headless: process.env.HEADED !== '1' });
      try {
        await b.extensionId(15_000);
        const page = await b.context.newPage();
        await page.goto(`https://www.tiktok.com/@${HANDLE}`, { waitUntil: 'load' });
        const tab = playwrightTab(page);
        const badges = await settleBadges(tab, { timeoutMs: 10_000, accept: (bs) => bs[0]?.verdict === 'suspected' });
        expect(badges[0]?.verdict).toBe('suspected');
        const verdict = message(folder, 'common', 'verdict_suspected');
        const label = message(folder, 'badge', 'badge_label').replace(/\$VERDICT\$/i, verdict);
        const [pill] = (await queryInBadges(tab, 'button.pill', ['aria-label', 'title'])).flat();
        expect(pill?.text).toBe(verdict);
        expect(pill?.attrs).toEqual([label, verdict]);

        expect(await clickInBadge(tab, 'button.pill')).toBe(true);
        const texts = (await queryInBadges(tab, '[role="dialog"] *')).flat().map((x) => x.text);
        expect(texts.join(' ').length).toBeGreaterThan(40);
        const own = new Set([...catalogueWords(folder), ...pageWords()]);
        expect(englishIn(texts, own)).toEqual([]);
      } finally {
        await b.close();
      }
    });
  }
});
