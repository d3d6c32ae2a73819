/**
 * "Clear data" (extension/background/retention.ts) leaves the database consistent: with labels it empties the labels, notes and
 * their history in `meta`, but the watchlist scheduler's state in the same table stays — the one-a-minute floor,
 * a running backoff and the on/off switch survive a clear.
 */
import { describe, expect, it } from 'vitest';
import { clearData } from '../../extension/background/retention';
import { loadState, pin, planNext, setEnabled, tick } from '../../extension/background/watchlist';
import { freshDb, NOW } from './db-helpers';

const MIN = 60_000;
const HOUR = 60 * MIN;

async function seeded() {
  const { db } = freshDb();
  await pin(db, 'watched', NOW);
  // One check that hit a wall: the last request time and a 5-minute backoff are in `meta`.
  const r = await tick(db, async () => ({ status: 429, url: 'https://www.tiktok.com/@watched', text: '' }), NOW);
  expect(r.outcome).toBe('wall');
  await db.modLabels.put({ handle: 'watched', verdict: 'state-media', at: NOW });
  await db.notes.add({ handle: 'watched', text: 'n', at: NOW });
  await db.meta.put({ key: 'label-history:watched', value: [{ at: NOW, action: 'label' }] });
  return db;
}

describe('clear data keeps the scheduler state', () => {
  it('with labels: labels, notes and label history go; the scheduler state stays, and its floor holds', async () => {
    const db = await seeded();
    const before = await loadState(db);
    expect(before.lastRequestAt).toBe(NOW);
    expect(before.backoffUntil).toBe(NOW + 5 * MIN);

    await clearData(db, true);
    expect(await db.modLabels.count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
    expect(await db.watchlist.count()).toBe(0);
    expect(await db.meta.get('label-history:watched')).toBeUndefined();
    expect(await loadState(db)).toEqual(before);

    // Pinning again right after the clear does not fetch before the backoff is over.
    await pin(db, 'another', NOW + 10_000);
    expect(await planNext(db, NOW + 10_000)).toEqual({ kind: 'wait', until: NOW + 5 * MIN });
    let calls = 0;
    await tick(
      db,
      async () => {
        calls++;
        return { status: 200, url: 'https://www.tiktok.com/@another', text: '' };
      },
      NOW + 10_000,
    );
    expect(calls).toBe(0);
  });

  it('a switched-off watchlist stays off after a clear', async () => {
    const db = await seeded();
    await setEnabled(db, false);
    await clearData(db, true);
    expect((await loadState(db)).enabled).toBe(false);
    await pin(db, 'another', NOW + HOUR);
    expect(await planNext(db, NOW + HOUR)).toEqual({ kind: 'off' });
  });

  it('without labels: labels, notes, label history and scheduler state all stay', async () => {
    const db = await seeded();
    const meta = await db.meta.toArray();
    await clearData(db, false);
    expect(await db.modLabels.count()).toBe(1);
    expect(await db.notes.count()).toBe(1);
    expect(await db.meta.toArray()).toEqual(meta);
    expect(await db.accounts.count()).toBe(0);
  });
});
