/**
 * The options page's watchlist interval reaches the scheduler: the background reads it (extension/background/alarms.ts) and passes it
 * in (extension/background/schedule.ts stays pure), and the one-request-a-minute floor holds over all accounts whatever it says.
 */
import { describe, expect, it, vi } from 'vitest';

const stored: Record<string, unknown> = {};
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: { get: async (k: string) => (k in stored ? { [k]: stored[k] } : {}) },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
    alarms: { onAlarm: { addListener: () => undefined } },
  },
}));

const { finished, INITIAL_STATE, nextAction, recheckMsOf, SCHEDULE, started } = await import(
  '../../extension/background/schedule'
);
const { pin, tick } = await import('../../extension/background/watchlist');
const { scheduleSettings } = await import('../../extension/background/alarms');
const { profiles, renderProfileHtml } = await import('../fixtures/render');
const { normaliseHandle } = await import('../../src/tiktok/observation');
const { freshDb, NOW } = await import('./db-helpers');

const MIN = 60_000;
const HOUR = 60 * MIN;

/** Runs the pure scheduler over `hours` of fake time with `n` accounts; returns every request made. */
function simulate(n: number, hours: number, recheckMs: number): { at: number; handle: string }[] {
  let state = { ...INITIAL_STATE };
  let accounts = Array.from({ length: n }, (_, i) => ({ handle: `h${i}`, nextCheckAt: NOW, failures: 0 }));
  const requests: { at: number; handle: string }[] = [];
  for (let t = NOW; t < NOW + hours * HOUR; t += 10_000) {
    const a = nextAction(state, accounts, t);
    if (a.kind !== 'check') continue;
    state = started(state, t);
    requests.push({ at: t, handle: a.handle });
    const i = accounts.findIndex((x) => x.handle === a.handle);
    const r = finished(state, accounts[i]!, 'ok', t, { recheckMs });
    state = r.state;
    accounts = accounts.map((x, k) => (k === i ? r.account : x));
  }
  return requests;
}

function minGap(requests: { at: number }[]): number {
  let gap = Number.POSITIVE_INFINITY;
  for (let i = 1; i < requests.length; i++) gap = Math.min(gap, requests[i]!.at - requests[i - 1]!.at);
  return gap;
}

describe('watchlist interval setting', () => {
  it('a successful check schedules the next one after the given interval; nonsense falls back, tiny is floored', () => {
    const acct = { handle: 'a', nextCheckAt: NOW, failures: 0 };
    expect(finished(INITIAL_STATE, acct, 'ok', NOW, { recheckMs: 2 * HOUR }).account.nextCheckAt).toBe(NOW + 2 * HOUR);
    expect(finished(INITIAL_STATE, acct, 'ok', NOW).account.nextCheckAt).toBe(NOW + SCHEDULE.recheckMs);
    for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, undefined])
      expect(recheckMsOf({ recheckMs: bad })).toBe(SCHEDULE.recheckMs);
    expect(recheckMsOf({ recheckMs: 1 })).toBe(SCHEDULE.minGapMs);
    // Failures back off as before, whatever the interval.
    expect(finished(INITIAL_STATE, acct, 'wall', NOW, { recheckMs: HOUR }).account.nextCheckAt).toBe(NOW + 5 * MIN);
  });

  it('every hour over a day: each account re-read hourly, never two requests within a minute overall', () => {
    const requests = simulate(30, 24, HOUR);
    expect(minGap(requests)).toBeGreaterThanOrEqual(MIN);
    expect(requests.filter((r) => r.handle === 'h7').length).toBe(24);
  });

  it('an interval shorter than the queue cannot break the floor: 200 accounts, 1 ms interval', () => {
    const requests = simulate(200, 6, 1);
    expect(minGap(requests)).toBeGreaterThanOrEqual(MIN);
    expect(requests.length).toBe(6 * 60);
  });

  it('a tick with the setting schedules the account after that interval', async () => {
    const c = profiles.find((p) => p.statusCode === undefined && !p.user.privateAccount)!;
    const handle = normaliseHandle(c.user.uniqueId);
    const { db } = freshDb();
    await pin(db, handle, NOW);
    const page = {
      status: 200,
      url: `https://www.tiktok.com/@${handle}`,
      text: renderProfileHtml(c, { now: NOW, format: 'universal' }),
    };
    const r = await tick(db, async () => page, NOW, {}, { recheckMs: 3 * HOUR });
    expect(r.outcome).toBe('ok');
    expect(r.next).toEqual({ kind: 'wait', until: NOW + 3 * HOUR });
    expect((await db.watchlist.get(handle))!.nextCheckAt).toBe(NOW + 3 * HOUR);
  });

  it('the background reads the interval from the stored options and passes it in', async () => {
    stored.options = { watchIntervalHours: 2 };
    expect(await scheduleSettings()).toEqual({ recheckMs: 2 * HOUR });
  });
});
