/**
 * The dashboard reads the database directly: an extension page shares the background's origin, and reading
 * 100,000 rows through messages would copy them twice. Every write still goes through the background.
 */
import type { Verdict } from '../../../src/verdict';
import { LensDb } from '../../background/db';
import type { Decision, ModeratorLabel } from '../../background/label-history';

export interface AccountListRow {
  handle: string;
  nickname: string;
  /** As shown: the moderator's label applied. */
  verdict: Verdict;
  computed: Verdict;
  score: number;
  followers?: number;
  /** Followers gained per day between the first and latest observation; undefined until computed. */
  growth?: number;
  lastSeen: number;
  label?: Decision;
  watched: boolean;
}

let db: LensDb | undefined;
export function openDb(): LensDb {
  db ??= new LensDb();
  return db;
}

/** The most recently seen accounts first (`limit`), or all of them: a first screen comes before the full read. */
export async function loadRows(limit?: number): Promise<AccountListRow[]> {
  const d = openDb();
  const [accounts, labels, watched] = await Promise.all([
    limit ? d.accounts.orderBy('lastSeen').reverse().limit(limit).toArray() : d.accounts.toArray(),
    d.modLabels.toArray() as unknown as Promise<ModeratorLabel[]>,
    d.watchlist.toCollection().primaryKeys(),
  ]);
  const byHandle = new Map(labels.map((l) => [l.handle, l]));
  const pinned = new Set(watched);
  return accounts.map((a) => {
    const l = byHandle.get(a.handle);
    const decision: Decision | undefined =
      l?.decision ??
      (l
        ? l.verdict === 'state-media'
          ? 'state-media'
          : l.verdict === 'clear'
            ? 'not-state-media'
            : 'unsure'
        : undefined);
    const verdict = decision === 'state-media' ? 'state-media' : decision === 'not-state-media' ? 'clear' : a.verdict;
    const row: AccountListRow = {
      handle: a.handle,
      nickname: a.nickname ?? '',
      verdict,
      computed: a.verdict,
      score: decision === 'state-media' ? 100 : decision === 'not-state-media' ? 0 : a.score,
      lastSeen: a.lastSeen,
      watched: pinned.has(a.handle),
    };
    if (a.followers !== undefined) row.followers = a.followers;
    if (decision) row.label = decision;
    return row;
  });
}

const DAY_MS = 86_400_000;

/**
 * Followers per day per account, between its first and latest reading with a follower count. One pass over the
 * observations, run after the table is on screen (it is the slow part at 100,000 accounts).
 */
export async function loadGrowth(): Promise<Map<string, number>> {
  const first = new Map<string, [number, number]>();
  const last = new Map<string, [number, number]>();
  await openDb().observations.each((o) => {
    const f = o.stats?.followers;
    if (f === undefined) return;
    const a = first.get(o.handle);
    if (!a || o.observedAt < a[0]) first.set(o.handle, [o.observedAt, f]);
    const b = last.get(o.handle);
    if (!b || o.observedAt > b[0]) last.set(o.handle, [o.observedAt, f]);
  });
  const out = new Map<string, number>();
  for (const [h, [t0, f0]] of first) {
    const [t1, f1] = last.get(h) ?? [t0, f0];
    if (t1 - t0 >= 3600_000) out.set(h, ((f1 - f0) / (t1 - t0)) * DAY_MS);
  }
  return out;
}
