/**
 * The moderator queue's background reads (issue 16): search beyond handle and nickname (bio, bio-link domain,
 * country, outlet, signal), the watchlist with each account's next check, viewers' reports, and the CSV of a
 * filtered view through the one CSV writer (csv.ts). The table's rows themselves come from account-views.ts.
 */
import { hostOf, outletForLink } from '../../src/lists/registry/match-domain';
import type { TriageInfo, WatchInfo } from '../protocol';
import { accountsCsv } from './csv';
import type { AccountRow, LensDb, VerdictRow, WatchRow } from './db';
import { SCHEDULE, type SchedulerState } from './schedule';
import { assessExtras } from './settings';
import { viewerReports } from './viewer-say';
import { loadState } from './watchlist';

/** Handles per search answer at most (a table of 100,000 accounts can match them all). */
export const MAX_SEARCH_HITS = 100_000;

/** Accounts viewers marked as "looks wrong" on the popover (viewer-say.ts), newest first: they join the queue. */
export async function reportedHandles(): Promise<string[]> {
  return (await viewerReports()).filter((r) => r.wrong !== undefined).map((r) => r.handle);
}

/** Country and state names for a code, in English and the moderator's language (Intl, cached per code). */
function regionNamer(locale: string | undefined): (code: string) => string {
  const cache = new Map<string, string>();
  const namers = [locale, 'en'].flatMap((l) => {
    try {
      return l ? [new Intl.DisplayNames([l], { type: 'region' })] : [];
    } catch {
      return [];
    }
  });
  return (code) => {
    let s = cache.get(code);
    if (s === undefined) {
      s = [code, ...namers.map((n) => safeName(n, code))].join(' ');
      cache.set(code, s);
    }
    return s;
  };
}

function safeName(n: Intl.DisplayNames, code: string): string {
  try {
    return n.of(code.toUpperCase()) ?? '';
  } catch {
    return ''; // not a region code
  }
}

/** Every word of the query must appear (case-insensitively) somewhere in the account's searchable text. */
export function matchesAll(haystack: string, words: readonly string[]): boolean {
  return words.every((w) => haystack.includes(w));
}

export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^@/, ''))
    .filter(Boolean);
}

/**
 * The searchable text of an account: handle, nickname, bio, bio link and its host, the region TikTok gives (code
 * and names), the list entry naming it (outlet, state, country), the outlet its link's domain belongs to, and the
 * ids and evidence of the signals that scored.
 */
export function searchText(
  a: AccountRow,
  signals: string | undefined,
  facts: { listed?: string; region: (code: string) => string },
): string {
  const u = a.user;
  const parts = [a.handle, a.nickname ?? '', u?.signature ?? '', u?.bioLink ?? ''];
  const host = u?.bioLink ? hostOf(u.bioLink) : undefined;
  if (host) parts.push(host);
  const outlet = u?.bioLink ? outletForLink(u.bioLink) : undefined;
  if (outlet) parts.push(outlet.outlet.name, facts.region(outlet.outlet.state));
  if (u?.region) parts.push(facts.region(u.region));
  if (facts.listed) parts.push(facts.listed);
  if (signals) parts.push(signals);
  return parts.join('\n').toLowerCase();
}

/** The ids and evidence of the signals that scored: all a search needs of a verdict row (kept, not the row). */
function scoredSignals(v: VerdictRow): string {
  return v.assessment.signals
    .filter((s) => s.points > 0)
    .map((s) => `${s.id} ${s.evidence}`)
    .join('\n');
}

/**
 * The handles whose searchable text holds every word of `query`, most recently seen first — less those whose handle
 * and nickname alone hold every word: the dashboard finds those itself (extension/ui/dashboard/filter.ts), so they would only cost a copy.
 */
export async function searchHandles(db: LensDb, query: string, locale?: string): Promise<string[]> {
  const words = queryWords(query);
  if (!words.length) return [];
  const extras = await assessExtras(db);
  // Verdict rows are large (every signal with its evidence): read one at a time, keeping only what scored.
  const signals = new Map<string, string>();
  await db.verdicts.each((v) => {
    const text = scoredSignals(v);
    if (text) signals.set(v.handle, text);
  });
  const region = regionNamer(locale);
  const hits: string[] = [];
  await db.accounts
    .orderBy('lastSeen')
    .reverse()
    .each((a) => {
      if (hits.length >= MAX_SEARCH_HITS) return;
      const nick = (a.nickname ?? '').toLowerCase();
      if (words.every((w) => a.handle.includes(w) || nick.includes(w))) return;
      const l = extras.lookupList?.(a.handle);
      const listed = l ? [l.outlet, l.state && region(l.state), l.country, l.list].filter(Boolean).join(' ') : '';
      if (matchesAll(searchText(a, signals.get(a.handle), { listed, region }), words)) hits.push(a.handle);
    });
  return hits;
}

/**
 * When each watched account will be read at the earliest: the scheduler takes the most overdue first, one a minute
 * (schedule.ts `nextAction`), after any backoff; so the k-th in line waits for the k before it.
 */
export function watchSchedule(state: SchedulerState, rows: readonly WatchRow[], now: number): WatchInfo[] {
  const order = [...rows].sort((a, b) => a.nextCheckAt - b.nextCheckAt || a.handle.localeCompare(b.handle));
  let slot = Math.max(
    now,
    state.lastRequestAt === undefined ? 0 : state.lastRequestAt + SCHEDULE.minGapMs,
    state.backoffUntil ?? 0,
  );
  return order.map((r) => {
    const at = Math.max(slot, r.nextCheckAt);
    slot = at + SCHEDULE.minGapMs;
    const w: WatchInfo = { handle: r.handle, addedAt: r.addedAt, nextCheckAt: at, failures: r.failures };
    if (r.lastCheckedAt !== undefined) w.lastCheckedAt = r.lastCheckedAt;
    if (r.lastStatus !== undefined) w.lastStatus = r.lastStatus;
    return w;
  });
}

export async function triageInfo(db: LensDb, now: number): Promise<TriageInfo> {
  const [reported, rows, state] = await Promise.all([reportedHandles(), db.watchlist.toArray(), loadState(db)]);
  return { reported, watch: watchSchedule(state, rows, now), watchEnabled: state.enabled };
}

/** The CSV of these accounts, in this order (the filtered view), written by csv.ts like the full export. */
export async function triageCsv(db: LensDb, handles: readonly string[]): Promise<{ csv: string }> {
  const keys = [...handles];
  const [accounts, verdicts, labels] = await Promise.all([
    db.accounts.bulkGet(keys),
    db.verdicts.bulkGet(keys),
    db.modLabels.bulkGet(keys),
  ]);
  const rows = accounts.flatMap((account, i) => (account ? [{ account, verdict: verdicts[i], label: labels[i] }] : []));
  return { csv: accountsCsv(rows) };
}
