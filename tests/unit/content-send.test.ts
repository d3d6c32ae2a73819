/**
 * Issue 17, finding 8, the content side's `send` (extension/content/ext.ts): a visit lost because the background's
 * worker was stopped or starting is sent again, a few times, with backoff — but never a visit the background
 * answered with a refusal; and a page whose embedded label object is 50,000 levels deep still has its visit
 * recorded: the page's JSON goes as text, parsed only in the background, where the label is kept as "labelled".
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const calls: unknown[] = [];
let answers: (() => unknown)[] = [];
(globalThis as { chrome?: unknown }).chrome = {
  runtime: {
    sendMessage: async (m: unknown) => {
      // What Chromium does: the message is serialised (JSON-like) before it leaves the content script.
      calls.push(JSON.parse(JSON.stringify(m)));
      const next = answers.shift();
      if (!next) throw new Error('no answer scripted');
      return next();
    },
  },
};

const { OBSERVE_RETRY_MS, send } = await import('../../extension/content/ext');
const { recordObservation } = await import('../../extension/background/record');
const { observationFromSnapshot } = await import('../../extension/background/page-snapshot');
const { freshDb, NOW } = await import('./db-helpers');

const observation = { handle: 'someone', status: 'ok', source: 'dom', observedAt: NOW, posts: [] };
const snapshot = { handle: 'someone', documentHandle: 'someone', observedAt: NOW, dom: { obs: observation } };
const lost = () => {
  throw new Error('Could not establish connection. Receiving end does not exist.');
};
const closed = () => {
  throw new Error('The message port closed before a response was received.');
};
const ok = () => ({ assessment: { handle: 'someone' }, observations: 1 });

afterEach(() => {
  vi.useRealTimers();
  calls.length = 0;
  answers = [];
});

describe('content/page is retried when the messaging lost it', () => {
  it('sends again after a stopped worker, and answers with the reply that came', async () => {
    vi.useFakeTimers();
    answers = [lost, closed, ok];
    const reply = send('content/page', { snapshot });
    await vi.runAllTimersAsync();
    await expect(reply).resolves.toMatchObject({ observations: 1 });
    expect(calls).toHaveLength(3);
    // The same message each time: the background merges a repeat of one observation into one row.
    expect(calls[1]).toEqual(calls[0]);
  });

  it(`gives up after ${OBSERVE_RETRY_MS.length} retries`, async () => {
    vi.useFakeTimers();
    answers = Array(10).fill(lost);
    const reply = send('content/page', { snapshot });
    const settled = expect(reply).rejects.toThrow(/Receiving end/);
    await vi.runAllTimersAsync();
    await settled;
    expect(calls).toHaveLength(OBSERVE_RETRY_MS.length + 1);
  });

  it('never retries a refusal of the background, nor a lookup', async () => {
    answers = [() => ({ __mozWebExtensionPolyfillReject__: true, message: 'rate limited' }), ok];
    await expect(send('content/page', { snapshot })).rejects.toThrow('rate limited');
    expect(calls).toHaveLength(1);
    answers = [lost, ok];
    await expect(send('content/lookup', { handles: ['x'] })).rejects.toThrow(/Receiving end/);
    expect(calls).toHaveLength(2);
  });
});

describe("a 50,000-deep label object in the page's JSON", () => {
  /** The universal era's embedded JSON for `someone`, its label object `depth` levels deep, as the page's text. */
  function page(depth: number): string {
    const label = `${'{"a":'.repeat(depth)}"bottom"${'}'.repeat(depth)}`;
    const user = `{"uniqueId":"someone","nickname":"Some One","stateControlledMedia":${label}}`;
    const info = `{"user":${user},"stats":{"followerCount":10,"followingCount":1,"heartCount":5,"videoCount":1}}`;
    return `{"__DEFAULT_SCOPE__":{"webapp.user-detail":{"statusCode":0,"userInfo":${info}}}}`;
  }

  it('is sent as text, and the visit is recorded as labelled', async () => {
    answers = [ok];
    const scripts = [{ id: '__UNIVERSAL_DATA_FOR_REHYDRATION__', text: page(50_000) }];
    await send('content/page', { snapshot: { ...snapshot, scripts } });
    const sent = calls[0] as { snapshot: unknown };
    const obs = observationFromSnapshot(sent.snapshot, NOW + 1);
    expect(obs?.user?.stateControlledMedia).toBe(true);
    const { db } = freshDb();
    await recordObservation(db, obs!, NOW + 1);
    expect((await db.observations.toArray())[0]).toMatchObject({ handle: 'someone', labelled: true });
  });

  it('control: a shallow label object is kept as it is', () => {
    const scripts = [{ id: '__UNIVERSAL_DATA_FOR_REHYDRATION__', text: page(2) }];
    const obs = observationFromSnapshot({ ...snapshot, scripts }, NOW + 1);
    expect(obs?.user?.stateControlledMedia).toEqual({ a: { a: 'bottom' } });
  });
});
