/**
 * Batch lookup for the feed, video and search badges: what the cache already holds about a few handles. Read-only
 * and cheap (one bulkGet per table); the handles come from a hostile page, so they are checked and bounded here.
 */
import type { Assessment } from '../../src/verdict';
import type { LookupEntry, LookupResponse } from '../messages';
import type { LensDb } from './db';
import { MAX_HANDLE } from './validate';

/** Handles per request: a screenful of feed cards and comments is well under this. */
export const MAX_LOOKUP = 100;
const HANDLE = /^[\p{L}\p{N}._-]+$/u;

/** The request's handles, lower-cased and deduplicated; undefined when the request is malformed or too big. */
export function validLookup(raw: unknown): string[] | undefined {
  if (!Array.isArray(raw) || raw.length > MAX_LOOKUP) return undefined;
  const out = new Set<string>();
  for (const h of raw) {
    if (typeof h !== 'string' || h.length === 0 || h.length > MAX_HANDLE || !HANDLE.test(h)) return undefined;
    out.add(h.toLowerCase());
  }
  return [...out];
}

export async function lookupAccounts(db: LensDb, handles: string[]): Promise<LookupResponse> {
  // The verdicts table (schema v2) keeps the full assessment; an older database simply has none to show.
  const verdicts = db.tables.find((t) => t.name === 'verdicts');
  // Both reads at once: this answer is on the path to the first badge of a page.
  const [rows, kept] = await Promise.all([
    db.accounts.bulkGet(handles),
    verdicts ? verdicts.bulkGet(handles).catch(() => [] as unknown[]) : ([] as unknown[]),
  ]);
  const accounts: LookupEntry[] = [];
  rows.forEach((row, i) => {
    if (!row) return;
    const entry: LookupEntry = { handle: row.handle, verdict: row.verdict, score: row.score, lastSeen: row.lastSeen };
    const a = (kept[i] as { assessment?: Assessment } | undefined)?.assessment;
    // Only an assessment that agrees with the row: a moderator's label may have overridden the computed verdict.
    if (a && a.handle === row.handle && a.verdict === row.verdict) entry.assessment = a;
    accounts.push(entry);
  });
  return { accounts };
}
