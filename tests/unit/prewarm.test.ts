/**
 * extension/background/prewarm.ts: a cold worker builds its readers' tables after a page's document_start lookup,
 * before the page's own message. Checked here: the made-up visit walks the outlet matching (its verdict is not
 * nothing), it runs once per worker and stores nothing, and the router starts it after a lookup's answer.
 */
import { describe, expect, it, vi } from 'vitest';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: ID, getURL: (p: string) => `chrome-extension://${ID}/${p}` },
    storage: {
      local: { get: async () => ({}), set: async () => undefined },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
    tabs: { query: async () => [], sendMessage: async () => undefined },
  },
}));

const { prewarm, resetPrewarm, warmUpObservation } = await import('../../extension/background/prewarm');
const { routeMessage } = await import('../../extension/background/router');
const { assess } = await import('../../src/verdict');
const { freshDb, NOW } = await import('./db-helpers');

describe('prewarm', () => {
  it('the made-up visit names a registry outlet and links its domain: the outlet tables are walked, not skipped', () => {
    const a = assess(warmUpObservation(NOW), { now: NOW });
    const outletSignals = a.signals.filter((s) => s.id === 'outlet-link' || s.id === 'outlet-employer');
    expect(outletSignals.some((s) => s.points > 0)).toBe(true);
  });

  it('runs once per worker and stores nothing', async () => {
    const { db } = freshDb();
    resetPrewarm();
    expect(await prewarm(db, NOW)).toBe(true);
    expect(await prewarm(db, NOW)).toBe(false);
    expect(await db.accounts.count()).toBe(0);
    expect(await db.observations.count()).toBe(0);
  });

  it('starts after a lookup has been answered', async () => {
    const { db } = freshDb();
    resetPrewarm();
    const sender = { id: ID, url: 'https://www.tiktok.com/@someone', tab: { id: 1 } };
    const answer = await routeMessage(db, { type: 'content/lookup', handles: ['someone'] }, sender);
    expect(answer).toEqual({ accounts: [] });
    await new Promise((r) => setTimeout(r, 0));
    // The router's warm-up has begun: a second start does nothing.
    expect(await prewarm(db, NOW)).toBe(false);
  });
});
