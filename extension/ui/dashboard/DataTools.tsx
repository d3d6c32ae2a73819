/**
 * Export and import (the DB owner's formats), clearing data (styled and worded as the destructive action it is),
 * and the way to the retention setting, which lives on the options page only.
 */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { DATA_CLEARED } from '../shared/StorageNotice';
import { download, send } from '../shared/send';
import { num } from './format';
import { importFile, saveExport } from './transfer';
import { useRun } from './useRun';

export function DataTools() {
  const [alsoLabels, setAlsoLabels] = useState(false);

  const action = useRun();
  const { status, failed } = action;
  const run = (what: string, fn: () => Promise<string | undefined>) => action.run(what, fn, true);
  const stamp = () => new Date().toISOString().slice(0, 10);

  return (
    <section aria-labelledby="data-h">
      <h2 id="data-h">{t('dash_data_h')}</h2>
      <div class="actions">
        <button
          type="button"
          onClick={() =>
            run(t('dash_export_json'), async () => {
              await saveExport(`provenance-lens-${stamp()}.json`);
              return undefined;
            })
          }
        >
          {t('dash_export_json')}
        </button>
        <button
          type="button"
          onClick={() =>
            run(t('dash_export_all_csv'), async () => {
              const { csv } = await send('ui/export-csv');
              download(`provenance-lens-${stamp()}.csv`, csv, 'text/csv');
              return undefined;
            })
          }
        >
          {t('dash_export_all_csv')}
        </button>
        {/* Chromium draws the file input's own button and "no file chosen" in its UI language, which need not be the
            extension's (English in a Spanish dashboard, seen 2026-12-03): the label is the button, the input hidden. */}
        <label class="file-pick">
          {t('dash_import_json')}
          <input
            class="visually-hidden"
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (!file) return;
              void run(t('dash_import'), async () => {
                const report = await importFile(file);
                const added = Object.values(report.added).reduce((a: number, b) => a + (b ?? 0), 0);
                return t('dash_imported', [num(added), num(report.invalid), num(report.conflicts.length)]);
              });
            }}
          />
        </label>
      </div>

      <h2>{t('dash_retention_h')}</h2>
      {/* One home for the setting (issue 16): the options page; a second form here could disagree with it. */}
      <p class="muted">
        {t('dash_retention_where')} <a href="options.html#retention">{t('dash_retention_link')}</a>
      </p>

      <h2>{t('dash_clear_h')}</h2>
      <p class="muted">{t('dash_clear_intro')}</p>
      <div class="actions">
        <label>
          <span>
            <input type="checkbox" checked={alsoLabels} onChange={(e) => setAlsoLabels(e.currentTarget.checked)} />{' '}
            {t('dash_clear_labels_too')}
          </span>
        </label>
        <button
          type="button"
          class="danger"
          onClick={() => {
            if (!confirm(t(alsoLabels ? 'dash_clear_confirm_all' : 'dash_clear_confirm'))) return;
            void run(t('dash_clear_h'), async () => {
              await send('ui/clear-data', { labels: alsoLabels });
              dispatchEvent(new Event(DATA_CLEARED));
              return undefined;
            });
          }}
        >
          {t('dash_clear_button')}
        </button>
      </div>
      <p role="status" class={failed ? 'error' : 'muted'}>
        {status}
      </p>
    </section>
  );
}
