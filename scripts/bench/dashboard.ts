/**
 * The moderator dashboard at scale: 100,000 accounts and up to 1,000,000 observations written straight into the
 * extension's IndexedDB from the dashboard page (tests/harness/dashboard-seed.ts, shared with the dashboard e2e
 * test), then the first render after a reload and search in the account list, measured in page.
 */
import { SEED_ACCOUNTS, seedDashboard } from '../../tests/harness/dashboard-seed';
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
    const seeded = await seedDashboard(page, { now, observationBudgetMs });
    await page.addInitScript(FIRST_RENDER);
    await page.reload({ waitUntil: 'load' });
    // The list first, then its growth column: each waited for in turn (a missed one stays null in the result).
    for (const mark of ['allRows', 'growth'] as const)
      await page
        .waitForFunction(
          (m) => (window as unknown as { __dash: Record<string, number | null> }).__dash[m] !== null,
          mark,
          { timeout: 60_000 },
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
      accounts: SEED_ACCOUNTS,
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
