/**
 * What the dashboard shows, read here (the background owns the database): the account table a page at a time,
 * followers per day, and one account's evidence. The table's rows carry the moderator's label applied, derived
 * once (label-history.ts `decisionOf`, `shownVerdict`).
 */
import { mergeTimelines, type TimelineEntry } from '../../src/history/timeline';
import { DAY_MS, HOUR_MS } from '../../src/time';
import type { AccountDetail, AccountListRow, AccountProfile, VisitSummary } from '../protocol';
import type { AccountRow, LensDb, ModLabelRow, ObservationRow } from './db';
import { canUndo, decisionOf, shownVerdict } from './label-history';
import { labelHistory, shownAssessment } from './moderator-labels';

/** Rows per `ui/accounts-page` answer at most: ~150 bytes each, a few MB per message (the cap is 64 MiB). */
export const MAX_PAGE = 25_000;

/** Accounts most recently seen first, `limit` of them from `offset`, with the label and watch state of each. */
export async function accountsPage(db: LensDb, offset: number, limit: number): Promise<{ rows: AccountListRow[] }> {
  const accounts = await db.accounts
    .orderBy('lastSeen')
    .reverse()
    .offset(offset)
    .limit(Math.min(limit, MAX_PAGE))
    .toArray();
  // Labels and pins are few: read whole (a bulkGet of 20,000 handles costs a request each).
  const [labels, watched] = await Promise.all([db.modLabels.toArray(), db.watchlist.toCollection().primaryKeys()]);
  const byHandle = new Map(labels.map((l) => [l.handle, l]));
  const pinned = new Set(watched);
  return { rows: accounts.map((a) => listRow(a, byHandle.get(a.handle), pinned.has(a.handle))) };
}

/**
 * How many accounts there are: asked for apart from the first page, which no longer waits for it (counting 100,000
 * rows took ~130 ms of the dashboard's first render: 284 against 150 ms in the bench, issue 8's ≤ 300 ms budget).
 */
export async function accountsCount(db: LensDb): Promise<{ total: number }> {
  return { total: await db.accounts.count() };
}

/** One table row: the account as shown, its moderator's label applied. */
export function listRow(a: AccountRow, label: ModLabelRow | undefined, watched: boolean): AccountListRow {
  const decision = label && decisionOf(label);
  const row: AccountListRow = {
    handle: a.handle,
    nickname: a.nickname ?? '',
    ...shownVerdict(a, decision),
    computed: a.verdict,
    lastSeen: a.lastSeen,
    watched,
  };
  if (a.followers !== undefined) row.followers = a.followers;
  if (decision) row.label = decision;
  return row;
}

/** The rows of these accounts (those in the database), as a page would give them. */
export async function rowsOf(db: LensDb, handles: readonly string[]): Promise<AccountListRow[]> {
  const [accounts, labels, pins] = await Promise.all([
    db.accounts.bulkGet([...handles]),
    db.modLabels.bulkGet([...handles]),
    db.watchlist.bulkGet([...handles]),
  ]);
  return accounts.flatMap((a, i) => (a ? [listRow(a, labels[i], pins[i] !== undefined)] : []));
}

/**
 * Followers per day per account, between its first and latest reading with a follower count (at least an hour
 * apart). One pass over the observations: the slow part at 100,000 accounts, asked for after the table shows.
 */
export async function accountsGrowth(db: LensDb): Promise<[string, number][]> {
  const first = new Map<string, [number, number]>();
  const last = new Map<string, [number, number]>();
  await db.observations.each((o) => {
    const f = o.stats?.followers;
    if (f === undefined) return;
    const a = first.get(o.handle);
    if (!a || o.observedAt < a[0]) first.set(o.handle, [o.observedAt, f]);
    const b = last.get(o.handle);
    if (!b || o.observedAt > b[0]) last.set(o.handle, [o.observedAt, f]);
  });
  const out: [string, number][] = [];
  for (const [h, [t0, f0]] of first) {
    const [t1, f1] = last.get(h) ?? [t0, f0];
    if (t1 - t0 >= HOUR_MS) out.push([h, ((f1 - f0) / (t1 - t0)) * DAY_MS]);
  }
  return out;
}

function visitOf(o: ObservationRow): VisitSummary {
  const v: VisitSummary = { observedAt: o.observedAt, source: o.source, status: o.status };
  if (o.id !== undefined) v.id = o.id;
  if (o.stats) v.stats = o.stats;
  if (o.labelled !== undefined) v.labelled = o.labelled;
  if (o.label?.text) v.label = { text: o.label.text };
  return v;
}

/** Everything the account view shows, in one answer. */
export async function accountDetail(db: LensDb, handle: string): Promise<AccountDetail> {
  const [account, observations, notes, labelEvents, watch, assessment, history] = await Promise.all([
    db.accounts.get(handle),
    db.observations.where('[handle+observedAt]').between([handle, 0], [handle, Number.MAX_SAFE_INTEGER]).toArray(),
    db.notes.where('handle').equals(handle).sortBy('at'),
    db.labelEvents.where('[handle+at]').between([handle, 0], [handle, Number.MAX_SAFE_INTEGER]).toArray(),
    db.watchlist.get(handle),
    shownAssessment(db, handle),
    labelHistory(db, handle),
  ]);
  // Every post any visit saw, newest views winning: the timeline from video ids.
  let posts: TimelineEntry[] = [];
  for (const o of observations) posts = mergeTimelines(posts, o.timeline, 10_000);
  const detail: AccountDetail = {
    observations: observations.map(visitOf),
    posts,
    notes: notes.map((n) => ({ ...(n.id === undefined ? {} : { id: n.id }), text: n.text, at: n.at, by: n.by })),
    labelEvents: labelEvents.map(({ at, labelled, text, via }) => ({ at, labelled, via, ...(text ? { text } : {}) })),
    history,
    canUndo: canUndo(history),
    watched: watch !== undefined,
  };
  if (account?.nickname) detail.nickname = account.nickname;
  const u = account?.user;
  if (u) {
    const profile: AccountProfile = {};
    if (u.signature) profile.bio = u.signature;
    if (u.bioLink) profile.link = u.bioLink;
    if (u.region) profile.region = u.region;
    if (u.createTime) profile.createdAt = u.createTime;
    if (u.verified !== undefined) profile.verified = u.verified;
    detail.profile = profile;
  }
  if (assessment) detail.assessment = assessment;
  return detail;
}
