/**
 * Reading `<provenance-badge>` elements from a tab, whichever driver opened it (Playwright for Chromium,
 * puppeteer-core for Firefox): the tests, `npm start` and the bench all judge badges this one way.
 *
 * The badge's shadow root is closed (issue 17, finding 1): the page's own scripts get `null` from `host.shadowRoot`.
 * The harness reaches inside through the driver's protocol, which pierces closed roots — the DevTools protocol in
 * Chromium (`DOM.describeNode` with `pierce`, then `DOM.resolveNode`), WebDriver BiDi in Firefox (nodes serialised
 * with `includeShadowTree: "all"`, then passed back as shared references) — and runs the test's function in the
 * page's main world with the root as an argument. A page script has neither.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

export interface BadgeState {
  handle: string | null;
  verdict: string | null;
  score: string | null;
  /** Visible text of the shadow root (style and script contents left out); null without a shadow root. */
  text: string | null;
}

/** A function run once per badge host, in the page's main world, with its (possibly closed) shadow root. */
export type InBadge<A, R> = (host: HTMLElement, root: ShadowRoot | null, arg: A) => R;

/**
 * A tab, as these helpers need it: run a function in the page's main world with one serialisable argument.
 * Playwright and Puppeteer spell `evaluate`'s arguments differently; `playwrightTab` and `puppeteerTab` adapt.
 */
export interface Tab {
  run<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * `fn(host, root, arg)` for every `<provenance-badge>` in document order, closed shadow roots included (through
   * the driver's protocol; see above); results must be JSON values. Without it, only open roots are seen.
   */
  inBadges?<A, R>(fn: InBadge<A, R>, arg: A): Promise<R[]>;
  /** A real mouse click at viewport coordinates (trusted events, as a viewer's). */
  click?(x: number, y: number): Promise<void>;
}

export function playwrightTab(page: PlaywrightPage): Tab {
  return {
    run: (fn, arg) => page.evaluate(fn as never, arg as never),
    inBadges: (fn, arg) => cdpInBadges(page, fn, arg),
    click: (x, y) => page.mouse.click(x, y),
  };
}

export function puppeteerTab(page: PuppeteerPage): Tab {
  return {
    run: async (fn, arg) => (await page.evaluate(fn as never, arg)) as never,
    inBadges: (fn, arg) => bidiInBadges(page, fn, arg),
    click: (x, y) => page.mouse.click(x, y),
  };
}

/** Runs `fn` per badge with its shadow root, through the tab's protocol (closed roots included). */
export function inBadges<A, R>(tab: Tab, fn: InBadge<A, R>, arg: A): Promise<R[]> {
  if (!tab.inBadges)
    throw new Error('this tab cannot reach closed shadow roots: make it with playwrightTab/puppeteerTab');
  return tab.inBadges(fn, arg);
}

/**
 * Clicks, with the mouse as a viewer would, the first element matching `selector` inside a badge's shadow root
 * (the badge of `handle` when given, else the first that has one); false when there is none.
 */
export async function clickInBadge(tab: Tab, selector: string, handle?: string): Promise<boolean> {
  const rects = await inBadges(
    tab,
    (host, root, { selector, handle }) => {
      if (handle && host.getAttribute('handle') !== handle) return null;
      const el = root?.querySelector(selector);
      if (!el) return null;
      el.scrollIntoView({ block: 'nearest' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    { selector, handle: handle ?? null },
  );
  const at = rects.find((r) => r !== null);
  if (!at) return false;
  if (!tab.click) throw new Error('this tab has no mouse: make it with playwrightTab/puppeteerTab');
  await tab.click(at.x, at.y);
  return true;
}

/** What the badges' shadow roots hold for `selector`: per badge, each match's text and the attributes asked for. */
export function queryInBadges(
  tab: Tab,
  selector: string,
  attrs: string[] = [],
): Promise<{ handle: string | null; text: string; attrs: (string | null)[] }[][]> {
  return inBadges(
    tab,
    (host, root, { selector, attrs }) =>
      [...(root?.querySelectorAll(selector) ?? [])].map((el) => ({
        handle: host.getAttribute('handle'),
        text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
        attrs: attrs.map((a) => el.getAttribute(a)),
      })),
    { selector, attrs },
  );
}

/* Chromium: the DevTools protocol over Playwright's CDP session (one per page). */

interface Cdp {
  send(method: string, params?: object): Promise<unknown>;
}
const cdpSessions = new WeakMap<PlaywrightPage, Promise<Cdp>>();

function cdp(page: PlaywrightPage): Promise<Cdp> {
  let s = cdpSessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page) as Promise<Cdp>;
    cdpSessions.set(page, s);
  }
  return s;
}

interface RemoteObject {
  objectId?: string;
  value?: unknown;
}
interface DescribedNode {
  shadowRoots?: { backendNodeId: number }[];
}

async function cdpInBadges<A, R>(page: PlaywrightPage, fn: InBadge<A, R>, arg: A): Promise<R[]> {
  const s = await cdp(page);
  const objectGroup = 'provenance-lens-harness';
  try {
    const list = (await s.send('Runtime.evaluate', {
      expression: `[...document.querySelectorAll('provenance-badge')]`,
      objectGroup,
    })) as { result: RemoteObject };
    const props = (await s.send('Runtime.getProperties', {
      objectId: list.result.objectId,
      ownProperties: true,
    })) as { result: { name: string; value?: RemoteObject }[] };
    const hosts = props.result
      .filter((p) => /^\d+$/.test(p.name) && p.value?.objectId)
      .sort((x, y) => Number(x.name) - Number(y.name))
      .map((p) => p.value!.objectId!);
    const out: R[] = [];
    for (const hostId of hosts) {
      const { node } = (await s.send('DOM.describeNode', { objectId: hostId, depth: 1, pierce: true })) as {
        node: DescribedNode;
      };
      const rootNode = node.shadowRoots?.[0];
      let rootArg: { objectId?: string; value?: null } = { value: null };
      if (rootNode) {
        const { object } = (await s.send('DOM.resolveNode', {
          backendNodeId: rootNode.backendNodeId,
          objectGroup,
        })) as { object: RemoteObject };
        rootArg = { objectId: object.objectId };
      }
      const res = (await s.send('Runtime.callFunctionOn', {
        objectId: hostId,
        functionDeclaration: `function (root, arg) { return (${fn.toString()})(this, root, arg); }`,
        arguments: [rootArg, { value: arg }],
        returnByValue: true,
        awaitPromise: true,
      })) as { result: RemoteObject; exceptionDetails?: { exception?: { description?: string }; text?: string } };
      if (res.exceptionDetails)
        throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text ?? 'inBadges failed');
      out.push(res.result.value as R);
    }
    return out;
  } finally {
    await s.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => undefined);
  }
}

