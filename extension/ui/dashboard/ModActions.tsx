/** Moderator actions on one account: label (with source or note), remove, undo, note, watch. */
import { useState } from 'preact/hooks';
import type { Decision } from '../../protocol';
import { DECISION_TEXT } from '../shared/decisions';
import { send } from '../shared/send';
import { useAction } from '../shared/useAction';

interface Props {
  handle: string;
  canUndo: boolean;
  hasLabel: boolean;
  watched: boolean;
  onChange(): void;
}

export function ModActions({ handle, canUndo, hasLabel, watched, onChange }: Props) {
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  const [text, setText] = useState('');
  const { status, run } = useAction({ onSuccess: onChange });
  const label = (decision: Decision) =>
    run(DECISION_TEXT[decision], async () => {
      await send('ui/label', { handle, decision, source, note });
      setSource('');
      setNote('');
    });

  return (
    <section class="panel" aria-labelledby="mod-h">
      <h2 id="mod-h">Moderator decision</h2>
      <div class="actions">
        <label>
          Source URL
          <input
            type="url"
            value={source}
            placeholder="public page naming the account"
            onInput={(e) => setSource(e.currentTarget.value)}
          />
        </label>
        <label>
          Note
          <input type="text" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        <button type="button" class="primary" onClick={() => label('state-media')}>
          Confirm state media
        </button>
        <button type="button" onClick={() => label('not-state-media')}>
          Not state media
        </button>
        <button type="button" onClick={() => label('unsure')}>
          Unsure
        </button>
        <button
          type="button"
          disabled={!hasLabel}
          onClick={() => run('Remove label', () => send('ui/label-remove', { handle }))}
        >
          Remove label
        </button>
        <button type="button" disabled={!canUndo} onClick={() => run('Undo', () => send('ui/label-undo', { handle }))}>
          Undo
        </button>
        <button
          type="button"
          onClick={() => run(watched ? 'Unwatch' : 'Watch', () => send('ui/watch', { handle, watched: !watched }))}
        >
          {watched ? 'Unwatch' : 'Watch'}
        </button>
      </div>
      <div class="actions" style={{ marginTop: '10px' }}>
        <label>
          Add a note
          <textarea rows={2} cols={50} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <button
          type="button"
          disabled={!text.trim()}
          onClick={() =>
            run('Note', async () => {
              await send('ui/note-add', { handle, text });
              setText('');
            })
          }
        >
          Save note
        </button>
      </div>
      <p role="status" class={status.includes('failed') ? 'error' : 'muted'}>
        {status}
      </p>
    </section>
  );
}
