/**
 * The moderator dashboard: the account list, one account's evidence, the lists, and data tools. The view lives
 * in the URL hash (`#account=<handle>`, `#lists`, `#data`) so it can be linked from the popup and reloaded.
 */
import { useEffect, useState } from 'preact/hooks';
import { StorageNotice } from '../shared/StorageNotice';
import { Account } from './Account';
import { Accounts } from './Accounts';
import { DataTools } from './DataTools';
import { Lists } from './Lists';

type View = { kind: 'accounts' } | { kind: 'account'; handle: string } | { kind: 'lists' } | { kind: 'data' };

function fromHash(hash: string): View {
  const h = hash.replace(/^#/, '');
  if (h.startsWith('account=')) return { kind: 'account', handle: decodeURIComponent(h.slice(8)) };
  if (h === 'lists' || h === 'data') return { kind: h };
  return { kind: 'accounts' };
}

export function App() {
  const [view, setView] = useState<View>(fromHash(location.hash));
  useEffect(() => {
    const on = () => setView(fromHash(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  const go = (hash: string) => {
    location.hash = hash;
  };
  const tab = (kind: View['kind'], hash: string, label: string) => (
    <a href={hash || '#'} aria-current={view.kind === kind ? 'page' : undefined} onClick={() => go(hash)}>
      {label}
    </a>
  );
  return (
    <>
      <header class="top">
        <h1>Provenance Lens</h1>
        <nav aria-label="Dashboard sections">
          {tab('accounts', '#', 'Accounts')}
          {tab('lists', '#lists', 'Lists')}
          {tab('data', '#data', 'Data')}
          <a href="options.html">Options</a>
        </nav>
      </header>
      <main>
        <StorageNotice />
        {view.kind === 'accounts' && <Accounts onOpen={(h) => go(`account=${encodeURIComponent(h)}`)} />}
        {view.kind === 'account' && <Account handle={view.handle} onBack={() => go('')} />}
        {view.kind === 'lists' && <Lists />}
        {view.kind === 'data' && <DataTools />}
      </main>
    </>
  );
}
