/**
 * Compact badges beside author handles on the feed, video pages, comments, search results, /discover and the
 * Following sidebar (the places src/tiktok/selectors.ts AUTHOR names), for accounts whose verdict the cache holds.
 * New handles are looked up in batches through the background (one request in flight at a time); nothing is read
 * from or written to TikTok's storage.
 */
import { isValidHandle } from '../../src/tiktok/handle';
import { handleFromProfileUrl, normaliseHandle } from '../../src/tiktok/observation';
import { AUTHOR } from '../../src/tiktok/selectors';
import { type LookupEntry, MAX_LOOKUP } from '../protocol';
import type { BadgeData } from './badge/data';
import { badgeShown, createBadge, removeBadge, updateBadge } from './badge-host';
import { send } from './ext';

/** Every element that names an author (its text is the handle, or it sits at the author's name link). */
const MARKERS = `${AUTHOR.handleText}, ${AUTHOR.nameText}`;
/** Where a text change, an href change or a removal can change an author: inside a link or an author element. */
export const AUTHOR_CONTEXT = `a[href], ${MARKERS}`;
/** A handle the cache did not know is asked again after this long (the viewer may have opened it since). */
const MISS_TTL_MS = 30_000;
/**
 * A plain `/@handle` link (relative or on www.tiktok.com), read without `new URL`: the same handle as
 * `handleFromProfileUrl` for every href it matches (no dot segments, backslashes or whitespace to normalise).
 */
