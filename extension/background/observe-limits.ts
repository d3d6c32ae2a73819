/**
 * Which observations from content scripts are stored (issue 17, finding 2). A page can push `/@victim` into the
 * URL and post forged API answers; the content script checks that the URL and the rendered profile agree (engineer
 * A's side), and the background bounds what gets through: per tab, how many *different* accounts it may store in
 * a short time (a page cycled through 33 handles in 4 s), and per account, how many rows all tabs together may
 * write. An observation over a limit is still assessed — the badge shows — but not stored. Pure: the clock is
 * passed in.
 */
import { NEW_ACCOUNT_LIMIT, PER_HANDLE_LIMIT, RateLimiter, type RateLimitOptions } from './rate-limit';

/** A handle a tab observed within this long is not "another account" when it is observed again (a reload). */
const RECENT_MS = 30 * 60_000;
/** Handles remembered per tab (the most recent ones). */
const RECENT_PER_TAB = 50;
/** Tabs remembered at most (least recently active forgotten first). */
const MAX_TABS = 1000;

export type Admission = 'store' | 'assess-only';

export class ObserveLimits {
  private readonly accountsPerTab: RateLimiter;
  private readonly rowsPerHandle: RateLimiter;
  private readonly recent = new Map<number, Map<string, number>>();

  constructor(perTab: RateLimitOptions = NEW_ACCOUNT_LIMIT, perHandle: RateLimitOptions = PER_HANDLE_LIMIT) {
    this.accountsPerTab = new RateLimiter(perTab);
    this.rowsPerHandle = new RateLimiter(perHandle);
  }

  /** Whether an observation of `handle` from tab `tabId` (-1: no tab) is stored, taking its tokens if so. */
  admit(tabId: number, handle: string, now: number): Admission {
    const seen = this.recent.get(tabId) ?? new Map<string, number>();
    this.recent.delete(tabId);
    this.recent.set(tabId, seen);
    if (this.recent.size > MAX_TABS) {
      const oldest = this.recent.keys().next().value;
      if (oldest !== undefined) this.recent.delete(oldest);
    }
    const at = seen.get(handle);
    const known = at !== undefined && now - at < RECENT_MS && now >= at;
    // Both checks before any token is taken: a refused observation costs neither bucket.
    if (!known && !this.accountsPerTab.has(tabId, now)) return 'assess-only';
    if (!this.rowsPerHandle.has(handle, now)) return 'assess-only';
    if (!known) this.accountsPerTab.take(tabId, now);
    this.rowsPerHandle.take(handle, now);
    seen.delete(handle);
    seen.set(handle, now);
    if (seen.size > RECENT_PER_TAB) {
      const oldest = seen.keys().next().value;
      if (oldest !== undefined) seen.delete(oldest);
    }
    return 'store';
  }

  /** A tab closed: its id may be reused by a new tab. */
  forget(tabId: number): void {
    this.recent.delete(tabId);
    this.accountsPerTab.forget(tabId);
  }
}
