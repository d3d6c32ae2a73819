// @vitest-environment happy-dom
/**
 * Issue 17, finding 2: the page pushes `/@victim` into the URL and posts a forged API answer for it. The content
 * script takes page-world data only for the account of the navigation it saw itself: the URL's handle with that
 * handle's profile header rendered. Without the header nothing is sent to the background to be stored; with it,
 * the answer is read (the control: the check can pass).
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ProfileSession } from '../../extension/content/profile-session';
import { parseHtml } from '../../src/html/lite';
import { type PageSnapshot, readSnapshot } from '../../src/tiktok/snapshot';
import { profiles, renderUserDetail } from '../fixtures/render';

const NOW = 1_800_000_000_000;
const victim = profiles.find((p) => p.user.uniqueId === 'cello.cam')!;
const sent: { type: string; snapshot?: PageSnapshot }[] = [];

let Session: typeof ProfileSession;
let startBridge: (onAnswer: () => void) => void;

beforeAll(async () => {
  // The document the content script started on: another account's profile.
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://www.tiktok.com/@attacker');
  // The extension API the content script calls (extension/content/ext.ts reads it when first imported).
  (globalThis as { chrome?: unknown }).chrome = {
    runtime: {
      sendMessage: vi.fn(async (m: (typeof sent)[number]) => {
        sent.push(m);
        return m.type === 'content/lookup' ? { accounts: [] } : {};
      }),
      getURL: (p: string) => `chrome-extension://x/${p}`,
    },
    storage: { local: { get: async () => ({}) }, onChanged: { addListener: () => undefined } },
    i18n: { getMessage: () => '', getUILanguage: () => 'en' },
  };
  ({ ProfileSession: Session } = await import('../../extension/content/profile-session'));
  ({ startBridge } = await import('../../extension/content/page-bridge'));
  startBridge(() => undefined);
});

afterEach(() => {
  document.body.innerHTML = '';
  sent.length = 0;
});

/** What the page can do from its own world: a forged copy of an API answer, posted like the tap posts it. */
function forgeDetail(handle: string): void {
  const body = JSON.stringify(renderUserDetail({ ...victim, user: { ...victim.user, uniqueId: handle } }, NOW));
  const data = {
    type: 'provenance-lens/api',
    kind: 'user-detail',
    url: `${location.origin}/api/user/detail/?uniqueId=${handle}`,
    body,
  };
  window.dispatchEvent(new MessageEvent('message', { data, origin: location.origin, source: window }));
}

/** What the background would record from the snapshots sent (it reads them with the same readers). */
const observed = () =>
  sent.flatMap((m) => {
    const obs = m.type === 'content/page' && m.snapshot ? readSnapshot(m.snapshot, parseHtml) : undefined;
    return obs ? [obs] : [];
  });
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('page-world data only for the navigation the content script observed', () => {
  it('a pushed URL and a forged answer without the rendered header store nothing', async () => {
    history.pushState({}, '', '/@victim');
    const s = new Session('victim');
    forgeDetail('victim');
    s.update();
    await settle();
    expect(observed()).toEqual([]);
    s.end();
  });

  it('a rendered header for another handle is no header for this one', async () => {
    history.pushState({}, '', '/@victim');
    document.body.innerHTML = '<h1 data-e2e="user-title">someone.else</h1>';
    const s = new Session('victim');
    forgeDetail('victim');
    s.update();
    await settle();
    expect(observed()).toEqual([]);
    s.end();
  });

  it('a header the URL does not name (the URL moved on) takes no answer either', async () => {
    history.pushState({}, '', '/@victim');
    document.body.innerHTML = '<h1 data-e2e="user-title">victim</h1>';
    const s = new Session('victim');
    history.pushState({}, '', '/@other.account');
    forgeDetail('victim');
    s.update();
    await settle();
    // The header alone may be read (it is on screen), but not the page world's answer.
    expect(observed().every((o) => o?.source === 'dom' && !o.exactCounts)).toBe(true);
    s.end();
  });

  it('control: with the URL and the rendered header agreeing, the answer is read', async () => {
    history.pushState({}, '', '/@victim');
    document.body.innerHTML = '<h1 data-e2e="user-title">victim</h1>';
    const s = new Session('victim');
    forgeDetail('victim');
    s.update();
    await settle();
    const got = observed();
    expect(got.length).toBe(1);
    // The API answer's exact counts made it into the observation.
    expect(got[0]).toMatchObject({ handle: 'victim', exactCounts: true });
    s.end();
  });
});
