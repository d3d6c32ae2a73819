/** The toolbar popup: the current tab's account with its verdict and top reasons, and the way to the dashboard. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { decisionText } from '../shared/decisions';
import { t, uiLocale } from '../shared/i18n';
import { moderatorName } from '../shared/moderator-name';
import { SayText } from '../shared/SayText';
import { StorageNotice } from '../shared/StorageNotice';
import { VerdictChip } from '../shared/verdict';
import { type Current, currentAccount } from './current';

function openPage(page: string, hash = ''): void {
  void browser.tabs.create({ url: browser.runtime.getURL(`${page}${hash}`) });
}

/** A date in the UI language ("3 dic 2026", "2026. 12. 3."). */
const date = (at: number) => new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium' }).format(at);

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
  const locale = uiLocale();
  return (
    <main>
      {/* The extension's name is a proper name: not translated. */}
      <h1>Provenance Lens</h1>
      <StorageNotice />
      {error && <p class="error">{t('popup_error', error)}</p>}
      {!cur && !error && <p aria-live="polite">{t('popup_reading')}</p>}
      {cur && !cur.handle && <p data-testid="note">{t('popup_open_profile')}</p>}
      {cur?.handle && (
        <section aria-labelledby="who">
          <h2 id="who">@{cur.handle}</h2>
          {a ? (
            <>
              <p>
                <VerdictChip v={a.verdict} /> {t('popup_score', new Intl.NumberFormat(locale).format(a.score))}
              </p>
              <p data-testid="reason">
                <SayText of={a} />
              </p>
              {a.moderator && (
                <p class="muted">
                  {t('popup_decided', [
                    decisionText(a.moderator.decision),
                    moderatorName(a.moderator.by),
                    date(a.moderator.at),
                  ])}
                </p>
              )}
              {reasons.length > 0 && (
                <ul aria-label={t('popup_top_reasons')}>
                  {reasons.map((s) => (
                    <li key={s.id}>
                      <SayText of={s} />
                    </li>
                  ))}
                </ul>
              )}
            </>
          ) : (
            <p>{t('popup_not_assessed')}</p>
          )}
        </section>
      )}
      <p class="links">
        {cur?.handle && (
          <a
            href={`dashboard.html#account=${encodeURIComponent(cur.handle)}`}
            onClick={(e) => {
              e.preventDefault();
              openPage('dashboard.html', `#account=${encodeURIComponent(cur.handle!)}`);
            }}
          >
            {t('popup_details')}
          </a>
        )}
        <a
          href="dashboard.html"
          onClick={(e) => {
            e.preventDefault();
            openPage('dashboard.html');
          }}
        >
          {t('popup_open_dashboard')}
        </a>
        <a
          href="options.html"
          onClick={(e) => {
            e.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          {t('popup_settings')}
        </a>
      </p>
    </main>
  );
}
