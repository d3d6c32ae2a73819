/**
 * One account: verdict, the two axes and how they make the score, the moderator's label and actions, every
 * signal's evidence (in the interface language where the signal carries a message key: src/signals/say.ts), one
 * chart per measure, posts, visits, and the history of labels and notes.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { sayEvidence, sayReason, sayThreshold } from '../../../src/signals/say';
import type { AccountProfile, SignalResult } from '../../protocol';
import { t } from '../shared/i18n';
import { moderatorName } from '../shared/moderator-name';
import { ScrollBox } from '../shared/ScrollBox';
import { type AccountData, loadAccount } from './account-data';
import { Chart } from './Chart';
import { Chip } from './Chip';
import { dateTime, day, decisionName, locale, num, regionName } from './format';
import { ModActions } from './ModActions';
import { VerdictHistory } from './VerdictHistory';

const tr = (key: string, args?: string[]) => t(key, args);

const fmt = (v: unknown) =>
  v === null || v === undefined
    ? '—'
    : typeof v === 'number'
      ? num(Math.round(v * 100) / 100)
      : typeof v === 'boolean'
        ? t(v ? 'dash_yes' : 'dash_no')
        : String(v);

/** A label, a list, a bio link or an employer: evidence a moderator can confirm on (not a name cue or reach). */
const isStrong = (s: SignalResult) => s.points > 0 && (s.strength === 'confirmed' || s.strength === 'evidence');

/** Bio and link are the page's own text (shown as written, never as markup); the region is named by Intl. */
function Profile({ p }: { p: AccountProfile }) {
  return (
    <dl class="profile">
      {p.bio && (
        <div>
          <dt>{t('dash_profile_bio')}</dt>
          <dd data-page-text class="bio">
            {p.bio}
          </dd>
        </div>
      )}
      {p.link && (
        <div>
          <dt>{t('dash_profile_link')}</dt>
          <dd data-page-text>{p.link}</dd>
        </div>
      )}
      {p.region && (
        <div>
          <dt>{t('dash_profile_region')}</dt>
          <dd>{regionName(p.region)}</dd>
        </div>
      )}
      {p.createdAt !== undefined && (
        <div>
          <dt>{t('dash_profile_created')}</dt>
          <dd>{day(p.createdAt * 1000)}</dd>
        </div>
      )}
      {p.verified !== undefined && (
        <div>
          <dt>{t('dash_profile_verified')}</dt>
          <dd>{t(p.verified ? 'dash_yes' : 'dash_no')}</dd>
        </div>
      )}
    </dl>
  );
}

