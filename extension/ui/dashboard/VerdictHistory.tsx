/**
 * "How the verdict changed": each change of the account's verdict with its date, from and to, and why — a visit
 * whose counts moved, new rules, other lists or settings, a moderator's decision, a viewer's report — in the
 * interface language (extension/i18n/dashboard `vh_*`). The moderator's name is theirs: shown as written.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CountChange, VerdictHistory as History, LabelAction } from '../../protocol';
import { t } from '../shared/i18n';
import { moderatorName } from '../shared/moderator-name';
import { ScrollBox } from '../shared/ScrollBox';
import { send } from '../shared/send';
import { Chip } from './Chip';
import { dateTime, decisionName, num, verdictName } from './format';
import { type TimelineRow, verdictTimeline } from './verdict-timeline';

const countText = (c: CountChange) => t('vh_count', [t(`vh_count_${c.field}`), num(c.from), num(c.to)]);

/** A sentence with the moderator's name in it, the name as page text (split around a marker, as Account.tsx does). */
function ByLine({ k, by, args = [] }: { k: string; by: string; args?: string[] }) {
  const [before, after] = t(k, ['\u2068', ...args]).split('\u2068');
  return (
    <>
      {before}
      <span data-page-text>{moderatorName(by)}</span>
      {after}
    </>
  );
}

function Why({ r }: { r: TimelineRow }) {
  switch (r.kind) {
    case 'first':
      return <>{t('vh_first')}</>;
    case 'viewer':
      return <>{t(r.say === 'wrong' ? 'vh_viewer_wrong' : 'vh_viewer_hidden')}</>;
    case 'label':
      return (
        <>
          {r.action === 'label' && r.decision ? (
            <ByLine k="vh_label" by={r.by} args={[decisionName(r.decision)]} />
          ) : (
            <ByLine k={r.action === 'remove' ? 'vh_label_removed' : 'vh_label_undone'} by={r.by} />
          )}
          {r.source && <span data-page-text> {t('dash_history_source', r.source)}</span>}
          {r.note && <span data-page-text> — {r.note}</span>}
        </>
      );
    case 'computed': {
      const why =
        r.why === 'visit'
          ? r.counts?.length
            ? t('vh_visit', r.counts.map(countText).join(', '))
            : t('vh_visit_same')
          : t(
              {
                start: 'vh_start',
                rules: 'vh_rules',
                lists: 'vh_lists',
                label: 'vh_label_reassess',
                import: 'vh_import',
                other: 'vh_other',
              }[r.why],
            );
      return (
        <>
          {why}
          {r.overruled && <span class="muted"> {t('vh_overruled')}</span>}
        </>
      );
    }
  }
}

function Change({ r }: { r: TimelineRow }) {
  if (r.kind === 'viewer') return <Chip v={r.shown} />;
  const from = r.kind === 'first' ? undefined : r.from;
  if (!from) return <Chip v={r.to} />;
  if (from === r.to)
    return (
      <>
        <Chip v={r.to} /> <span class="muted">({t('vh_no_change')})</span>
      </>
    );
  return (
    <span class="change">
      {/* Read as "from X to Y"; the chips and arrow are for the eye. */}
      <span class="visually-hidden">{t('vh_from_to', [verdictName(from), verdictName(r.to)])}</span>
      <span aria-hidden="true">
        <Chip v={from} /> → <Chip v={r.to} />
      </span>
    </span>
  );
}

export function VerdictHistory({ handle, labels, n }: { handle: string; labels: LabelAction[]; n: number }) {
  const [h, setH] = useState<History | undefined>();
  const [error, setError] = useState('');
  useEffect(() => {
    send('ui/verdict-history', { handle })
      .then(setH)
      .catch((e: Error) => setError(e.message));
  }, [handle, n]);
  const rows = h ? verdictTimeline(h, labels) : [];
  return (
    <section aria-labelledby="vh-h" data-testid="verdict-history">
      <h2 id="vh-h">{t('vh_h')}</h2>
      {error && <p class="error">{error}</p>}
      {h && rows.length === 0 && <p class="muted">{t('vh_none')}</p>}
      {rows.length > 0 && (
        <>
          <p class="muted">{t('vh_intro')}</p>
          <ScrollBox label={t('vh_h')}>
            <table class="history">
              <thead>
                <tr>
                  <th scope="col">{t('dash_col_when')}</th>
                  <th scope="col">{t('vh_col_change')}</th>
                  <th scope="col">{t('vh_col_why')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => (
                  <tr key={`${r.at}-${r.kind}-${i}`} data-kind={r.kind}>
                    <td class="when">{dateTime(r.at)}</td>
                    <td>
                      <Change r={r} />
                    </td>
                    <td>
                      <Why r={r} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </>
      )}
    </section>
  );
}
