/**
 * The lists the extension offers (the State Media Monitor data set): one click to subscribe, off until then. Shown
 * on the options page and in the dashboard's Lists tab; subscribing fetches the list's URL once, then the background
 * refreshes it daily like any subscription.
 */
import type { ListInfo, OfferedList } from '../../protocol';

export function ListOffers(props: {
  offered: readonly OfferedList[];
  lists: readonly ListInfo[];
  subscribe: (o: OfferedList) => void;
  unsubscribe?: (o: OfferedList) => void;
  busy?: boolean;
}) {
  if (!props.offered.length) return null;
  return (
    <ul class="list-offers" style={{ listStyle: 'none', padding: 0, margin: '8px 0' }}>
      {props.offered.map((o) => {
        const have = props.lists.find((l) => l.url === o.url);
        return (
          <li key={o.url} style={{ margin: '0 0 8px' }}>
            <strong>{o.name}</strong> <span class="muted">— {o.about}</span>
            <br />
            <span class="muted" style={{ wordBreak: 'break-all' }}>
              {o.url}
            </span>
            <br />
            {have ? (
              <span>
                Subscribed: {have.entries} accounts
                {have.domains ? `, ${have.domains} outlet domains` : ''}
                {have.enabled ? '' : ' (switched off)'}.{' '}
                {props.unsubscribe && (
                  <button type="button" disabled={props.busy} onClick={() => props.unsubscribe?.(o)}>
                    Unsubscribe
                  </button>
                )}
              </span>
            ) : (
              <button
                type="button"
                class="primary"
                disabled={props.busy}
                aria-label={`Subscribe to ${o.name}`}
                onClick={() => props.subscribe(o)}
              >
                Subscribe
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
