/**
 * A token bucket per key (the sender's tab) for database writes. A page's scripts can make the content script send
 * observations as fast as they can change the DOM; this keeps one hostile tab from filling the database or starving
 * the others. Pure: the clock is passed in, so it is tested without timers.
 */

export interface RateLimitOptions {
  /** Writes a tab may make in a burst (a profile, its grid loading, a few quick navigations). */
  capacity: number;
  /** Tokens regained per second once the burst is spent. */
  refillPerSecond: number;
  /** Buckets kept at most; the least recently used is forgotten first (a forgotten tab starts full again). */
  maxKeys: number;
}

/** A person browsing profiles writes a few times per profile; 30 at once and one a second more is far above that. */
export const WRITE_LIMIT: RateLimitOptions = { capacity: 30, refillPerSecond: 1, maxKeys: 1000 };

/**
 * Handles a tab may look up (issue 17, finding 1: a page named 50 handles a lookup, without limit, to read the
 * cache's verdicts). A screen of feed cards or comments names a few dozen authors, and scrolling brings a few
 * more a second: a burst of 150 and 3 a second (180 a minute) is above what a viewer sees, and caps what a page
 * can probe at 10,800 handles an hour.
 */
export const LOOKUP_LIMIT: RateLimitOptions = { capacity: 150, refillPerSecond: 3, maxKeys: 1000 };

/**
 * New accounts a tab may have stored (issue 17, finding 2: a page cycled through 33 handles in 4 s and each got
 * an account). A viewer opens a profile, reads it and goes on: even clicking through a list of profiles as fast as
 * they load is under one every 4 s once the first few are open. Accounts beyond this are assessed, not stored.
 */
export const NEW_ACCOUNT_LIMIT: RateLimitOptions = { capacity: 6, refillPerSecond: 0.25, maxKeys: 1000 };

/**
 * Observation rows per account (from all tabs together): a visit writes a few (the page, the API answers, the
 * grid loading more); a page that keeps changing the counts it shows for one account would write one each time.
 */
export const PER_HANDLE_LIMIT: RateLimitOptions = { capacity: 30, refillPerSecond: 1 / 20, maxKeys: 5000 };

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string | number, Bucket>();

  constructor(private readonly opts: RateLimitOptions = WRITE_LIMIT) {}

  /** Takes one token for `key` at time `now` (ms); false when the bucket is empty. */
  take(key: string | number, now: number): boolean {
    return this.takeUpTo(key, 1, now) === 1;
  }

  /** Takes up to `n` whole tokens for `key` at time `now` (ms); answers how many it took (0 when empty). */
  takeUpTo(key: string | number, n: number, now: number): number {
    const { capacity, refillPerSecond, maxKeys } = this.opts;
    const prev = this.buckets.get(key);
    // A clock that went backwards refills nothing rather than granting or owing tokens.
    const elapsed = prev ? Math.max(0, now - prev.at) / 1000 : 0;
    const tokens = prev ? Math.min(capacity, prev.tokens + elapsed * refillPerSecond) : capacity;
    const granted = Math.max(0, Math.min(Math.floor(n), Math.floor(tokens)));
    // Re-insert to keep the Map in least-recently-used order for eviction.
    this.buckets.delete(key);
    this.buckets.set(key, { tokens: tokens - granted, at: Math.max(now, prev?.at ?? now) });
    if (this.buckets.size > maxKeys) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    return granted;
  }

  /** Whether `key` has a whole token at `now`, taking none. */
  has(key: string | number, now: number): boolean {
    const prev = this.buckets.get(key);
    if (!prev) return true;
    const elapsed = Math.max(0, now - prev.at) / 1000;
    return Math.min(this.opts.capacity, prev.tokens + elapsed * this.opts.refillPerSecond) >= 1;
  }

  /** Forget a tab (closed): its id may be reused by a new tab, which starts with a full bucket. */
  forget(key: string | number): void {
    this.buckets.delete(key);
  }

  get size(): number {
    return this.buckets.size;
  }
}
