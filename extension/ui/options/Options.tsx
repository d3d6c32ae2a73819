/**
 * Options: sensitivity, signals, badge display, watchlist interval, retention, the offered lists, the moderator's
 * name. Every string from the catalogues (extension/i18n/options); each signal by a name and a sentence in words,
 * grouped by the question it answers. Retention lives here and only here (the dashboard links to it).
 */
import { useEffect, useState } from 'preact/hooks';
import { SIGNAL_CATALOG } from '../../../src/signals/catalog';
import type { Axis } from '../../../src/signals/types';
import type { LensOptions, ListInfo, OfferedList, Sensitivity } from '../../protocol';
import { t, tn, uiLocale } from '../shared/i18n';
import { ListOffers } from '../shared/ListOffers';
import { DEFAULT_MODERATOR, moderatorName } from '../shared/moderator-name';
import { send } from '../shared/send';

const SENSITIVITIES: readonly Sensitivity[] = ['low', 'normal', 'high'];
const AXES: readonly Axis[] = ['affiliation', 'amplification'];
const BADGE_DISPLAYS: readonly LensOptions['badgeDisplay'][] = ['all', 'state-media', 'off'];

/** A signal's catalogue key: `options_sig_<id with underscores>` (tests/unit/options-i18n.test.ts checks them). */
export const signalKey = (id: string) => `options_sig_${id.replaceAll('-', '_')}`;

