/**
 * What each column of the account table means, in a disclosure above it (a native `<details>`: keyboard
 * reachable, read by screen readers, no hover needed); the column headers carry the same sentence as a
 * description. The score line says how the two axes combine (src/verdict.ts), so scores compare across verdicts.
 */
import { t } from '../shared/i18n';
import type { SortKey } from './filter';

export const COLUMN_HELP: Record<SortKey, string> = {
  handle: 'dash_help_handle',
  verdict: 'dash_help_verdict',
  score: 'dash_help_score',
  followers: 'dash_help_followers',
  growth: 'dash_help_growth',
  lastSeen: 'dash_help_last_seen',
  label: 'dash_help_label',
  watched: 'dash_help_watched',
};

export const COLUMN_NAME: Record<SortKey, string> = {
  handle: 'dash_col_account',
  verdict: 'dash_col_verdict',
  score: 'dash_col_score',
  followers: 'dash_col_followers',
  growth: 'dash_col_growth',
  lastSeen: 'dash_col_last_seen',
  label: 'dash_col_label',
  watched: 'dash_col_watch',
};

export function ColumnHelp() {
  return (
    <details class="help">
      <summary>{t('dash_help_summary')}</summary>
      <dl>
        {(Object.keys(COLUMN_HELP) as SortKey[]).map((k) => (
          <div key={k}>
            <dt>{t(COLUMN_NAME[k])}</dt>
            <dd id={`help-${k}`}>{t(COLUMN_HELP[k])}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
