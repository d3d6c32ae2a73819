/**
 * The lists the extension offers (the State Media Monitor data set): one click to subscribe, off until then. Shown
 * on the options page and in the dashboard's Lists tab; subscribing fetches the list's URL once, then the background
 * refreshes it daily like any subscription. Words from extension/i18n/options (`options_offer_*`).
 */
import { SMM_URL } from '../../../src/lists/smm-csv';
import type { ListInfo, OfferedList } from '../../protocol';
import { t, uiLocale } from './i18n';

/** The offer's description in the UI language when the catalogue has one for it, else as the background gives it. */
function about(o: OfferedList): string {
  if (o.url !== SMM_URL) return o.about;
  const s = t('options_offer_smm_about');
  return s === 'options_offer_smm_about' ? o.about : s;
}

/** `t` with an English fallback outside an extension (unit tests render this component). */
function say(key: string, english: string, subs?: (string | number)[]): string {
  const s = t(key, subs);
  return s === key || s.startsWith(`${key}: `) ? english : s;
}

export function ListOffers(props: {
  offered: readonly OfferedList[];
  lists: readonly ListInfo[];
  subscribe: (o: OfferedList) => void;
  unsubscribe?: (o: OfferedList) => void;
  busy?: boolean;
}) {
  if (!props.offered.length) return null;
  const n = (x: number) => new Intl.NumberFormat(uiLocale()).format(x);
  return (
    <ul class="list-offers" style={{ listStyle: 'none', padding: 0, margin: '8px 0' }}>
      {props.offered.map((o) => {
        const have = props.lists.find((l) => l.url === o.url);
        return (
          <li key={o.url} style={{ margin: '0 0 8px' }}>
            <strong data-page-text>{o.name}</strong> <span class="muted">— {about(o)}</span>
            <br />
            <span class="muted" data-page-text style={{ wordBreak: 'break-all' }}>
              {o.url}
            </span>
            <br />
            {have ? (
              <span>
                {have.domains
                  ? say(
                      'options_offer_subscribed_domains',
                      `Subscribed: ${have.entries} accounts, ${have.domains} outlet domains.`,
                      [n(have.entries), n(have.domains)],
                    )
                  : say('options_offer_subscribed', `Subscribed: ${have.entries} accounts.`, [n(have.entries)])}
                {have.enabled ? '' : ` ${say('options_offer_off', '(switched off)')}`}{' '}
                {props.unsubscribe && (
                  <button
                    type="button"
                    class="danger"
                    disabled={props.busy}
                    aria-label={say('options_offer_unsubscribe_from', `Unsubscribe from ${o.name}`, [o.name])}
                    onClick={() => props.unsubscribe?.(o)}
                  >
                    {say('options_offer_unsubscribe', 'Unsubscribe')}
                  </button>
                )}
              </span>
            ) : (
              <button
                type="button"
                class="primary"
                disabled={props.busy}
                aria-label={say('options_offer_subscribe_to', `Subscribe to ${o.name}`, [o.name])}
                onClick={() => props.subscribe(o)}
              >
                {say('options_offer_subscribe', 'Subscribe')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
