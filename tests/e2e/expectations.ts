/**
 * What a profile page must look like with the extension, whichever browser and driver (docs/design.md, "Contracts"): a
 * `<provenance-badge handle verdict score>` beside the handle heading, its UI in a closed shadow root, always about
 * the account in the URL. Verdicts come from each corpus case's `expect`, never from here. Shared by the Chromium
 * (Playwright) and Firefox (puppeteer-core over WebDriver BiDi) tests: they open the tabs, these helpers judge them.
 */

import { readFileSync } from 'node:fs';
import type { ExpectStatic } from 'vitest';
import {
  type CorpusCase,
  profiles,
  renderPostGrid,
  renderProfileHeader,
  renderWallHtml,
  secUidFor,
} from '../fixtures/render';
import { type BadgeState, inBadges, type SettleOptions, settleBadges, type Tab } from '../harness/badges';

export { playwrightTab, puppeteerTab, readBadges, settleBadges } from '../harness/badges';
export type { BadgeState, SettleOptions, Tab };

export const VERDICTS = ['state-media', 'suspected', 'unusual', 'clear', 'unknown'];
/** Verdicts the viewer is shown (docs/design.md): their badge must say so in words. */
export const SHOWN = ['state-media', 'suspected', 'unusual'];

/** What a tab saw besides its DOM: uncaught errors and dialogs (an alert would mean corpus text ran as code). */
export interface Seen {
  errors: string[];
  dialogs: string[];
}

export const describes = (b: BadgeState[]) =>
  JSON.stringify(b.map(({ handle, verdict, score }) => ({ handle, verdict, score })));

/** Where each badge sits relative to `h1[data-e2e="user-title"]` and its title container. */
export function placements(tab: Tab): Promise<string[]> {
  return tab.run(() => {
    const h1 = document.querySelector('h1[data-e2e="user-title"]');
    return [...document.querySelectorAll('provenance-badge')].map((b) => {
      const box = h1?.parentElement;
      if (!h1 || !box) return 'no handle heading on the page';
      if (h1.contains(b) || box.contains(b)) return 'ok';
      if (b.previousElementSibling === h1 || b.previousElementSibling === box) return 'ok';
      return `elsewhere, in <${b.parentElement?.tagName.toLowerCase()} class="${b.parentElement?.className}">`;
    });
  }, null);
}

/**
 * Inline event handlers anywhere in the document or in badge shadow roots (closed: reached through the harness's
 * protocol): corpus markup turned into markup.
 */
export async function inlineHandlers(tab: Tab): Promise<string[]> {
  const page = await tab.run(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*'))
      for (const a of el.getAttributeNames()) if (a.startsWith('on')) found.push(`<${el.tagName.toLowerCase()} ${a}>`);
    return found;
  }, null);
  const badges = await inBadges(
    tab,
    (_host, root) => {
      const found: string[] = [];
      for (const el of root?.querySelectorAll('*') ?? [])
        for (const a of el.getAttributeNames())
          if (a.startsWith('on')) found.push(`<${el.tagName.toLowerCase()} ${a}>`);
      return found;
    },
    null,
  );
  return [...page, ...badges.flat()];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function carriesMarkup(c: CorpusCase): boolean {
  return [c.user.nickname, c.user.signature, ...c.items.map((i) => i.desc)].some((t) => /[<>]/.test(t));
}

/**
 * Opens every badge's details (the pill, then the "details" disclosure), then gives handlers a moment to fire. The
 * popover's other buttons are left alone: they open the dashboard, report or hide the badge.
 */
export async function openDetails(tab: Tab): Promise<void> {
  await inBadges(tab, (_host, root) => (root?.querySelector('button.pill') as HTMLElement | null)?.click(), null);
  await sleep(200);
  await inBadges(tab, (_host, root) => (root?.querySelector('summary') as HTMLElement | null)?.click(), null);
  await sleep(300);
}

/** Each verdict's name in the English catalogue (extension/i18n/common/en.json): the one vocabulary of every UI. */
const VERDICT_NAMES: Record<string, string> = (() => {
  const url = new URL('../../extension/i18n/common/en.json', import.meta.url);
  const cat = JSON.parse(readFileSync(url, 'utf8')) as Record<string, { message: string }>;
  return Object.fromEntries(VERDICTS.map((v) => [v, cat[`verdict_${v.replace('-', '_')}`]?.message ?? v]));
})();

export function checkBadge(expect: ExpectStatic, b: BadgeState, handle: string): void {
  expect(b.handle, 'badge handle attribute').toBe(handle);
  expect(VERDICTS, `verdict attribute of @${handle}`).toContain(b.verdict);
  const score = Number(b.score);
  expect(Number.isInteger(score) && score >= 0 && score <= 100, `score "${b.score}" is an integer 0-100`).toBe(true);
  if (b.verdict && SHOWN.includes(b.verdict)) {
    expect(b.text, 'badge must render its UI in its shadow root').not.toBeNull();
    const words = VERDICT_NAMES[b.verdict]!.toLowerCase();
    expect((b.text ?? '').toLowerCase(), `shadow root text names the verdict "${words}"`).toContain(words);
  }
}

