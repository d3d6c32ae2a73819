/**
 * The account list in its three views (queue, all, watchlist): search, filters, selection with bulk decisions,
 * export of what is shown, and the virtualised table. The query comes from the URL (App, query-url.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DECISIONS, type TriageInfo, type Verdict } from '../../protocol';
import { t, tn } from '../shared/i18n';
import { send } from '../shared/send';
import { BulkBar } from './BulkBar';
import { ColumnHelp } from './ColumnHelp';
import { type AccountListRow, loadAll, loadCount, loadFirst, loadGrowth } from './data';
import { applyQuery, type SortKey, type TableQuery } from './filter';
import { decisionName, locale, num, verdictName } from './format';
import { AccountTable } from './Table';
import { WatchTable } from './WatchTable';

const VERDICTS = ['state-media', 'suspected', 'unusual', 'clear', 'unknown'] as const satisfies readonly Verdict[];

const FIRST_SCREEN = 100;
/** Wait after the last keystroke before asking the background to search bios, domains and signals. */
const SEARCH_DEBOUNCE_MS = 250;

interface Props {
  query: TableQuery;
  /** False while an account is open over the list (the list stays mounted, hidden). */
  active: boolean;
  onQuery(q: TableQuery): void;
  onOpen(handle: string): void;
}

export function Accounts({ query, active, onQuery, onOpen }: Props) {
  const [rows, setRows] = useState<AccountListRow[] | undefined>();
  const [error, setError] = useState('');
  /** While only the first screen is read: how many accounts there are in all (null: not counted yet). */
  const [pending, setPending] = useState<number | null | undefined>();
  const [info, setInfo] = useState<TriageInfo>({ reported: [], watch: [], watchEnabled: true });
  const [deep, setDeep] = useState<Set<string> | undefined>();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [loads, setLoads] = useState(0);
  const wasActive = useRef(active);

  // Coming back from an account: read the rows again (a decision may have been made there), keeping these meanwhile.
  useEffect(() => {
    if (active && !wasActive.current) setLoads((n) => n + 1);
    wasActive.current = active;
  }, [active]);

  useEffect(() => {
    let live = true;
    const t0 = performance.now();
    // Reading 100,000 rows takes seconds: show the most recent screenful first, then everything.
    loadFirst(FIRST_SCREEN)
      .then((firstRows) => {
        if (!live) return;
        // A full first screen may have more behind it: shown now, before the count (a second message) is known.
        const more = firstRows.length >= FIRST_SCREEN;
        if (more) {
          setRows((old) => old ?? firstRows);
          setPending(null);
        }
        // Read by the e2e test: time from the page's script start to the first rows.
        document.documentElement.dataset.firstRowsMs = String(Math.round(performance.now() - t0));
        if (!more) return firstRows;
        return loadCount().then((total) => {
          if (live && total > firstRows.length) setPending(total);
          return total > firstRows.length ? loadAll(total) : firstRows;
        });
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
    void send('ui/triage-info')
      .then((i) => live && setInfo(i))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [loads]);

  // Bios, link domains, countries, outlets and signals are searched by the background (extension/background/triage.ts).
  useEffect(() => {
    const q = query.search.trim();
    if (!q) {
      setDeep(undefined);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      void send('ui/triage-search', { query: q, locale: locale ?? 'en' })
        // Nothing beyond what the table finds itself (the usual case): no new state, so no second filtering pass.
        .then((r) => live && setDeep((old) => (r.handles.length || old?.size ? new Set(r.handles) : old)))
        .catch(() => undefined);
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query.search, loads]);

  const reported = useMemo(() => new Set(info.reported), [info]);
  const shown = useMemo(
    () => (rows ? applyQuery(rows, query, { reported, ...(deep ? { deep } : {}) }) : []),
    [rows, query, reported, deep],
  );
  // The selection is of what is shown: a filter that hides an account unselects it.
  const shownSelected = useMemo(() => shown.filter((r) => selected.has(r.handle)), [shown, selected]);

  const set = (patch: Partial<TableQuery>) => onQuery({ ...query, ...patch });
  const sort = (k: SortKey) => set(query.sort === k ? { desc: !query.desc } : { sort: k, desc: k !== 'handle' });
  /** Rows the background changed (a bulk decision or its undo): replaced in place, growth kept. */
  const changed = (fresh: AccountListRow[]) => {
    const by = new Map(fresh.map((r) => [r.handle, r]));
    setRows((old) =>
      old?.map((r) => (by.has(r.handle) ? ({ ...by.get(r.handle)!, growth: r.growth } as AccountListRow) : r)),
    );
  };

  if (error) return <p class="error">{t('dash_db_error', error)}</p>;
  if (!rows) return <p aria-live="polite">{t('dash_loading_accounts')}</p>;
  const heading =
    query.view === 'queue' ? t('dash_queue_h') : query.view === 'watch' ? t('dash_watch_h') : t('dash_accounts_h');
  return (
    <section aria-labelledby="accounts-h" class="accounts-view">
      <h2 id="accounts-h">{heading}</h2>
      {query.view === 'queue' && <p class="muted intro">{t('dash_queue_intro')}</p>}
      {query.view === 'watch' && (
        <p class="muted intro">{info.watchEnabled ? t('dash_watch_intro') : t('dash_watch_off')}</p>
      )}
      <div class="filters">
        <label>
          {t('dash_search')}{' '}
          <input
            type="search"
            value={query.search}
            placeholder={t('dash_search_hint')}
            onInput={(e) => set({ search: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('dash_filter_verdict')}{' '}
          <select value={query.verdict} onChange={(e) => set({ verdict: e.currentTarget.value })}>
            <option value="">{t('dash_any')}</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {verdictName(v)}
              </option>
            ))}
          </select>
        </label>
        {query.view !== 'queue' && (
          <label>
            {t('dash_filter_label')}{' '}
            <select value={query.label} onChange={(e) => set({ label: e.currentTarget.value })}>
              <option value="">{t('dash_any')}</option>
              <option value="none">{t('dash_no_label')}</option>
              {DECISIONS.map((d) => (
                <option key={d} value={d}>
                  {decisionName(d)}
                </option>
              ))}
            </select>
          </label>
        )}
        <span class="muted" aria-live="polite" data-testid="count">
          {pending === null
            ? t('dash_count_reading', [num(rows.length)])
            : pending
              ? t('dash_count_pending', [num(rows.length), num(pending)])
              : tn('dash_count', rows.length, [num(shown.length), num(rows.length)])}
        </span>
      </div>
      <BulkBar
        watchView={query.view === 'watch'}
        shown={shown}
        selected={shownSelected}
        onSelect={setSelected}
        onChanged={changed}
        onInfo={() => void send('ui/triage-info').then(setInfo)}
      />
      {query.view !== 'watch' && <ColumnHelp />}
      {rows.length === 0 ? (
        <p data-testid="empty">{t('dash_empty')}</p>
      ) : query.view === 'queue' && shown.length === 0 ? (
        <p class="panel" data-testid="queue-clear">
          {t('dash_queue_clear')}
        </p>
      ) : query.view === 'watch' ? (
        <WatchTable rows={shown} info={info} onOpen={onOpen} />
      ) : (
        <AccountTable
          rows={shown}
          query={query}
          selected={selected}
          reported={reported}
          onSelect={setSelected}
          onSort={sort}
          onOpen={onOpen}
        />
      )}
    </section>
  );
}
