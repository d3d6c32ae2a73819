/**
 * The extension on TikTok-shaped pages in real Chromium, side by side with the same browser without it:
 * badge latency after DOMContentLoaded, main-thread task time per profile load, a 5,000-card mutation storm on the
 * feed, and the badge after in-app navigation. Every page comes from the e2e fixture server.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { type CorpusCase, profiles, renderPostGrid, renderProfileHeader, secUidFor } from '../../tests/fixtures/render';
import { renderFeedCard } from '../../tests/fixtures/render-feed';
import type { StaticPage } from '../../tests/harness/server';
import type { BenchBrowser } from './browser';

/** Profiles that draw a badge: a rendered header and a verdict other than `unknown`. */
export const BADGED = profiles.filter((c) => !c.statusCode && !c.expect.includes('unknown' as never));

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The shared real captures (never copied into the repo); `REAL_CAPTURES_DIR` as in the e2e tests. */
const CAPTURES = resolve(ROOT, process.env.REAL_CAPTURES_DIR ?? '../shared/real-captures');
/** A real rendered profile page with a real DOM size (issue 15), and its handle from the captures' truth.json. */
export const REAL_CAPTURE = {
  file: 'jam-elizabetheatsnyc-2025-08-universal-rendered.html',
  handle: 'elizabetheatsnyc',
};

/**
 * The real capture as the fixture server serves it, or undefined when the shared folder is absent. TikTok's own
 * scripts are kept from running (offline they would only fail) by a `script-src 'none'` policy, which does not
 * apply to an extension's content scripts.
 */
export function realCapturePage(): StaticPage | undefined {
  const path = join(CAPTURES, REAL_CAPTURE.file);
  if (!existsSync(path)) return undefined;
  return { body: readFileSync(path), headers: { 'content-security-policy': "script-src 'none'; worker-src 'none'" } };
}

/** Main world, before the page's scripts (badge loads only): DOMContentLoaded and the first verdict on the URL's handle, both in page time. */
const INIT = `(() => {
  const handle = decodeURIComponent(location.pathname.replace(/^\\/@/, '').replace(/\\/.*$/, '')).toLowerCase();
  const w = window.__bench = { dcl: null, badgeAt: null, verdict: null };
  document.addEventListener('DOMContentLoaded', () => { w.dcl = performance.now(); });
  const check = () => {
    if (w.badgeAt !== null) return;
    for (const b of document.querySelectorAll('provenance-badge')) {
      const v = b.getAttribute('verdict');
      if (v && v !== 'unknown' && (b.getAttribute('handle') || '').toLowerCase() === handle) {
        w.badgeAt = performance.now(); w.verdict = v; return;
      }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['verdict'] });
})();`;

async function metricsSession(
  page: Page,
): Promise<{ cdp: CDPSession; taskMs(): Promise<number>; times(): Promise<{ task: number; cpu: number }> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const times = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
    return { task: ms('TaskDuration'), cpu: ms('ThreadTime') };
  };
  return { cdp, times, taskMs: async () => (await times()).task };
}

export interface BadgeResult {
  handle: string;
  /** ms from DOMContentLoaded to the first verdict beside the handle. */
  badgeMs?: number;
  verdict?: string;
  expected: boolean;
}

/**
 * `loads` profile loads in the browser with the extension, each in a fresh tab, with a main-world observer that
 * notes DOMContentLoaded and the first verdict beside the URL's handle. Apart from the task-time loads: the
 * observer is a probe, and the pages whose task time is measured run nothing of the bench's.
 */
export async function badgeLoads(b: BenchBrowser, loads: number, settleMs = 1000): Promise<BadgeResult[]> {
  const out: BadgeResult[] = [];
  await warmUp(b);
  for (let i = 0; i < loads; i++) {
    const c = BADGED[i % BADGED.length]!;
    const page = await b.context.newPage();
    try {
      await page.addInitScript(INIT);
      await page.goto(`https://www.tiktok.com/@${c.user.uniqueId}`, { waitUntil: 'load' });
      await page.waitForTimeout(settleMs);
      const w = await page.evaluate(
        () =>
          (window as unknown as { __bench: { dcl: number | null; badgeAt: number | null; verdict: string | null } })
            .__bench,
      );
      const r: BadgeResult = { handle: c.user.uniqueId, expected: false };
      if (w.dcl !== null && w.badgeAt !== null) r.badgeMs = w.badgeAt - w.dcl;
      if (w.verdict) r.verdict = w.verdict;
      r.expected = c.expect.includes(w.verdict as never) || c.expect.includes('any' as never);
      out.push(r);
    } finally {
      await page.close();
    }
  }
  return out;
}

