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
const HANDLE = /^[\p{L}\p{N}._-]{1,64}$/u;
const BATCH = 50;
/** A handle the cache did not know is asked again after this long (the viewer may have opened it since). */
const MISS_TTL_MS = 30_000;

/** The badge's anchor (the enclosing link, so the badge never sits inside it) and the handle it names. */
function authorOf(el: Element): { anchor: Element; handle: string } | undefined {
  const anchor = el.closest('a[href]') ?? el;
  let handle: string | undefined;
  const href = anchor.getAttribute('href');
  if (anchor.tagName === 'A' && href) {
    // Only profile links name an author; video links (`/@h/video/…`) sit on thumbnails.
    handle = handleFromProfileUrl(href);
    if (!handle) return undefined;
    // Avatar links carry no text: the name link beside them gets the badge.
    if (!anchor.textContent?.trim()) return undefined;
  } else {
    handle = normaliseHandle(el.textContent ?? '');
  }
  return handle && HANDLE.test(handle) ? { anchor, handle } : undefined;
}

export class AuthorBadges {
  private readonly hosts = new Map<Element, { host: HTMLElement; handle: string }>();
  private readonly known = new Map<string, { entry: LookupEntry | null; at: number }>();
  private readonly wanted = new Set<string>();
  /** Author elements waiting for their handle's answer. */
  private readonly waiting = new Map<Element, string>();
  private inFlight = false;

  /** `skip`: the profile in the URL, whose badge the profile session draws beside its heading. */
  update(roots: Iterable<Element>, skip: string | undefined, requeue: () => void): void {
    this.sweep();
    const seen = new Set<Element>();
    for (const root of roots) {
      if (!root.isConnected) continue;
      const found = root.matches(AUTHOR_SEL) ? [root] : [];
      for (const el of root.querySelectorAll(AUTHOR_SEL)) found.push(el);
      const outer = root.closest(AUTHOR_SEL);
      if (outer) found.push(outer);
      for (const el of found) {
        const author = authorOf(el);
        if (!author || seen.has(author.anchor) || author.handle === skip) continue;
        seen.add(author.anchor);
        this.place(author.anchor, author.handle);
      }
    }
    this.lookup(requeue);
  }

  /** The background learnt a verdict (a profile visit in this tab): badges of that handle follow it. */
  learn(entry: LookupEntry): void {
    this.known.set(entry.handle, { entry, at: Date.now() });
    for (const [anchor, { handle }] of this.hosts) if (handle === entry.handle) this.place(anchor, handle);
  }

  private place(anchor: Element, handle: string): void {
    const k = this.known.get(handle);
    if (!k || (!k.entry && Date.now() - k.at > MISS_TTL_MS)) {
      this.wanted.add(handle);
      this.waiting.set(anchor, handle);
    }
    const current = this.hosts.get(anchor);
    if (current && current.handle !== handle) {
      // TikTok reuses card elements while scrolling: the old author's badge must go.
      removeBadge(current.host);
      this.hosts.delete(anchor);
    }
    const entry = k?.entry;
    if (!entry || !badgeShown(entry.verdict)) {
      // Nothing to say about this author (clear, unknown): no element at all beside it.
      const old = this.hosts.get(anchor);
      if (old) removeBadge(old.host);
      this.hosts.delete(anchor);
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

  /** Badges whose author element left the page, or whose handle changed under them, go too. */
  private sweep(): void {
    for (const [anchor, { host, handle }] of this.hosts) {
      if (anchor.isConnected && authorOf(anchor)?.handle === handle) continue;
      removeBadge(host);
      this.hosts.delete(anchor);
    }
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
        this.redrawAll();
        requeue();
      });
  }

  /** After an answer: the authors that waited for it, and the badges already shown (a verdict may have moved). */
  private redrawAll(): void {
    const waiting = [...this.waiting];
    this.waiting.clear();
    for (const [anchor, handle] of waiting)
      if (anchor.isConnected && this.known.has(handle)) this.place(anchor, handle);
    for (const [anchor, handle] of waiting) if (!this.known.has(handle)) this.waiting.set(anchor, handle);
    for (const [anchor, { handle }] of [...this.hosts]) this.place(anchor, handle);
  }
}
