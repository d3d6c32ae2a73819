/**
 * Issue 17, finding 1, tried as the page's own scripts would, in real Chromium and Firefox ESR: the badge's host and
 * its `handle`, `verdict` and `score` attributes are the page's to read (docs/design.md contract); the popover's
 * text, the shadow root and the extension's URL are not. A moderator's name and private note never reach the badge:
 * it says at most that a moderator reviewed the account.
 *
 * The tests open the popover with the mouse at a position the harness finds through the driver's protocol (CDP,
 * WebDriver BiDi), which pierces closed roots; everything the "attacker" tries runs in the page's main world.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profiles } from '../fixtures/render';
import {
  clickInBadge,
  playwrightTab,
  puppeteerTab,
  queryInBadges,
  readBadges,
  settleBadges,
  type Tab,
} from '../harness/badges';
import { type ExtensionBrowser, launchChromiumWithExtension } from '../harness/browser';
import { type FirefoxWithExtension, launchFirefoxWithExtension, watchedPage } from '../harness/firefox';
import { notE2e } from '../harness/require';
import { type FixtureServer, startFixtureServer } from '../harness/server';

const NOW = Date.now();
const FLAGGED = 'northkoreanlife';
/** A plain account a moderator then confirms as state media, with their name and a private note. */
const LABELLED = 'cello.cam';
const MODERATOR = 'Alice Quartermain';
const NOTE = 'PRIVATE-NOTE-7731 call the desk first';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs in the page's main world before its scripts (and before the extension's content script can draw): a page
 * that patches attachShadow to force every root open and records who called it, and logs the composed path of every
 * click it sees.
 */
const ATTACKER_INIT = `(() => {
  const seen = { attached: [], paths: [] };
  window.__attacker = seen;
  const native = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    seen.attached.push(this.tagName);
    return native.call(this, { ...init, mode: 'open' });
  };
  document.addEventListener('click', (e) => seen.paths.push(e.composedPath().slice(0, 3).map((n) => n.nodeName || String(n))), true);
})();`;

interface Loot {
  shadowRoot: string;
  attached: string[];
  firstOfPaths: string[];
  hostText: string;
  bodyText: string;
  selection: string;
  html: string;
  attributes: string;
  resources: string;
  attrs: (string | null)[];
}

/** Everything a page script can read of the badge and the document. */
function loot(tab: Tab): Promise<Loot> {
  return tab.run(() => {
    const host = document.querySelector('provenance-badge') as HTMLElement;
    const seen = (window as unknown as { __attacker?: { attached: string[]; paths: string[][] } }).__attacker;
    // Try to open the popover from the page: a click on the host, Enter on it focused.
    host.click();
    host.focus();
    host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    const sel = getSelection();
    sel?.selectAllChildren(document.body);
    const selection = sel?.toString() ?? '';
    sel?.removeAllRanges();
    const attributes = [...document.querySelectorAll('*')]
      .flatMap((el) => el.getAttributeNames().map((a) => el.getAttribute(a) ?? ''))
      .join('\n');
    return {
      shadowRoot: String(host.shadowRoot),
      attached: seen?.attached ?? [],
      firstOfPaths: (seen?.paths ?? []).map((p) => p[0] ?? ''),
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what an attacker would try
      hostText: `${host.textContent}|${host.innerText}|${host.innerHTML}`,
      // biome-ignore lint/performance/useDomNodeTextContent: likewise, the page's whole rendered text
      bodyText: document.body.innerText,
      selection,
      html: document.documentElement.outerHTML,
      attributes,
      resources: performance
        .getEntries()
        .map((e) => e.name)
        .join('\n'),
      attrs: ['handle', 'verdict', 'score'].map((a) => host.getAttribute(a)),
    };
  }, null);
}

