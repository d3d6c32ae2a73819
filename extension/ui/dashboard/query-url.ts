/**
 * The dashboard's place in the URL hash, so a view can be linked, reloaded, and come back to: `#account=<handle>`,
 * `#lists`, `#data`, or a list view with its query — `#queue?q=…&verdict=…&label=…&sort=…&dir=asc`, `#watch?…`,
 * `#?…` (all accounts). Only what differs from the view's defaults is written.
 */
import { DEFAULT_QUERY, type ListView, QUEUE_QUERY, SORT_KEYS, type SortKey, type TableQuery } from './filter';

export type View =
  | { kind: 'accounts'; query: TableQuery }
  | { kind: 'account'; handle: string }
  | { kind: 'lists' }
  | { kind: 'data' };

const defaultsOf = (view: ListView): TableQuery => (view === 'queue' ? QUEUE_QUERY : { ...DEFAULT_QUERY, view });

export function viewFromHash(hash: string): View {
  const h = hash.replace(/^#/, '');
  if (h.startsWith('account=')) return { kind: 'account', handle: decodeURIComponent(h.slice(8)) };
  if (h === 'lists' || h === 'data') return { kind: h };
  const [path = '', search = ''] = h.split('?');
  const view: ListView = path === 'queue' || path === 'watch' ? path : 'all';
  const p = new URLSearchParams(search);
  const d = defaultsOf(view);
  const sort = p.get('sort');
  const dir = p.get('dir');
  return {
    kind: 'accounts',
    query: {
      view,
      search: p.get('q') ?? d.search,
      verdict: p.get('verdict') ?? d.verdict,
      label: p.get('label') ?? d.label,
      sort: sort && (SORT_KEYS as string[]).includes(sort) ? (sort as SortKey) : d.sort,
      desc: dir === 'asc' ? false : dir === 'desc' ? true : d.desc,
    },
  };
}

export function hashOfQuery(q: TableQuery): string {
  const d = defaultsOf(q.view);
  const p = new URLSearchParams();
  if (q.search) p.set('q', q.search);
  if (q.verdict) p.set('verdict', q.verdict);
  if (q.label) p.set('label', q.label);
  if (q.sort !== d.sort) p.set('sort', q.sort);
  if (q.desc !== d.desc) p.set('dir', q.desc ? 'desc' : 'asc');
  const path = q.view === 'all' ? '' : q.view;
  const s = p.toString();
  return `#${path}${s ? `?${s}` : ''}`;
}
