/**
 * Issue 17, findings 1 and 2, the background's side: what a content script (and so the TikTok page beside it) can
 * learn and write. Answers to `content/lookup`, `content/page` and the tabs' `background/label-changed` carry
 * the verdict and at most "a moderator decided" — never the moderator's name, note, source or date; lookups are
 * bounded per message and per tab; a page cycling through handles gets only a few accounts stored, while a viewer
 * opening profiles one after another is never limited. Over a fake IndexedDB, through the router as the browser
 * calls it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const sent: unknown[] = [];
const store: Record<string, unknown> = { options: { moderatorName: 'Ann Secretname' } };
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: ID, getURL: (p: string) => `chrome-extension://${ID}/${p}` },
    storage: {
      local: {
        get: async (k: string) => (k in store ? { [k]: store[k] } : {}),
        set: async (v: Record<string, unknown>) => Object.assign(store, v),
      },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
    tabs: {
      query: async () => [{ id: 1 }],
      sendMessage: async (_id: number, m: unknown) => {
        sent.push(m);
      },
    },
  },
}));

const { answer, flushHeld, routeMessage } = await import('../../extension/background/router');
const { MAX_LOOKUP } = await import('../../extension/background/validate');
const { freshDb, NOW } = await import('./db-helpers');

type Db = ReturnType<typeof freshDb>['db'];
const page = (tab: number) => ({ id: ID, url: 'https://www.tiktok.com/@someone', tab: { id: tab } });
const SECRETS = [/Ann Secretname/, /the private note/, /intranet\.example/, /label-history/];

/** A profile's rendered header, as the content script sends it (its container's HTML): exact counts, no grid. */
function header(handle: string, followers = 5000): string {
  return (
    `<div id="main-content-others_homepage"><h1 data-e2e="user-title">${handle}</h1>` +
    `<h2 data-e2e="user-subtitle">Someone</h2><strong data-e2e="following-count">100</strong>` +
    `<strong data-e2e="followers-count">${followers}</strong><strong data-e2e="likes-count">20000</strong>` +
    `<div data-e2e="user-post-item-list"></div></div>`
  );
}

let clock = NOW;
function at(t: number) {
  clock = t;
  vi.spyOn(Date, 'now').mockImplementation(() => clock);
}

async function observe(db: Db, tab: number, handle: string, t: number, followers?: number) {
  at(t);
  return (await routeMessage(
    db,
    // The page's header as the content script sends it (the HTML part of the snapshot).
    {
      type: 'content/page',
      snapshot: { handle, documentHandle: handle, observedAt: t, html: header(handle, followers) },
    },
    page(tab),
  )) as { assessment: Record<string, unknown>; observations: number };
}

async function lookup(db: Db, tab: number, handles: string[], t: number) {
  at(t);
  return (await routeMessage(db, { type: 'content/lookup', handles }, page(tab))) as {
    accounts: { handle: string; assessment?: Record<string, unknown> }[];
  };
}

afterEach(() => {
  vi.restoreAllMocks();
  sent.length = 0;
});

describe('finding 1: no moderator names, notes or history go to a content script', () => {
  it('lookup, observe and the broadcast say only that a moderator decided', async () => {
    const { db } = freshDb();
    await observe(db, 1, 'state.outlet', NOW);
    const note = 'the private note: seen on the intranet.example wiki';
    await answer(
      db,
      { type: 'ui/label', handle: 'state.outlet', decision: 'state-media', source: 'https://intranet.example/x', note },
      NOW + 1000,
    );
    // The extension's own pages still see who decided and why.
    const detail = await answer(db, { type: 'ui/account-detail', handle: 'state.outlet' });
    expect(JSON.stringify(detail)).toMatch(/Ann Secretname/);

    const looked = await lookup(db, 1, ['state.outlet'], NOW + 2000);
    const observed = await observe(db, 1, 'state.outlet', NOW + 3000, 5001);
    expect(looked.accounts[0]).toMatchObject({ verdict: 'state-media', assessment: { moderator: true } });
    expect(observed.assessment).toMatchObject({ verdict: 'state-media', moderator: true });
    expect(sent.length).toBeGreaterThan(0);
    for (const reply of [looked, observed, ...sent]) {
      const text = JSON.stringify(reply);
      for (const secret of SECRETS) expect(text).not.toMatch(secret);
    }
    expect(observed.assessment.reason).toBe('Confirmed as state media by a moderator.');
  });

  it('an unsure label keeps the computed reason, without the name', async () => {
    const { db } = freshDb();
    await observe(db, 1, 'plain.account', NOW);
    await answer(db, { type: 'ui/label', handle: 'plain.account', decision: 'unsure', note: 'ask Ann' }, NOW + 1);
    const { accounts } = await lookup(db, 1, ['plain.account'], NOW + 2);
    expect(String(accounts[0]?.assessment?.reason)).toMatch(/^Marked unsure by a moderator; computed: /);
    expect(JSON.stringify(accounts)).not.toMatch(/Ann/);
  });
});