/** What the page must never find, wherever it looks. */
function expectNothingLeaked(l: Loot, secrets: string[]): void {
  expect(l.shadowRoot, 'host.shadowRoot seen by the page').toBe('null');
  expect(l.attached, 'the page’s attachShadow patch was used for the badge').not.toContain('PROVENANCE-BADGE');
  for (const first of l.firstOfPaths)
    expect(first, 'composed path seen by a page listener').not.toMatch(/^(BUTTON|SPAN|DIV)$/);
  for (const [where, text] of Object.entries({
    hostText: l.hostText,
    bodyText: l.bodyText,
    selection: l.selection,
    html: l.html,
    attributes: l.attributes,
  }))
    for (const s of secrets) expect(text, `${where} holds "${s}"`).not.toContain(s);
  for (const text of [l.html, l.attributes, l.resources, l.bodyText, l.selection])
    expect(text).not.toMatch(/(chrome|moz)-extension:\/\//);
}

/** The popover's own words (English catalogue), which only the harness may read. */
const POPOVER_WORDS = ['What it rests on', 'What would change this', 'Details: numbers and thresholds'];

async function checkFlagged(tab: Tab): Promise<void> {
  const [badge] = await settleBadges(tab, { timeoutMs: 10_000, accept: (bs) => bs[0]?.verdict === 'suspected' });
  expect(badge?.verdict).toBe('suspected');
  // The page opens nothing by itself.
  const before = await loot(tab);
  expect((await queryInBadges(tab, '[role="dialog"]')).flat(), 'popover opened by a page script').toEqual([]);
  expect(before.attrs).toEqual([FLAGGED, 'suspected', badge?.score]);
  // A viewer opens it (a real mouse click): the harness reads it, the page cannot.
  expect(await clickInBadge(tab, 'button.pill')).toBe(true);
  await expect.poll(async () => (await queryInBadges(tab, '[role="dialog"]')).flat().length).toBe(1);
  await clickInBadge(tab, 'summary');
  const text = (await readBadges(tab))[0]?.text ?? '';
  for (const w of POPOVER_WORDS) expect(text).toContain(w);
  const evidence = (await queryInBadges(tab, '.details li')).flat().map((li) => li.text);
  expect(evidence.length).toBeGreaterThan(0);
  const l = await loot(tab);
  expect(l.firstOfPaths.length, 'the page saw the viewer’s click').toBeGreaterThan(0);
  expectNothingLeaked(l, [...POPOVER_WORDS, ...evidence.map((e) => e.slice(0, 30))]);
}

async function checkModerated(tab: Tab): Promise<void> {
  const [badge] = await settleBadges(tab, { timeoutMs: 10_000, accept: (bs) => bs[0]?.verdict === 'state-media' });
  expect(badge?.verdict, 'the moderator’s label wins').toBe('state-media');
  expect(await clickInBadge(tab, 'button.pill')).toBe(true);
  await expect.poll(async () => (await queryInBadges(tab, '[role="dialog"]')).flat().length).toBe(1);
  await clickInBadge(tab, 'summary');
  const text = (await readBadges(tab))[0]?.text ?? '';
  expect(text).toContain('A moderator reviewed this account.');
  // Not even inside the closed root: the name, the note and the day are for extension pages only.
  for (const s of [MODERATOR, 'Alice', NOTE, 'PRIVATE-NOTE', 'Source:', 'Note:'])
    expect(text, 'popover text').not.toContain(s);
  expectNothingLeaked(await loot(tab), [MODERATOR, 'PRIVATE-NOTE', 'A moderator reviewed']);
}

/** In an extension page: the moderator's name, then a label with a private note (as the dashboard would). */
const LABEL = async ({ handle, name, note }: { handle: string; name: string; note: string }) => {
  type Runtime = { runtime: { sendMessage(m: object): Promise<unknown> } };
  const g = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
  const api = (g.browser ?? g.chrome)!;
  await api.runtime.sendMessage({ type: 'ui/options-save', options: { moderatorName: name } });
  return api.runtime.sendMessage({ type: 'ui/label', handle, decision: 'state-media', note });
};

describe.skipIf(notE2e())('a page script cannot read the badge’s popover or the extension’s URL (Chromium)', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer({ cases: profiles, now: NOW });
    browser = await launchChromiumWithExtension({ port: server.port, headless: process.env.HEADED !== '1' });
    await browser.extensionId(15_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(handle: string) {
    const page = await browser.context.newPage();
    await page.addInitScript(ATTACKER_INIT);
    await page.goto(`https://www.tiktok.com/@${handle}`, { waitUntil: 'load' });
    return page;
  }

  it('a flagged account: attributes readable, popover text, shadow root and extension URL not', async () => {
    const page = await open(FLAGGED);
    try {
      await checkFlagged(playwrightTab(page));
    } finally {
      await page.close();
    }
  });

  it('a moderated account: “a moderator reviewed this account”, no name, no note, anywhere', async () => {
    const visit = await open(LABELLED); // the account must be known before it is labelled
    await settleBadges(playwrightTab(visit), { timeoutMs: 8000, accept: (bs) => bs[0]?.verdict === 'clear' });
    await visit.close();
    const ext = await browser.context.newPage();
    await ext.goto(`chrome-extension://${await browser.extensionId()}/popup.html`);
    await ext.evaluate(LABEL, { handle: LABELLED, name: MODERATOR, note: NOTE });
    await ext.close();
    const page = await open(LABELLED);
    try {
      await checkModerated(playwrightTab(page));
    } finally {
      await page.close();
    }
  });
});

describe.skipIf(notE2e())('a page script cannot read the badge’s popover or the extension’s URL (Firefox ESR)', () => {
  let server: FixtureServer;
  let ff: FirefoxWithExtension;

  beforeAll(async () => {
    server = await startFixtureServer({ cases: profiles, now: NOW });
    ff = await launchFirefoxWithExtension({
      extensionDir: process.env.FIREFOX_EXTENSION_DIR,
      port: server.port,
      headless: process.env.HEADED !== '1',
    });
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  async function open(handle: string) {
    const { page } = await watchedPage(ff);
    await page.evaluateOnNewDocument(ATTACKER_INIT);
    await page.goto(ff.url(`/@${handle}`), { waitUntil: 'load' });
    return page;
  }

  it('a flagged account: attributes readable, popover text, shadow root and extension URL not', async () => {
    const page = await open(FLAGGED);
    try {
      await checkFlagged(puppeteerTab(page));
    } finally {
      await page.close();
    }
  });

  it('a moderated account: “a moderator reviewed this account”, no name, no note, anywhere', async () => {
    const visit = await open(LABELLED);
    await settleBadges(puppeteerTab(visit), { timeoutMs: 8000, accept: (bs) => bs[0]?.verdict === 'clear' });
    await visit.close();
    const { page: ext } = await watchedPage(ff);
    // BiDi does not report moz-extension: load events to Puppeteer: start the navigation, then wait for the page.
    const url = `${ff.extensionOrigin}/popup.html`;
    void ext.goto(url, { timeout: 20_000 }).catch(() => undefined);
    const tab = puppeteerTab(ext);
    const deadline = Date.now() + 15_000;
    while (!(await tab.run((u) => location.href === u && document.readyState === 'complete', url).catch(() => false))) {
      if (Date.now() > deadline) throw new Error(`${url} did not load`);
      await sleep(200);
    }
    await tab.run(LABEL, { handle: LABELLED, name: MODERATOR, note: NOTE });
    await ext.close();
    const page = await open(LABELLED);
    try {
      await checkModerated(puppeteerTab(page));
    } finally {
      await page.close();
    }
  });
});
