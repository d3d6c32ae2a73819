import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HeldVisits, MAX_HOLD_MS, SETTLE_MS } from '../../extension/background/held-visits';
import type { Observation } from '../../src/tiktok/observation';

const obs = (handle: string, followers: number): Observation => ({
  handle,
  source: 'dom',
  status: 'ok',
  observedAt: 1_700_000_000_000,
  posts: [],
  stats: { followers },
});

describe('one stored visit per page load (held-visits.ts)', () => {
  let written: { handle: string; followers?: number; now: number }[];
  let held: HeldVisits;
  beforeEach(() => {
    vi.useFakeTimers();
    written = [];
    held = new HeldVisits(async (o, now) => {
      written.push({ handle: o.handle, followers: o.stats?.followers, now });
    });
  });
  afterEach(() => vi.useRealTimers());

  it('writes nothing while the page keeps sending, then its latest reading once it is quiet', async () => {
    held.hold(1, obs('a', 1), 100);
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 100);
    held.hold(1, obs('a', 2), 200);
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 1);
    expect(written).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(written).toEqual([{ handle: 'a', followers: 2, now: 200 }]);
    expect(held.size).toBe(0);
  });

  it('a page that never goes quiet is still written MAX_HOLD_MS after its first message', async () => {
    const step = SETTLE_MS / 2;
    for (let t = 0; t < MAX_HOLD_MS; t += step) {
      held.hold(1, obs('a', t), t);
      await vi.advanceTimersByTimeAsync(step);
    }
    expect(written.length).toBe(1);
  });

  it('another account in the same tab writes the first at once; other tabs are apart', async () => {
    held.hold(1, obs('a', 1), 0);
    held.hold(2, obs('c', 3), 0);
    held.hold(1, obs('b', 2), 10);
    await vi.advanceTimersByTimeAsync(0);
    expect(written.map((w) => w.handle)).toEqual(['a']);
    await held.flush(2);
    expect(written.map((w) => w.handle)).toEqual(['a', 'c']);
    await held.flushAll();
    expect(written.map((w) => w.handle)).toEqual(['a', 'c', 'b']);
    await held.flushAll();
    expect(written).toHaveLength(3);
  });

  it('a failed write neither rejects nor keeps the visit', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failing = new HeldVisits(() => Promise.reject(new Error('full')));
    failing.hold(1, obs('a', 1), 0);
    await expect(failing.flush(1)).resolves.toBeUndefined();
    expect(failing.size).toBe(0);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