export function Options() {
  const [o, setO] = useState<LensOptions | undefined>();
  const [status, setStatus] = useState('');
  const [lists, setLists] = useState<{ lists: ListInfo[]; offered: OfferedList[] }>({ lists: [], offered: [] });
  const [listStatus, setListStatus] = useState<{ text: string; busy?: boolean; failed?: boolean }>({ text: '' });
  const loadLists = () =>
    send('ui/lists')
      .then((r) => setLists({ lists: r.lists, offered: r.offered ?? [] }))
      .catch(() => undefined);
  const [retention, setRetention] = useState<{ text: string; failed?: boolean }>({ text: '' });
  useEffect(() => {
    void send('ui/options').then(setO);
    void loadLists();
  }, []);
  // The dashboard links to `#retention`: the form is drawn only once the options are read, so scroll there then.
  const loaded = o !== undefined;
  useEffect(() => {
    if (!loaded || location.hash !== '#retention') return;
    const input = document.getElementById('retention');
    input?.scrollIntoView({ block: 'center' });
    input?.focus();
  }, [loaded]);
  const listAction = (what: string, fn: () => Promise<unknown>) => {
    setListStatus({ text: t('options_status_running', what), busy: true });
    fn()
      .then(() => setListStatus({ text: t('options_status_done', what) }))
      .catch((e: Error) => setListStatus({ text: t('options_status_failed', [what, e.message]), failed: true }))
      .finally(() => void loadLists());
  };
  if (!o) return <p aria-live="polite">{t('options_loading')}</p>;
  const set = (patch: Partial<LensOptions>) => setO({ ...o, ...patch });
  const toggleSignal = (id: string, on: boolean) =>
    set({ disabledSignals: on ? o.disabledSignals.filter((s) => s !== id) : [...o.disabledSignals, id] });

  return (
    <main>
      <h1>{t('options_title')}</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          send('ui/options-save', { options: o })
            .then(() => setStatus(t('options_saved')))
            .catch((err: Error) => setStatus(t('options_not_saved', err.message)));
        }}
      >
        <fieldset>
          <legend>{t('options_sensitivity')}</legend>
          {SENSITIVITIES.map((s) => (
            <label key={s} class="choice">
              <input
                type="radio"
                name="sensitivity"
                value={s}
                checked={o.sensitivity === s}
                onChange={() => set({ sensitivity: s })}
              />
              <span>{t(`options_sensitivity_${s}`)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('options_signals')}</legend>
          <p class="muted">{t('options_signals_intro')}</p>
          {AXES.map((axis) => (
            <fieldset key={axis} class="axis">
              <legend>{t(`options_axis_${axis}`)}</legend>
              {SIGNAL_CATALOG.filter((s) => s.axis === axis).map((s) => (
                <label key={s.id} class="choice" data-signal={s.id}>
                  <input
                    type="checkbox"
                    checked={!o.disabledSignals.includes(s.id)}
                    onChange={(e) => toggleSignal(s.id, e.currentTarget.checked)}
                  />
                  <span>
                    {t(signalKey(s.id))}
                    <span class="about">{t(`${signalKey(s.id)}_about`)}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('options_badge')}</legend>
          <label class="field">
            {t('options_badge_show')}{' '}
            <select
              value={o.badgeDisplay}
              onChange={(e) => set({ badgeDisplay: e.currentTarget.value as LensOptions['badgeDisplay'] })}
            >
              {BADGE_DISPLAYS.map((d) => (
                <option key={d} value={d}>
                  {t(`options_badge_${d.replace('-', '_')}`)}
                </option>
              ))}
            </select>
          </label>
          <label class="choice">
            <input
              type="checkbox"
              checked={o.showClear}
              onChange={(e) => set({ showClear: e.currentTarget.checked })}
            />
            <span>{t('options_show_clear')}</span>
          </label>
          <label class="choice">
            <input
              type="checkbox"
              checked={o.showUnchecked}
              onChange={(e) => set({ showUnchecked: e.currentTarget.checked })}
            />
            <span>{t('options_show_unchecked')}</span>
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('options_data')}</legend>
          <label class="field">
            {t('options_watch_hours')}{' '}
            <input
              type="number"
              min={1}
              max={720}
              value={o.watchIntervalHours}
              onInput={(e) => set({ watchIntervalHours: Number(e.currentTarget.value) })}
            />
          </label>
          <label class="field">
            {t('options_retention_days')}{' '}
            <input
              id="retention"
              type="number"
              min={0}
              max={3650}
              value={o.retentionDays}
              aria-describedby="retention-help"
              onInput={(e) => set({ retentionDays: Number(e.currentTarget.value) })}
            />
          </label>
          <p id="retention-help" class="muted">
            {t('options_retention_help')}
          </p>
          <p class="actions">
            <button
              type="button"
              onClick={() => {
                setRetention({ text: '' });
                send('ui/options-save', { options: { retentionDays: o.retentionDays } })
                  .then(() => send('ui/retention-run'))
                  .then(({ deleted }) =>
                    setRetention({
                      text: tn('options_retention_done', deleted, new Intl.NumberFormat(uiLocale()).format(deleted)),
                    }),
                  )
                  .catch((e: Error) => setRetention({ text: t('options_not_saved', e.message), failed: true }));
              }}
            >
              {t('options_retention_apply')}
            </button>
          </p>
          <p role="status" class={retention.failed ? 'error' : 'muted'}>
            {retention.text}
          </p>
          <label class="choice">
            <input type="checkbox" checked={o.seedList} onChange={(e) => set({ seedList: e.currentTarget.checked })} />
            <span>{t('options_seed_list')}</span>
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('options_lists')}</legend>
          <p class="muted">{t('options_lists_help')}</p>
          <ListOffers
            offered={lists.offered}
            lists={lists.lists}
            busy={listStatus.busy}
            subscribe={(l) =>
              listAction(t('options_offer_subscribe_to', l.name), () => send('ui/list-subscribe', { url: l.url }))
            }
            unsubscribe={(l) =>
              listAction(t('options_offer_unsubscribe_from', l.name), () => send('ui/list-unsubscribe', { url: l.url }))
            }
          />
          <p role="status" class={listStatus.failed ? 'error' : 'muted'}>
            {listStatus.text}
          </p>
        </fieldset>
        <fieldset>
          <legend>{t('options_moderator')}</legend>
          <label class="field">
            {t('options_moderator_name')}{' '}
            {/* The default name is the extension's word, shown in the interface language (extension/ui/shared/moderator-name.ts). */}
            <input
              id="moderator-name"
              type="text"
              value={o.moderatorName === DEFAULT_MODERATOR ? moderatorName(o.moderatorName) : o.moderatorName}
              onInput={(e) => set({ moderatorName: e.currentTarget.value })}
            />
          </label>
        </fieldset>
        <p class="actions">
          <button type="submit" class="primary">
            {t('options_save')}
          </button>
          <a href="dashboard.html">{t('options_open_dashboard')}</a>
        </p>
        <p role="status">{status}</p>
      </form>
    </main>
  );
}
