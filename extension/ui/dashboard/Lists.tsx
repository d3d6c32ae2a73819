/** Lists: the bundled seed list and subscriptions with their age; subscribe; export own labels as a list. */
import { useEffect, useState } from 'preact/hooks';
import type { ListInfo } from '../shared/messages';
import { loadOptions, saveOptions } from '../shared/options';
import { age, ask, download } from '../shared/send';

export function Lists() {
  const [lists, setLists] = useState<ListInfo[]>([]);
  const [url, setUrl] = useState('');
  const [status, setStatus] = useState('');
  const reload = () =>
    ask({ type: 'ui/lists' })
      .then((r) => setLists(r.lists))
      .catch((e: Error) => setStatus(e.message));
  useEffect(() => {
    void reload();
  }, []);

  const run = async (what: string, fn: () => Promise<unknown>) => {
    setStatus(`${what}…`);
    try {
      await fn();
      setStatus(`${what}: done.`);
    } catch (e) {
      setStatus(`${what} failed: ${(e as Error).message}`);
    }
    await reload();
  };
  const toggle = (l: ListInfo, enabled: boolean) =>
    run(enabled ? 'Enable' : 'Disable', async () => {
      if (l.seed) await saveOptions({ ...(await loadOptions()), seedList: enabled });
      else await ask({ type: 'ui/list-enable', url: l.url, enabled });
    });

  return (
    <section aria-labelledby="lists-h">
      <h2 id="lists-h">Lists of state-media accounts</h2>
      <p class="muted">
        An account on an enabled list is shown as state media, citing the list and the entry's source. Lists are JSON in
        the <code>provenance-lens/list</code> format, version 1 (see src/lists/format.ts); subscribed lists are fetched
        again every day.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Use</th>
            <th scope="col">List</th>
            <th scope="col" class="num">
              Entries
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
                <span class="muted">{l.seed ? 'bundled with the extension' : l.url}</span>
              </td>
              <td class="num">{l.entries}</td>
              <td>{l.updated ? l.updated.slice(0, 10) : '—'}</td>
              <td>{l.seed ? '—' : age(l.fetchedAt)}</td>
              <td>{l.errors?.length ? `${l.errors.length}: ${l.errors[0]}` : ''}</td>
              <td>
                {!l.seed && (
                  <button
                    type="button"
                    onClick={() => run('Unsubscribe', () => ask({ type: 'ui/list-unsubscribe', url: l.url }))}
                  >
                    Unsubscribe
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
            await ask({ type: 'ui/list-subscribe', url });
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
        <button type="button" onClick={() => run('Refresh', () => ask({ type: 'ui/list-refresh' }))}>
          Refresh all now
        </button>
        <button
          type="button"
          onClick={() =>
            run('Export my labels', async () => {
              const { list, skipped } = await ask({ type: 'ui/labels-export' });
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