/** One unmeasured load first: the first page of a fresh browser pays for starting its renderer and caches. */
async function warmUp(b: BenchBrowser): Promise<void> {
  const warm = await b.context.newPage();
  await warm.goto('https://www.tiktok.com/', { waitUntil: 'load' });
  await warm.close();
}

/**
 * The same pages loaded by every browser in turn, page by page (so a burst of other work on the machine hits all
 * of them alike), each in a fresh tab with nothing of the bench's in it: main-thread task time from just before
 * navigation to `afterDclMs` after DOMContentLoaded (issue 15's window). Returns each browser's list, in `urls` order;
 * `cpu`, when given, gets the main thread's CPU time of the same windows (Chromium's `ThreadTime`: unlike the task
 * time, it does not grow when other processes — the extension's worker among them — take the cores).
 */
export async function turnLoads(
  browsers: BenchBrowser[],
  urls: string[],
  afterDclMs = 3000,
  cpu?: number[][],
): Promise<number[][]> {
  const out: number[][] = browsers.map(() => []);
  for (const [j] of browsers.entries()) if (cpu) cpu[j] = [];
  for (const b of browsers) await warmUp(b);
  for (const [i, url] of urls.entries()) {
    // The order rotates, so no browser always goes first after the machine was idle.
    for (let k = 0; k < browsers.length; k++) {
      const j = (i + k) % browsers.length;
      const page = await browsers[j]!.context.newPage();
      try {
        const m = await metricsSession(page);
        const before = await m.times();
        await page.goto(url, { waitUntil: 'domcontentloaded' });
        await page.waitForTimeout(afterDclMs);
        const after = await m.times();
        out[j]!.push(after.task - before.task);
        cpu?.[j]?.push(after.cpu - before.cpu);
        await m.cdp.detach().catch(() => undefined);
      } finally {
        await page.close();
      }
    }
  }
  return out;
}

export interface StormResult {
  taskMs: number;
  /** The main thread's CPU time over the same window (see `turnLoads`). */
  cpuMs: number;
  /** Wall time of the insertions, in page. */
  insertMs: number;
  longTasks: number;
  longestTaskMs: number;
  badges: number;
}

/**
 * A feed page that grows by 5,000 cards: 50 batches of 100, one batch per 16 ms timer (infinite scroll at frame
 * rate), each card its own insertion. One author in ten is a visited (cached) account, the rest are 1,500 others.
 * Task time counts from the first batch to `settleMs` after the last (lookups and badges included).
 */
export async function mutationStorm(
  b: BenchBrowser,
  visited: CorpusCase[],
  now: number,
  settleMs = 2500,
  /** A page to run in (the trace tool's, under its profiler); else a new one, closed after. */
  given?: Page,
): Promise<StormResult> {
  const page = given ?? (await b.context.newPage());
  try {
    const authors = visited.map((c) => c.user.uniqueId).join(',');
    await page.goto(`https://www.tiktok.com/foryou?authors=${encodeURIComponent(authors)}`, { waitUntil: 'load' });
    await page.waitForTimeout(1000);
    const template = renderFeedCard(
      { ...visited[0]!, user: { ...visited[0]!.user, uniqueId: 'HANDLEXX', nickname: 'Name HANDLEXX' } },
      now,
    );
    const m = await metricsSession(page);
    const before = await m.times();
    const storm = await page.evaluate(
      async ({ template, known }) => {
        const long: number[] = [];
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) long.push(e.duration);
        }).observe({ type: 'longtask', buffered: false });
        const list = document.querySelector('[data-e2e="recommend-list"]')!;
        const t0 = performance.now();
        for (let batch = 0; batch < 50; batch++) {
          for (let k = 0; k < 100; k++) {
            const i = batch * 100 + k;
            const handle = i % 10 === 0 ? known[(i / 10) % known.length]! : `creator_${i % 1500}`;
            list.insertAdjacentHTML('beforeend', template.replaceAll('HANDLEXX', handle));
          }
          await new Promise((r) => setTimeout(r, 16));
        }
        const insertMs = performance.now() - t0;
        (window as unknown as { __long: number[] }).__long = long;
        return { insertMs };
      },
      { template, known: visited.map((c) => c.user.uniqueId) },
    );
    await page.waitForTimeout(settleMs);
    const after = await m.times();
    const taskMs = after.task - before.task;
    const cpuMs = after.cpu - before.cpu;
    const { long, badges } = await page.evaluate(() => ({
      long: (window as unknown as { __long: number[] }).__long,
      badges: document.querySelectorAll('provenance-badge').length,
    }));
    return {
      taskMs,
      cpuMs,
      insertMs: storm.insertMs,
      longTasks: long.length,
      longestTaskMs: Math.max(0, ...long),
      badges,
    };
  } finally {
    if (!given) await page.close();
  }
}

