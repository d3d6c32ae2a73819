/**
 * Issue 17, finding 8, the content side's `send` (extension/content/ext.ts): a visit lost because the background's
 * worker was stopped or starting is sent again, a few times, with backoff — but never a visit the background
 * answered with a refusal; and an observation whose label object is 50,000 levels deep is still sent (the
 * messaging serialises it) rather than dropped. The background's side: such a visit is recorded, the label kept
 * as "labelled".
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
const { validObservation } = await import('../../extension/background/validate');
const { freshDb, NOW } = await import('./db-helpers');

const observation = { handle: 'someone', status: 'ok', source: 'dom', observedAt: NOW, posts: [] };
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

describe('content/observe is retried when the messaging lost it', () => {
  it('sends again after a stopped worker, and answers with the reply that came', async () => {
    vi.useFakeTimers();
    answers = [lost, closed, ok];
    const reply = send('content/observe', { observation });
    await vi.runAllTimersAsync();
    await expect(reply).resolves.toMatchObject({ observations: 1 });
    expect(calls).toHaveLength(3);
    // The same message each time: the background merges a repeat of one observation into one row.
    expect(calls[1]).toEqual(calls[0]);
  });

  it(`gives up after ${OBSERVE_RETRY_MS.length} retries`, async () => {
    vi.useFakeTimers();
    answers = Array(10).fill(lost);
    const reply = send('content/observe', { observation });
    const settled = expect(reply).rejects.toThrow(/Receiving end/);
    await vi.runAllTimersAsync();
    await settled;
    expect(calls).toHaveLength(OBSERVE_RETRY_MS.length + 1);
  });

  it('never retries a refusal of the background, nor a lookup', async () => {
    answers = [() => ({ __mozWebExtensionPolyfillReject__: true, message: 'rate limited' }), ok];
    await expect(send('content/observe', { observation })).rejects.toThrow('rate limited');
    expect(calls).toHaveLength(1);
    answers = [lost, ok];
    await expect(send('content/lookup', { handles: ['x'] })).rejects.toThrow(/Receiving end/);
    expect(calls).toHaveLength(2);
  });
});

describe('a 50,000-deep label object', () => {
  function deep(n: number): unknown {
    let o: unknown = 'bottom';
    for (let i = 0; i < n; i++) o = { a: o };
    return o;
  }

  it('is sent (bounded), and the visit is recorded as labelled', async () => {
    answers = [ok];
    const user = { uniqueId: 'someone', stateControlledMedia: deep(50_000) };
    const withUser: typeof observation = { ...observation, user } as typeof observation;
    await send('content/observe', { observation: withUser });
    const sent = calls[0] as { observation: unknown };
    const obs = validObservation(sent.observation, NOW + 1);
    expect(obs?.user?.stateControlledMedia).toBeTruthy();
    const { db } = freshDb();
    await recordObservation(db, obs!, NOW + 1);
    expect((await db.observations.toArray())[0]).toMatchObject({ handle: 'someone', labelled: true });
  });

  it('sent as it is to the background, is refused cleanly: the label kept as "labelled", the visit recorded', async () => {
    const user = { uniqueId: 'someone', stateControlledMedia: deep(50_000) };
    const obs = validObservation({ ...observation, user }, NOW + 1);
    expect(obs?.user?.stateControlledMedia).toBe(true);
    const { db } = freshDb();
    await recordObservation(db, obs!, NOW + 1);
    expect(await db.observations.count()).toBe(1);
  });
});
