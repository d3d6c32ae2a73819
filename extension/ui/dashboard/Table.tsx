/**
 * The account table, virtualised: only the rows in view (plus a margin) are in the DOM, between two spacer rows
 * that keep the scroll height right, so 100,000 accounts scroll like 100. Rows have one fixed height.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DECISION_TEXT } from '../shared/decisions';
import { ScrollBox } from '../shared/ScrollBox';
import { day, num } from '../shared/send';
import { VerdictChip } from '../shared/verdict';
import type { AccountListRow } from './data';
import type { SortKey, TableQuery } from './filter';

export const ROW_PX = 34;
const OVERSCAN = 10;

const COLUMNS: { key: SortKey; label: string; num?: boolean }[] = [
  { key: 'handle', label: 'Account' },
  { key: 'verdict', label: 'Verdict' },
  { key: 'score', label: 'Score', num: true },
  { key: 'followers', label: 'Followers', num: true },
  { key: 'growth', label: 'Growth / day', num: true },
  { key: 'lastSeen', label: 'Last seen' },
  { key: 'label', label: 'Label' },
  { key: 'watched', label: 'Watch' },
];

interface Props {
  rows: AccountListRow[];
  query: TableQuery;
  onSort(k: SortKey): void;
  onOpen(handle: string): void;
}

export function AccountTable({ rows, query, onSort, onOpen }: Props) {
  const box = useRef<HTMLElement>(null);
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(600);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight || 600);
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  // A new filter or sort starts at the top: the old offset would point into unrelated rows.
  useEffect(() => {
    if (box.current) box.current.scrollTop = 0;
    setTop(0);
  }, [query]);

  const first = Math.max(0, Math.floor(top / ROW_PX) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((top + height) / ROW_PX) + OVERSCAN);
  const visible = rows.slice(first, last);

  return (
    <ScrollBox
      class="table-box"
      boxRef={box}
      label={`Observed accounts, ${rows.length} shown`}
      onScroll={(e) => setTop((e.currentTarget as HTMLElement).scrollTop)}
    >
      <table class="accounts" aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const sorted = query.sort === c.key;
              return (
                <th
                  key={c.key}
                  scope="col"
                  class={c.num ? 'num' : undefined}
                  aria-sort={sorted ? (query.desc ? 'descending' : 'ascending') : undefined}
                >
                  <button type="button" class="sort" onClick={() => onSort(c.key)}>
                    {c.label}
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
              <td colSpan={COLUMNS.length} style={{ height: `${first * ROW_PX}px` }} />
            </tr>
          )}
          {visible.map((r, i) => (
            <tr key={r.handle} data-handle={r.handle} aria-rowindex={first + i + 2}>
              <td>
                <a
                  href={`#account=${encodeURIComponent(r.handle)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onOpen(r.handle);
                  }}
                >
                  @{r.handle}
                </a>{' '}
                <span class="muted nick">{r.nickname}</span>
              </td>
              <td>
                <VerdictChip v={r.verdict} />
              </td>
              <td class="num">{r.score}</td>
              <td class="num">{num(r.followers)}</td>
              <td class="num">{r.growth === undefined ? '—' : num(Math.round(r.growth))}</td>
              <td>{day(r.lastSeen)}</td>
              <td>{r.label ? DECISION_TEXT[r.label] : ''}</td>
              <td>{r.watched ? 'Watched' : ''}</td>
            </tr>
          ))}
          {last < rows.length && (
            <tr class="spacer">
              <td colSpan={COLUMNS.length} style={{ height: `${(rows.length - last) * ROW_PX}px` }} />
            </tr>
          )}
        </tbody>
      </table>
    </ScrollBox>
  );
}
