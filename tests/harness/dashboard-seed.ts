/**
 * The dashboard at scale, seeded the same way for the e2e test (tests/e2e/dashboard.e2e.test.ts) and the bench
 * (scripts/bench/dashboard.ts): 100,000 account rows and, within a time budget, up to ten visits each (1,000,000
 * observation rows), written straight into the extension's IndexedDB from an extension page.
 */
import type { Page } from 'playwright-core';
import { DAY_MS } from '../../src/time';

/** Accounts the seeding writes: `bulk_000000` … `bulk_099999`, nickname `Bulk <i>`. */
export const SEED_ACCOUNTS = 100_000;

export interface SeedOptions {
  /** The clock the rows are dated by (Unix ms). */
  now: number;
  /** Time allowed for observation rows after the accounts (ms); 0 writes none. At most ten visits per account. */
  observationBudgetMs?: number;
}

export interface SeedResult {
  accounts: number;
  accountsMs: number;
  /** Observation rows written. */
  written: number;
  observationsMs: number;
}

/** Seeds the database from `page`, an open extension page (the dashboard); the page's own timings are returned. */
export async function seedDashboard(page: Page, { now, observationBudgetMs = 0 }: SeedOptions): Promise<SeedResult> {
  return page.evaluate(
    // Everything the page runs is in this one function, with the constants passed in: it is serialised into the
    // page, where the module's imports do not exist.
    async ({ now, budget, accounts, dayMs }) => {
      const db = await new Promise<IDBDatabase>((ok, no) => {
        const r = indexedDB.open('provenance-lens');
        // Never create it here: an empty database would block the extension's own upgrade.
        r.onupgradeneeded = () => r.transaction?.abort();
        r.onsuccess = () => ok(r.result);
        r.onerror = () => no(r.error);
      });
      // Inline promises only: a named function here would be wrapped by tsx in a helper the page does not have.
      const verdicts = ['clear', 'unusual', 'suspected', 'state-media', 'unknown'];
      const a0 = performance.now();
      const tx = db.transaction('accounts', 'readwrite');
      const store = tx.objectStore('accounts');
      for (let i = 0; i < accounts; i++) {
        store.put({
          handle: `bulk_${String(i).padStart(6, '0')}`,
          nickname: `Bulk ${i}`,
          firstSeen: now - 30 * dayMs,
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
      const daySec = dayMs / 1000;
      let written = 0;
      while (written < accounts * 10 && performance.now() - o0 < budget) {
        const otx = db.transaction('observations', 'readwrite');
        const os = otx.objectStore('observations');
        for (let k = 0; k < 25_000; k++, written++) {
          const account = written % accounts;
          const visit = Math.floor(written / accounts);
          const followers = ((account * 7919) % 1_000_000) + visit * 37;
          os.add({
            handle: `bulk_${String(account).padStart(6, '0')}`,
            observedAt: now - (10 - visit) * dayMs - account * 1000,
            status: 'ok',
            source: 'universal',
            stats: { followers, following: account % 300, likes: followers * 12, videos: 40 + visit },
            exactCounts: true,
            labelled: false,
            timeline: [
              [`73${String(account).padStart(10, '0')}01`, Math.floor(now / 1000) - daySec * 3, 1200 + visit],
              [`73${String(account).padStart(10, '0')}02`, Math.floor(now / 1000) - daySec * 5, 900],
              [`73${String(account).padStart(10, '0')}03`, Math.floor(now / 1000) - daySec * 9, 4100],
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
      return { accounts, accountsMs, observationsMs, written };
    },
    { now, budget: observationBudgetMs, accounts: SEED_ACCOUNTS, dayMs: DAY_MS },
  );
}

/**
 * The moderator queue's accounts: `queue_000` … flagged, `calm_000` … clear. Each has one stored visit that makes
 * its verdict again when a moderator's label asks for a re-assessment (extension/background/record.ts): the even flagged ones link their
 * bio to a state outlet's site (suspected), the odd ones carry TikTok's state-media label (state media).
 */
export interface QueueSeed {
  now: number;
  flagged: number;
  clear: number;
  /** Bios by handle (the background's search reads them from the account row's `user`). */
  bios?: Record<string, string>;
}

/** Writes the queue's accounts and visits straight into the extension's IndexedDB from `page`, an extension page. */
export async function seedQueue(page: Page, { now, flagged, clear, bios = {} }: QueueSeed): Promise<number> {
  return page.evaluate(
    async ({ now, flagged, clear, bios }) => {
      const db = await new Promise<IDBDatabase>((ok, no) => {
        const r = indexedDB.open('provenance-lens');
        // Never create it here: an empty database would block the extension's own upgrade.
        r.onupgradeneeded = () => r.transaction?.abort();
        r.onsuccess = () => ok(r.result);
        r.onerror = () => no(r.error);
      });
      const tx = db.transaction(['accounts', 'observations'], 'readwrite');
      const accounts = tx.objectStore('accounts');
      const observations = tx.objectStore('observations');
      const rows = [
        ...Array.from({ length: flagged }, (_, i) => ({
          prefix: 'queue',
          i,
          verdict: i % 2 === 0 ? 'suspected' : 'state-media',
        })),
        ...Array.from({ length: clear }, (_, i) => ({ prefix: 'calm', i, verdict: 'clear' })),
      ];
      for (const [k, r] of rows.entries()) {
        const handle = `${r.prefix}_${String(r.i).padStart(3, '0')}`;
        const labelled = r.verdict === 'state-media';
        const user = {
          uniqueId: handle,
          nickname: `${r.prefix} ${r.i}`,
          signature: bios[handle] ?? 'Daily videos',
          ...(r.verdict === 'suspected' ? { bioLink: 'https://www.cgtn.com/' } : {}),
          ...(labelled ? { stateControlledMedia: true, stateControlledMediaText: 'China state-affiliated media' } : {}),
        };
        const at = now - k * 1000;
        const stats = { followers: 1000 + r.i * 13, following: 50, likes: 20_000 + r.i, videos: 30 };
        accounts.put({
          handle,
          nickname: user.nickname,
          firstSeen: at,
          lastSeen: at,
          verdict: r.verdict,
          score: r.verdict === 'clear' ? 0 : r.verdict === 'state-media' ? 100 : 20 + ((r.i * 7) % 60),
          followers: stats.followers,
          user,
          labelled,
        });
        observations.add({
          handle,
          observedAt: at,
          status: 'ok',
          source: 'universal',
          stats,
          exactCounts: true,
          labelled,
          ...(labelled ? { label: { value: true, text: user.stateControlledMediaText } } : {}),
          timeline: [],
        });
      }
      await new Promise((ok, no) => {
        tx.oncomplete = ok;
        tx.onerror = () => no(tx.error);
      });
      db.close();
      return rows.length;
    },
    { now, flagged, clear, bios },
  );
}
