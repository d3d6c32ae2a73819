/**
 * MAIN-world script (document_start): passive copies of the page's own `/api/user/detail/` and
 * `/api/post/item_list/` answers for the isolated content script. TikTok signs these calls (X-Bogus, msToken), so
 * we never make them; we read clones of the page's responses and hand the text over with `window.postMessage`.
 * The page gets exactly what it would have got: same Response object, same XHR, errors passed through untouched.
 *
 * Built as an IIFE (the `.iife.ts` name tells crxjs): no loader, no dynamic import, so the patch is in place before
 * TikTok's bundle runs. It imports only the protocol's constants (inlined by the build). Whatever arrives on the other
 * side is untrusted (the page can post the same messages): the isolated script validates it and the readers refuse
 * data about another handle.
 *
 * Bot checks (TikTok's included) look for a patched fetch, so the page must not be able to tell (issue 17, checked by
 * tests/e2e/tap-fingerprint.e2e.test.ts in Chromium and Firefox):
 * - the replacements are static methods of a class: strict code like the natives (`caller` throws), no `prototype`,
 *   not constructors, own keys `length` and `name` only, with the natives' names and lengths; Proxies were not
 *   enough (they print as `function () { [native code] }`, and Firefox tells them apart by `caller` and by
 *   structuredClone's message);
 * - `Function.prototype.toString` answers for each replacement (itself included) with the native's own text;
 * - the native runs first with the page's own `this` and arguments, so its errors are its own; the URL is then read
 *   only where that has no side effect (a string, or a Request's or URL's own internal slot through the natives'
 *   getters), never by calling the page's `toString` a second time;
 * - everything the tap calls later was taken at document_start, before the page could replace it.
 */
import { API_TAP, API_TAP_MAX_BODY, type PageToContent } from '../protocol';

(() => {
  const apply = Reflect.apply;
  const get = (proto: object, key: string) => Object.getOwnPropertyDescriptor(proto, key)?.get as () => unknown;
  const call = (fn: unknown, self: unknown, args: ArrayLike<unknown> = []) =>
    apply(fn as (...a: unknown[]) => unknown, self, args);
  const X = XMLHttpRequest.prototype;
  const R = Response.prototype;
  const nativeFetch = window.fetch;
  const nativeSend = X.send;
  const nativeToString = Function.prototype.toString;
  const post = window.postMessage;
  const exec = RegExp.prototype.exec;
  const stringify = JSON.stringify;
  const listen = EventTarget.prototype.addEventListener;
  const [readyState, status, responseURL, responseType, responseText, response] = [
    'readyState',
    'status',
    'responseURL',
    'responseType',
    'responseText',
    'response',
  ].map((key) => get(X, key));
  const [resOk, resUrl] = [get(R, 'ok'), get(R, 'url')];
  const [reqUrl, urlHref] = [get(Request.prototype, 'url'), get(URL.prototype, 'href')];
  const { clone, text } = R;

  /** Any mention of the two endpoints (a relative URL too): worth watching. */
  const MAYBE = /\/api\/(?:user\/detail|post\/item_list)\/?(?:\?|$)/;
  /** The final URL of an answer: this origin, one of the two endpoints. */
  const API = new RegExp(`^${location.origin.replace(/\./g, '\\.')}/api/(user/detail|post/item_list)/?(?:\\?|$)`);
  const match = (re: RegExp, s: unknown) => (typeof s === 'string' ? (call(exec, re, [s]) as RegExpExecArray) : null);

  function copy(url: unknown, body: unknown): void {
    const m = match(API, url);
    if (!m || typeof body !== 'string' || !body || body.length > API_TAP_MAX_BODY) return;
    const msg: { type: typeof API_TAP } & PageToContent[typeof API_TAP] = {
      type: API_TAP,
      kind: m[1] === 'user/detail' ? 'user-detail' : 'item-list',
      url: url as string,
      body,
    };
    call(post, window, [msg, location.origin]);
  }

  /** The URL a fetch argument names, where reading it calls nothing of the page's (no iterator, no `toString`). */
  function urlOf(input: unknown): unknown {
    if (typeof input !== 'object' || !input) return input;
    try {
      return call(reqUrl, input);
    } catch {
      try {
        return call(urlHref, input);
      } catch {
        // another object, which the native stringified itself: not copied
      }
    }
  }

  async function watch(p: Promise<Response>): Promise<void> {
    try {
      const res = await p;
      if (!call(resOk, res)) return;
      copy(call(resUrl, res), await (call(text, call(clone, res)) as Promise<string>));
    } catch {
      // the page's promise settles as it would have; a rejection or unreadable body is simply not copied
    }
  }

  /** One listener for every XHR (listeners are deduplicated): copies answers from the two endpoints. */
  function onLoad(this: XMLHttpRequest): void {
    try {
      const url = call(responseURL, this);
      if (!match(API, url) || call(status, this) !== 200) return;
      const t = call(responseType, this);
      copy(
        url,
        t === '' || t === 'text' ? call(responseText, this) : t === 'json' ? stringify(call(response, this)) : '',
      );
    } catch {
      // a response we cannot read is simply not copied
    }
  }

  // Class bodies are strict, and methods have no prototype and cannot be constructed: like the natives.
  const tap = class {
    fetch(input: unknown): unknown {
      // biome-ignore lint/complexity/noArguments: the page's exact argument count (fetch() must stay an error)
      const p = call(nativeFetch, this, arguments);
      try {
        if (match(MAYBE, urlOf(input))) void watch(p as Promise<Response>);
      } catch {
        // the page's own promise is returned regardless
      }
      return p;
    }

    send(): unknown {
      try {
        // Only on an opened XHR (the native throws otherwise, and a non-XHR `this` must not get a listener).
        if (call(readyState, this) === 1) call(listen, this, ['load', onLoad]);
      } catch {
        // not an XHR: the native says so below
      }
      // biome-ignore lint/complexity/noArguments: the page's exact arguments
      return call(nativeSend, this, arguments);
    }

    toString(this: unknown): string {
      const self =
        this === fake.fetch
          ? nativeFetch
          : this === fake.send
            ? nativeSend
            : this === fake.toString
              ? nativeToString
              : this;
      return call(nativeToString, self) as string;
    }
  }.prototype;

  // V8 prints a plain function's source in some messages (structuredClone's, an incompatible receiver's) but a
  // Proxy's target's text; SpiderMonkey names a Proxy there ("Proxy object could not be cloned") and refuses it as
  // `caller`'s receiver. So the methods go in through a Proxy of the native only where the engine hides the Proxy:
  // V8, told by how it prints a native function (on one line; SpiderMonkey puts `[native code]` on a line of its
  // own). Nothing is thrown to find out: a realm's first exception costs 1.5-3 ms in Chromium, and asking
  // structuredClone (as this did) cost that on every page load (issue 15).
  const viaProxy = !(call(nativeToString, nativeFetch) as string).includes('\n');
  const wrap = <T extends object>(native: T, method: T): T =>
    viaProxy ? new Proxy(native, { apply: (_, self, args) => call(method, self, args) }) : method;
  const fake = {
    fetch: wrap(nativeFetch, tap.fetch as typeof fetch),
    send: wrap(nativeSend, tap.send),
    toString: wrap(nativeToString, tap.toString as () => string),
  };

  window.fetch = fake.fetch;
  X.send = fake.send;
  Function.prototype.toString = fake.toString;
})();
