/**
 * The account view's "How the verdict changed" in Chromium (issue 16, item 6): a real visit of a plain account,
 * then a list naming it (imported as a user would, through the background, which re-assesses the stored verdict),
 * then a moderator's decision clicked on the page. The view lists the three, newest first, each with its date,
 * from and to, and why; the background's verdict row holds the change it recorded. axe-core finds no serious or
 * critical violation in the view, in the light theme or the dark one. A viewer's "This looks wrong", clicked on a
 * profile's popover, is listed there too, with the verdict the badge showed. The charts are drawn again in the
 * colours of a live theme switch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profiles } from '../fixtures/render';
import { clickInBadge, playwrightTab, settleBadges } from '../harness/badges';
import { type ExtensionBrowser, launchChromiumWithExtension } from '../harness/browser';
import { dbRows } from '../harness/lens';
import { axeProblems } from '../harness/locale-check';
import { notE2e } from '../harness/require';
import { type FixtureServer, startFixtureServer } from '../harness/server';
import { clearCase } from './expectations';

const NOW = Date.now();
const HANDLE = clearCase().user.uniqueId.toLowerCase();

let server: FixtureServer;
let browser: ExtensionBrowser;
let id = '';

type Row = { handle: string; verdict: string; changes?: { from?: string; to: string; why: string }[] };
const verdictRow = async () => (await dbRows<Row>(browser, 'verdicts')).find((r) => r.handle === HANDLE);

/** Whether any chart canvas of the page has a pixel of this colour (within a little anti-aliasing). */
function chartHas(page: import('playwright-core').Page, rgb: number[]): Promise<boolean> {
  return page.evaluate((want) => {
    for (const c of document.querySelectorAll<HTMLCanvasElement>('.chart canvas')) {
      const ctx = c.getContext('2d');
      if (!ctx || c.width === 0 || c.height === 0) continue;
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      for (let i = 0; i < d.length; i += 4) {
        if (d[i + 3]! > 200 && want.every((v, k) => Math.abs(d[i + k]! - v) <= 6)) return true;
      }
    }
    return false;
  }, rgb);
}

describe.skipIf(notE2e())('verdict history in the account view (Chromium)', () => {
  beforeAll(async () => {
    server = await startFixtureServer({ cases: profiles, now: NOW });
    browser = await launchChromiumWithExtension({ port: server.port, headless: process.env.HEADED !== '1' });
    id = await browser.extensionId(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a list change and a moderator’s decision with their reasons, newest first', {
    timeout: 120_000,
  }, async () => {
    const profile = await browser.context.newPage();
    await profile.goto(`https://www.tiktok.com/@${HANDLE}`, { waitUntil: 'load' });
    await expect.poll(async () => (await verdictRow())?.verdict, { timeout: 20_000 }).toBe('clear');
    await profile.close();

    const dash = await browser.context.newPage();
    await dash.goto(`chrome-extension://${id}/dashboard.html#lists`, { waitUntil: 'load' });
    // A list naming the account, in the project's list format (src/lists/format.ts), imported as the Lists tab does.
    const list = {
      format: 'provenance-lens/list',
      version: 1,
      name: 'Team list',
      entries: [{ handle: HANDLE, outlet: 'Example Outlet', state: 'CN', source: 'https://example.org/source' }],
    };
    await dash.evaluate(async (text) => {
      const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome;
      await c.runtime.sendMessage({ type: 'ui/list-import', name: 'Team list', text });
    }, JSON.stringify(list));
    // The background sweeps the verdicts made under the old lists; the change is kept on the verdict row.
    await expect.poll(async () => (await verdictRow())?.verdict, { timeout: 30_000 }).toBe('state-media');
    expect((await verdictRow())?.changes?.map((c) => [c.from, c.to, c.why])).toEqual([
      ['clear', 'state-media', 'lists'],
    ]);

    await dash.goto(`chrome-extension://${id}/dashboard.html#account=${HANDLE}`);
    await dash.reload({ waitUntil: 'load' });
    await dash.getByRole('button', { name: 'Not state media', exact: true }).click();
    await dash.getByTestId('moderator').waitFor({ timeout: 10_000 });

    const table = dash.getByTestId('verdict-history');
    const rows = table.locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(3);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-kind')))).toEqual([
      'label',
      'computed',
      'first',
    ]);
    // What the eye reads in each cell (the words for screen readers apart, checked below).
    const cells = (i: number) =>
      rows
        .nth(i)
        .locator('td')
        .evaluateAll((tds) =>
          tds.map((td) => {
            const c = td.cloneNode(true) as HTMLElement;
            for (const h of c.querySelectorAll('.visually-hidden')) h.remove();
            return (c.textContent ?? '').replace(/\s+/g, ' ').trim();
          }),
        );
    const [label, computed, first] = [await cells(0), await cells(1), await cells(2)];
    // Change cells: the chips as seen ("State media → Nothing notable"), the reason in words.
    expect(label[1]).toBe('State media → Nothing notable');
    expect(label[2]).toBe('Decided by Moderator: Not state media');
    expect(computed[1]).toBe('Nothing notable → State media');
    expect(computed[2]).toBe('Your lists or verdict settings changed and the account was assessed again');
    expect(first[1]).toBe('Nothing notable');
    expect(first[2]).toBe('First assessed, on the first visit');
    // Each row is dated, the newest first.
    for (const c of [label, computed, first]) expect(c[0]).toMatch(/\d/);
    // A screen reader hears "from … to …" rather than an arrow between two chips.
    expect(await rows.nth(1).locator('.visually-hidden').textContent()).toBe('from Nothing notable to State media');

    expect(await axeProblems(dash)).toEqual([]);
    // The charts are canvases: their colours are the theme's of the moment (ui.css --chart-followers), so a live
    // switch must draw them again. The one reading's point is filled with the series colour.
    const light = [0x1d, 0x4e, 0xd8];
    const dark = [0x93, 0xc5, 0xfd];
    await expect.poll(() => chartHas(dash, light), { timeout: 10_000 }).toBe(true);
    expect(await chartHas(dash, dark)).toBe(false);
    await dash.emulateMedia({ colorScheme: 'dark' });
    expect(await dash.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe(
      'rgb(255, 255, 255)',
    );
    await expect.poll(() => chartHas(dash, dark), { timeout: 10_000 }).toBe(true);
    expect(await chartHas(dash, light)).toBe(false);
    expect(await axeProblems(dash)).toEqual([]);
  });

  it('lists a viewer’s “This looks wrong” with the verdict the badge showed', { timeout: 60_000 }, async () => {
    const flagged = 'northkoreanlife';
    const page = await browser.context.newPage();
    await page.goto(`https://www.tiktok.com/@${flagged}`, { waitUntil: 'load' });
    const tab = playwrightTab(page);
    await settleBadges(tab, { timeoutMs: 12_000, accept: (bs) => bs[0]?.verdict === 'suspected' });
    await clickInBadge(tab, 'button.pill');
    expect(await clickInBadge(tab, 'button.wrong')).toBe(true);
    await page.close();

    const dash = await browser.context.newPage();
    await dash.goto(`chrome-extension://${id}/dashboard.html#account=${flagged}`, { waitUntil: 'load' });
    const rows = dash.getByTestId('verdict-history').locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(2);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-kind')))).toEqual(['viewer', 'first']);
    const viewer = (await rows.first().locator('td').allInnerTexts()).map((t) => t.trim());
    expect(viewer.slice(1)).toEqual(['Possible state link', 'A viewer said this badge looks wrong']);
    await dash.close();
  });
});
