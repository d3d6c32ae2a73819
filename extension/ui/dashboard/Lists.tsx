/**
 * Lists: the bundled seed list, subscriptions and imported files with their age; the offered State Media Monitor
 * data set; subscribe, import a file; export own labels as a list.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ListInfo, OfferedList } from '../../protocol';
import { ListOffers } from '../shared/ListOffers';
import { age, download, send } from '../shared/send';
import { useAction } from '../shared/useAction';

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
  const { status, setStatus, run } = useAction({ always: () => reload() });
  useEffect(() => {
    void reload();
  }, []);
  const toggle = (l: ListInfo, enabled: boolean) =>
    run(enabled ? 'Enable' : 'Disable', async () => {
      await send('ui/list-enable', { url: l.url, enabled });
    });

  return (
    <section aria-labelledby="lists-h">
      <h2 id="lists-h">Lists of state-media accounts</h2>
      <p class="muted">
        An account on an enabled list is shown with the list and the entry's source: as state media when the list calls
        its outlet state-controlled or captured public media (or gives no type), as suspected at most for captured
        private media, and never flagged for publicly funded, editorially independent media. A list's outlet domains
        count for bio links. Lists are JSON in the <code>provenance-lens/list</code> format, version 1 (see
        src/lists/format.ts), or the State Media Monitor CSV; subscribed lists are fetched again every day and used from
        the stored copy in between, offline too.
      </p>
      <h3>Offered lists</h3>
      <ListOffers
        offered={offered}
        lists={lists}
        subscribe={(o) => void run(`Subscribe to ${o.name}`, () => send('ui/list-subscribe', { url: o.url }))}
      />
      <table>
        <thead>
          <tr>
            <th scope="col">Use</th>
            <th scope="col">List</th>
            <th scope="col" class="num">
              Accounts
            </th>
            <th scope="col" class="num">
              Domains
            </th>
            <th scope="col">Updated by its author</th>
            <th scope="col">Fetched</th>
            <th scope="col">Problems</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
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
                  aria-label={`Use ${l.name}`}
                  onChange={(e) => toggle(l, e.currentTarget.checked)}
                />
              </td>
              <td>
                {l.name}
                <br />
                <span class="muted">
                  {l.seed
                    ? 'bundled with the extension'
                    : l.imported
                      ? `imported from the file ${l.url.replace(/^file:/, '')}`
                      : l.url}
                </span>
              </td>
              <td class="num">{l.entries}</td>
              <td class="num">{l.domains ?? 0}</td>
              <td>{l.updated ? l.updated.slice(0, 10) : '—'}</td>
              <td>{l.seed ? '—' : l.imported ? `imported ${age(l.fetchedAt)}` : age(l.fetchedAt)}</td>
              <td>{l.errors?.length ? `${l.errors.length}: ${l.errors[0]}` : ''}</td>
              <td>
                {!l.seed && (
                  <button
                    type="button"
                    onClick={() => run('Unsubscribe', () => send('ui/list-unsubscribe', { url: l.url }))}
                  >
                    {l.imported ? 'Remove' : 'Unsubscribe'}
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
          void run('Subscribe', async () => {
            await send('ui/list-subscribe', { url });
            setUrl('');
          });
        }}
      >
        <label>
          List URL (https)
          <input type="url" required size={50} value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
        </label>
        <button type="submit" class="primary">
          Subscribe
        </button>
        <button type="button" onClick={() => run('Refresh', () => send('ui/list-refresh'))}>
          Refresh all now
        </button>
        <label>
          Import a list file (JSON or State Media Monitor CSV){' '}
          <input
            type="file"
            accept=".json,.csv,application/json,text/csv"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (!file) return;
              void run(`Import ${file.name}`, async () => {
                if (file.size > MAX_FILE) throw new Error('the file is larger than 5 MB');
                await send('ui/list-import', { name: file.name, text: await file.text() });
                input.value = '';
              });
            }}
          />
        </label>
        <button
          type="button"
          onClick={() =>
            run('Export my labels', async () => {
              const { list, skipped } = await send('ui/labels-export');
              download(`provenance-lens-labels-${list.updated.slice(0, 10)}.json`, JSON.stringify(list, null, 2));
              if (skipped)
                setStatus(`Exported ${list.entries.length} confirmed labels (${skipped} other labels left out).`);
            })
          }
        >
          Export my labels as a list
        </button>
      </form>
      <p role="status" class={status.includes('failed') ? 'error' : 'muted'}>
        {status}
      </p>
    </section>
  );
}
