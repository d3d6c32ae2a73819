/**
 * Compact badges beside author handles on the feed, video pages, search results and comments, for accounts whose
 * verdict the cache already holds. New handles are looked up in batches through the background (one request in
 * flight at a time); nothing is read from or written to TikTok's storage.
 */
import { handleFromProfileUrl, normaliseHandle } from '../../src/tiktok/observation';
import { AUTHOR } from '../../src/tiktok/selectors';
import type { LookupEntry, LookupRequest, LookupResponse } from '../messages';
import type { BadgeData } from '../ui/badge/Badge';
import { badgeShown, createBadge, removeBadge, updateBadge } from './badge-host';
import { send } from './ext';

const AUTHOR_SEL = `${AUTHOR.handleText}, ${AUTHOR.profileLink}`;
/** Where a text change or a removal can change an author: inside a link or a handle's text. */
export const AUTHOR_CONTEXT = `a[href], ${AUTHOR.handleText}`;
const HANDLE = /^[\p{L}\p{N}._-]{1,64}$/u;
const BATCH = 50;
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

/** The element a badge follows: the enclosing link (so the badge never sits inside it), else the element. */
function anchorOf(el: Element): Element {
  return el.closest('a[href]') ?? el;
}

/** The handle an anchor names: a profile link's, or a handle heading's text; undefined for anything else. */
function handleOf(anchor: Element): string | undefined {
  let handle: string | undefined;
  const href = anchor.getAttribute('href');
  if (anchor.tagName === 'A' && href) {
    // Only profile links name an author; video links (`/@h/video/…`) sit on thumbnails.
    handle = linkHandle(anchor, href);
    if (!handle) return undefined;
    // Avatar links carry no text: the name link beside them gets the badge.
    if (!anchor.textContent?.trim()) return undefined;
  } else {
    handle = normaliseHandle(anchor.textContent ?? '');
  }
  return handle && HANDLE.test(handle) ? handle : undefined;
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
    for (const root of roots) {
      if (!root.isConnected) continue;
      const found = root.matches(AUTHOR_SEL) ? [root] : [];
      for (const el of root.querySelectorAll(AUTHOR_SEL)) found.push(el);
      const outer = root.parentElement?.closest(AUTHOR_SEL);
      if (outer) found.push(outer);
      for (const el of found) {
        const anchor = anchorOf(el);
        if (seen.has(anchor)) continue;
        seen.add(anchor);
        const handle = handleOf(anchor);
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
    if (!entry || !badgeShown(entry.verdict)) {
      // Nothing to say about this author (clear, unknown): no element at all beside it.
      this.drop(anchor);
      return;
    }
    let host = this.hosts.get(anchor)?.host;
    if (!host) {
      host = createBadge(handle, true);
      this.hosts.set(anchor, { host, handle });
    }
    const data: BadgeData = { handle, verdict: entry.verdict, score: entry.score, observedAt: entry.lastSeen };
    if (entry.assessment) data.assessment = entry.assessment;
    if (host.getAttribute('verdict') !== entry.verdict || !host.isConnected) updateBadge(host, data);
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
    const handles = [...this.wanted].slice(0, BATCH);
    for (const h of handles) this.wanted.delete(h);
    this.inFlight = true;
    const request: LookupRequest = { type: 'content/lookup', handles };
    send(request)
      .then((reply: unknown) => {
        const found = new Map(((reply as LookupResponse | undefined)?.accounts ?? []).map((e) => [e.handle, e]));
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
