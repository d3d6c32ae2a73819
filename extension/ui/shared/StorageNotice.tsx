/**
 * "Storage is full" (issue 9): shown by the dashboard and the popup while the background could not store visits
 * for lack of space (extension/background/record.ts). Asked for when the page opens, when the dashboard's view
 * changes and after "clear data" (DATA_CLEARED), which removes the state.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { StorageFull } from '../../protocol';
import { send } from './send';

/** Dispatched on `window` by the dashboard after clearing data. */
export const DATA_CLEARED = 'lens-data-cleared';

const FALLBACK =
  'Storage is full: older history was thinned, and new visits are not being saved. Export your data, then clear it to free space.';

export function storageFullText(): string {
  try {
    return browser.i18n.getMessage('storage_full') || FALLBACK;
  } catch {
    return FALLBACK;
  }
}

export function StorageNotice() {
  const [full, setFull] = useState<StorageFull>();
  useEffect(() => {
    const check = () =>
      void send('ui/storage-status')
        .then((r) => setFull(r?.full))
        .catch(() => undefined);
    check();
    addEventListener('hashchange', check);
    addEventListener(DATA_CLEARED, check);
    return () => {
      removeEventListener('hashchange', check);
      removeEventListener(DATA_CLEARED, check);
    };
  }, []);
  if (!full) return null;
  return (
    <p class="error" role="alert" data-testid="storage-full">
      {storageFullText()}
    </p>
  );
}
