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

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string | number, Bucket>();

  constructor(private readonly opts: RateLimitOptions = WRITE_LIMIT) {}

  /** Takes one token for `key` at time `now` (ms); false when the bucket is empty. */
  take(key: string | number, now: number): boolean {
    const { capacity, refillPerSecond, maxKeys } = this.opts;
    const prev = this.buckets.get(key);
    // A clock that went backwards refills nothing rather than granting or owing tokens.
    const elapsed = prev ? Math.max(0, now - prev.at) / 1000 : 0;
    const tokens = prev ? Math.min(capacity, prev.tokens + elapsed * refillPerSecond) : capacity;
    const allowed = tokens >= 1;
    // Re-insert to keep the Map in least-recently-used order for eviction.
    this.buckets.delete(key);
    this.buckets.set(key, { tokens: allowed ? tokens - 1 : tokens, at: Math.max(now, prev?.at ?? now) });
    if (this.buckets.size > maxKeys) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    return allowed;
  }

  /** Forget a tab (closed): its id may be reused by a new tab, which starts with a full bucket. */
  forget(key: string | number): void {
    this.buckets.delete(key);
  }

  get size(): number {
    return this.buckets.size;
  }
}
