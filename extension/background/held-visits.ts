/**
 * One stored visit per page load (issue 15). A profile page sends what it holds several times while it loads — at
 * DOMContentLoaded, then with each of its own API answers — and each message used to be a write transaction (the
 * observation, the account, the verdict and its history) run while the page was still parsing and laying out: on a
 * 2-core machine the worker's work took the page's CPU. Each message is now answered from the stored history
 * without writing (record.ts `assessUnstored`, which counts a repeat the way the write does), and the tab's latest
 * snapshot — the content script sends everything the page showed so far, so the latest holds the rest — is written
 * once the page has been quiet for `SETTLE_MS`, at most `MAX_HOLD_MS` after the first, or at once when the tab
 * shows another account or closes, or when an extension page asks for data (the dashboard sees every visit).
 *
 * A worker stopped with a visit held loses it: Chrome stops an idle worker after 30 s without events
 * (developer.chrome.com, "The extension service worker lifecycle"), far longer than a visit is held.
 */
import type { Observation } from '../../src/tiktok/observation';

/** Quiet time after a page's last message before its visit is written (a profile's API answers come within it). */
export const SETTLE_MS = 1500;
/** A page that keeps sending (a long session of grid scrolling) is still written this often. */
export const MAX_HOLD_MS = 5000;

type Write = (obs: Observation, now: number) => Promise<unknown>;

interface Held {
  obs: Observation;
  /** The clock of the message that brought `obs` (the verdict's ages count from it, as when written at once). */
  now: number;
  first: number;
  timer: ReturnType<typeof setTimeout>;
}

export class HeldVisits {
  private readonly held = new Map<number, Held>();

  constructor(
    private readonly write: Write,
    private readonly settleMs = SETTLE_MS,
    private readonly maxHoldMs = MAX_HOLD_MS,
  ) {}

  /** Holds the tab's newest observation; another account's held visit in the same tab is written first. */
  hold(tabId: number, obs: Observation, now: number): void {
    const prev = this.held.get(tabId);
    if (prev && prev.obs.handle !== obs.handle) void this.flush(tabId);
    const kept = this.held.get(tabId);
    if (kept) clearTimeout(kept.timer);
    const first = kept?.first ?? now;
    const wait = Math.max(0, Math.min(this.settleMs, first + this.maxHoldMs - now));
    const timer = setTimeout(() => void this.flush(tabId), wait);
    this.held.set(tabId, { obs, now, first, timer });
  }

  /** Writes the tab's held visit now, if any. Never rejects: a failed write is the same as a lost message. */
  async flush(tabId: number): Promise<void> {
    const h = this.held.get(tabId);
    if (!h) return;
    clearTimeout(h.timer);
    this.held.delete(tabId);
    await this.write(h.obs, h.now).catch((e: unknown) => console.warn('[provenance-lens] visit not stored', e));
  }

  /** Writes every held visit (before an extension page reads the cache). */
  async flushAll(): Promise<void> {
    await Promise.all([...this.held.keys()].map((t) => this.flush(t)));
  }

  /** How many visits are held (tests). */
  get size(): number {
    return this.held.size;
  }
}
