/**
 * The account view's verdict history (`ui/verdict-history`): the computed verdict's changes kept on its verdict row
 * (verdict-changes.ts), when the account was first seen, and what a viewer said about its badge (viewer-say.ts).
 * The moderator's label actions travel with the account detail (account-views.ts); the page puts them together.
 */
import type { VerdictHistory } from '../protocol';
import type { LensDb } from './db';
import type { VerdictRowV4 } from './verdict-changes';
import { viewerReports } from './viewer-say';

export async function verdictHistory(db: LensDb, handle: string): Promise<VerdictHistory> {
  const [row, account, says] = await Promise.all([
    db.verdicts.get(handle) as Promise<VerdictRowV4 | undefined>,
    db.accounts.get(handle),
    viewerReports().catch(() => []),
  ]);
  const out: VerdictHistory = { changes: Array.isArray(row?.changes) ? row.changes : [] };
  if (account) {
    out.firstSeen = account.firstSeen;
    out.computed = { verdict: account.verdict, score: account.score };
  }
  const viewer = says.find((s) => s.handle === handle);
  if (viewer) out.viewer = viewer;
  return out;
}
