/**
 * Options: sensitivity, signals, badge display, watchlist interval, retention, the offered lists, the moderator's
 * name.
 */
import { useEffect, useState } from 'preact/hooks';
import { SIGNAL_CATALOG } from '../../../src/signals/catalog';
import type { LensOptions, ListInfo, OfferedList, Sensitivity } from '../../protocol';
import { ListOffers } from '../shared/ListOffers';
import { send } from '../shared/send';

const SENSITIVITY: Record<Sensitivity, string> = {
  low: 'Low — fewer "unusual" and "suspected" calls',
  normal: 'Normal — the calibrated thresholds',
  high: 'High — flag reach on weaker evidence',
};

export function Options() {
  const [o, setO] = useState<LensOptions | undefined>();
  const [status, setStatus] = useState('');
  const [lists, setLists] = useState<{ lists: ListInfo[]; offered: OfferedList[] }>({ lists: [], offered: [] });
  const [listStatus, setListStatus] = useState('');
  const loadLists = () =>
    send('ui/lists')
      .then((r) => setLists({ lists: r.lists, offered: r.offered ?? [] }))
      .catch(() => undefined);
  useEffect(() => {
    void send('ui/options').then(setO);
    void loadLists();
  }, []);
  const listAction = (what: string, fn: () => Promise<unknown>) => {
    setListStatus(`${what}…`);
    fn()
      .then(() => setListStatus(`${what}: done.`))
      .catch((e: Error) => setListStatus(`${what} failed: ${e.message}`))
      .finally(() => void loadLists());
  };
  if (!o) return <p>Loading…</p>;
  const set = (patch: Partial<LensOptions>) => setO({ ...o, ...patch });
  const toggleSignal = (id: string, on: boolean) =>
    set({ disabledSignals: on ? o.disabledSignals.filter((s) => s !== id) : [...o.disabledSignals, id] });

  return (
    <main style={{ padding: '12px 16px', maxWidth: '720px' }}>
      <h1>Provenance Lens options</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          send('ui/options-save', { options: o })
            .then(() => setStatus('Saved. New visits are assessed with these settings.'))
            .catch((err: Error) => setStatus(`Not saved: ${err.message}`));
        }}
      >
        <fieldset>
          <legend>Sensitivity</legend>
          {(Object.keys(SENSITIVITY) as Sensitivity[]).map((s) => (
            <label key={s} style={{ display: 'block' }}>
              <input
                type="radio"
                name="sensitivity"
                checked={o.sensitivity === s}
                onChange={() => set({ sensitivity: s })}
              />{' '}
              {SENSITIVITY[s]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Signals that count</legend>
          {SIGNAL_CATALOG.map((s) => (
            <label key={s.id} style={{ display: 'block' }}>
              <input
                type="checkbox"
                checked={!o.disabledSignals.includes(s.id)}
                onChange={(e) => toggleSignal(s.id, e.currentTarget.checked)}
              />{' '}
              {s.id}{' '}
              <span class="muted">
                ({s.axis}: {s.about})
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Badge for everyday viewing</legend>
          <label style={{ display: 'block' }}>
            Show{' '}
            <select
              value={o.badgeDisplay}
              onChange={(e) => set({ badgeDisplay: e.currentTarget.value as LensOptions['badgeDisplay'] })}
            >
              <option value="all">state media, suspected and unusual accounts</option>
              <option value="state-media">state media only</option>
              <option value="off">no badge</option>
            </select>
          </label>
          <label style={{ display: 'block' }}>
            <input
              type="checkbox"
              checked={o.showClear}
              onChange={(e) => set({ showClear: e.currentTarget.checked })}
            />{' '}
            a check mark on accounts with nothing notable
          </label>
        </fieldset>
        <fieldset>
          <legend>Watchlist and data</legend>
          <label style={{ display: 'block' }}>
            Re-check watched accounts every{' '}
            <input
              type="number"
              min={1}
              max={720}
              value={o.watchIntervalHours}
              onInput={(e) => set({ watchIntervalHours: Number(e.currentTarget.value) })}
            />{' '}
            hours
          </label>
          <label style={{ display: 'block' }}>
            Keep observations for{' '}
            <input
              type="number"
              min={0}
              max={3650}
              value={o.retentionDays}
              onInput={(e) => set({ retentionDays: Number(e.currentTarget.value) })}
            />{' '}
            days (0 = forever)
          </label>
          <label style={{ display: 'block' }}>
            <input type="checkbox" checked={o.seedList} onChange={(e) => set({ seedList: e.currentTarget.checked })} />{' '}
            use the bundled seed list
          </label>
        </fieldset>
        <fieldset>
          <legend>Lists</legend>
          <p class="muted" style={{ margin: '0 0 4px' }}>
            Subscribing fetches the list from its URL now and then once a day, with no cookies; nothing is fetched for a
            list you have not subscribed to. Other lists, and list files, in the dashboard's Lists tab.
          </p>
          <ListOffers
            offered={lists.offered}
            lists={lists.lists}
            busy={listStatus.endsWith('…')}
            subscribe={(l) => listAction(`Subscribe to ${l.name}`, () => send('ui/list-subscribe', { url: l.url }))}
            unsubscribe={(l) =>
              listAction(`Unsubscribe from ${l.name}`, () => send('ui/list-unsubscribe', { url: l.url }))
            }
          />
          <p role="status" class={listStatus.includes('failed') ? 'error' : 'muted'}>
            {listStatus}
          </p>
        </fieldset>
        <fieldset>
          <legend>Moderator</legend>
          <label>
            Name shown on your labels{' '}
            <input type="text" value={o.moderatorName} onInput={(e) => set({ moderatorName: e.currentTarget.value })} />
          </label>
        </fieldset>
        <p>
          <button type="submit" class="primary">
            Save
          </button>{' '}
          <a href="dashboard.html">Open the dashboard</a>
        </p>
        <p role="status">{status}</p>
      </form>
    </main>
  );
}
