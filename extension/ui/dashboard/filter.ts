/**
 * Sorting and filtering of the account table: pure, so it is tested and timed without a browser. The query lives
 * in the URL (query-url.ts) so it survives opening an account and coming back.
 */
import type { AccountListRow } from './data';

export type SortKey = 'handle' | 'verdict' | 'score' | 'followers' | 'growth' | 'lastSeen' | 'label' | 'watched';
export const SORT_KEYS: readonly SortKey[] = [
  'handle',
  'verdict',
  'score',
  'followers',
  'growth',
  'lastSeen',
  'label',
  'watched',
];

/** Which accounts: all, the moderator queue (flagged or reported, not yet decided), or the watchlist. */
export type ListView = 'all' | 'queue' | 'watch';

export interface TableQuery {
  view: ListView;
  search: string;
  verdict: string; // '' = any
  label: string; // '' any, 'none', or a decision
  sort: SortKey;
  desc: boolean;
}

export const DEFAULT_QUERY: TableQuery = {
  view: 'all',
  search: '',
  verdict: '',
  label: '',
  sort: 'lastSeen',
  desc: true,
};

/** The queue's default order: strongest calls first. */
export const QUEUE_QUERY: TableQuery = { ...DEFAULT_QUERY, view: 'queue', sort: 'score' };

/** Verdicts that put an undecided account in the moderator queue (docs/design.md's flagged verdicts). */
export const FLAGGED = new Set(['state-media', 'suspected', 'unusual']);

/** What the background adds to a query: search hits beyond handle and nickname, and viewers' reports. */
export interface QueryContext {
  /** Handles whose bio, link domain, country, outlet or signals match the search (extension/background/triage.ts). */
  deep?: ReadonlySet<string>;
  reported?: ReadonlySet<string>;
}

const VERDICT_ORDER: Record<string, number> = { 'state-media': 4, suspected: 3, unusual: 2, clear: 1, unknown: 0 };

function key(r: AccountListRow, k: SortKey): number | string {
  switch (k) {
    case 'handle':
      return r.handle;
    case 'verdict':
      return VERDICT_ORDER[r.verdict] ?? 0;
    case 'label':
      return r.label ?? '';
    case 'watched':
      return r.watched ? 1 : 0;
    default:
      // Unknown numbers sort below every known one, whichever the direction.
      return r[k] ?? Number.NEGATIVE_INFINITY;
  }
}

/** In the queue: flagged by the computed verdict or reported by a viewer, and no moderator decision yet. */
export function inQueue(r: AccountListRow, reported?: ReadonlySet<string>): boolean {
  return !r.label && (FLAGGED.has(r.computed) || Boolean(reported?.has(r.handle)));
}

export function applyQuery(rows: readonly AccountListRow[], q: TableQuery, ctx: QueryContext = {}): AccountListRow[] {
  const words = q.search
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/^@/, ''));
  const out = rows.filter(
    (r) =>
      (q.view !== 'queue' || inQueue(r, ctx.reported)) &&
      (q.view !== 'watch' || r.watched) &&
      (!q.verdict || r.verdict === q.verdict) &&
      (!q.label || (q.label === 'none' ? !r.label : r.label === q.label)) &&
      (!words.length ||
        ctx.deep?.has(r.handle) ||
        words.every((w) => r.handle.includes(w) || r.nickname.toLowerCase().includes(w))),
  );
  const dir = q.desc ? -1 : 1;
  const keys = new Map(out.map((r) => [r, key(r, q.sort)]));
  return out.sort((a, b) => {
    const x = keys.get(a)!;
    const y = keys.get(b)!;
    if (x < y) return -dir;
    if (x > y) return dir;
    return a.handle < b.handle ? -1 : 1;
  });
}
