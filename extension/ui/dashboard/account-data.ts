/** Everything the account view shows, read from the database in one go. */
import { mergeTimelines, type TimelineEntry } from '../../../src/history/timeline';
import type { AccountRow, LabelEventRow, NoteRow, ObservationRow, WatchRow } from '../../background/db';
import type { LabelAction, LabelledAssessment } from '../../background/label-history';
import { ask } from '../shared/send';
import { openDb } from './data';

export interface AccountData {
  account?: AccountRow;
  assessment?: LabelledAssessment;
  observations: ObservationRow[];
  posts: TimelineEntry[];
  notes: (NoteRow & { by?: string })[];
  labelEvents: LabelEventRow[];
  history: LabelAction[];
  canUndo: boolean;
  watch?: WatchRow;
}

export async function loadAccount(handle: string): Promise<AccountData> {
  const db = openDb();
  const [account, observations, notes, labelEvents, watch, shown, hist] = await Promise.all([
    db.accounts.get(handle),
    db.observations.where('[handle+observedAt]').between([handle, 0], [handle, Number.MAX_SAFE_INTEGER]).toArray(),
    db.notes.where('handle').equals(handle).sortBy('at'),
    db.labelEvents.where('[handle+at]').between([handle, 0], [handle, Number.MAX_SAFE_INTEGER]).toArray(),
    db.watchlist.get(handle),
    ask({ type: 'ui/account', handle }),
    ask({ type: 'ui/label-history', handle }),
  ]);
  // Every post any visit saw, newest views winning: the timeline from video ids.
  let posts: TimelineEntry[] = [];
  for (const o of observations) posts = mergeTimelines(posts, o.timeline, 10_000);
  const data: AccountData = {
    observations,
    posts,
    notes,
    labelEvents,
    history: hist.history,
    canUndo: hist.canUndo,
  };
  if (account) data.account = account;
  if (shown.assessment) data.assessment = shown.assessment;
  if (watch) data.watch = watch;
  return data;
}
