import { describe, expect, it } from 'vitest';
import {
  backoffMs,
  finished,
  INITIAL_STATE,
  nextAction,
  SCHEDULE,
  type SchedulerState,
  started,
} from '../../extension/background/schedule';
import { type FetchedPage, pin, planNext, setEnabled, tick, unpin } from '../../extension/background/watchlist';
import { normaliseHandle } from '../../src/tiktok/observation';
import { profiles, renderProfileHtml, renderWallHtml } from '../fixtures/render';
import { freshDb, NOW } from './db-helpers';

const MIN = 60_000;

describe('scheduler (pure)', () => {
  const acct = (handle: string, nextCheckAt: number) => ({ handle, nextCheckAt, failures: 0 });

  it('checks the most overdue account, never more than once a minute overall', () => {
    let state: SchedulerState = { ...INITIAL_STATE };
    const accounts = [acct('b', NOW - 5 * MIN), acct('a', NOW - 10 * MIN), acct('c', NOW + 60 * MIN)];
    expect(nextAction(state, accounts, NOW)).toEqual({ kind: 'check', handle: 'a' });
    state = started(state, NOW);
    // 'a' is done; 'b' is due but the minute is not over.
    const afterA = [acct('b', NOW - 5 * MIN), acct('c', NOW + 60 * MIN)];
    expect(nextAction(state, afterA, NOW + 30_000)).toEqual({ kind: 'wait', until: NOW + MIN });
    expect(nextAction(state, afterA, NOW + MIN)).toEqual({ kind: 'check', handle: 'b' });
  });

  it('a fake clock over a day: never two requests within a minute, every account re-read every 6 hours', () => {
    let state: SchedulerState = { ...INITIAL_STATE };
    let accounts = Array.from({ length: 30 }, (_, i) => ({ handle: `h${i}`, nextCheckAt: NOW, failures: 0 }));
    const requests: { at: number; handle: string }[] = [];
    for (let t = NOW; t < NOW + 24 * 60 * MIN; t += 10_000) {
      const a = nextAction(state, accounts, t);
      if (a.kind !== 'check') continue;
      state = started(state, t);
      requests.push({ at: t, handle: a.handle });
      const i = accounts.findIndex((x) => x.handle === a.handle);
      const r = finished(state, accounts[i]!, 'ok', t);
      state = r.state;
      accounts = accounts.map((x, k) => (k === i ? r.account : x));
    }
    for (let i = 1; i < requests.length; i++) expect(requests[i]!.at - requests[i - 1]!.at).toBeGreaterThanOrEqual(MIN);
    const perAccount = requests.filter((r) => r.handle === 'h7').length;
    expect(perAccount).toBe(4); // 0 h, 6 h, 12 h, 18 h (+ the seconds the queue takes)
    expect(requests.length).toBe(120);
  });

  it('backs off exponentially after walls and errors, up to a day, and recovers on success', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([5, 10, 20, 40].map((m) => m * MIN));
    expect(backoffMs(30)).toBe(SCHEDULE.backoffMaxMs);
    let state: SchedulerState = { ...INITIAL_STATE };
    let account = { handle: 'a', nextCheckAt: NOW, failures: 0 };
    const waits: number[] = [];
    let t = NOW;
    for (const outcome of ['wall', 'error', 'wall', 'unreadable'] as const) {
      const a = nextAction(state, [account], t);
      expect(a.kind).toBe(a.kind === 'wait' ? 'wait' : 'check');
      if (a.kind === 'wait') t = a.until;
      state = started(state, t);
      ({ state, account } = finished(state, account, outcome, t));
      waits.push(state.backoffUntil! - t);
    }
    expect(waits).toEqual([5, 10, 20, 40].map((m) => m * MIN));
    const a = nextAction(state, [account], t + MIN);
    expect(a).toEqual({ kind: 'wait', until: t + 40 * MIN });
    ({ state, account } = finished(state, account, 'ok', t + 40 * MIN));
    expect(state.failures).toBe(0);
    expect(state.backoffUntil).toBeUndefined();
    expect(account.nextCheckAt).toBe(t + 40 * MIN + SCHEDULE.recheckMs);
  });

  it('does nothing when switched off, and is idle with nothing pinned', () => {
    expect(nextAction({ ...INITIAL_STATE, enabled: false }, [acct('a', 0)], NOW)).toEqual({ kind: 'off' });
    expect(nextAction(INITIAL_STATE, [], NOW)).toEqual({ kind: 'idle' });
  });
});