export function Account({ handle, onBack }: { handle: string; onBack(): void }) {
  const [data, setData] = useState<AccountData | undefined>();
  const [error, setError] = useState('');
  const [n, setN] = useState(0);
  useEffect(() => {
    loadAccount(handle)
      .then(setData)
      .catch((e: Error) => setError(e.message));
  }, [handle, n]);

  const counts = useMemo(() => {
    const obs = (data?.observations ?? []).filter((o) => o.stats?.followers !== undefined);
    return {
      x: obs.map((o) => o.observedAt / 1000),
      followers: obs.map((o) => o.stats?.followers ?? null),
      likes: obs.map((o) => o.stats?.likes ?? null),
    };
  }, [data]);
  const views = useMemo(() => {
    const posts = [...(data?.posts ?? [])].sort((a, b) => a[1] - b[1]);
    return { x: posts.map((p) => p[1]), y: posts.map((p) => p[2]) };
  }, [data]);

  const back = (
    <p>
      <button type="button" onClick={onBack}>
        {t('dash_back')}
      </button>
    </p>
  );
  if (error)
    return (
      <>
        {back}
        <p class="error">{t('dash_account_error', [handle, error])}</p>
      </>
    );
  if (!data) return <p aria-live="polite">{t('dash_loading_account', handle)}</p>;
  const a = data.assessment;
  const m = a?.moderator;
  // The moderator's name is theirs, not the interface's: split out of the sentence around a marker.
  const modLine = m ? t('dash_mod_label', [decisionName(m.decision), '\u2068', dateTime(m.at)]).split('\u2068') : [];
  return (
    <article aria-labelledby="acct-h">
      {back}
      <h2 id="acct-h">
        {`@${handle}`}{' '}
        <span class="muted" data-page-text>
          {data.nickname ?? ''}
        </span>
      </h2>
      {data.profile && <Profile p={data.profile} />}
      {a ? (
        <div class="verdict-line">
          <p>
            <Chip v={a.verdict} />{' '}
            {/* A moderator's label replaces the reason with an English sentence (extension/background/label-history.ts): the panel below
                says the same in the interface language. */}
            {(!m || (a as { reasonSay?: unknown }).reasonSay) && (
              <span data-testid="reason">{sayReason(a, tr, locale)}</span>
            )}
          </p>
          <dl class="axes">
            <div>
              <dt>{t('dash_axis_affiliation')}</dt>
              <dd>
                <meter min={0} max={100} value={a.affiliation} aria-hidden="true" /> {num(a.affiliation)}/100
              </dd>
            </div>
            <div>
              <dt>{t('dash_axis_amplification')}</dt>
              <dd>
                <meter min={0} max={100} value={a.amplification} aria-hidden="true" /> {num(a.amplification)}/100
              </dd>
            </div>
            <div>
              <dt>{t('dash_col_score')}</dt>
              <dd>{num(a.score)}/100</dd>
            </div>
          </dl>
          <p class="muted">{t('dash_axes_explain')}</p>
        </div>
      ) : (
        <p>{t('dash_not_assessed')}</p>
      )}
      {m && (
        <p class="panel" data-testid="moderator">
          {modLine[0]}
          <span data-page-text>{moderatorName(m.by)}</span>
          {modLine[1]}
          {m.source && (
            <>
              {' '}
              · {t('dash_source_is')}{' '}
              {/^https?:\/\//.test(m.source) ? (
                <a href={m.source} rel="noreferrer noopener" target="_blank">
                  {m.source}
                </a>
              ) : (
                m.source
              )}
            </>
          )}
          {m.note && (
            <>
              {' '}
              · {t('dash_note_is')} <span data-page-text>{m.note}</span>
            </>
          )}{' '}
          · {t('dash_computed')} <Chip v={m.computed} />
        </p>
      )}
      <ModActions
        handle={handle}
        canUndo={data.canUndo}
        hasLabel={Boolean(m)}
        watched={data.watched}
        strong={Boolean(a?.signals.some(isStrong))}
        onChange={() => setN(n + 1)}
      />

      <h2>{t('dash_signals_h')}</h2>
      {a && a.signals.length > 0 ? (
        <ScrollBox label={t('dash_signals_h')}>
          <table class="evidence">
            <thead>
              <tr>
                <th scope="col">{t('dash_col_evidence')}</th>
                <th scope="col">{t('dash_col_axis')}</th>
                <th scope="col">{t('dash_col_value')}</th>
                <th scope="col">{t('dash_col_threshold')}</th>
                <th scope="col" class="num">
                  {t('dash_col_points')}
                </th>
              </tr>
            </thead>
            <tbody>
              {a.signals.map((s) => (
                <tr key={s.id} class={s.points > 0 ? 'scored' : undefined}>
                  <td>
                    {sayEvidence(s, tr, locale)} <code class="muted">{s.id}</code>
                  </td>
                  <td>{t(s.axis === 'affiliation' ? 'dash_axis_affiliation' : 'dash_axis_amplification')}</td>
                  <td data-page-text={typeof s.value === 'string' ? true : undefined}>{fmt(s.value)}</td>
                  <td>{sayThreshold(s, tr, locale)}</td>
                  <td class="num">{num(s.points)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      ) : (
        <p class="muted">{t('dash_no_signals')}</p>
      )}

      <div class="charts">
        <Chart
          title={t('dash_chart_followers')}
          x={counts.x}
          y={counts.followers}
          label={t('dash_col_followers')}
          stroke="--chart-followers"
        />
        <Chart
          title={t('dash_chart_likes')}
          x={counts.x}
          y={counts.likes}
          label={t('dash_likes')}
          stroke="--chart-likes"
        />
        <Chart
          title={t('dash_chart_views')}
          x={views.x}
          y={views.y}
          label={t('dash_views')}
          stroke="--chart-views"
          points
        />
      </div>

      <h2>{t('dash_posts_h', num(data.posts.length))}</h2>
      <ScrollBox label={t('dash_posts_label')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dash_col_video')}</th>
              <th scope="col">{t('dash_col_uploaded')}</th>
              <th scope="col" class="num">
                {t('dash_views')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.posts.map(([id, at, v]) => (
              <tr key={id}>
                <td>{id}</td>
                <td>{dateTime(at * 1000)}</td>
                <td class="num">{v === null ? '—' : num(v)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>

      <h2>{t('dash_visits_h', num(data.observations.length))}</h2>
      <ScrollBox label={t('dash_visits_label')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dash_col_when')}</th>
              <th scope="col">{t('dash_col_source')}</th>
              <th scope="col">{t('dash_col_status')}</th>
              <th scope="col" class="num">
                {t('dash_col_followers')}
              </th>
              <th scope="col" class="num">
                {t('dash_likes')}
              </th>
              <th scope="col" class="num">
                {t('dash_col_videos')}
              </th>
              <th scope="col">{t('dash_col_tiktok_label')}</th>
            </tr>
          </thead>
          <tbody>
            {[...data.observations].reverse().map((o) => (
              <tr key={o.id ?? o.observedAt}>
                <td>{dateTime(o.observedAt)}</td>
                <td>{t(`dash_source_${o.source.replace(/-/g, '_')}`)}</td>
                <td>{t(`dash_outcome_${o.status.replace(/-/g, '_')}`)}</td>
                <td class="num">{num(o.stats?.followers)}</td>
                <td class="num">{num(o.stats?.likes)}</td>
                <td class="num">{num(o.stats?.videos)}</td>
                <td data-page-text={o.label?.text ? true : undefined}>
                  {o.labelled ? (o.label?.text ?? t('dash_labelled')) : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>

      <VerdictHistory handle={handle} labels={data.history} n={n} />

      {/* Moderators' decisions are rows of "How the verdict changed" above; this list is TikTok's own label. */}
      <h2>{t('dash_history_h')}</h2>
      {data.labelEvents.length === 0 ? (
        <p class="muted">{t('dash_no_history')}</p>
      ) : (
        <ul data-testid="label-history">
          {[...data.labelEvents]
            .sort((x, y) => y.at - x.at)
            .map((e) => (
              <li key={`${e.at}-${e.labelled}`} data-page-text>
                {dateTime(e.at)} —{' '}
                {`${t(e.labelled ? 'dash_history_tiktok_on' : 'dash_history_tiktok_off')}${e.text ? ` “${e.text}”` : ''} (${t(`dash_via_${e.via}`)})`}
              </li>
            ))}
        </ul>
      )}

      <h2>{t('dash_notes_h')}</h2>
      {data.notes.length === 0 ? (
        <p class="muted">{t('dash_no_notes')}</p>
      ) : (
        <ul>
          {data.notes.map((x) => (
            <li key={x.id}>
              {day(x.at)} <span data-page-text>{x.by ? `${moderatorName(x.by)}: ` : ''}</span>
              <span data-page-text>{x.text}</span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
