/**
 * Batch lookup for the feed, video and search badges: what the cache already holds about a few handles. Cheap (one
 * bulkGet per table), and current: a stale verdict is re-assessed before it is answered. The handles come from a
 * hostile page, so they are checked and bounded here.
 */
import * as v from 'valibot';
import type { ContentToBackground, LookupEntry, ResponseOf } from '../protocol';
import type { LensDb, ModLabelRow } from './db';
import {
  contextOf,
  isStale,
  type Reassessed,
  type RecordExtras,
  reassessOnly,
  type StoredAccount,
  storeReassessed,
} from './record';
import { LookupSchema } from './validate';

/** The request's handles, lower-cased and deduplicated; undefined when the request is malformed or too big. */
export function validLookup(raw: unknown): string[] | undefined {
  const r = v.safeParse(LookupSchema, raw);
  return r.success ? r.output : undefined;
}

/** What the lookup needs to keep its answers current (index.ts passes it; without it, answers are as stored). */
export interface Freshness {
  /** The assess() options of the moment (settings.ts `assessExtras`), read alongside the rows. */
  extras: RecordExtras | Promise<RecordExtras>;
  now?: number;
  /** The re-assessments that changed an account's verdict, to tell the other tabs. */
  onChanged?: (changed: Reassessed[]) => unknown;
}

/**
 * The lookup's answer; with `fresh`, also the moderator labels it read alongside (by handle), so that applying them
 * (moderator-labels.ts `labelLookup`) needs no second read. Only the answer goes to the page.
 */
export type LookupResult = ResponseOf<ContentToBackground, 'content/lookup'> & { labels?: Map<string, ModLabelRow> };

/**
 * The cached verdicts of these handles. With `fresh`, a verdict made under other rules, lists or options, or
 * before the moderator label now in force, is re-assessed from the stored visit before it is answered (record.ts
 * `reassessOnly`): a badge never shows a call the current rules would not make. If re-assessing fails, the stale
 * verdict is left out rather than shown. The answer does not wait for the re-assessments to be stored.
 */
export async function lookupAccounts(db: LensDb, handles: string[], fresh?: Freshness): Promise<LookupResult> {
  // Every read at once, in one transaction: this answer is on the path to the first badge of a page, and each
  // IndexedDB transaction is a round trip (issue 15). The options come from their own cache (settings.ts).
  const [[rows, kept, labels], extras] = await Promise.all([
    db.transaction('r', [db.accounts, db.verdicts, db.modLabels], () =>
      Promise.all([
        db.accounts.bulkGet(handles),
        db.verdicts.bulkGet(handles),
        fresh ? db.modLabels.bulkGet(handles) : [],
      ]),
    ),
    fresh?.extras,
  ]);
  const stored: (StoredAccount | undefined)[] = rows.map((account, i) => {
    if (!account) return undefined;
    const s: StoredAccount = { account };
    const verdict = kept[i];
    const label = labels[i];
    if (verdict) s.verdict = verdict;
    if (label) s.label = label;
    return s;
  });
  if (extras) {
    const ctx = contextOf(extras);
    const stale = stored.filter((s): s is StoredAccount => s !== undefined && isStale(s, ctx));
    if (stale.length) {
      const redone = new Map<string, Reassessed>();
      try {
        const out = await reassessOnly(db, stale, extras, fresh?.now ?? Date.now());
        for (const r of out) redone.set(r.handle, r);
        // Answered without waiting for the write (the badges wait for this answer); a later read sees it.
        void storeReassessed(db, stale, out).catch(() => undefined);
      } catch {
        // Nothing to answer with but calls of other rules: those accounts go unanswered this time.
      }
      stored.forEach((s, i) => {
        if (!s || !stale.includes(s)) return;
        const r = redone.get(s.account.handle);
        stored[i] = r ? { account: r.account, verdict: r.row } : undefined;
      });
      const changed = [...redone.values()].filter((r) => r.row.verdict !== r.before.verdict);
      if (changed.length) fresh?.onChanged?.(changed);
    }
  }
  const accounts: LookupEntry[] = [];
  const labelled = new Map<string, ModLabelRow>();
  for (const [i, label] of labels.entries()) if (label) labelled.set(handles[i] as string, label);
  for (const s of stored) {
    if (!s) continue;
    const { account: row } = s;
    const entry: LookupEntry = { handle: row.handle, verdict: row.verdict, score: row.score, lastSeen: row.lastSeen };
    const a = s.verdict?.assessment;
    // Only an assessment that agrees with the row: a moderator's label may have overridden the computed verdict.
    if (a && a.handle === row.handle && a.verdict === row.verdict) entry.assessment = a;
    accounts.push(entry);
  }
  return fresh ? { accounts, labels: labelled } : { accounts };
}