describe('watchlist ticks against a database', () => {
  const c = profiles.find((p) => p.statusCode === undefined && !p.user.privateAccount)!;
  const handle = normaliseHandle(c.user.uniqueId);
  const page = (now: number, followers = c.stats.followerCount, label?: string): FetchedPage => ({
    status: 200,
    url: `https://www.tiktok.com/@${handle}`,
    text: renderProfileHtml(
      {
        ...c,
        stats: { ...c.stats, followerCount: followers },
        user: label ? { ...c.user, stateControlledMedia: label } : c.user,
      },
      { now, format: 'universal' },
    ),
  });

  it('reads the pinned profile, records it, and schedules the next check', async () => {
    const { db } = freshDb();
    await pin(db, `@${c.user.uniqueId}`, NOW);
    const fetched: string[] = [];
    const r = await tick(
      db,
      async (h) => {
        fetched.push(h);
        return page(NOW);
      },
      NOW,
    );
    expect(fetched).toEqual([handle]);
    expect(r.outcome).toBe('ok');
    expect(await db.observations.count()).toBe(1);
    const row = (await db.watchlist.get(handle))!;
    expect(row.lastStatus).toBe('ok');
    expect(r.next).toEqual({ kind: 'wait', until: NOW + SCHEDULE.recheckMs });
    // Nothing due: a second tick fetches nothing.
    const again = await tick(db, async () => page(NOW), NOW + MIN);
    expect(again.checked).toBeUndefined();
  });

  it('a label appearing between checks is recorded as a watchlist label event', async () => {
    const { db } = freshDb();
    await pin(db, handle, NOW);
    await tick(db, async () => page(NOW, 1000), NOW);
    const later = NOW + SCHEDULE.recheckMs;
    await tick(db, async () => page(later, 1100, 'Russia state-controlled media'), later);
    const events = await db.labelEvents.toArray();
    expect(events.map((e) => [e.labelled, e.via, e.at])).toEqual([[true, 'watchlist', later]]);
  });

  it('a wall records nothing and backs off; a redirect to /login is a wall too', async () => {
    const { db } = freshDb();
    await pin(db, handle, NOW);
    const r = await tick(db, async () => ({ status: 200, url: 'x', text: renderWallHtml() }), NOW);
    expect(r.outcome).toBe('wall');
    expect(await db.observations.count()).toBe(0);
    expect(r.next).toEqual({ kind: 'wait', until: NOW + 5 * MIN });
    const r2 = await tick(
      db,
      async () => ({ status: 200, url: 'https://www.tiktok.com/login?redirect_url=x', text: '' }),
      NOW + 5 * MIN,
    );
    expect(r2.outcome).toBe('wall');
    expect(r2.next).toEqual({ kind: 'wait', until: NOW + 15 * MIN });
    const r3 = await tick(db, async () => Promise.reject(new Error('offline')), NOW + 15 * MIN);
    expect(r3.outcome).toBe('error');
  });

  it('switched off, it fetches nothing; unpinned mid-request, the account stays unpinned', async () => {
    const { db } = freshDb();
    await pin(db, handle, NOW);
    await setEnabled(db, false);
    let calls = 0;
    const r = await tick(
      db,
      async () => {
        calls++;
        return page(NOW);
      },
      NOW,
    );
    expect(calls).toBe(0);
    expect(r.next).toEqual({ kind: 'off' });
    await setEnabled(db, true);
    expect(await planNext(db, NOW)).toEqual({ kind: 'check', handle });
    await tick(
      db,
      async () => {
        await unpin(db, handle);
        return page(NOW);
      },
      NOW,
    );
    expect(await db.watchlist.count()).toBe(0);
  });

  it('two ticks at once make one request', async () => {
    const { db } = freshDb();
    await pin(db, handle, NOW);
    await pin(db, 'second_account', NOW);
    let calls = 0;
    const f = async () => {
      calls++;
      return page(NOW);
    };
    await Promise.all([tick(db, f, NOW), tick(db, f, NOW)]);
    expect(calls).toBe(1);
  });
});
