/**
 * The extension API for the content scripts without webextension-polyfill (3 KB gzipped of the 20 KB budget):
 * Firefox has `browser`, and Chromium's MV3 `chrome` returns promises for every call used here.
 */
import type { Browser } from 'webextension-polyfill';
import type { ContentToBackground, Send } from '../protocol';

const g = globalThis as { browser?: Browser; chrome?: Browser };
/** Undefined outside an extension (unit tests): callers guard their use. */
export const ext = (g.browser ?? g.chrome) as Browser;

/**
 * Waits before each retry of a visit the background did not answer (issue 17, finding 8: a worker stopped during a
 * burst of 40 tabs lost those visits). A stopped MV3 worker is started again by the next message within about a
 * second; three tries over ~4 s cover that without piling up behind a background that refuses.
 */
export const OBSERVE_RETRY_MS = [250, 1000, 3000];

/** Failures of the messaging itself (the worker stopped or was starting), not answers of the background. */
const TRANSPORT =
  /receiving end does not exist|could not establish connection|message port closed|message channel closed|before a response was received/i;

/** Deeper than this, a value is replaced by `true` (a page's label object 50,000 levels deep once lost the visit). */
const MAX_DEPTH = 12;

/**
 * A copy of a request the messaging can serialise: nesting bounded (the background keeps a label field that is
 * too big as "labelled" anyway: extension/background/validate.ts), only plain data.
 */
function bounded(v: unknown, depth = 0): unknown {
  if (typeof v !== 'object' || v === null) return typeof v === 'function' || typeof v === 'symbol' ? undefined : v;
  if (depth >= MAX_DEPTH) return true;
  if (Array.isArray(v)) return v.map((x) => bounded(x, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = bounded(x, depth + 1);
  return out;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A message to the background (extension/protocol.ts `ContentToBackground`), answered with its response. Rejects
 * like the polyfill would: the background (which uses the polyfill) answers a rejected promise with a
 * `__mozWebExtensionPolyfillReject__` object that only the polyfill turns back into an error. A visit
 * (`content/observe`) the messaging lost is sent again a few times: recording the same observation again is
 * idempotent (the background merges a repeat into the row it already wrote).
 */
export const send: Send<ContentToBackground> = async (type, ...request) => {
  const message = type === 'content/observe' ? bounded({ ...request[0], type }) : { ...request[0], type };
  const retries = type === 'content/observe' ? OBSERVE_RETRY_MS : [];
  for (let attempt = 0; ; attempt++) {
    let reply: unknown;
    try {
      reply = await ext.runtime.sendMessage(message);
    } catch (e) {
      const delay = retries[attempt];
      if (delay === undefined || !TRANSPORT.test(String((e as Error)?.message ?? e))) throw e;
      await wait(delay);
      continue;
    }
    if (isRejection(reply)) throw new Error(reply.message ?? 'rejected');
    // The one place an answer's type is taken on trust: the background answers each type with its response.
    return reply as never;
  }
};

function isRejection(r: unknown): r is { message?: string } {
  return typeof r === 'object' && r !== null && '__mozWebExtensionPolyfillReject__' in r;
}
