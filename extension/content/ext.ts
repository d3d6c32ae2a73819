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

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A message to the background (extension/protocol.ts `ContentToBackground`), answered with its response. Rejects
 * like the polyfill would: the background (which uses the polyfill) answers a rejected promise with a
 * `__mozWebExtensionPolyfillReject__` object that only the polyfill turns back into an error. A visit
 * (`content/page`) the messaging lost is sent again a few times: recording the same observation again is
 * idempotent (the background merges a repeat into the row it already wrote). The page's texts go as they are:
 * nesting from the page's JSON only exists once the background parses it (a 50,000-deep label object once failed
 * the messaging when it was parsed here).
 */
export const send: Send<ContentToBackground> = async (type, ...request) => {
  const message = { ...request[0], type };
  const retries = type === 'content/page' ? OBSERVE_RETRY_MS : [];
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
