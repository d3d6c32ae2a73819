/**
 * One profile visit, from the URL change that starts it to the one that ends it (its AbortController). It reads
 * the page as it renders — embedded JSON, header and grid, the page's own API answers — keeps the badge beside the
 * handle heading, and asks the background for the verdict. It reads nothing itself: the texts and the profile's HTML
 * go to the background (src/tiktok/snapshot.ts), which reads them as the scorer reads a saved page (with the account's history, lists and moderator labels:
 * the scoring tables stay out of the page's bundle). Nothing it does may throw into the page.
 */
import { findHandleHeading } from '../../src/tiktok/heading';
import { normaliseHandle } from '../../src/tiktok/observation';
import { SEL } from '../../src/tiktok/selectors';
import type { Assessment } from '../../src/verdict';
import { PAGE_RESEND, type PageSnapshotPayload } from '../protocol';
import { type BadgeData, toData } from './badge/data';
import { createBadge, removeBadge, updateBadge } from './badge-host';
import { takeEarlyLookup } from './early-lookup';
import { send } from './ext';
import { locationHandle } from './location-handle';
import { answersNow, answersSince, bridgeVersion } from './page-bridge';
import { completeProfile, embeddedTexts, ldJsonTexts, profileHtml } from './page-read';

/**
 * The account of the document's own URL, read when this script starts (document_start: nothing has navigated
 * yet). The page's embedded JSON describes it, and only it (src/tiktok/profile.ts `documentHandle`).
 */
const documentHandle = locationHandle() ?? ''; // '': not a profile page, matches no handle
/**
 * The embedded JSON's texts, taken once per document when first needed (the server writes them once), and sent with
 * the visit's first message only.
 */
let embedded: { id: string; text: string }[] | undefined;

export class ProfileSession {
  readonly controller = new AbortController();
  private host: HTMLElement | undefined;
  private lastKey = '';
  /** The rendered profile's HTML, kept while the DOM part of the key stays the same. */
  private domRead: { key: string; html: string; wall: boolean } | undefined;
  /**
   * What the background holds of this visit: the DOM key of the last message, the bridge version its answers
   * reach, and whether it was gated (the header shown, the URL this session's). Later messages carry only what
   * changed (`delta`, extension/background/page-snapshot.ts).
   */
  private sent: { dom: string; answers: number; gated: boolean } | undefined;
  private data: BadgeData | undefined;
  private drawn: BadgeData | undefined;
  /** Replies may overtake each other: only a newer request's answer replaces the shown one. */
  private asked = 0;
  private shown = 0;
  private heading: Element | undefined;

  constructor(
    readonly handle: string,
    private readonly onAssessment: (a: Assessment) => void = () => undefined,
  ) {
    this.showCached();
  }

  /** Called once per animation frame while the page changes. Cheap when nothing relevant changed. */
  update(): void {
    if (this.controller.signal.aborted) return;
    const heading = this.findHeading();
    // The verdict already known (the cache's) goes beside the heading before the page is read: reading it is
    // most of a frame's work, and the badge should not wait for it.
    if (heading && this.data) this.place(heading);
    // Still parsing: only the cached verdict may be shown; the page is read when it is complete.
    if (document.readyState === 'loading') return;
    const dom = this.domKey(heading);
    const key = `${dom}|${bridgeVersion}`;
    if (key !== this.lastKey) {
      this.lastKey = key;
      this.read(dom, heading);
    }
    if (heading && this.data) this.place(heading);
  }

  end(): void {
    this.controller.abort();
    if (this.host) removeBadge(this.host);
    this.host = undefined;
  }

  /**
   * The handle heading: the one found before while it is still in the page, still a header heading and still says
   * this handle (TikTok re-renders its header), else a new search. Searching the document was ~0.5 ms on each of a
   * load's several calls (a frame's update, each answer's `show`: V8 profile of fixture loads, issue 15).
   */
  private findHeading(): Element | undefined {
    const h = this.heading;
    if (h?.isConnected && h.matches(SEL.titleHeadings)) {
      const t = h.textContent?.replace(/\s+/g, ' ').trim();
      if (t && normaliseHandle(t) === this.handle) return h;
    }
    this.heading = findHandleHeading(document, this.handle);
    return this.heading;
  }

  /** The header's presence, the counts, the grid's size, a wall: what a new reading of the page depends on. */
  private domKey(heading: Element | undefined): string {
    const grid = document.querySelectorAll(SEL.postItem).length;
    const followers = document.querySelector(SEL.followersCount)?.textContent ?? '';
    const wall = document.querySelector(SEL.wall) ? 'wall' : '';
    return `${heading ? 1 : 0}|${followers}|${grid}|${wall}`;
  }

