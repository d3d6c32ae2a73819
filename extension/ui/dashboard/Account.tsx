/** One account: verdict and moderator label, actions, every signal's evidence, charts, posts, visits, history. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { DECISION_TEXT } from '../shared/decisions';
import { ScrollBox } from '../shared/ScrollBox';
import { dateTime, day, num } from '../shared/send';
import { VerdictChip } from '../shared/verdict';
import { type AccountData, loadAccount } from './account-data';
import { Chart } from './Chart';
import { ModActions } from './ModActions';

const fmt = (v: unknown) =>
  v === null || v === undefined ? '—' : typeof v === 'number' ? num(Math.round(v * 100) / 100) : String(v);

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
    return [
      obs.map((o) => o.observedAt / 1000),
      obs.map((o) => o.stats?.followers ?? null),
      obs.map((o) => o.stats?.likes ?? null),
    ];
  }, [data]);
  const views = useMemo(() => {
    const posts = [...(data?.posts ?? [])].sort((a, b) => a[1] - b[1]);
    return [posts.map((p) => p[1]), posts.map((p) => p[2])];
  }, [data]);

  if (error)
    return (
      <p class="error">
        Could not read @{handle}: {error}
      </p>
    );
  if (!data) return <p aria-live="polite">Loading @{handle}…</p>;
  const a = data.assessment;
  const m = a?.moderator;
  return (
    <article aria-labelledby="acct-h">
      <p>
        <button type="button" onClick={onBack}>
          ← All accounts
        </button>
      </p>
      <h2 id="acct-h">
        @{handle} <span class="muted">{data.nickname ?? ''}</span>
      </h2>
      {a ? (
        <p class="verdict-line">
          <VerdictChip v={a.verdict} /> score {a.score} · ties to a state {a.affiliation}/100 · manufactured reach{' '}
          {a.amplification}/100
          <br />
          <span data-testid="reason">{a.reason}</span>
        </p>
      ) : (
        <p>Not assessed yet.</p>
      )}
      {m && (
        <p class="panel" data-testid="moderator">
          Moderator label: <strong>{DECISION_TEXT[m.decision]}</strong> by {m.by}, {dateTime(m.at)}
          {m.source && (
            <>
              {' '}
              · source: <a href={/^https?:\/\//.test(m.source) ? m.source : undefined}>{m.source}</a>
            </>
          )}
          {m.note && <> · note: {m.note}</>} · computed verdict: <VerdictChip v={m.computed} />
        </p>
      )}
      <ModActions
        handle={handle}
        canUndo={data.canUndo}
        hasLabel={Boolean(m)}
        watched={data.watched}
        onChange={() => setN(n + 1)}
      />

      <h2>Signals</h2>
      {a && a.signals.length > 0 ? (
        <table class="evidence">
          <thead>
            <tr>
              <th scope="col">Signal</th>
              <th scope="col">Axis</th>
              <th scope="col">Value</th>
              <th scope="col">Threshold</th>
              <th scope="col" class="num">
                Points
              </th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {a.signals.map((s) => (
              <tr key={s.id}>
                <td>{s.id}</td>
                <td>{s.axis}</td>
                <td>{fmt(s.value)}</td>
                <td>{fmt(s.threshold)}</td>
                <td class="num">{s.points}</td>
                <td>{s.evidence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">No signal had anything to measure.</p>
      )}

      <div class="grid2">
        <Chart
          title="Followers and likes over time"
          data={counts as [number[], ...(number | null)[][]]}
          series={[
            { label: 'Followers', stroke: '#1d4ed8' },
            { label: 'Likes', stroke: '#b45309' },
          ]}
        />
        <Chart
          title="Views of each post, by upload time"
          data={views as [number[], ...(number | null)[][]]}
          series={[{ label: 'Views', stroke: '#6d28d9', points: true }]}
        />
      </div>

      <h2>Post timeline ({data.posts.length} posts seen)</h2>
      <ScrollBox label="Post timeline">
        <table>
          <thead>
            <tr>
              <th scope="col">Video id</th>
              <th scope="col">Uploaded (from the id)</th>
              <th scope="col" class="num">
                Views
              </th>
            </tr>
          </thead>
          <tbody>
            {data.posts.map(([id, t, v]) => (
              <tr key={id}>
                <td>{id}</td>
                <td>{dateTime(t * 1000)}</td>
                <td class="num">{v === null ? '—' : num(v)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>

      <h2>Observations ({data.observations.length})</h2>
      <ScrollBox label="Observations">
        <table>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Source</th>
              <th scope="col">Status</th>
              <th scope="col" class="num">
                Followers
              </th>
              <th scope="col" class="num">
                Likes
              </th>
              <th scope="col" class="num">
                Videos
              </th>
              <th scope="col">TikTok label</th>
            </tr>
          </thead>
          <tbody>
            {[...data.observations].reverse().map((o) => (
              <tr key={o.id ?? o.observedAt}>
                <td>{dateTime(o.observedAt)}</td>
                <td>{o.source}</td>
                <td>{o.status}</td>
                <td class="num">{num(o.stats?.followers)}</td>
                <td class="num">{num(o.stats?.likes)}</td>
                <td class="num">{num(o.stats?.videos)}</td>
                <td>{o.labelled ? (o.label?.text ?? 'labelled') : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>

      <h2>Label history</h2>
      {data.history.length === 0 && data.labelEvents.length === 0 ? (
        <p class="muted">No labels yet.</p>
      ) : (
        <ul data-testid="label-history">
          {[
            ...data.history.map((h) => ({
              at: h.at,
              text: `${h.by}: ${h.action === 'label' && h.decision ? DECISION_TEXT[h.decision] : h.action === 'remove' ? 'removed the label' : 'undid the last change'}${h.source ? ` (source: ${h.source})` : ''}${h.note ? ` — ${h.note}` : ''}`,
            })),
            ...data.labelEvents.map((e) => ({
              at: e.at,
              text: `TikTok ${e.labelled ? 'showed' : 'stopped showing'} its state-media label${e.text ? ` “${e.text}”` : ''} (${e.via})`,
            })),
          ]
            .sort((x, y) => y.at - x.at)
            .map((e) => (
              <li key={`${e.at}-${e.text}`}>
                {dateTime(e.at)} — {e.text}
              </li>
            ))}
        </ul>
      )}

      <h2>Notes</h2>
      {data.notes.length === 0 ? (
        <p class="muted">No notes.</p>
      ) : (
        <ul>
          {data.notes.map((x) => (
            <li key={x.id}>
              {day(x.at)} {x.by ? `${x.by}: ` : ''}
              {x.text}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
