/**
 * Reading `<provenance-badge>` elements from a tab, whichever driver opened it (Playwright for Chromium,
 * puppeteer-core for Firefox): the tests, `npm start` and the bench all judge badges this one way.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

export interface BadgeState {
  handle: string | null;
  verdict: string | null;
  score: string | null;
  /** Visible text of the shadow root (style and script contents left out); null without an open shadow root. */
  text: string | null;
}

/**
 * A tab, as these helpers need it: run a function in the page's main world with one serialisable argument.
 * Playwright and Puppeteer spell `evaluate`'s arguments differently; `playwrightTab` and `puppeteerTab` adapt.
 */
export interface Tab {
  run<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export function playwrightTab(page: PlaywrightPage): Tab {
  return { run: (fn, arg) => page.evaluate(fn as never, arg as never) };
}

export function puppeteerTab(page: PuppeteerPage): Tab {
  return { run: async (fn, arg) => (await page.evaluate(fn as never, arg)) as never };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every `<provenance-badge>` on the page, in document order, with the visible text of its shadow root. */
export function readBadges(tab: Tab): Promise<BadgeState[]> {
  return tab.run(
    () =>
      [...document.querySelectorAll('provenance-badge')].map((el) => {
        const root = el.shadowRoot;
        let text: string | null = null;
        if (root) {
          const parts: string[] = [];
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const tag = n.parentElement?.tagName;
            if (tag !== 'STYLE' && tag !== 'SCRIPT' && tag !== 'TEMPLATE') parts.push(n.textContent ?? '');
          }
          text = parts.join(' ').replace(/\s+/g, ' ').trim();
        }
        return {
          handle: el.getAttribute('handle'),
          verdict: el.getAttribute('verdict'),
          score: el.getAttribute('score'),
          text,
        };
      }),
    null,
  );
}

export interface SettleOptions {
  timeoutMs?: number;
  /** The badge set must stay unchanged this long to count as settled. */
  quietMs?: number;
  /** Keep watching at least this long: an empty page is "settled" before the extension has had its say. */
  minMs?: number;
  accept?: (badges: BadgeState[]) => boolean;
  onChange?: (badges: BadgeState[]) => void;
}

/** Polls the badges until they stop changing and `accept` holds, or the time is up; returns the last reading. */
export async function settleBadges(tab: Tab, opts: SettleOptions = {}): Promise<BadgeState[]> {
  const start = Date.now();
  const deadline = start + (opts.timeoutMs ?? 10_000);
  const quiet = opts.quietMs ?? 800;
  let last = '';
  let since = Date.now();
  let badges: BadgeState[] = [];
  while (true) {
    badges = await readBadges(tab);
    const key = JSON.stringify(badges);
    if (key !== last) {
      last = key;
      since = Date.now();
      opts.onChange?.(badges);
    }
    const settled = Date.now() - since >= quiet && Date.now() - start >= (opts.minMs ?? 0);
    if (settled && (opts.accept ? opts.accept(badges) : true)) return badges;
    if (Date.now() >= deadline) return badges;
    await sleep(100);
  }
}
