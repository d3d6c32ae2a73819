/**
 * TikTok handles: letters, digits, `_` and `.`, 1 to 24 characters, case-insensitive, written with or without a
 * leading `@`. One rule for every place that takes a handle from outside (a page, a message, a file, the CLI).
 */
import { normaliseHandle } from './observation';

export { normaliseHandle };

/** Longest handle TikTok allows. */
export const MAX_HANDLE_LENGTH = 24;

const HANDLE = /^[A-Za-z0-9_.]{1,24}$/;

/** Whether `raw` is a TikTok handle (an optional leading `@` aside). */
export function isValidHandle(raw: unknown): boolean {
  return typeof raw === 'string' && HANDLE.test(raw.startsWith('@') ? raw.slice(1) : raw);
}