/** A freshly loaded profile page of corpus case `c`: its badge (or none) as the case expects, and nothing else. */
export async function checkProfilePage(expect: ExpectStatic, tab: Tab, c: CorpusCase, seen: Seen): Promise<void> {
  const loose = c.expect.includes('none') || c.expect.includes('any');
  const badges = await settleBadges(tab, {
    timeoutMs: 8000,
    quietMs: 1000,
    minMs: 1500,
    accept: (bs) => loose || (bs.length === 1 && c.expect.includes(bs[0]?.verdict as never)),
  });
  if (carriesMarkup(c)) await openDetails(tab); // the reasons panel shows corpus text too
  expect(seen.dialogs, 'dialogs (alert) fired on the page').toEqual([]);
  expect(seen.errors, 'uncaught errors on the page').toEqual([]);
  expect(await inlineHandlers(tab), 'inline event handlers in page or badge').toEqual([]);
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
  for (const p of await placements(tab)) expect(p, 'badge beside the handle heading').toBe('ok');
  // Corpus text shown by the page stays the page's, as text.
  const bio = await tab.run(
    () => [...document.querySelectorAll('h2[data-e2e="user-bio"]')].map((el) => el.textContent ?? ''),
    null,
  );
  if (bio.length) expect(bio[0]).toBe(c.user.signature || 'No bio yet.');
}

/** The verification wall: no verdict, and the page's DOM exactly as served (badges aside). */
export async function checkWallPage(expect: ExpectStatic, tab: Tab, seen: Seen): Promise<void> {
  const badges = await settleBadges(tab, { timeoutMs: 5000, minMs: 1500 });
  expect(
    badges.every((b) => b.verdict === 'unknown'),
    `no badge or unknown, saw ${describes(badges)}`,
  ).toBe(true);
  const changed = await tab.run((served) => {
    const now = document.documentElement.cloneNode(true) as HTMLElement;
    for (const b of now.querySelectorAll('provenance-badge')) b.remove();
    const then = new DOMParser().parseFromString(served, 'text/html').documentElement;
    return now.outerHTML === then.outerHTML ? null : now.outerHTML;
  }, renderWallHtml());
  expect(changed, 'wall page DOM after the extension ran').toBeNull();
  expect(seen.dialogs).toEqual([]);
  expect(seen.errors).toEqual([]);
}

export const caseByHandle = (h: string): CorpusCase => {
  const c = profiles.find((x) => x.user.uniqueId === h);
  if (!c) throw new Error(`no corpus case for @${h}`);
  return c;
};

/** A plain account of the current era whose only right answer is `clear`. */
export const clearCase = (): CorpusCase =>
  profiles.find((c) => !c.format && !c.statusCode && c.expect.join() === 'clear')!;

export interface Navigation {
  name: string;
  from: CorpusCase;
  to: CorpusCase;
  /** Also make the page's own API calls for the new account, as the app does. */
  withApi: boolean;
}

/** The in-app navigations both browsers go through: between accounts whose verdicts differ, both ways. */
export function navigations(): Navigation[] {
  const flagged = caseByHandle('northkoreanlife');
  return [
    {
      name: 'in-app navigation from a clear account to @northkoreanlife (DOM re-render only)',
      from: clearCase(),
      to: flagged,
      withApi: false,
    },
    {
      name: 'in-app navigation from @northkoreanlife to a clear account (with the app’s API calls)',
      from: flagged,
      to: clearCase(),
      withApi: true,
    },
  ];
}

/**
 * TikTok moves between profiles with history.pushState and re-renders the header and grid; the embedded JSON
 * still describes the first profile (a trap). `tab` has `nav.from`'s profile page freshly loaded; `now` is the
 * fixture server's clock.
 */
export async function checkNavigation(
  expect: ExpectStatic,
  tab: Tab,
  nav: Navigation,
  now: number,
  seen: Seen,
): Promise<void> {
  const { from, to, withApi } = nav;
  expect(
    from.expect.some((v) => to.expect.includes(v)),
    'the two accounts must differ in verdict',
  ).toBe(false);
  const before = await settleBadges(tab, {
    timeoutMs: 8000,
    accept: (bs) => bs.length === 1 && from.expect.includes(bs[0]?.verdict as never),
  });
  expect(before.length, `one badge before navigating, saw ${describes(before)}`).toBe(1);
  expect(before[0]?.handle).toBe(from.user.uniqueId);
  expect(from.expect).toContain(before[0]?.verdict);

  await tab.run(
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
        await fetch(`/api/post/item_list/?aid=1988&count=35&cursor=0&secUid=${encodeURIComponent(secUid)}&X-Bogus=x`);
      }
    },
    {
      path: `/@${to.user.uniqueId}`,
      header: renderProfileHeader(to),
      grid: renderPostGrid(to, now),
      title: `${to.user.nickname} (@${to.user.uniqueId}) | TikTok`,
      handle: to.user.uniqueId,
      secUid: secUidFor(to.user.uniqueId),
      withApi,
    },
  );

  const shown: BadgeState[] = [];
  const after = await settleBadges(tab, {
    timeoutMs: 8000,
    quietMs: 1000,
    minMs: 1500,
    onChange: (bs) => shown.push(...bs),
    accept: (bs) =>
      bs.length === 1 && bs[0]?.handle === to.user.uniqueId && to.expect.includes(bs[0]?.verdict as never),
  });
  expect(after.length, `one badge after navigating, saw ${describes(after)}`).toBe(1);
  checkBadge(expect, after[0]!, to.user.uniqueId);
  expect(to.expect, `verdict of @${to.user.uniqueId} after navigating`).toContain(after[0]?.verdict);
  // The first account's verdict must never be shown under the new handle, not even for a moment.
  const leaked = shown.filter(
    (b) => b.handle === to.user.uniqueId && b.verdict !== 'unknown' && !to.expect.includes(b.verdict as never),
  );
  expect(describes(leaked), 'verdicts shown under the new handle that are not its own').toBe('[]');
  for (const p of await placements(tab)) expect(p, 'badge beside the handle heading').toBe('ok');
  expect(seen.dialogs).toEqual([]);
  expect(seen.errors).toEqual([]);
}
