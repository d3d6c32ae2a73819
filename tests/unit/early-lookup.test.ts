// @vitest-environment happy-dom
/**
 * extension/content/early-lookup.ts: the URL's account is asked for as the content script starts, and the profile
 * session takes that answer instead of asking again; a later session (another visit) asks for itself.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ProfileSession } from '../../extension/content/profile-session';

const HANDLE = 'early.bird';
const calls: { type: string; handles?: string[] }[] = [];
let Session: typeof ProfileSession;

beforeAll(async () => {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(`https://www.tiktok.com/@${HANDLE}`);
  (globalThis as { chrome?: unknown }).chrome = {
    runtime: {
      sendMessage: vi.fn(async (m: (typeof calls)[number]) => {
        calls.push(m);
        return m.type === 'content/lookup'
          ? { accounts: [{ handle: HANDLE, verdict: 'suspected', score: 60, lastSeen: 1 }] }
          : {};
      }),
    },
    i18n: { getMessage: () => '', getUILanguage: () => 'en' },
  };
  // Importing the module is the script starting: its lookup leaves at once.
  await import('../../extension/content/early-lookup');
  ({ ProfileSession: Session } = await import('../../extension/content/profile-session'));
});

const lookups = () => calls.filter((c) => c.type === 'content/lookup');
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the lookup at start', () => {
  it('is sent before any session exists, for the URL handle', () => {
    expect(lookups()).toEqual([{ type: 'content/lookup', handles: [HANDLE] }]);
  });

  it('is the first session’s answer: no second lookup, and the cached verdict is shown', async () => {
    document.body.innerHTML = `<h1 data-e2e="user-title">${HANDLE}</h1>`;
    const s = new Session(HANDLE);
    await settle();
    expect(lookups()).toHaveLength(1);
    expect(document.querySelector('provenance-badge')?.getAttribute('verdict')).toBe('suspected');
    s.end();
  });

  it('is taken once: the next visit to the same account asks again', async () => {
    const s = new Session(HANDLE);
    await settle();
    expect(lookups()).toHaveLength(2);
    s.end();
  });
});