  /**
   * The DOM read again only when its DOM key changed; an API answer alone only adds itself. What the page holds goes
   * to the background as it is (src/tiktok/snapshot.ts), which reads it with the scorer's readers.
   */
  private read(dom: string, heading: Element | undefined): void {
    const now = Date.now();
    // The page's API answers (after in-app navigation the only exact source) refine whatever the page showed, but
    // only for the account this script saw navigated to: the URL's handle (this session's) with its profile header
    // rendered. A page that pushes /@victim into the URL and posts a forged answer, with no header for that
    // handle, gets nothing stored (issue 17).
    const gated = !!heading && this.ownsUrl();
    if (this.domRead?.key !== dom)
      this.domRead = { key: dom, html: profileHtml(heading), wall: !!document.querySelector(SEL.wall) };
    // The background keeps this visit's earlier message (extension/background/page-snapshot.ts): only what changed
    // goes (issue 15). New API answers alone; a changed DOM with its HTML, without the embedded JSON again (the
    // server wrote it once; on a real page it is larger than the profile's HTML). Both messages gated alike, so the
    // answers the background keeps are ones this gate let through.
    if (gated && this.sent?.gated) {
      const answers = answersSince(this.sent.answers);
      const domChanged = this.sent.dom !== dom;
      this.sent = { dom, answers: bridgeVersion, gated };
      if (!domChanged && !answers.length) return;
      const delta: PageSnapshotPayload = { handle: this.handle, documentHandle, observedAt: now, delta: true };
      if (domChanged) {
        // Every DOM field, so that none of the kept ones outlives the page that showed it.
        delta.html = this.domRead.html;
        delta.wall = this.domRead.wall;
        if (documentHandle === this.handle) delta.ldJson = ldJsonTexts();
      }
      if (answers.length) delta.answers = answers;
      this.record(delta, dom);
      return;
    }
    const snap: PageSnapshotPayload = { handle: this.handle, documentHandle, observedAt: now };
    if (this.domRead.html) snap.html = this.domRead.html;
    if (this.domRead.wall) snap.wall = true;
    // After in-app navigation the document's JSON and schema.org block are another account's: not sent.
    if (documentHandle === this.handle) {
      // With the header and grid rendered, the blob's interface strings stay behind (page-read.ts).
      embedded ??= embeddedTexts(completeProfile(heading));
      const scripts = embedded;
      if (scripts.length) snap.scripts = scripts;
      const ld = ldJsonTexts();
      if (ld.length) snap.ldJson = ld;
    }
    if (gated) {
      const answers = answersNow();
      if (answers.length) snap.answers = answers;
    }
    // Nothing that could name this account or its status yet.
    if (!snap.html && !snap.wall && !snap.scripts && !snap.answers) return;
    this.sent = { dom, answers: gated ? bridgeVersion : 0, gated };
    this.record(snap, dom);
  }

  /** Whether the document's URL is still this session's profile (the session ends a frame after it changes). */
  private ownsUrl(): boolean {
    return locationHandle() === this.handle;
  }

  private record(snapshot: PageSnapshotPayload, dom: string): void {
    const seq = ++this.asked;
    send('content/page', { snapshot })
      .then((res) => {
        if (res?.assessment && !this.controller.signal.aborted && res.assessment.handle === this.handle) {
          if (seq < this.shown) return;
          this.shown = seq;
          this.onAssessment(res.assessment);
          this.show(res.assessment);
        }
      })
      .catch((e: unknown) => {
        if ((e as Error | undefined)?.message === PAGE_RESEND) return this.resend();
        // The background may be restarting: no verdict is better than a wrong one; the next change retries, in full.
        this.sent = undefined;
        if (this.domRead?.key === dom) this.lastKey = '';
      });
  }

  /** The background had nothing for a delta to continue (its worker was restarted): everything again, now. */
  private resend(): void {
    if (this.controller.signal.aborted) return;
    this.sent = undefined;
    this.lastKey = '';
    this.update();
  }

  /**
   * The verdict the cache holds for this account, shown until this visit's own assessment replaces it: a known
   * account is badged in one cheap read, before the visit is recorded and assessed again.
   */
  private showCached(): void {
    (takeEarlyLookup(this.handle) ?? send('content/lookup', { handles: [this.handle] }))
      .then((reply) => {
        const e = reply?.accounts?.find((x) => x.handle === this.handle);
        if (!e || this.shown > 0 || this.controller.signal.aborted) return;
        this.show(e.assessment ?? { handle: e.handle, verdict: e.verdict, score: e.score, observedAt: e.lastSeen });
      })
      .catch(() => undefined);
  }

  private show(d: Assessment | BadgeData): void {
    this.data = 'signals' in d ? toData(d) : d;
    // Status pages have no header to sit beside: no badge (docs/design.md: unknown shows nothing).
    const heading = this.findHeading();
    if (heading) this.place(heading);
    else if (this.host) {
      this.drawn = this.data;
      updateBadge(this.host, this.data);
    }
  }

  /** Keep the badge right after the handle heading, re-inserting it if TikTok re-rendered the header. */
  private place(heading: Element): void {
    if (!this.host) this.host = createBadge(this.handle);
    if (this.data && this.drawn !== this.data) {
      this.drawn = this.data;
      updateBadge(this.host, this.data);
    }
    if (heading.nextElementSibling !== this.host) heading.after(this.host);
  }
}
