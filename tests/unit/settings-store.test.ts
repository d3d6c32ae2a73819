/**
 * Issue 17, finding 8: settings writable only from extension pages. Content scripts can write `storage.local`, so
 * the options the background assesses with live in its own database; `storage.local` carries only the copy the
 * content scripts read (badge display, check mark), and a change to it that the background did not make is put
 * back, never adopted. `ui/options-save` from a content script's sender is not answered.
 */
import { describe, expect, it, vi } from 'vitest';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
const local: Record<string, unknown> = {};
const listeners = new Set<Listener>();
/** What any context's `storage.local.set` does: store, then tell every listener. */
async function set(v: Record<string, unknown>) {
  Object.assign(local, v);
  const changes = Object.fromEntries(Object.entries(v).map(([k, newValue]) => [k, { newValue }]));
  for (const l of listeners) l(changes, 'local');
}
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: ID, getURL: (p: string) => `chrome-extension://${ID}/${p}` },
    storage: {
      local: { get: async (k: string) => (k in local ? { [k]: local[k] } : {}), set },
      onChanged: {
        addListener: (l: Listener) => listeners.add(l),
        removeListener: (l: Listener) => listeners.delete(l),
      },
    },
    tabs: { query: async () => [], sendMessage: async () => undefined },
  },
}));

const { loadOptions, saveOptions, useOptionsStore, OPTIONS_KEY } = await import('../../extension/background/options');
const { currentOptions } = await import('../../extension/background/settings');
const { routeMessage } = await import('../../extension/background/router');
const { freshDb } = await import('./db-helpers');

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('finding 8: settings from extension pages only', () => {
  it('moves options saved by an older version into the database, and keeps only the display in storage.local', async () => {
    await set({ [OPTIONS_KEY]: { sensitivity: 'high', moderatorName: 'Ann Secretname', seedList: false } });
    const { db } = freshDb();
    useOptionsStore(db);
    expect(await loadOptions()).toMatchObject({
      sensitivity: 'high',
      moderatorName: 'Ann Secretname',
      seedList: false,
    });
    expect((await db.meta.get('options'))?.value).toMatchObject({ sensitivity: 'high' });
    expect(local[OPTIONS_KEY]).toEqual({ badgeDisplay: 'all', showClear: false, showUnchecked: false });
    expect(JSON.stringify(local)).not.toMatch(/Ann/);
  });

  it('a content script writing storage.local changes nothing the background uses, and the copy is put back', async () => {
    await saveOptions({ sensitivity: 'normal', seedList: true, badgeDisplay: 'state-media' });
    expect((await currentOptions()).badgeDisplay).toBe('state-media');
    // What code in the content-script world can do:
    await set({
      [OPTIONS_KEY]: { badgeDisplay: 'off', seedList: false, disabledSignals: ['tiktok-label'], sensitivity: 'low' },
    });
    await settle();
    expect(await loadOptions()).toMatchObject({ seedList: true, disabledSignals: [], sensitivity: 'normal' });
    expect(await currentOptions()).toMatchObject({ seedList: true, disabledSignals: [], badgeDisplay: 'state-media' });
    expect(local[OPTIONS_KEY]).toEqual({ badgeDisplay: 'state-media', showClear: false, showUnchecked: false });
  });

  it('ui/options-save from a content script is not answered; from an extension page it is', async () => {
    const { db } = freshDb();
    const message = { type: 'ui/options-save', options: { seedList: false } };
    const fromPage = { id: ID, url: 'https://www.tiktok.com/@someone', tab: { id: 3 } };
    expect(routeMessage(db, message, fromPage)).toBeUndefined();
    expect((await loadOptions()).seedList).toBe(true);
    const fromOptions = { id: ID, url: `chrome-extension://${ID}/options.html` };
    await expect(routeMessage(db, message, fromOptions)).resolves.toMatchObject({ seedList: false });
    expect((await currentOptions()).seedList).toBe(false);
  });
});
