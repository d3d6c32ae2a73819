/** The toolbar popup: the current tab's account with its verdict and top reasons, and the way to the dashboard. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { DECISION_TEXT } from '../shared/decisions';
import { StorageNotice } from '../shared/StorageNotice';
import { day } from '../shared/send';
import { VerdictChip } from '../shared/verdict';
import { type Current, currentAccount } from './current';

function openDashboard(hash = ''): void {
  void browser.tabs.create({ url: browser.runtime.getURL(`dashboard.html${hash}`) });
}

export function Popup() {
  const [cur, setCur] = useState<Current | undefined>();
  const [error, setError] = useState('');
  useEffect(() => {
    currentAccount()
      .then(setCur)
      .catch((e: Error) => setError(e.message));
  }, []);

  const a = cur?.assessment;
  const reasons = a?.signals.filter((s) => s.points > 0).slice(0, 3) ?? [];
  return (
    <main>
      <h1>Provenance Lens</h1>
      <StorageNotice />
      {error && <p class="error">{error}</p>}
      {!cur && !error && <p aria-live="polite">Reading this tab…</p>}
      {cur && !cur.handle && <p data-testid="note">Open a TikTok profile to see its verdict here.</p>}
      {cur?.handle && (
        <section aria-labelledby="who">
          <h2 id="who">@{cur.handle}</h2>
          {a ? (
            <>
              <p>
                <VerdictChip v={a.verdict} /> score {a.score}
              </p>
              <p data-testid="reason">{a.reason}</p>
              {a.moderator && (
                <p class="muted">
                  {DECISION_TEXT[a.moderator.decision]} — decided by {a.moderator.by}, {day(a.moderator.at)}
                </p>
              )}
              {reasons.length > 0 && (
                <ul aria-label="Top reasons">
                  {reasons.map((s) => (
                    <li key={s.id}>{s.evidence}</li>
                  ))}
                </ul>
              )}
            </>
          ) : (
            <p>Not assessed yet: the page is still loading or could not be read.</p>
          )}
        </section>
      )}
      <p class="links">
        {cur?.handle && (
          <a
            href={`dashboard.html#account=${encodeURIComponent(cur.handle)}`}
            onClick={(e) => {
              e.preventDefault();
              openDashboard(`#account=${encodeURIComponent(cur.handle!)}`);
            }}
          >
            Details in the dashboard
          </a>
        )}
        <a
          href="dashboard.html"
          onClick={(e) => {
            e.preventDefault();
            openDashboard();
          }}
        >
          Open the dashboard
        </a>
      </p>
    </main>
  );
}
