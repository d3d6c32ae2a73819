/**
 * MAIN-world script (document_start): passive copies of the page's own `/api/user/detail/` and
 * `/api/post/item_list/` answers for the isolated content script. TikTok signs these calls (X-Bogus, msToken), so
 * we never make them; we read clones of the page's responses and hand the text over with `window.postMessage`.
 * The page gets exactly what it would have got: same Response object, same XHR, errors passed through untouched.
 *
 * Built as an IIFE (the `.iife.ts` name tells crxjs): no loader, no dynamic import, so the patch is in place before
 * TikTok's bundle runs. It imports only the protocol's constants (inlined by the build). Whatever arrives on the other side is untrusted (the page can
 * post the same messages): the isolated script validates it and the readers refuse data about another handle.
 */
import { API_TAP, API_TAP_HELLO, API_TAP_MAX_BODY, type PageToContent } from '../protocol';

(() => {
  const API = /\/api\/(user\/detail|post\/item_list)\/?(?:\?|$)/;
  const recent: unknown[] = []; // replayed when the isolated script arrives after the page's first calls

  function post(url: string, body: string): void {
    try {
      const path = new URL(url, location.href);
      const m = API.exec(path.pathname + path.search);
      if (!m || path.origin !== location.origin || body.length > API_TAP_MAX_BODY) return;
      const msg: { type: typeof API_TAP } & PageToContent[typeof API_TAP] = {
        type: API_TAP,
        kind: m[1] === 'user/detail' ? 'user-detail' : 'item-list',
        url: path.href,
        body,
      };
      recent.push(msg);
      if (recent.length > 6) recent.shift();
      window.postMessage(msg, location.origin);
    } catch {
      // never into the page
    }
  }

  addEventListener('message', (e) => {
    if (e.source === window && e.data?.type === API_TAP_HELLO) {
      for (const msg of recent) window.postMessage(msg, location.origin);
    }
  });

  const wants = (url: unknown) => typeof url === 'string' && url.includes('/api/') && API.test(url);

  // Proxies, not wrapper functions: `Function.prototype.toString`, `name` and `length` stay the native ones. Bot
  // checks (TikTok's included) look for a patched fetch; the page must not be able to tell the tap is there.
  if (typeof window.fetch === 'function') {
    window.fetch = new Proxy(window.fetch, {
      apply(target, thisArg, args: Parameters<typeof fetch>) {
        const p = Reflect.apply(target, thisArg, args) as Promise<Response>;
        try {
          const input = args[0];
          const url = input instanceof Request ? input.url : String(input);
          if (wants(url)) {
            p.then((res) => (res.ok ? res.clone().text() : undefined))
              .then((text) => text && post(url, text))
              .catch(() => undefined);
          }
        } catch {
          // the page's own promise is returned regardless
        }
        return p;
      },
    });
  }

  const xhr = XMLHttpRequest.prototype;
  const urls = new WeakMap<XMLHttpRequest, string>();
  xhr.open = new Proxy(xhr.open, {
    apply(target, thisArg: XMLHttpRequest, args: unknown[]) {
      urls.set(thisArg, String(args[1]));
      return Reflect.apply(target, thisArg, args);
    },
  });
  xhr.send = new Proxy(xhr.send, {
    apply(target, thisArg: XMLHttpRequest, args: unknown[]) {
      const url = urls.get(thisArg);
      if (wants(url)) {
        thisArg.addEventListener('load', () => {
          try {
            const t = thisArg.responseType;
            const text =
              t === '' || t === 'text' ? thisArg.responseText : t === 'json' ? JSON.stringify(thisArg.response) : '';
            if (thisArg.status === 200 && text) post(thisArg.responseURL || (url as string), text);
          } catch {
            // a response we cannot read is simply not copied
          }
        });
      }
      return Reflect.apply(target, thisArg, args);
    },
  });
})();
