import { describe, expect, it } from 'vitest';
import { parseAbbreviatedCount, snowflakeSeconds, toCount } from '../../src/tiktok/numbers';
import { handleFromProfileUrl } from '../../src/tiktok/observation';
import { DAY_S } from '../../src/time';

describe('abbreviated counts', () => {
  it.each([
    ['0', 0],
    ['842', 842],
    ['200.5K', 200_500],
    ['3.4M', 3_400_000],
    ['1.2B', 1_200_000_000],
    ['12K', 12_000],
    ['3,4M', 3_400_000],
    ['1,234', 1234],
    ['1.234.567', 1_234_567],
    [' 57.3K ', 57_300],
  ])('%s -> %d', (text, n) => expect(parseAbbreviatedCount(text)).toBe(n));

  it.each(['', 'abc', '-5', '1.2.3K', 'NaN', '∞', '5KK'])('rejects %j', (text) =>
    expect(parseAbbreviatedCount(text)).toBeUndefined(),
  );
});

describe('counts from JSON', () => {
  it('accepts exact decimal strings and numbers', () => {
    expect(toCount('201344')).toBe(201344);
    expect(toCount(42)).toBe(42);
  });
  it('drops overflowed negatives, non-finite and non-numeric values', () => {
    expect(toCount(-2147483648)).toBeUndefined();
    expect(toCount(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(toCount('12abc')).toBeUndefined();
    expect(toCount(null)).toBeUndefined();
  });
});

describe('snowflake ids', () => {
  it('reads the creation time from the top 32 bits', () => {
    const secs = 1_700_000_000;
    const id = ((BigInt(secs) << 32n) | 123456n).toString();
    expect(snowflakeSeconds(id, secs + 10)).toBe(secs);
  });
  it('rejects pre-snowflake ids and ids from the future', () => {
    expect(snowflakeSeconds('6712345')).toBeUndefined();
    const future = ((BigInt(Math.floor(Date.now() / 1000) + 10 * DAY_S) << 32n) | 1n).toString();
    expect(snowflakeSeconds(future)).toBeUndefined();
    expect(snowflakeSeconds('not-a-number')).toBeUndefined();
  });
});

describe('profile URLs', () => {
  it.each([
    ['https://www.tiktok.com/@northkoreanlife', 'northkoreanlife'],
    ['https://www.tiktok.com/@Some.User/?lang=en', 'some.user'],
    ['https://www.tiktok.com/@a%20b', 'a b'],
  ])('%s', (url, handle) => expect(handleFromProfileUrl(url)).toBe(handle));
  it.each(['https://www.tiktok.com/', 'https://www.tiktok.com/@x/video/123', 'https://www.tiktok.com/foryou'])(
    'not a profile: %s',
    (url) => expect(handleFromProfileUrl(url)).toBeUndefined(),
  );
});
