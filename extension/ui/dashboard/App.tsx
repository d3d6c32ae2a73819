/**
 * The moderator dashboard: the queue, all accounts and the watchlist (one table, three views), one account's
 * evidence, the lists, and data tools. Where it is lives in the URL hash (query-url.ts), filters and sort
 * included, so a view can be linked from the popup, reloaded, and found again after opening an account. The list
 * stays mounted (hidden) while an account is open: its rows, scroll and selection are there on the way back.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { StorageNotice } from '../shared/StorageNotice';
import { Account } from './Account';
import { Accounts } from './Accounts';
import { DataTools } from './DataTools';
import type { TableQuery } from './filter';
import { locale } from './format';
import { Lists } from './Lists';
import { hashOfQuery, type View, viewFromHash } from './query-url';

/** The last list view's hash, for "back" from an account (the session's, so a reload keeps it). */
const LAST_LIST = 'lens-dashboard-last-list';

export function App() {
  const [view, setView] = useState<View>(viewFromHash(location.hash));
  const [listQuery, setListQuery] = useState<TableQuery | undefined>(view.kind === 'accounts' ? view.query : undefined);
  useEffect(() => {
    const on = () => {
      const v = viewFromHash(location.hash);
      setView(v);
      if (v.kind === 'accounts') setListQuery(v.query);
    };
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale ?? 'en';
    document.title = t('dash_title');
  }, []);

  /** A filter or sort change: the URL follows in place (no history entry per keystroke). */
  const query = (q: TableQuery) => {
    const hash = hashOfQuery(q);
    history.replaceState(null, '', hash);
    sessionStorage.setItem(LAST_LIST, hash);
    setListQuery(q);
    setView({ kind: 'accounts', query: q });
  };
  const back = () => {
    location.hash = sessionStorage.getItem(LAST_LIST) ?? '#';
  };
  const current = view.kind === 'accounts' ? view.query.view : view.kind;
  const tab = (kind: string, hash: string, label: string) => (
    <a href={hash} aria-current={current === kind ? 'page' : undefined}>
      {label}
    </a>
  );
  return (
    <>
      <header class="top">
        <h1>{t('extName')}</h1>
        <nav aria-label={t('dash_nav_label')}>
          {tab('queue', '#queue', t('dash_nav_queue'))}
          {tab('all', '#', t('dash_nav_accounts'))}
          {tab('watch', '#watch', t('dash_nav_watch'))}
          {tab('lists', '#lists', t('dash_nav_lists'))}
          {tab('data', '#data', t('dash_nav_data'))}
          <a href="options.html">{t('dash_nav_options')}</a>
        </nav>
      </header>
      <main>
        <StorageNotice />
        {listQuery && (
          <div hidden={view.kind !== 'accounts'}>
            <Accounts
              query={listQuery}
              active={view.kind === 'accounts'}
              onQuery={query}
              onOpen={(h) => {
                sessionStorage.setItem(LAST_LIST, hashOfQuery(listQuery));
                location.hash = `account=${encodeURIComponent(h)}`;
              }}
            />
          </div>
        )}
        {view.kind === 'account' && <Account handle={view.handle} onBack={back} />}
        {view.kind === 'lists' && <Lists />}
        {view.kind === 'data' && <DataTools />}
      </main>
    </>
  );
}
