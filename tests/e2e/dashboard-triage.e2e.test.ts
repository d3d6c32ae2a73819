/**
 * The moderator queue in Chromium, by keyboard only (issue 16): 50 flagged accounts are cleared with one bulk
 * decision (Tab to "select all", Space, Tab to the decision, Enter), the batch is undone and cleared again; the
 * filters, search and sort live in the URL and survive opening an account and coming back (the page's back
 * button, the browser's back, a reload); the search reaches bios; the CSV export holds what is shown; axe-core
 * finds no serious or critical violation in the queue.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profiles } from '../fixtures/render';
import { type ExtensionBrowser, launchChromiumWithExtension } from '../harness/browser';
import { seedQueue } from '../harness/dashboard-seed';
import { notE2e } from '../harness/require';
import { type FixtureServer, startFixtureServer } from '../harness/server';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const NOW = Date.now();
const FLAGGED = 50;
const CLEAR = 5;

let server: FixtureServer;
let browser: ExtensionBrowser;
let id = '';

/**
 * Press Tab (Shift+Tab with `back`) until the focused element matches `selector` (and its text `text`, a regular
 * expression's source); fails after `max` presses.
 */
async function tabTo(page: Page, selector: string, { text = '', max = 80, back = false } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    const on = await page.evaluate(
      ([s, re]) => {
        const el = document.activeElement;
        return Boolean(el?.matches(s!) && new RegExp(re!).test(el.textContent ?? ''));
      },
      [selector, text],
    );
    if (on) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`no focusable ${selector} ${text} within ${max} Tab presses`);
}

const countText = (page: Page) => page.getByTestId('count').textContent();
const rowCount = (page: Page) => page.locator('tr[data-handle]').count();

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

