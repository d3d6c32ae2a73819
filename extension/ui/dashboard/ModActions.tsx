/**
 * Moderator actions on one account: a decision (with a source URL or the note), remove, undo, watch, and the one
 * note field (kept with the decision, or saved on its own). "Confirm state media" is the highlighted action only
 * when the evidence is more than a cue (a TikTok label, a list, a bio link or employer: src/signals/types.ts
 * `strength`): on a name cue or reach alone, no action is suggested over the others.
 */
import { useState } from 'preact/hooks';
import type { Decision } from '../../protocol';
import { t } from '../shared/i18n';
import { send } from '../shared/send';
import { decisionName } from './format';
import { useRun } from './useRun';

interface Props {
  handle: string;
  canUndo: boolean;
  hasLabel: boolean;
  watched: boolean;
  /** The affiliation evidence is a label, a list, a bio link or an employer (not a cue). */
  strong: boolean;
  onChange(): void;
}

export function ModActions({ handle, canUndo, hasLabel, watched, strong, onChange }: Props) {
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  const { status, failed, run } = useRun({ onSuccess: onChange });
  const label = (decision: Decision) =>
    run(decisionName(decision), async () => {
      await send('ui/label', {
        handle,
        decision,
        ...(source.trim() ? { source } : {}),
        ...(note.trim() ? { note } : {}),
      });
      setSource('');
      setNote('');
    });

  return (
    <section class="panel" aria-labelledby="mod-h">
      <h2 id="mod-h">{t('dash_mod_h')}</h2>
      <div class="actions">
        <label>
          {t('dash_source')}
          <input
            type="url"
            value={source}
            placeholder={t('dash_source_hint')}
            onInput={(e) => setSource(e.currentTarget.value)}
          />
        </label>
        <label class="grow">
          {t('dash_note')}
          <textarea rows={2} value={note} maxLength={2000} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
      </div>
      <div class="actions">
        <button
          type="button"
          class={strong ? 'primary' : undefined}
          disabled={!source.trim() && !note.trim()}
          title={source.trim() || note.trim() ? undefined : t('dash_confirm_needs_source')}
          onClick={() => label('state-media')}
        >
          {t('dash_act_confirm')}
        </button>
        <button type="button" onClick={() => label('not-state-media')}>
          {t('dash_act_not_state_media')}
        </button>
        <button type="button" onClick={() => label('unsure')}>
          {t('dash_act_unsure')}
        </button>
        <button
          type="button"
          disabled={!hasLabel}
          onClick={() => run(t('dash_act_remove'), () => send('ui/label-remove', { handle }))}
        >
          {t('dash_act_remove')}
        </button>
        <button
          type="button"
          disabled={!canUndo}
          onClick={() => run(t('dash_undo'), () => send('ui/label-undo', { handle }))}
        >
          {t('dash_undo')}
        </button>
        <button
          type="button"
          disabled={!note.trim()}
          onClick={() =>
            run(t('dash_act_save_note'), async () => {
              await send('ui/note-add', { handle, text: note });
              setNote('');
            })
          }
        >
          {t('dash_act_save_note')}
        </button>
        <button
          type="button"
          onClick={() =>
            run(watched ? t('dash_unwatch') : t('dash_watch'), () => send('ui/watch', { handle, watched: !watched }))
          }
        >
          {watched ? t('dash_unwatch') : t('dash_watch')}
        </button>
      </div>
      <p role="status" class={failed ? 'error' : 'muted'}>
        {status}
      </p>
    </section>
  );
}
