/** The account list: search, filters and the virtualised table. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { DECISIONS, type Verdict } from '../../protocol';
import { DECISION_TEXT } from '../shared/decisions';
import { VERDICT_TEXT } from '../shared/verdict';
import { type AccountListRow, loadAll, loadFirst, loadGrowth } from './data';

const VERDICTS = ['state-media', 'suspected', 'unusual', 'clear', 'unknown'] as const satisfies readonly Verdict[];

const FIRST_SCREEN = 100;

import { applyQuery, DEFAULT_QUERY, type SortKey, type TableQuery } from './filter';
import { AccountTable } from './Table';

export function Accounts({ onOpen }: { onOpen(handle: string): void }) {
  const [rows, setRows] = useState<AccountListRow[] | undefined>();
  const [error, setError] = useState('');
  const [query, setQuery] = useState<TableQuery>(DEFAULT_QUERY);
  /** While only the first screen is read: how many accounts there are in all. */
  const [pending, setPending] = useState<number | undefined>();

  useEffect(() => {
    let live = true;
    const t0 = performance.now();
    // Reading 100,000 rows takes seconds: show the most recent screenful first, then everything.
    loadFirst(FIRST_SCREEN)
      .then(({ rows: firstRows, total }) => {
        if (!live) return;
        if (total > firstRows.length) {
          setRows(firstRows);
          setPending(total);
        }
        // Read by the e2e test: time from the page's script start to the first rows.
        document.documentElement.dataset.firstRowsMs = String(Math.round(performance.now() - t0));
        return total > firstRows.length ? loadAll(total) : firstRows;
      })
      .then(async (r) => {
        if (!live || !r) return;
        setRows(r);
        setPending(undefined);
        document.documentElement.dataset.rowsMs = String(Math.round(performance.now() - t0));
        const growth = await loadGrowth();
        if (live) setRows(r.map((x) => (growth.has(x.handle) ? { ...x, growth: growth.get(x.handle)! } : x)));
      })
      .catch((e: Error) => setError(e.message));
    return () => {
      live = false;
    };
  }, []);

  const shown = useMemo(() => (rows ? applyQuery(rows, query) : []), [rows, query]);
  const set = (patch: Partial<TableQuery>) => setQuery({ ...query, ...patch });
  const sort = (k: SortKey) => set(query.sort === k ? { desc: !query.desc } : { sort: k, desc: k !== 'handle' });

  if (error) return <p class="error">Could not read the database: {error}</p>;
  if (!rows) return <p aria-live="polite">Loading accounts…</p>;
  return (
    <section aria-labelledby="accounts-h" class="accounts-view">
      <h2 id="accounts-h">Observed accounts</h2>
      <div class="filters">
        <label>
          Search <input type="search" value={query.search} onInput={(e) => set({ search: e.currentTarget.value })} />
        </label>
        <label>
          Verdict{' '}
          <select value={query.verdict} onChange={(e) => set({ verdict: e.currentTarget.value })}>
            <option value="">any</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {VERDICT_TEXT[v]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Label{' '}
          <select value={query.label} onChange={(e) => set({ label: e.currentTarget.value })}>
            <option value="">any</option>
            <option value="none">no label</option>
            {DECISIONS.map((d) => (
              <option key={d} value={d}>
                {DECISION_TEXT[d]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={query.watchedOnly}
            onChange={(e) => set({ watchedOnly: e.currentTarget.checked })}
          />{' '}
          Watched only
        </label>
        <span class="muted" aria-live="polite">
          {pending
            ? `Showing the ${rows.length} most recent of ${pending.toLocaleString('en-US')} accounts; reading the rest…`
            : `${shown.length.toLocaleString('en-US')} of ${rows.length.toLocaleString('en-US')} accounts`}
        </span>
      </div>
      {rows.length === 0 ? (
        <p>No accounts yet. Visit TikTok profiles and they appear here with their verdicts.</p>
      ) : (
        <AccountTable rows={shown} query={query} onSort={sort} onOpen={onOpen} />
      )}
    </section>
  );
}
