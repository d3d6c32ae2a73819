/**
 * The moderator dashboard at scale: 100,000 accounts and up to 1,000,000 observations written straight into the
 * extension's IndexedDB from the dashboard page (as the dashboard e2e test seeds it), then the first render after
 * a reload and search in the account list, measured in page.
 */
import type { Page } from 'playwright-core';
import { DAY_MS, DAY_S } from '../../src/time';
import type { BenchBrowser } from './browser';

export interface DashboardResult {
  accounts: number;
  observations: number;
  seedAccountsMs: number;
  seedObservationsMs: number;
  /** Navigation start to the first table rows in the DOM (the most recent screenful). */
  firstRowsMs: number | null;
  /** Navigation start to every account in the table ("N of 100,000 accounts"). */
  allRowsMs: number | null;
  /** Navigation start to the growth column filled (one pass over the observations). */
  growthMs: number | null;
  /** Input event to the filtered table in the DOM, per query. */
  search: { query: string; ms: number; shown: string }[];
}

const FIRST_RENDER = `(() => {
  const w = window.__dash = { firstRows: null, allRows: null, growth: null };
  const check = () => {
    if (w.firstRows === null && document.querySelector('tr[data-handle]')) w.firstRows = performance.now();
    if (w.allRows === null) {
      const m = document.querySelector('.filters .muted');
      if (m && /^[\\d,]+ of [\\d,]+ accounts$/.test(m.textContent || '')) w.allRows = performance.now();
    }
    if (w.growth === null && w.allRows !== null) {
      const cell = document.querySelector('tr[data-handle] td:nth-child(5)');
      if (cell && cell.textContent !== '—') w.growth = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

async function seed(page: Page, now: number, observationBudgetMs: number) {
  return page.evaluate(
    async ({ now, budget }) => {
      const db = await new Promise<IDBDatabase>((ok, no) => {
        const r = indexedDB.open('provenance-lens');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => no(r.error);
      });
      // Inline promises only: a named function here would be wrapped by tsx in a helper the page does not have.
      const verdicts = ['clear', 'unusual', 'suspected', 'state-media', 'unknown'];
      const a0 = performance.now();
      const tx = db.transaction('accounts', 'readwrite');
      const store = tx.objectStore('accounts');
      for (let i = 0; i < 100_000; i++) {
        store.put({
          handle: `bulk_${String(i).padStart(6, '0')}`,
          nickname: `Bulk ${i}`,
          firstSeen: now - 30 * DAY_MS,
          lastSeen: now - i * 1000,
          verdict: verdicts[i % 5],
          score: i % 101,
          followers: (i * 7919) % 1_000_000,
        });
      }
      await new Promise((ok, no) => {
        tx.oncomplete = ok;
        tx.onerror = () => no(tx.error);
      });
      const accountsMs = performance.now() - a0;
      // Ten visits per account, a day apart, oldest first; chunks of 25,000 rows per transaction until the budget.
      const o0 = performance.now();
      let written = 0;
      while (written < 1_000_000 && performance.now() - o0 < budget) {
        const otx = db.transaction('observations', 'readwrite');
        const os = otx.objectStore('observations');
        for (let k = 0; k < 25_000; k++, written++) {
          const account = written % 100_000;
          const visit = Math.floor(written / 100_000);
          const followers = ((account * 7919) % 1_000_000) + visit * 37;
          os.add({
            handle: `bulk_${String(account).padStart(6, '0')}`,
            observedAt: now - (10 - visit) * DAY_MS - account * 1000,
            status: 'ok',
            source: 'universal',
            stats: { followers, following: account % 300, likes: followers * 12, videos: 40 + visit },
            exactCounts: true,
            labelled: false,
            timeline: [
              [`73${String(account).padStart(10, '0')}01`, Math.floor(now / 1000) - DAY_S * 3, 1200 + visit],
              [`73${String(account).padStart(10, '0')}02`, Math.floor(now / 1000) - DAY_S * 5, 900],
              [`73${String(account).padStart(10, '0')}03`, Math.floor(now / 1000) - DAY_S * 9, 4100],
            ],
          });
        }
        await new Promise((ok, no) => {
          otx.oncomplete = ok;
          otx.onerror = () => no(otx.error);
        });
      }
      const observationsMs = performance.now() - o0;
      db.close();
      return { accountsMs, observationsMs, written };
    },
    { now, budget: observationBudgetMs },
  );
}

const QUERIES = ['bulk_0421', 'Bulk 7777', 'bulk_09999', 'nobody-by-this-name', ''];

export async function benchDashboard(
  b: BenchBrowser,
  now: number,
  observationBudgetMs = 60_000,
): Promise<DashboardResult> {
  const page = await b.context.newPage();
  try {
    const url = `chrome-extension://${b.extensionId}/dashboard.html`;
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('h2, p', { timeout: 10_000 });
    const seeded = await seed(page, now, observationBudgetMs);
    await page.addInitScript(FIRST_RENDER);
    await page.reload({ waitUntil: 'load' });
    await page
      .waitForFunction(
        () => (window as unknown as { __dash: { allRows: number | null } }).__dash.allRows !== null,
        null,
        {
          timeout: 60_000,
        },
      )
      .catch(() => undefined);
    await page
      .waitForFunction(
        () => (window as unknown as { __dash: { growth: number | null } }).__dash.growth !== null,
        null,
        {
          timeout: 60_000,
        },
      )
      .catch(() => undefined);
    const dash = await page.evaluate(
      () =>
        (window as unknown as { __dash: { firstRows: number | null; allRows: number | null; growth: number | null } })
          .__dash,
    );
    const search: DashboardResult['search'] = [];
    for (const query of QUERIES) {
      const r = await page.evaluate(async (q) => {
        const input = document.querySelector<HTMLInputElement>('.filters input[type="search"]');
        const status = document.querySelector('.filters .muted');
        if (!input || !status) return null;
        const before = status.textContent;
        const changed = new Promise<number>((resolve) => {
          const mo = new MutationObserver(() => {
            mo.disconnect();
            resolve(performance.now());
          });
          mo.observe(status, { childList: true, subtree: true, characterData: true });
          setTimeout(() => resolve(Number.NaN), 10_000);
        });
        input.value = q;
        const t0 = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const t1 = before === `${q}` ? performance.now() : await changed;
        return { ms: t1 - t0, shown: status.textContent ?? '' };
      }, query);
      if (r) search.push({ query, ...r });
      await page.waitForTimeout(200);
    }
    return {
      accounts: 100_000,
      observations: seeded.written,
      seedAccountsMs: seeded.accountsMs,
      seedObservationsMs: seeded.observationsMs,
      firstRowsMs: dash.firstRows,
      allRowsMs: dash.allRows,
      growthMs: dash.growth,
      search,
    };
  } finally {
    await page.close();
  }
}
