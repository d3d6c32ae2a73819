/** Sorting and filtering of the account table: pure, so it is tested and timed without a browser. */
import type { AccountListRow } from './data';

export type SortKey = 'handle' | 'verdict' | 'score' | 'followers' | 'growth' | 'lastSeen' | 'label' | 'watched';

export interface TableQuery {
  search: string;
  verdict: string; // '' = any
  label: string; // '' any, 'none', or a decision
  watchedOnly: boolean;
  sort: SortKey;
  desc: boolean;
}

export const DEFAULT_QUERY: TableQuery = {
  search: '',
  verdict: '',
  label: '',
  watchedOnly: false,
  sort: 'lastSeen',
  desc: true,
};

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

export function applyQuery(rows: readonly AccountListRow[], q: TableQuery): AccountListRow[] {
  const needle = q.search.trim().toLowerCase().replace(/^@/, '');
  const out = rows.filter(
    (r) =>
      (!q.verdict || r.verdict === q.verdict) &&
      (!q.label || (q.label === 'none' ? !r.label : r.label === q.label)) &&
      (!q.watchedOnly || r.watched) &&
      (!needle || r.handle.includes(needle) || r.nickname.toLowerCase().includes(needle)),
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