/* Firefox: WebDriver BiDi's script.callFunction, through puppeteer-core's realm of the page's main frame. */

interface BidiRemote {
  type: string;
  sharedId?: string;
  value?: unknown;
}
interface BidiRealm {
  callFunction(
    fn: string,
    awaitPromise: boolean,
    opts: object,
  ): Promise<{ type: string; result?: BidiRemote; exceptionDetails?: { text?: string } }>;
}

/** puppeteer-core's own BiDi realm of the main frame (not public API: `frame.mainRealm().realm`). */
function bidiRealm(page: PuppeteerPage): BidiRealm {
  const realm = (page.mainFrame() as unknown as { mainRealm(): { realm?: BidiRealm } }).mainRealm().realm;
  if (!realm?.callFunction) throw new Error('not a WebDriver BiDi page: cannot reach closed shadow roots');
  return realm;
}

async function bidiInBadges<A, R>(page: PuppeteerPage, fn: InBadge<A, R>, arg: A): Promise<R[]> {
  const realm = bidiRealm(page);
  const call = async (decl: string, args: object[], opts: object = {}) => {
    const r = await realm.callFunction(decl, true, { arguments: args, resultOwnership: 'none', ...opts });
    if (r.type === 'exception') throw new Error(r.exceptionDetails?.text ?? 'inBadges failed');
    return r.result!;
  };
  const list = await call(`() => [...document.querySelectorAll('provenance-badge')]`, [], {
    serializationOptions: { maxObjectDepth: 1, maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const hosts = (list.value as BidiRemote[] | undefined) ?? [];
  const out: R[] = [];
  for (const host of hosts) {
    const root = (host.value as { shadowRoot?: BidiRemote | null } | undefined)?.shadowRoot;
    const res = await call(
      `(host, root, arg) => Promise.resolve((${fn.toString()})(host, root, JSON.parse(arg))).then((r) => JSON.stringify(r ?? null))`,
      [
        { sharedId: host.sharedId },
        root?.sharedId ? { sharedId: root.sharedId } : { type: 'null' },
        { type: 'string', value: JSON.stringify(arg ?? null) },
      ],
    );
    out.push(JSON.parse(String(res.value)) as R);
  }
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every `<provenance-badge>` on the page, in document order, with the visible text of its shadow root. */
export function readBadges(tab: Tab): Promise<BadgeState[]> {
  return inBadges(
    tab,
    (el, root) => {
      {
        let text: string | null = null;
        if (root) {
          const parts: string[] = [];
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const tag = n.parentElement?.tagName;
            if (tag !== 'STYLE' && tag !== 'SCRIPT' && tag !== 'TEMPLATE') parts.push(n.textContent ?? '');
          }
          text = parts.join(' ').replace(/\s+/g, ' ').trim();
        }
        return {
          handle: el.getAttribute('handle'),
          verdict: el.getAttribute('verdict'),
          score: el.getAttribute('score'),
          text,
        };
      }
    },
    null,
  );
}

export interface SettleOptions {
  timeoutMs?: number;
  /** The badge set must stay unchanged this long to count as settled. */
  quietMs?: number;
  /** Keep watching at least this long: an empty page is "settled" before the extension has had its say. */
  minMs?: number;
  accept?: (badges: BadgeState[]) => boolean;
  onChange?: (badges: BadgeState[]) => void;
}

/** Polls the badges until they stop changing and `accept` holds, or the time is up; returns the last reading. */
export async function settleBadges(tab: Tab, opts: SettleOptions = {}): Promise<BadgeState[]> {
  const start = Date.now();
  const deadline = start + (opts.timeoutMs ?? 10_000);
  const quiet = opts.quietMs ?? 800;
  let last = '';
  let since = Date.now();
  let badges: BadgeState[] = [];
  while (true) {
    badges = await readBadges(tab);
    const key = JSON.stringify(badges);
    if (key !== last) {
      last = key;
      since = Date.now();
      opts.onChange?.(badges);
    }
    const settled = Date.now() - since >= quiet && Date.now() - start >= (opts.minMs ?? 0);
    if (settled && (opts.accept ? opts.accept(badges) : true)) return badges;
    if (Date.now() >= deadline) return badges;
    await sleep(100);
  }
}