export interface NavResult {
  from: string;
  to: string;
  ms: number | null;
  verdict: string | null;
}

/**
 * TikTok's in-app navigation, as the e2e tests play it: pushState, the header and grid re-rendered, then the app's
 * own API calls. Measured in page from the header's insertion to a verdict beside the new handle that is one of
 * the case's expected verdicts.
 */
export async function inAppNavigations(b: BenchBrowser, count: number, now: number): Promise<NavResult[]> {
  const out: NavResult[] = [];
  const page = await b.context.newPage();
  try {
    const start = BADGED[0]!;
    await page.goto(`https://www.tiktok.com/@${start.user.uniqueId}`, { waitUntil: 'load' });
    await page.waitForTimeout(1000);
    let from = start;
    for (let i = 0; i < count; i++) {
      const to = BADGED[(i + 1) % BADGED.length]!;
      const accept: string[] = to.expect.includes('any' as never) ? [] : to.expect.filter((v) => v !== 'unknown');
      const ms = await page.evaluate(
        async ({ path, header, grid, handle, secUid, accept }) => {
          history.pushState({}, '', path);
          const block = document.querySelector('h1[data-e2e="user-title"]')?.closest('[class*="DivShareLayoutHeader"]');
          if (!block) throw new Error('fixture header block not found');
          const done = new Promise<number | null>((resolve) => {
            // No named inner functions: tsx would wrap them in a helper the page does not have.
            const mo = new MutationObserver(() => {
              for (const el of document.querySelectorAll('provenance-badge')) {
                const v = el.getAttribute('verdict') ?? '';
                if (el.getAttribute('handle') === handle && v !== 'unknown' && (!accept.length || accept.includes(v))) {
                  mo.disconnect();
                  resolve(performance.now());
                  return;
                }
              }
            });
            mo.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['verdict'] });
            setTimeout(() => {
              mo.disconnect();
              resolve(null);
            }, 5000);
          });
          block.outerHTML = header;
          const t0 = performance.now();
          const list = document.querySelector('[data-e2e="user-post-item-list"]');
          if (list) list.outerHTML = grid;
          void fetch(`/api/user/detail/?aid=1988&uniqueId=${encodeURIComponent(handle)}&X-Bogus=x`)
            .then(() =>
              fetch(`/api/post/item_list/?aid=1988&count=35&cursor=0&secUid=${encodeURIComponent(secUid)}&X-Bogus=x`),
            )
            .catch(() => undefined);
          const t1 = await done;
          return t1 === null ? null : t1 - t0;
        },
        {
          path: `/@${to.user.uniqueId}`,
          header: renderProfileHeader(to),
          grid: renderPostGrid(to, now),
          handle: to.user.uniqueId,
          secUid: secUidFor(to.user.uniqueId),
          accept,
        },
      );
      const verdict = await page.evaluate(
        (h) => document.querySelector(`provenance-badge[handle="${h}"]`)?.getAttribute('verdict') ?? null,
        to.user.uniqueId,
      );
      out.push({ from: from.user.uniqueId, to: to.user.uniqueId, ms, verdict });
      from = to;
      await page.waitForTimeout(300);
    }
  } finally {
    await page.close();
  }
  return out;
}
