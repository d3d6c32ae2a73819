/**
 * One profile visit, from the URL change that starts it to the one that ends it (its AbortController). It reads
 * the page as it renders, keeps the badge beside the handle heading, and asks the background for the verdict
 * (with the account's history, lists and moderator labels: the scoring tables stay out of the page's bundle).
 * Nothing it does may throw into the page.
 */
import browser from 'webextension-polyfill';
import { findHandleHeading, readDom } from '../../src/tiktok/dom';
import { EMBEDDED_SCRIPTS, parseJson } from '../../src/tiktok/embedded';
import { mergeObservations } from '../../src/tiktok/merge';
import type { Observation } from '../../src/tiktok/observation';
import type { Assessment } from '../../src/verdict';
import type { ObserveRequest, ObserveResponse } from '../messages';
import { createBadge, removeBadge, updateBadge } from './badge-host';

export class ProfileSession {
  readonly controller = new AbortController();
  private host: HTMLElement | undefined;
  private embedded: Observation | undefined | null = null; // null: not read yet
  private lastKey = '';
  private assessment: Assessment | undefined;
  private sentPosts = -1;

  constructor(readonly handle: string) {}

  /** Called once per animation frame while the page changes. Cheap when nothing relevant changed. */
  update(): void {
    if (this.controller.signal.aborted) return;
    const heading = findHandleHeading(document, this.handle);
    const key = this.pageKey(heading);
    if (key !== this.lastKey) {
      this.lastKey = key;
      this.read();
    }
    if (heading && this.assessment) this.place(heading);
  }

  end(): void {
    this.controller.abort();
    if (this.host) removeBadge(this.host);
    this.host = undefined;
  }

  /** What, if changed, calls for a new reading: the header's presence, the counts, the grid's size. */
  private pageKey(heading: Element | undefined): string {
    const grid = document.querySelectorAll('[data-e2e="user-post-item"]').length;
    const followers = document.querySelector('[data-e2e="followers-count"]')?.textContent ?? '';
    const wall = document.querySelector('#cs, .captcha-verify-container') ? 'wall' : '';
    return `${heading ? 1 : 0}|${followers}|${grid}|${wall}`;
  }

  private readEmbedded(now: number): Observation | undefined {
    // The embedded JSON is written once per document: parse it once, and only trust it for this handle.
    if (this.embedded === null) {
      this.embedded = undefined;
      for (const { id, read } of EMBEDDED_SCRIPTS) {
        const text = document.getElementById(id)?.textContent;
        const obs = text ? read(parseJson(text), this.handle, now) : undefined;
        if (obs) {
          this.embedded = obs;
          break;
        }
      }
    }
    return this.embedded ? { ...this.embedded, observedAt: now } : undefined;
  }

  private read(): void {
    const now = Date.now();
    const fromJson = this.readEmbedded(now);
    const fromDom = readDom(document, this.handle, now);
    let obs: Observation | undefined;
    if (fromJson && fromDom)
      obs = { ...mergeObservations(fromDom, fromJson), status: fromJson.status, source: fromJson.source };
    else obs = fromJson ?? fromDom;
    if (!obs) return; // the header for this handle has not rendered yet
    if (obs.user || obs.status !== 'ok') this.record(obs);
  }

  private record(obs: Observation): void {
    if (obs.posts.length <= this.sentPosts) return;
    this.sentPosts = obs.posts.length;
    const request: ObserveRequest = { type: 'content/observe', observation: obs };
    browser.runtime
      .sendMessage(request)
      .then((reply: unknown) => {
        const res = reply as ObserveResponse | undefined;
        if (res?.assessment && !this.controller.signal.aborted && res.assessment.handle === this.handle) {
          this.show(res.assessment);
        }
      })
      .catch(() => {
        // The background may be restarting: no verdict is better than a wrong one; the next change retries.
        this.sentPosts = -1;
      });
  }

  private show(a: Assessment): void {
    this.assessment = a;
    // Status pages have no header to sit beside: no badge (design.md: unknown shows nothing).
    const heading = findHandleHeading(document, this.handle);
    if (heading) this.place(heading);
    if (this.host) updateBadge(this.host, a);
  }

  /** Keep the badge right after the handle heading, re-inserting it if TikTok re-rendered the header. */
  private place(heading: Element): void {
    if (!this.host) {
      this.host = createBadge(this.handle);
      if (this.assessment) updateBadge(this.host, this.assessment);
    }
    if (heading.nextElementSibling !== this.host) heading.after(this.host);
  }
}