describe('finding 1: lookups are bounded per message and per tab', () => {
  const handles = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `account_${from + i}`);

  async function seed(db: Db, n: number) {
    await db.accounts.bulkPut(
      handles(n).map((handle) => ({ handle, firstSeen: NOW, lastSeen: NOW, verdict: 'clear' as const, score: 0 })),
    );
  }

  it(`refuses a lookup of more than ${MAX_LOOKUP} handles`, async () => {
    const { db } = freshDb();
    await expect(lookup(db, 2, handles(MAX_LOOKUP + 1), NOW)).rejects.toThrow();
  });

  it('a tab probing the cache gets answers for a few screens, then only as fast as a viewer scrolls', async () => {
    const { db } = freshDb();
    await seed(db, 600);
    let answered = 0;
    for (let i = 0; i < 12; i++) answered += (await lookup(db, 3, handles(50, i * 50), NOW)).accounts.length;
    // 600 handles asked at once: the burst (150) is answered, the rest not.
    expect(answered).toBe(150);
    // A minute later, 180 more at most; another tab has its own budget.
    let later = 0;
    for (let i = 0; i < 12; i++) later += (await lookup(db, 3, handles(50, i * 50), NOW + 60_000)).accounts.length;
    expect(later).toBe(150); // refilled to the burst size, not beyond
    expect((await lookup(db, 4, handles(50), NOW + 60_000)).accounts).toHaveLength(50);
  });

  it('a viewer scrolling a feed (20 authors every 10 s for 10 minutes) is always answered', async () => {
    const { db } = freshDb();
    await seed(db, 600);
    for (let i = 0; i < 60; i++) {
      const asked = handles(20, (i * 20) % 580);
      expect((await lookup(db, 5, asked, NOW + i * 10_000)).accounts).toHaveLength(20);
    }
  });
});

describe('finding 2: observations of accounts a page merely names', () => {
  it('a page cycling through 33 handles in 4 s gets only a few accounts stored, but every answer', async () => {
    const { db } = freshDb();
    for (let i = 0; i < 33; i++) {
      const reply = await observe(db, 6, `victim_${i}`, NOW + Math.floor((i * 4000) / 33));
      expect(reply.assessment.handle).toBe(`victim_${i}`);
    }
    await flushHeld(db);
    const stored = await db.accounts.count();
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThanOrEqual(7);
  });

  it('a page rewriting one account over and over gets a bounded number of rows', async () => {
    const { db } = freshDb();
    for (let i = 0; i < 100; i++) await observe(db, 7, 'one.account', NOW + i * 1000, 5000 + i);
    await flushHeld(db);
    expect(await db.observations.count()).toBeLessThanOrEqual(35);
  });

  it('a visit is answered at once and written once, when an extension page next reads the cache', async () => {
    const { db } = freshDb();
    const first = await observe(db, 9, 'held.account', NOW, 10);
    const second = await observe(db, 9, 'held.account', NOW + 500, 11);
    expect(first.assessment.handle).toBe('held.account');
    expect(second.assessment.handle).toBe('held.account');
    expect(await db.observations.count()).toBe(0);
    await answer(db, { type: 'ui/account-detail', handle: 'held.account' }, NOW + 600);
    const rows = await db.observations.toArray();
    expect(rows.map((r) => r.stats?.followers)).toEqual([11]);
  });

  it('a viewer opening 40 profiles, one every 5 s, each read 4 times, is never limited', async () => {
    const { db } = freshDb();
    for (let p = 0; p < 40; p++) {
      for (let r = 0; r < 4; r++) await observe(db, 8, `profile_${p}`, NOW + p * 5000 + r * 1000, 1000 + r);
    }
    await flushHeld(db);
    expect(await db.accounts.count()).toBe(40);
    // One row per visit (extension/background/held-visits.ts): the page's last reading, which holds everything the earlier ones did.
    const rows = await db.observations.toArray();
    expect(rows).toHaveLength(40);
    expect(rows.every((r) => r.stats?.followers === 1003)).toBe(true);
  });
});
