/**
 * The background's message boundary: who may talk to it (senderAllowed), what it accepts (validObservation, valibot
 * schemas) and how fast a tab may write (RateLimiter). Everything here is what a hostile page could reach through
 * the content script.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RateLimiter, WRITE_LIMIT } from '../../extension/background/rate-limit';
import { senderAllowed } from '../../extension/background/senders';
import { validObservation } from '../../extension/background/validate';

const NOW = 1_800_000_000_000;
const ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;

const good = () => ({
  handle: 'Some.Account',
  status: 'ok',
  source: 'api-user',
  observedAt: NOW - 1000,
  user: { uniqueId: 'Some.Account', nickname: 'N', verified: true, stateControlledMedia: { text: 'x' } },
  stats: { followers: 12.7, following: 0, likes: 5, videos: 3 },
  exactCounts: true,
  posts: [{ id: '7300000000000000000', createTime: 1_700_000_000, views: 10, hashtags: ['a', 1, 'b'] }],
});

describe('validObservation', () => {
  it('keeps a well-formed observation, lower-casing the handle and flooring counts', () => {
    const o = validObservation(good(), NOW);
    expect(o).toMatchObject({ handle: 'some.account', status: 'ok', source: 'api-user', exactCounts: true });
    expect(o?.stats).toEqual({ followers: 12, following: 0, likes: 5, videos: 3 });
    expect(o?.posts[0]?.hashtags).toEqual(['a', 'b']);
    expect(o?.user?.stateControlledMedia).toEqual({ text: 'x' });
  });

  it.each([
    ['not an object', null],
    ['an array', [good()]],
    ['an empty handle', { ...good(), handle: '' }],
    ['a handle with a slash', { ...good(), handle: 'a/b' }],
    ['a handle with spaces', { ...good(), handle: 'a b' }],
    ['an over-long handle (never truncated into another account)', { ...good(), handle: 'a'.repeat(101) }],
    ['an unknown status', { ...good(), status: 'pwned' }],
    ['an unknown source', { ...good(), source: 'page' }],
    ['no date', { ...good(), observedAt: undefined }],
    ['a date of 0', { ...good(), observedAt: 0 }],
    ['a date far in the future', { ...good(), observedAt: NOW + 3_600_000 }],
    ['a date as a string', { ...good(), observedAt: String(NOW) }],
  ])('rejects %s', (_why, v) => {
    expect(validObservation(v, NOW)).toBeUndefined();
  });

  it('drops wrongly typed optional fields instead of rejecting, and unknown fields always', () => {
    const o = validObservation(
      {
        ...good(),
        evil: '<script>',
        user: { uniqueId: 'some.account', nickname: 42, verified: 'yes' },
        stats: { followers: -5, following: Number.POSITIVE_INFINITY, likes: Number.NaN, videos: '7' },
        exactCounts: 'true',
        posts: [{ id: 'abc', createTime: 1 }, { id: '1', createTime: 0 }, 'x', { id: '2', createTime: 5, desc: 9 }],
      },
      NOW,
    );
    expect(o).toBeDefined();
    expect(o).not.toHaveProperty('evil');
    expect(o).not.toHaveProperty('exactCounts');
    expect(o?.user).toEqual({ uniqueId: 'some.account' });
    expect(o?.stats).toEqual({});
    expect(o?.posts).toEqual([{ id: '2', createTime: 5, hashtags: [] }]);
  });

  it('drops a user that is an array or lacks a uniqueId, and stats that are not an object', () => {
    const a = validObservation({ ...good(), user: [{ uniqueId: 'x' }], stats: [1, 2] }, NOW);
    expect(a?.user).toBeUndefined();
    expect(a?.stats).toBeUndefined();
    expect(validObservation({ ...good(), user: { nickname: 'x' } }, NOW)?.user).toBeUndefined();
  });

  it('bounds every string and list (a page can make them as long as it likes)', () => {
    const long = 'x'.repeat(100_000);
    const o = validObservation(
      {
        ...good(),
        user: { uniqueId: long, signature: long, bioLink: long, stateControlledMedia: { t: long } },
        posts: Array.from({ length: 600 }, (_, i) => ({
          id: String(i + 1),
          createTime: 1,
          desc: long,
          hashtags: Array(300).fill(long),
        })),
      },
      NOW,
    );
    expect(o?.user?.uniqueId.length).toBe(200);
    expect(o?.user?.signature?.length).toBe(4000);
    expect(o?.user?.bioLink?.length).toBe(2000);
    expect(o?.user?.stateControlledMedia).toBe(true); // too big to keep raw: only "labelled" survives
    expect(o?.posts.length).toBe(500);
    expect(o?.posts[0]?.desc?.length).toBe(4000);
    expect(o?.posts[0]?.hashtags.length).toBe(100);
    expect(o?.posts[0]?.hashtags[0]?.length).toBe(200);
  });

  it('never throws and only ever returns finite, non-negative counts (property)', () => {
    const anyValue = fc.oneof(
      fc.anything(),
      fc.double(),
      fc.constantFrom(-1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 80, -0),
    );
    const obs = fc.record(
      {
        handle: fc.oneof(fc.string({ maxLength: 30 }), anyValue),
        status: fc.oneof(fc.constantFrom('ok', 'private', 'missing'), anyValue),
        source: fc.oneof(fc.constantFrom('dom', 'api-posts'), anyValue),
        observedAt: fc.oneof(fc.double({ min: -1, max: NOW + 120_000 }), anyValue),
        user: fc.oneof(fc.record({ uniqueId: fc.string(), createTime: anyValue, verified: anyValue }), anyValue),
        stats: fc.oneof(
          fc.dictionary(fc.constantFrom('followers', 'following', 'likes', 'videos'), anyValue),
          anyValue,
        ),
        posts: fc.oneof(
          fc.array(
            fc.record({
              id: fc.oneof(fc.stringMatching(/^\d{1,25}$/), anyValue),
              createTime: anyValue,
              views: anyValue,
            }),
          ),
          anyValue,
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(obs, (v) => {
        const o = validObservation(v, NOW);
        if (!o) return;
        expect(o.handle).toBe(o.handle.toLowerCase());
        const counts = [
          ...Object.values(o.stats ?? {}),
          o.observedAt,
          o.user?.createTime,
          ...o.posts.flatMap((p) => [p.createTime, p.views, p.likes]),
        ].filter((n) => n !== undefined);
        for (const n of counts) expect(Number.isFinite(n) && n >= 0 && Number.isInteger(n)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('senderAllowed', () => {
  it.each([
    ['a content script on www.tiktok.com', { id: ID, url: 'https://www.tiktok.com/@someone' }, true],
    ['a content script on the e2e port', { id: ID, url: 'https://www.tiktok.com:8443/@someone' }, true],
    ['an extension page', { id: ID, url: `${BASE}dashboard.html` }, true],
    ['a sender without url (the browser gave none)', { id: ID }, true],
    ['another extension', { id: 'other', url: 'https://www.tiktok.com/' }, false],
    ['no id', { url: 'https://www.tiktok.com/' }, false],
    ['another site', { id: ID, url: 'https://evil.example/' }, false],
    ['a look-alike host', { id: ID, url: 'https://www.tiktok.com.evil.example/' }, false],
    ['a subdomain of tiktok other than www', { id: ID, url: 'https://ads.tiktok.com/' }, false],
    ['plain http', { id: ID, url: 'http://www.tiktok.com/' }, false],
    ['another extension page', { id: ID, url: 'chrome-extension://otherid/page.html' }, false],
    ['a data URL', { id: ID, url: 'data:text/html,hi' }, false],
    ['garbage', { id: ID, url: 'not a url' }, false],
  ])('%s', (_why, sender, ok) => {
    expect(senderAllowed(sender, ID, BASE)).toBe(ok);
  });

  it('works with Firefox moz-extension bases', () => {
    const base = 'moz-extension://0b6a4f3e-aaaa-bbbb-cccc-123456789abc/';
    expect(senderAllowed({ id: ID, url: `${base}popup.html` }, ID, base)).toBe(true);
    expect(senderAllowed({ id: ID, url: 'moz-extension://other/popup.html' }, ID, base)).toBe(false);
  });

  it('never trusts an empty own id', () => {
    expect(senderAllowed({ id: '' }, '', BASE)).toBe(false);
  });
});

describe('RateLimiter', () => {
  it('allows a burst of `capacity`, then refuses until tokens refill', () => {
    const rl = new RateLimiter({ capacity: 3, refillPerSecond: 1, maxKeys: 10 });
    expect([1, 2, 3, 4].map(() => rl.take(7, 0))).toEqual([true, true, true, false]);
    expect(rl.take(7, 500)).toBe(false); // half a token
    expect(rl.take(7, 1000)).toBe(true);
    expect(rl.take(7, 1000)).toBe(false);
    expect(rl.take(7, 1_000_000)).toBe(true); // refill is capped at capacity …
    expect(rl.take(7, 1_000_000)).toBe(true);
    expect(rl.take(7, 1_000_000)).toBe(true);
    expect(rl.take(7, 1_000_000)).toBe(false); // … so a long pause buys no larger burst
  });

  it('keeps tabs apart: one hostile tab does not starve another', () => {
    const rl = new RateLimiter({ capacity: 2, refillPerSecond: 1, maxKeys: 10 });
    rl.take(1, 0);
    rl.take(1, 0);
    expect(rl.take(1, 0)).toBe(false);
    expect(rl.take(2, 0)).toBe(true);
  });

  it('grants nothing extra when the clock goes backwards', () => {
    const rl = new RateLimiter({ capacity: 1, refillPerSecond: 1, maxKeys: 10 });
    expect(rl.take('t', 10_000)).toBe(true);
    expect(rl.take('t', 0)).toBe(false);
    expect(rl.take('t', 10_500)).toBe(false);
    expect(rl.take('t', 11_000)).toBe(true);
  });

  it('forgets the least recently used tab past maxKeys, and a forgotten tab on request', () => {
    const rl = new RateLimiter({ capacity: 1, refillPerSecond: 0, maxKeys: 2 });
    rl.take('a', 0);
    rl.take('b', 0);
    rl.take('a', 0); // refused, but touches a
    rl.take('c', 0); // evicts b
    expect(rl.size).toBe(2);
    expect(rl.take('b', 0)).toBe(true);
    rl.forget('c');
    expect(rl.take('c', 0)).toBe(true);
  });

  it('never allows more than capacity + elapsed * rate writes (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 300 }), (gaps) => {
        const rl = new RateLimiter(WRITE_LIMIT);
        let t = 0;
        let allowed = 0;
        for (const g of gaps) {
          t += g;
          if (rl.take(1, t)) allowed++;
        }
        expect(allowed).toBeLessThanOrEqual(WRITE_LIMIT.capacity + (t / 1000) * WRITE_LIMIT.refillPerSecond);
      }),
      { numRuns: 300 },
    );
  });

  it('lets a person browsing through: a profile every 5 s for 10 minutes, 3 writes each', () => {
    const calm = new RateLimiter(WRITE_LIMIT);
    let calmRefused = 0;
    for (let t = 0; t < 600_000; t += 5000) for (let k = 0; k < 3; k++) if (!calm.take(1, t + k * 100)) calmRefused++;
    expect(calmRefused).toBe(0);
  });
});
