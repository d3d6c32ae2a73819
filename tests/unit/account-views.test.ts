/**
 * The dashboard's account list from the background: the first page answers without counting the table (the count
 * was ~130 ms of the first render at 100,000 accounts), and the count is its own message.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: { runtime: { id: 'x', getURL: (p: string) => p } } }));

const { accountsCount, accountsPage } = await import('../../extension/background/account-views');
const { freshDb, NOW } = await import('./db-helpers');

describe('account list pages and count', () => {
  it('a page: the most recently seen first, labels and pins applied, no total', async () => {
    const { db } = freshDb();
    await db.accounts.bulkPut(
      ['old', 'mid', 'new'].map((handle, i) => ({
        handle,
        firstSeen: NOW,
        lastSeen: NOW + i * 1000,
        verdict: 'clear' as const,
        score: 0,
      })),
    );
    await db.watchlist.put({ handle: 'mid', addedAt: NOW, nextCheckAt: NOW, failures: 0 });
    const page = await accountsPage(db, 0, 2);
    expect(page.rows.map((r) => r.handle)).toEqual(['new', 'mid']);
    expect(page.rows[1]!.watched).toBe(true);
    expect(page).not.toHaveProperty('total');
    expect((await accountsPage(db, 2, 2)).rows.map((r) => r.handle)).toEqual(['old']);
    expect(await accountsCount(db)).toEqual({ total: 3 });
  });
});
