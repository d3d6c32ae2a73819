/**
 * Bulk work on the shown accounts: select all (or some, in the table), one decision for every selected account
 * with one note, undo of the last batch, watch, and the CSV of exactly what is shown (the background writes it,
 * extension/background/csv.ts). Every control is a plain button or checkbox: Tab, Space and Enter do everything.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AccountListRow, Decision } from '../../protocol';
import { t, tn } from '../shared/i18n';
import { download, send } from '../shared/send';
import { decisionName, num } from './format';
import { useRun } from './useRun';

/** Accounts per request (the background takes 2,000 at most, extension/background/triage-labels.ts `MAX_BULK`). */
const CHUNK = 500;

interface Batch {
  parts: { handles: string[]; at: number }[];
  decision: Decision;
  count: number;
}

interface Props {
  /** In the watchlist the bulk action is to stop watching. */
  watchView: boolean;
  shown: readonly AccountListRow[];
  selected: readonly AccountListRow[];
  onSelect(handles: ReadonlySet<string>): void;
  onChanged(rows: AccountListRow[]): void;
  onInfo(): void;
}

const chunks = <T,>(xs: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK));

export function BulkBar({ watchView, shown, selected, onSelect, onChanged, onInfo }: Props) {
  const [note, setNote] = useState('');
  const [batch, setBatch] = useState<Batch | undefined>();
  const { status, failed, setStatus, run } = useRun();
  const all = useRef<HTMLInputElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  // After a decision the pressed button is disabled (nothing selected) and would drop the keyboard's focus to the
  // page: it goes to the batch's undo instead.
  useEffect(() => {
    if (batch) undoButton.current?.focus();
  }, [batch]);
  const n = selected.length;
  useEffect(() => {
    if (all.current) all.current.indeterminate = n > 0 && n < shown.length;
  }, [n, shown.length]);

  const decide = (decision: Decision) =>
    run(decisionName(decision), async () => {
      const handles = selected.map((r) => r.handle);
      const parts: Batch['parts'] = [];
      for (const part of chunks(handles)) {
        const r = await send('ui/triage-label', { handles: part, decision, ...(note.trim() ? { note } : {}) });
        parts.push({ handles: part, at: r.at });
        onChanged(r.rows);
      }
      setBatch({ parts, decision, count: handles.length });
      onSelect(new Set());
      setNote('');
      setStatus(tn('dash_bulk_done', handles.length, [decisionName(decision), num(handles.length)]));
    });
  const undo = (b: Batch) =>
    run(t('dash_undo'), async () => {
      for (const p of b.parts) onChanged((await send('ui/triage-undo', p)).rows);
      setBatch(undefined);
      setStatus(tn('dash_bulk_undone', b.count, num(b.count)));
    });
  const watch = (watched: boolean) =>
    run(t(watched ? 'dash_watch' : 'dash_unwatch'), async () => {
      for (const r of selected) await send('ui/watch', { handle: r.handle, watched });
      onChanged(selected.map((r) => ({ ...r, watched })));
      onInfo();
      onSelect(new Set());
      setStatus(tn(watched ? 'dash_watch_done' : 'dash_unwatch_done', n, num(n)));
    });
  const exportShown = () =>
    run(t('dash_export_csv'), async () => {
      let csv = '';
      for (const part of chunks(shown.map((r) => r.handle))) {
        const piece = (await send('ui/triage-csv', { handles: part })).csv;
        // Each piece starts with the header line: kept once.
        csv += csv ? piece.slice(piece.indexOf('\r\n') + 2) : piece;
      }
      download(`provenance-lens-${new Date().toISOString().slice(0, 10)}.csv`, csv, 'text/csv');
      setStatus(tn('dash_export_done', shown.length, num(shown.length)));
    });

  return (
    <section class="bulk panel" aria-label={t('dash_bulk_label')}>
      <div class="actions">
        <label class="check">
          <input
            ref={all}
            type="checkbox"
            checked={n > 0 && n === shown.length}
            disabled={shown.length === 0}
            onChange={(e) => onSelect(new Set(e.currentTarget.checked ? shown.map((r) => r.handle) : []))}
          />{' '}
          {tn('dash_select_all', shown.length, num(shown.length))}
        </label>
        <span data-testid="selected">{t('dash_selected', num(n))}</span>
        <label>
          {t('dash_note')}
          <input
            type="text"
            value={note}
            maxLength={2000}
            placeholder={t('dash_note_hint')}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </label>
        <button type="button" disabled={!n} onClick={() => decide('not-state-media')}>
          {t('dash_act_not_state_media')}
        </button>
        <button type="button" disabled={!n} onClick={() => decide('unsure')}>
          {t('dash_act_unsure')}
        </button>
        {/* Never the highlighted action: confirming many at once needs a note naming the evidence. */}
        <button
          type="button"
          disabled={!n || !note.trim()}
          title={note.trim() ? undefined : t('dash_confirm_needs_note')}
          onClick={() => decide('state-media')}
        >
          {t('dash_act_confirm')}
        </button>
        <button type="button" disabled={!n} onClick={() => watch(!watchView)}>
          {t(watchView ? 'dash_unwatch' : 'dash_watch')}
        </button>
        {batch && (
          <button type="button" ref={undoButton} onClick={() => undo(batch)}>
            {tn('dash_undo_batch', batch.count, [decisionName(batch.decision), num(batch.count)])}
          </button>
        )}
        <button type="button" disabled={!shown.length} onClick={exportShown}>
          {tn('dash_export_shown', shown.length, num(shown.length))}
        </button>
      </div>
      <p role="status" class={failed ? 'error' : 'muted'}>
        {status}
      </p>
    </section>
  );
}
