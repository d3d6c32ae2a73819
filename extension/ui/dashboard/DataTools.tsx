/** Export and import (the DB owner's formats), clearing data, and the retention setting. */
import { useEffect, useState } from 'preact/hooks';
import type { LensOptions } from '../../protocol';
import { DATA_CLEARED } from '../shared/StorageNotice';
import { download, send } from '../shared/send';
import { useAction } from '../shared/useAction';
import { exportFile, importFile } from './transfer';

export function DataTools() {
  const [opts, setOpts] = useState<LensOptions | undefined>();
  const [alsoLabels, setAlsoLabels] = useState(false);
  useEffect(() => {
    void send('ui/options').then(setOpts);
  }, []);

  const action = useAction();
  const { status } = action;
  const run = (what: string, fn: () => Promise<string | undefined>) => action.run(what, fn, true);
  const stamp = () => new Date().toISOString().slice(0, 10);

  return (
    <section aria-labelledby="data-h">
      <h2 id="data-h">Export and import</h2>
      <div class="actions">
        <button
          type="button"
          onClick={() =>
            run('Export', async () => {
              download(`provenance-lens-${stamp()}.json`, JSON.stringify(await exportFile()));
              return undefined;
            })
          }
        >
          Export everything (JSON)
        </button>
        <button
          type="button"
          onClick={() =>
            run('Export CSV', async () => {
              const { csv } = await send('ui/export-csv');
              download(`provenance-lens-${stamp()}.csv`, csv, 'text/csv');
              return undefined;
            })
          }
        >
          Export accounts (CSV)
        </button>
        <label>
          Import a JSON export
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (!file) return;
              void run('Import', async () => {
                const report = await importFile(JSON.parse(await file.text()));
                const added = Object.values(report.added).reduce((a: number, b) => a + (b ?? 0), 0);
                return `Imported: ${added} rows added, ${report.invalid} invalid, ${report.conflicts.length} label conflicts kept for review.`;
              });
            }}
          />
        </label>
      </div>

      <h2>Retention</h2>
      {opts && (
        <form
          class="actions"
          onSubmit={(e) => {
            e.preventDefault();
            void run('Retention', async () => {
              await send('ui/options-save', { options: { retentionDays: opts.retentionDays } });
              const { deleted } = await send('ui/retention-run');
              return `Saved; ${deleted} old observations deleted.`;
            });
          }}
        >
          <label>
            Keep observations for (days, 0 = forever)
            <input
              type="number"
              min={0}
              max={3650}
              value={opts.retentionDays}
              onInput={(e) => setOpts({ ...opts, retentionDays: Number(e.currentTarget.value) })}
            />
          </label>
          <button type="submit">Save and apply</button>
        </form>
      )}

      <h2>Clear data</h2>
      <div class="actions">
        <label>
          <span>
            <input type="checkbox" checked={alsoLabels} onChange={(e) => setAlsoLabels(e.currentTarget.checked)} /> also
            my labels and notes
          </span>
        </label>
        <button
          type="button"
          onClick={() => {
            const what = alsoLabels
              ? 'every account, visit, label and note'
              : 'every account and visit (labels and notes stay)';
            if (!confirm(`Delete ${what}? Lists and options stay. This cannot be undone.`)) return;
            void run('Clear data', async () => {
              await send('ui/clear-data', { labels: alsoLabels });
              dispatchEvent(new Event(DATA_CLEARED));
              return undefined;
            });
          }}
        >
          Clear data…
        </button>
      </div>
      <p role="status" class={status.includes('failed') ? 'error' : 'muted'}>
        {status}
      </p>
    </section>
  );
}
