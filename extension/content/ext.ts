/**
 * The extension API for the content scripts without webextension-polyfill (3 KB gzipped of the 20 KB budget):
 * Firefox has `browser`, and Chromium's MV3 `chrome` returns promises for every call used here.
 */
import type { Browser } from 'webextension-polyfill';

const g = globalThis as { browser?: Browser; chrome?: Browser };
/** Undefined outside an extension (unit tests): callers guard their use. */
export const ext = (g.browser ?? g.chrome) as Browser;

/**
 * `runtime.sendMessage`, rejecting like the polyfill would: the background (which uses the polyfill) answers a
 * rejected promise with a `__mozWebExtensionPolyfillReject__` object that only the polyfill turns back into an error.
 */
export async function send(message: unknown): Promise<unknown> {
  const reply = (await ext.runtime.sendMessage(message)) as {
    __mozWebExtensionPolyfillReject__?: boolean;
    message?: string;
  };
  if (reply?.__mozWebExtensionPolyfillReject__) throw new Error(reply.message ?? 'rejected');
  return reply;
}