describe.skipIf(notE2e())('moderator queue, keyboard only (Chromium)', () => {
  let dash: Page;

  beforeAll(async () => {
    server = await startFixtureServer({ cases: profiles, now: NOW });
    browser = await launchChromiumWithExtension({ port: server.port, headless: process.env.HEADED !== '1' });
    id = await browser.extensionId(15_000);
    dash = await browser.context.newPage();
    await dash.goto(`chrome-extension://${id}/dashboard.html`, { waitUntil: 'load' });
    // The background has opened (and made) the database once the empty list is answered.
    await dash.getByText('No accounts yet').waitFor({ timeout: 15_000 });
    await seedQueue(dash, {
      now: NOW,
      flagged: FLAGGED,
      clear: CLEAR,
      bios: { queue_007: 'Sourdough baker in Lima', calm_002: 'Sourdough, but calm' },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('clears a queue of 50 flagged accounts with one bulk decision, undoes it, and clears it again', async () => {
    await dash.goto(`chrome-extension://${id}/dashboard.html#queue`);
    await dash.reload({ waitUntil: 'load' });
    await expect.poll(() => countText(dash), { timeout: 15_000 }).toBe(`${FLAGGED} of ${FLAGGED + CLEAR} accounts`);
    expect(await axeProblems(dash), 'axe on the queue').toEqual([]);

    await dash.locator('body').focus();
    await tabTo(dash, '.bulk input[type="checkbox"]');
    await dash.keyboard.press('Space');
    await expect.poll(() => dash.getByTestId('selected').textContent()).toBe(`${FLAGGED} selected`);
    await tabTo(dash, '.bulk button', { text: '^Not state media$' });
    await dash.keyboard.press('Enter');
    await dash.getByTestId('queue-clear').waitFor({ timeout: 30_000 });
    expect(await dash.getByRole('status').first().textContent()).toContain(`for ${FLAGGED} accounts`);

    // The keyboard's focus is not dropped with the disabled button: it waits on the batch's undo.
    expect(await dash.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^Undo “Not state media”/);

    // Undo, by keyboard: the whole batch is back in the queue.
    await tabTo(dash, '.bulk button', { text: '^Undo', back: true });
    await dash.keyboard.press('Enter');
    await expect.poll(() => countText(dash), { timeout: 30_000 }).toBe(`${FLAGGED} of ${FLAGGED + CLEAR} accounts`);
    expect(await dash.getByTestId('selected').textContent(), 'the selection was emptied by the decision').toBe(
      '0 selected',
    );

    await tabTo(dash, '.bulk input[type="checkbox"]', { back: true });
    await dash.keyboard.press('Space');
    await tabTo(dash, '.bulk button', { text: '^Unsure$' });
    await dash.keyboard.press('Enter');
    await dash.getByTestId('queue-clear').waitFor({ timeout: 30_000 });

    // The decisions are stored: a fresh page shows them, and the queue stays clear.
    await dash.goto(`chrome-extension://${id}/dashboard.html#?label=unsure`);
    await dash.reload({ waitUntil: 'load' });
    await expect.poll(() => countText(dash), { timeout: 15_000 }).toBe(`${FLAGGED} of ${FLAGGED + CLEAR} accounts`);
    await dash.goto(`chrome-extension://${id}/dashboard.html#queue`);
    await dash.getByTestId('queue-clear').waitFor({ timeout: 15_000 });
  });

  it('keeps search, filter and sort in the URL across opening an account and coming back', async () => {
    await dash.goto(`chrome-extension://${id}/dashboard.html#`);
    await dash.reload({ waitUntil: 'load' });
    await dash.locator('tr[data-handle]').first().waitFor();
    await dash.locator('body').focus();
    await tabTo(dash, 'input[type="search"]');
    await dash.keyboard.type('queue_01');
    await tabTo(dash, 'select');
    // The verdict filter by keyboard: options in order any, state media, suspected, …
    await dash.keyboard.press('ArrowDown');
    await dash.keyboard.press('ArrowDown');
    await expect.poll(() => dash.locator('select').first().inputValue()).toBe('suspected');
    await tabTo(dash, 'th button', { text: '^Score' });
    await dash.keyboard.press('Enter');
    await expect.poll(() => dash.locator('th[aria-sort]').textContent()).toContain('Score');
    // queue_010 … queue_019 whose verdict is suspected, by score, highest first.
    await expect.poll(() => rowCount(dash)).toBeGreaterThan(1);
    const listed = await dash
      .locator('tr[data-handle]')
      .evaluateAll((rs) => rs.map((r) => r.getAttribute('data-handle')));
    for (const h of listed) expect(h).toMatch(/^queue_01\d$/);
    expect(await dash.locator('tr[data-handle] .chip:not(.v-suspected)').count()).toBe(0);
    const scores = (await dash.locator('tr[data-handle] td.c-score').allTextContents()).map(Number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const url = new URL(dash.url());
    expect(url.hash).toContain('q=queue_01');
    expect(url.hash).toContain('verdict=suspected');
    expect(url.hash).toContain('sort=score');

    const restored = async (how: string) => {
      await expect.poll(() => dash.locator('input[type="search"]').inputValue(), { message: how }).toBe('queue_01');
      expect(await dash.locator('select').first().inputValue(), how).toBe('suspected');
      expect(await dash.locator('th[aria-sort]').textContent(), how).toContain('Score');
      await expect
        .poll(() => dash.locator('tr[data-handle]').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-handle'))))
        .toEqual(listed);
    };

    // Open the first account by keyboard, come back with the page's own button.
    await tabTo(dash, 'tr[data-handle] a');
    await dash.keyboard.press('Enter');
    await dash.getByRole('heading', { name: `@${listed[0]}` }).waitFor();
    await tabTo(dash, 'button', { text: 'Back to the list', back: true });
    await dash.keyboard.press('Enter');
    await restored('after the back button');

    // The browser's back button.
    await tabTo(dash, 'tr[data-handle] a');
    await dash.keyboard.press('Enter');
    await dash.getByRole('heading', { name: `@${listed[0]}` }).waitFor();
    await dash.goBack();
    await restored('after the browser’s back');

    // A reload of the list's URL.
    await dash.reload({ waitUntil: 'load' });
    await restored('after a reload');
  });

  it('searches bios through the background, and exports exactly the shown accounts as CSV', async () => {
    await dash.goto(`chrome-extension://${id}/dashboard.html#?q=sourdough`);
    await dash.reload({ waitUntil: 'load' });
    await expect
      .poll(
        () => dash.locator('tr[data-handle]').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-handle')).sort()),
        {
          timeout: 10_000,
        },
      )
      .toEqual(['calm_002', 'queue_007']);

    const download = dash.waitForEvent('download');
    await dash.getByRole('button', { name: /Export the 2 shown/ }).click();
    const file = await (await download).path();
    const lines = readFileSync(file, 'utf8').trim().split('\r\n');
    expect(lines[0]?.startsWith('handle,')).toBe(true);
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[0])
        .sort(),
    ).toEqual(['calm_002', 'queue_007']);

    // The account view shows the bio that matched, as text.
    await dash.locator('tr[data-handle="queue_007"] a').click();
    await expect.poll(() => dash.locator('.profile .bio').textContent()).toBe('Sourdough baker in Lima');
  });
});
