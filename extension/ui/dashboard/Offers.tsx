/**
 * The lists the extension offers (the State Media Monitor data set), in the dashboard's words: one click to
 * subscribe, off until then. The offer's name, description and URL are the background's (extension/background/lists.ts
 * `OFFERED_LISTS`), shown as written.
 */
import type { ListInfo, OfferedList } from '../../protocol';
import { t } from '../shared/i18n';
import { num } from './format';

/**
 * The one list offered today, the State Media Monitor data set (extension/background/lists.ts `OFFERED_LISTS`), is described
 * in the interface language; any other offer shows the background's own words.
 */
const ABOUT_KEYS: [RegExp, string][] = [[/\/State_Media_Matrix\.csv$/, 'dash_offer_about_smm']];
const about = (o: OfferedList) => {
  const key = ABOUT_KEYS.find(([re]) => re.test(o.url))?.[1];
  return key ? (
    <span class="muted">{t(key)}</span>
  ) : (
    <span class="muted" data-page-text>
      {o.about}
    </span>
  );
};

export function Offers(props: {
  offered: readonly OfferedList[];
  lists: readonly ListInfo[];
  busy?: boolean;
  subscribe(o: OfferedList): void;
}) {
  if (!props.offered.length) return null;
  return (
    <ul class="offers">
      {props.offered.map((o) => {
        const have = props.lists.find((l) => l.url === o.url);
        return (
          <li key={o.url}>
            <strong data-page-text>{o.name}</strong> {about(o)}
            <br />
            <span class="muted url" data-page-text>
              {o.url}
            </span>
            <br />
            {have ? (
              <span>
                {t('dash_offer_have', [num(have.entries), num(have.domains ?? 0)])}
                {have.enabled ? '' : ` ${t('dash_offer_off')}`}
              </span>
            ) : (
              <button type="button" class="primary" disabled={props.busy} onClick={() => props.subscribe(o)}>
                {t('dash_list_subscribe')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
