/**
 * Lists (help in words, in the interface language; list names, URLs and list errors are the lists' own): the bundled seed list, subscriptions and imported files with their age; the offered State Media Monitor
 * data set; subscribe, import a file; export own labels as a list.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ListInfo, OfferedList } from '../../protocol';
import { t } from '../shared/i18n';
import { download, send } from '../shared/send';
import { day, fromNow, num } from './format';
import { Offers } from './Offers';
import { useRun } from './useRun';

/** Largest list file read (the background refuses more too). */
const MAX_FILE = 5_000_000;

export function Lists() {
  const [lists, setLists] = useState<ListInfo[]>([]);
  const [offered, setOffered] = useState<OfferedList[]>([]);
  const [url, setUrl] = useState('');
  const reload = () =>
    send('ui/lists')
      .then((r) => {
        setLists(r.lists);
        setOffered(r.offered ?? []);
      })
      .catch((e: Error) => setStatus(e.message));
  const { status, failed, setStatus, run } = useRun({ always: () => reload() });
  useEffect(() => {
    void reload();
  }, []);
  const toggle = (l: ListInfo, enabled: boolean) =>
    run(enabled ? t('dash_list_enable') : t('dash_list_disable'), async () => {
      await send('ui/list-enable', { url: l.url, enabled });
    });

  return (
    <section aria-labelledby="lists-h">
      <h2 id="lists-h">{t('dash_lists_h')}</h2>
      <p class="muted">{t('dash_lists_help_1')}</p>
      <p class="muted">{t('dash_lists_help_2')}</p>
      <h3>{t('dash_lists_offered')}</h3>
      <Offers
        offered={offered}
        lists={lists}
        subscribe={(o) =>
          void run(t('dash_list_subscribe_to', o.name), () => send('ui/list-subscribe', { url: o.url }))
        }
      />
      <table>
        <thead>
          <tr>
            <th scope="col">{t('dash_list_use')}</th>
            <th scope="col">{t('dash_list_name')}</th>
            <th scope="col" class="num">
              {t('dash_list_accounts')}
            </th>
            <th scope="col" class="num">
              {t('dash_list_domains')}
            </th>
            <th scope="col">{t('dash_list_updated')}</th>
            <th scope="col">{t('dash_list_fetched')}</th>
            <th scope="col">{t('dash_list_problems')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('dash_list_actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lists.map((l) => (
            <tr key={l.url}>
              <td>
                <input
                  type="checkbox"
                  checked={l.enabled}
                  aria-label={t('dash_list_use_one', l.seed ? t('dash_list_seed_name') : l.name)}
                  onChange={(e) => toggle(l, e.currentTarget.checked)}
                />
              </td>
              <td>
                {l.seed ? t('dash_list_seed_name') : <span data-page-text>{l.name}</span>}
                <br />
                <span class="muted">
                  {l.seed ? (
                    t('dash_list_bundled')
                  ) : l.imported ? (
                    t('dash_list_imported_from', l.url.replace(/^file:/, ''))
                  ) : (
                    <span data-page-text>{l.url}</span>
                  )}
                </span>
              </td>
              <td class="num">{num(l.entries)}</td>
              <td class="num">{num(l.domains ?? 0)}</td>
              <td>{l.updated && !Number.isNaN(Date.parse(l.updated)) ? day(Date.parse(l.updated)) : '—'}</td>
              <td>{l.seed ? '—' : l.fetchedAt ? fromNow(l.fetchedAt) : t('dash_never')}</td>
              <td data-page-text>{l.errors?.length ? `${num(l.errors.length)}: ${l.errors[0]}` : ''}</td>
              <td>
                {!l.seed && (
                  <button
                    type="button"
                    onClick={() => run(t('dash_list_unsubscribe'), () => send('ui/list-unsubscribe', { url: l.url }))}
                  >
                    {l.imported ? t('dash_list_remove') : t('dash_list_unsubscribe')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        class="actions"
        style={{ marginTop: '12px' }}
        onSubmit={(e) => {
          e.preventDefault();
          void run(t('dash_list_subscribe'), async () => {
            await send('ui/list-subscribe', { url });
            setUrl('');
          });
        }}
      >
        <label>
          {t('dash_list_url')}
          <input type="url" required size={50} value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
        </label>
        <button type="submit" class="primary">
          {t('dash_list_subscribe')}
        </button>
        <button type="button" onClick={() => run(t('dash_list_refresh'), () => send('ui/list-refresh'))}>
          {t('dash_list_refresh')}
        </button>
        <label>
          {t('dash_list_import')}{' '}
          <input
            type="file"
            accept=".json,.csv,application/json,text/csv"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (!file) return;
              void run(t('dash_list_import_one', file.name), async () => {
                if (file.size > MAX_FILE) throw new Error(t('dash_list_too_big'));
                await send('ui/list-import', { name: file.name, text: await file.text() });
                input.value = '';
              });
            }}
          />
        </label>
        <button
          type="button"
          onClick={() =>
            run(t('dash_list_export_labels'), async () => {
              const { list, skipped } = await send('ui/labels-export');
              download(`provenance-lens-labels-${list.updated.slice(0, 10)}.json`, JSON.stringify(list, null, 2));
              if (skipped) setStatus(t('dash_list_exported', [num(list.entries.length), num(skipped)]));
            })
          }
        >
          {t('dash_list_export_labels')}
        </button>
      </form>
      <p role="status" class={failed ? 'error' : 'muted'}>
        {status}
      </p>
    </section>
  );
}
