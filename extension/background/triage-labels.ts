/**
 * Bulk moderator decisions for the triage queue, through moderator-labels.ts (the one writer of labels): each
 * account gets the same action, stamped with one time that names the batch; its undo pops that action only where
 * it is still the account's latest (a later decision on one account is not undone by the batch's undo).
 */
import type { AccountListRow, LabelAction } from '../protocol';
import { rowsOf } from './account-views';
import type { LensDb } from './db';
import { applyAction, broadcastLabel, labelHistory } from './moderator-labels';

/** Accounts per bulk decision at most: a queue's worth; broadcasting each to the tabs costs a little. */
export const MAX_BULK = 2_000;

async function told(db: LensDb, handles: readonly string[]): Promise<void> {
  // Open profiles follow the new label (the badge changes without a reload); a tab that fails is no failure here.
  await Promise.all(handles.map((h) => broadcastLabel(db, h).catch(() => undefined)));
}

/** Apply `action` (a label) to every account; the rows as they now show. */
export async function bulkLabel(
  db: LensDb,
  handles: readonly string[],
  action: LabelAction,
): Promise<{ at: number; rows: AccountListRow[] }> {
  for (const h of handles) await applyAction(db, h, { ...action });
  await told(db, handles);
  return { at: action.at, rows: await rowsOf(db, handles) };
}

/** Undo the batch made at `at`, for each account whose latest action is still that batch's. */
export async function bulkUndo(
  db: LensDb,
  handles: readonly string[],
  at: number,
  undo: LabelAction,
): Promise<{ rows: AccountListRow[] }> {
  const undone: string[] = [];
  for (const h of handles) {
    const last = (await labelHistory(db, h)).at(-1);
    if (last?.action !== 'label' || last.at !== at) continue;
    await applyAction(db, h, { ...undo });
    undone.push(h);
  }
  await told(db, undone);
  return { rows: await rowsOf(db, handles) };
}
