/** Lengths of time, defined once for src/, scripts/, tests/ and extension/. */

/** A minute in milliseconds. */
export const MINUTE_MS = 60_000;
/** An hour in milliseconds. */
export const HOUR_MS = 60 * MINUTE_MS;
/** A day in milliseconds. */
export const DAY_MS = 24 * HOUR_MS;
/** A day in seconds (TikTok's `createTime` and the user id snowflake count seconds). */
export const DAY_S = DAY_MS / 1000;
/** An hour in seconds. */
export const HOUR_S = HOUR_MS / 1000;
