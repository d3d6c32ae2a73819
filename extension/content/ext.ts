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
 * A message to the background (extension/protocol.ts `ContentToBackground`), answered with its response. Rejects
 * like the polyfill would: the background (which uses the polyfill) answers a rejected promise with a
 * `__mozWebExtensionPolyfillReject__` object that only the polyfill turns back into an error.
 */
export const send: Send<ContentToBackground> = async (type, ...request) => {
  const reply = await ext.runtime.sendMessage({ ...request[0], type });
  if (isRejection(reply)) throw new Error(reply.message ?? 'rejected');
  // The one place an answer's type is taken on trust: the background answers each type with its response.
  return reply as never;
};

function isRejection(r: unknown): r is { message?: string } {
  return typeof r === 'object' && r !== null && '__mozWebExtensionPolyfillReject__' in r;
}
