/**
 * The watchlist: each pinned account with its verdict, when it was last read and how that went, and when the
 * scheduler will read it next (extension/background/triage.ts `watchSchedule`). Pinned accounts are few: no virtualisation.
 */
import type { AccountListRow, TriageInfo } from '../../protocol';
import { t, tn } from '../shared/i18n';
import { ScrollBox } from '../shared/ScrollBox';
import { Chip } from './Chip';
import { dateTime, fromNow } from './format';

export function WatchTable({
  rows,
  info,
  onOpen,
}: {
  rows: readonly AccountListRow[];
  info: TriageInfo;
  onOpen(handle: string): void;
}) {
  const by = new Map(info.watch.map((w) => [w.handle, w]));
  const ordered = [...rows].sort(
    (a, b) => (by.get(a.handle)?.nextCheckAt ?? Infinity) - (by.get(b.handle)?.nextCheckAt ?? Infinity),
  );
  if (!ordered.length) return <p>{t('dash_watch_empty')}</p>;
  return (
    <ScrollBox label={t('dash_watch_h')} class="scroll watch-box">
      <table class="watch">
        <thead>
          <tr>
            <th scope="col">{t('dash_col_account')}</th>
            <th scope="col">{t('dash_col_verdict')}</th>
            <th scope="col">{t('dash_col_last_check')}</th>
            <th scope="col">{t('dash_col_outcome')}</th>
            <th scope="col">{t('dash_col_next_check')}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((r) => {
            const w = by.get(r.handle);
            return (
              <tr key={r.handle} data-handle={r.handle}>
                <td>
                  <a
                    href={`#account=${encodeURIComponent(r.handle)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      onOpen(r.handle);
                    }}
                  >
                    {`@${r.handle}`}
                  </a>
                </td>
                <td>
                  <Chip v={r.verdict} />
                </td>
                <td data-label={t('dash_col_last_check')}>
                  {w?.lastCheckedAt ? (
                    <span title={dateTime(w.lastCheckedAt)}>{fromNow(w.lastCheckedAt)}</span>
                  ) : (
                    t('dash_never')
                  )}
                </td>
                <td data-label={t('dash_col_outcome')}>
                  {w?.lastStatus ? t(`dash_outcome_${w.lastStatus.replace(/-/g, '_')}`) : '—'}
                  {w && w.failures > 0 ? ` (${tn('dash_failures', w.failures, String(w.failures))})` : ''}
                </td>
                <td data-label={t('dash_col_next_check')}>
                  {!info.watchEnabled ? (
                    t('dash_watch_paused')
                  ) : w ? (
                    <span title={dateTime(w.nextCheckAt)}>{fromNow(w.nextCheckAt)}</span>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}
