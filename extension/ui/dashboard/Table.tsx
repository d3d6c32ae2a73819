/**
 * The account table, virtualised: only the rows in view (plus a margin) are in the DOM, between two spacer rows
 * that keep the scroll height right, so 100,000 accounts scroll like 100. Rows have one fixed height — also as
 * cards on a narrow screen (dashboard.css), where each row is taller (ROW_PX_NARROW).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { ScrollBox } from '../shared/ScrollBox';
import { Chip } from './Chip';
import { COLUMN_HELP, COLUMN_NAME } from './ColumnHelp';
import type { AccountListRow } from './data';
import type { SortKey, TableQuery } from './filter';
import { day, decisionName, num } from './format';

export const ROW_PX = 34;
/** A row as a card at 600 px and narrower (dashboard.css `@media (max-width: 600px)`). */
export const ROW_PX_NARROW = 96;
const NARROW = '(max-width: 600px)';
const OVERSCAN = 10;

const COLUMNS: { key: SortKey; num?: boolean }[] = [
  { key: 'handle' },
  { key: 'verdict' },
  { key: 'score', num: true },
  { key: 'followers', num: true },
  { key: 'growth', num: true },
  { key: 'lastSeen' },
  { key: 'label' },
  { key: 'watched' },
];

interface Props {
  rows: AccountListRow[];
  query: TableQuery;
  selected: ReadonlySet<string>;
  /** Accounts viewers marked as "looks wrong". */
  reported: ReadonlySet<string>;
  onSelect(handles: ReadonlySet<string>): void;
  onSort(k: SortKey): void;
  onOpen(handle: string): void;
}

export function AccountTable({ rows, query, selected, reported, onSelect, onSort, onOpen }: Props) {
  const box = useRef<HTMLElement>(null);
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(600);
  const [narrow, setNarrow] = useState(() => matchMedia(NARROW).matches);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight || 600);
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    const mq = matchMedia(NARROW);
    const onMq = () => setNarrow(mq.matches);
    mq.addEventListener('change', onMq);
    return () => {
      ro.disconnect();
      mq.removeEventListener('change', onMq);
    };
  }, []);
  // A new filter or sort starts at the top: the old offset would point into unrelated rows.
  useEffect(() => {
    if (box.current) box.current.scrollTop = 0;
    setTop(0);
  }, [query]);

  const rowPx = narrow ? ROW_PX_NARROW : ROW_PX;
  const first = Math.max(0, Math.floor(top / rowPx) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((top + height) / rowPx) + OVERSCAN);
  const visible = rows.slice(first, last);
  const toggle = (handle: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(handle);
    else next.delete(handle);
    onSelect(next);
  };

  return (
    <ScrollBox
      class="table-box"
      boxRef={box}
      label={t('dash_table_label', num(rows.length))}
      onScroll={(e) => setTop((e.currentTarget as HTMLElement).scrollTop)}
    >
      <table class="accounts" aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            <th scope="col" class="pick">
              <span class="visually-hidden">{t('dash_col_select')}</span>
            </th>
            {COLUMNS.map((c) => {
              const sorted = query.sort === c.key;
              return (
                <th
                  key={c.key}
                  scope="col"
                  class={`c-${c.key}${c.num ? ' num' : ''}`}
                  aria-sort={sorted ? (query.desc ? 'descending' : 'ascending') : undefined}
                >
                  <button
                    type="button"
                    class="sort"
                    title={t(COLUMN_HELP[c.key])}
                    aria-describedby={`help-${c.key}`}
                    onClick={() => onSort(c.key)}
                  >
                    {t(COLUMN_NAME[c.key])}
                    <span aria-hidden="true">{sorted ? (query.desc ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {first > 0 && (
            <tr class="spacer">
              <td colSpan={COLUMNS.length + 1} style={{ height: `${first * rowPx}px` }} />
            </tr>
          )}
          {visible.map((r, i) => (
            <tr key={r.handle} data-handle={r.handle} aria-rowindex={first + i + 2}>
              <td class="pick">
                <input
                  type="checkbox"
                  checked={selected.has(r.handle)}
                  aria-label={t('dash_select_one', r.handle)}
                  onChange={(e) => toggle(r.handle, e.currentTarget.checked)}
                />
              </td>
              <td class="c-handle">
                <a
                  href={`#account=${encodeURIComponent(r.handle)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onOpen(r.handle);
                  }}
                >
                  {`@${r.handle}`}
                </a>{' '}
                {reported.has(r.handle) && (
                  <span class="chip reported" title={t('dash_reported_help')}>
                    {t('dash_reported')}
                  </span>
                )}{' '}
                <span class="muted nick" data-page-text>
                  {r.nickname}
                </span>
              </td>
              <td class="c-verdict">
                <Chip v={r.verdict} />
              </td>
              <td class="num c-score" data-label={t('dash_col_score')}>
                {r.score}
              </td>
              <td class="num c-followers" data-label={t('dash_col_followers')}>
                {num(r.followers)}
              </td>
              <td class="num c-growth" data-label={t('dash_col_growth')}>
                {r.growth === undefined ? '—' : num(Math.round(r.growth))}
              </td>
              <td class="c-lastSeen" data-label={t('dash_col_last_seen')}>
                {day(r.lastSeen)}
              </td>
              <td class="c-label">{r.label ? decisionName(r.label) : ''}</td>
              <td class="c-watched">{r.watched ? t('dash_watched') : ''}</td>
            </tr>
          ))}
          {last < rows.length && (
            <tr class="spacer">
              <td colSpan={COLUMNS.length + 1} style={{ height: `${(rows.length - last) * rowPx}px` }} />
            </tr>
          )}
        </tbody>
      </table>
    </ScrollBox>
  );
}