const PROFILE_HREF = /^(?:https:\/\/www\.tiktok\.com)?\/@([^/?#\\\s]+)\/?(?:[?#]|$)/;

/** The handle each link's href names, kept per element while its href stays the same. */
const linkHandles = new WeakMap<Element, { href: string; handle: string | undefined }>();

function linkHandle(a: Element, href: string): string | undefined {
  const cached = linkHandles.get(a);
  if (cached?.href === href) return cached.handle;
  const m = PROFILE_HREF.exec(href);
  const handle = m
    ? normaliseHandle(m[1] ?? '') || undefined
    : href.includes('@')
      ? handleFromProfileUrl(href)
      : undefined;
  linkHandles.set(a, { href, handle });
  return handle;
}

/** One author on the page: the handle, and the element its badge follows (the enclosing link, else the element). */
export interface AuthorRef {
  handle: string;
  anchor: Element;
}

/**
 * An author element's anchor and handle. The handle comes from the profile link around the element (feed, discover,
 * sidebar) or inside it (comments since 2025); a handle heading outside any profile link is read by its text.
 * Undefined handle: nothing to badge there (a video link, a nickname without a link, a malformed handle).
 */
function resolve(marker: Element): { anchor: Element; handle: string | undefined } {
  const link = marker.closest('a[href]') ?? marker.querySelector(AUTHOR.profileLink);
  const href = link?.getAttribute('href');
  let handle = link && href ? linkHandle(link, href) : undefined;
  if (!handle && marker.matches(AUTHOR.handleText)) handle = normaliseHandle(marker.textContent ?? '');
  return { anchor: link ?? marker, handle: handle && isValidHandle(handle) ? handle : undefined };
}

/**
 * The author elements in `root`, in it, and around it (a changed link inside a comment's name box), by anchor. Only
 * selector matches and the ancestors of `root` are visited: no layout reads, no text scan beyond a heading's own text.
 */
function authorAnchors(
  root: Element | Document,
  outerOf: Map<Element, Element | null> = new Map(),
): Map<Element, string | undefined> {
  const markers: Element[] = [];
  if (root.nodeType === 1) {
    const el = root as Element;
    if (el.matches(MARKERS)) markers.push(el);
    // Siblings added in one frame (a feed's new cards) share their parent: its ancestors are walked once, not once
    // per card (issue 15's storm profile: this walk was a third of the storm's content-script time).
    const parent = el.parentElement;
    if (parent) {
      let outer = outerOf.get(parent);
      if (outer === undefined) {
        outer = parent.closest(MARKERS);
        outerOf.set(parent, outer);
      }
      if (outer) markers.push(outer);
    }
  }
  for (const el of root.querySelectorAll(MARKERS)) markers.push(el);
  const found = new Map<Element, string | undefined>();
  for (const marker of markers) {
    const { anchor, handle } = resolve(marker);
    if (found.get(anchor) === undefined) found.set(anchor, handle);
  }
  return found;
}

/** The authors named in `root` (a page, or a subtree a mutation added), one per anchor. */
export function findAuthors(root: Element | Document): AuthorRef[] {
  const out: AuthorRef[] = [];
  for (const [anchor, handle] of authorAnchors(root)) if (handle) out.push({ handle, anchor });
  return out;
}

export class AuthorBadges {
  private readonly hosts = new Map<Element, { host: HTMLElement; handle: string }>();
  private readonly known = new Map<string, { entry: LookupEntry | null; at: number }>();
  private readonly wanted = new Set<string>();
  /** Author elements waiting for their handle's answer. */
  private readonly waiting = new Map<Element, string>();
  private inFlight = false;

  /**
   * `roots`: the subtrees added or changed since the last frame (only they are read); `removed`: whether anything
   * left the page. `skip`: the profile in the URL, whose badge the profile session draws beside its heading.
   */
  update(roots: Iterable<Element>, removed: boolean, skip: string | undefined, requeue: () => void): void {
    if (removed) this.sweep();
    const seen = new Set<Element>();
    const outerOf = new Map<Element, Element | null>();
    for (const root of roots) {
      if (!root.isConnected) continue;
      for (const [anchor, handle] of authorAnchors(root, outerOf)) {
        if (seen.has(anchor)) continue;
        seen.add(anchor);
        if (handle && handle !== skip) this.place(anchor, handle);
        else this.drop(anchor); // its handle changed to nothing we badge (or to the profile's own)
      }
    }
    this.lookup(requeue);
  }

  /** The background learnt a verdict (a profile visit in this tab): badges of that handle follow it. */
  learn(entry: LookupEntry): void {
    this.known.set(entry.handle, { entry, at: Date.now() });
    for (const [anchor, { handle }] of this.hosts) if (handle === entry.handle) this.place(anchor, handle);
  }

  private drop(anchor: Element): void {
    const current = this.hosts.get(anchor);
    if (!current) return;
    removeBadge(current.host);
    this.hosts.delete(anchor);
  }

  private place(anchor: Element, handle: string): void {
    const k = this.known.get(handle);
    if (!k || (!k.entry && Date.now() - k.at > MISS_TTL_MS)) {
      this.wanted.add(handle);
      this.waiting.set(anchor, handle);
    }
    const current = this.hosts.get(anchor);
    // TikTok reuses card elements while scrolling: the old author's badge must go.
    if (current && current.handle !== handle) this.drop(anchor);
    const entry = k?.entry;
    // Asked and not in the cache: "Not checked" only when the viewer's option asks for it (issue 16: no noise).
    const unchecked = !!k && !entry && badgeShown('unknown', handle, true);
    if (!unchecked && (!entry || !badgeShown(entry.verdict, handle))) {
      // Nothing to say about this author (clear, unknown): no element at all beside it.
      this.drop(anchor);
      return;
    }
    let host = this.hosts.get(anchor)?.host;
    if (!host) {
      host = createBadge(handle, true);
      this.hosts.set(anchor, { host, handle });
    }
    const data: BadgeData = entry
      ? { handle, verdict: entry.verdict, score: entry.score, observedAt: entry.lastSeen }
      : { handle, verdict: 'unknown', score: 0, unchecked: true };
    if (entry?.assessment) data.assessment = entry.assessment;
    if (host.getAttribute('verdict') !== data.verdict || !host.isConnected) updateBadge(host, data);
    if (anchor.nextElementSibling !== host) anchor.after(host);
  }

  /**
   * Something left the page: badges whose author element went go too. (An author changed in place — a reused
   * card's href or text — is among the frame's changed subtrees and is read again there.)
   */
  private sweep(): void {
    for (const [anchor, { host }] of this.hosts) {
      if (anchor.isConnected) continue;
      removeBadge(host);
      this.hosts.delete(anchor);
    }
    for (const anchor of this.waiting.keys()) if (!anchor.isConnected) this.waiting.delete(anchor);
  }

  private lookup(requeue: () => void): void {
    if (this.inFlight || this.wanted.size === 0) return;
    const handles = [...this.wanted].slice(0, MAX_LOOKUP);
    for (const h of handles) this.wanted.delete(h);
    this.inFlight = true;
    send('content/lookup', { handles })
      .then((reply) => {
        const found = new Map((reply?.accounts ?? []).map((e) => [e.handle, e]));
        const at = Date.now();
        for (const h of handles) this.known.set(h, { entry: found.get(h) ?? null, at });
      })
      .catch(() => {
        const at = Date.now();
        for (const h of handles) this.known.set(h, { entry: null, at }); // retried after the TTL
      })
      .finally(() => {
        this.inFlight = false;
        this.redraw(handles);
        requeue();
      });
  }

  /** After an answer: the authors that waited for it, and the badges of the handles it answered. */
  private redraw(handles: readonly string[]): void {
    for (const [anchor, handle] of this.waiting) {
      if (!this.known.has(handle)) continue;
      this.waiting.delete(anchor);
      if (anchor.isConnected) this.place(anchor, handle);
    }
    const answered = new Set(handles);
    for (const [anchor, { handle }] of [...this.hosts]) if (answered.has(handle)) this.place(anchor, handle);
  }
}
