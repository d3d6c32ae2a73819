/** Counts and ids as TikTok writes them, read defensively: anything odd becomes `undefined`, never NaN or < 0. */
import { DAY_S } from '../time';

/** A finite, non-negative count from a number or a decimal string; `undefined` otherwise. */
export function toCount(v: unknown): number | undefined {
  let n: number;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v)) n = Number(v);
  else if (typeof v === 'bigint') n = Number(v);
  else return undefined;
  // heartCount of large accounts can overflow to a negative number in `stats` (docs/tiktok-format.md): drop it.
  if (!Number.isFinite(n) || n < 0) return undefined;
  return Math.floor(n);
}

const SUFFIX: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9 };

/**
 * An abbreviated count as shown on the page: `0`, `842`, `200.5K`, `3.4M`, `1.2B`, also `1,234` and `1.234`
 * thousands separators and a decimal comma (`3,4M`) used by other locales.
 */
export function parseAbbreviatedCount(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  const t = text.replace(/\s+/g, '').toUpperCase();
  const m = /^(\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)([KMB])?$/.exec(t);
  if (!m?.[1]) return undefined;
  let digits = m[1];
  const suffix = m[2];
  if (suffix) {
    digits = digits.replace(',', '.');
  } else if (/^\d{1,3}([.,]\d{3})+$/.test(digits)) {
    digits = digits.replace(/[.,]/g, ''); // thousands separators
  } else {
    digits = digits.replace(',', '.');
  }
  const n = Number(digits) * (suffix ? (SUFFIX[suffix] ?? 1) : 1);
  return Number.isFinite(n) && n >= 0 ? Math.round(n) : undefined;
}

/**
 * Unix seconds encoded in a TikTok snowflake id (user or video): the top 32 bits of the 64-bit id
 * (docs/tiktok-format.md; the same layout yt-dlp's extractor uses for upload dates). Old musical.ly-era user ids
 * are not snowflakes: anything before TikTok's 2016 launch or after `nowSec` + 1 day is rejected.
 */
export function snowflakeSeconds(id: unknown, nowSec = Date.now() / 1000): number | undefined {
  if (typeof id !== 'string' && typeof id !== 'number') return undefined;
  const s = String(id);
  if (!/^\d{10,20}$/.test(s)) return undefined;
  let secs: number;
  try {
    secs = Number(BigInt(s) >> 32n);
  } catch {
    return undefined;
  }
  const TIKTOK_LAUNCH = 1472688000; // 2016-09-01, Douyin's launch: no snowflake is older
  return secs >= TIKTOK_LAUNCH && secs <= nowSec + DAY_S ? secs : undefined;
}
