/**
 * Recording a visit: store the observation compactly (unless it repeats the last one within minutes), note the
 * label appearing or disappearing, then assess it against the account's history and keep the assessment. One
 * transaction, so two tabs recording at once cannot interleave badly, and a worker stopped mid-way writes nothing.
 *
 * Storage full (issue 9): when the browser refuses a write for quota, old history is thinned (thin.ts) and the
 * write tried once more; if it still fails, the visit is assessed without being stored — the badge still shows —
 * and the failure is kept outside the full database (storage-full.ts) for the dashboard and popup to say so.
 */

import { isLabelled } from '../../src/history/labels';
import { mergeTimelines } from '../../src/history/timeline';
import { SEED_LIST } from '../../src/lists/seed';
import { fingerprint, RULES_VERSION, rulesKey } from '../../src/signals/rules-version';
import type { Observation } from '../../src/tiktok/observation';
import { HOUR_MS } from '../../src/time';
import { type Assessment, type AssessOptions, assess } from '../../src/verdict';
import type { LensOptions } from '../protocol';
import type {
  AccountRow,
  LabelEventRow,
  LensDb,
  ModLabelRow,
  ObservationRow,
  SubscriptionRow,
  VerdictRow,
  VisitRow,
} from './db';
import { fromRow, fromVisit, toRow, toVisit } from './rows';
import {
  clearStorageFull,
  readStorageFull,
  STORAGE_FULL_KEY,
  type StorageFull,
  writeStorageFull,
} from './storage-full';
import { thinAll } from './thin';

/**
 * What assess() takes besides the history (lists, switched-off signals, sensitivity), and `fingerprint`, a hash
 * of where those came from (settings.ts builds both from one reading of the options and lists): it is stored
 * with every verdict, so that a verdict made under other lists or options is known to be stale.
 */
export type RecordExtras = Omit<AssessOptions, 'history' | 'now'> & { fingerprint?: string };

/** A recorded visit: its assessment, and how many observations of the account the cache holds (this one included). */
export interface Recorded {
  assessment: Assessment;
  observations: number;
}

/** The context a verdict is made in: the rules (RULES_VERSION and the code's hash) and the lists and options. */
export function contextOf(extras: RecordExtras): string {
  return `${rulesKey()}|${extras.fingerprint ?? '-'}`;
}

/** The moderator label in force, as a stamp: changes with every label action (`at`). */
export function labelStamp(label: ModLabelRow | undefined): string | undefined {
  return label ? `${label.verdict}@${label.at}` : undefined;
}

/**
 * The fingerprint of a verdict's inputs: the options that change verdicts (all but the display, schedule,
 * retention and name ones: an option added later counts unless listed here) and every enabled list as stored
 * (all but the fetch bookkeeping: a refresh that brings the same list changes nothing).
 */
export function inputsFingerprint(options: LensOptions, subscriptions: readonly SubscriptionRow[]): string {
  const {
    badgeDisplay: _b,
    showClear: _s,
    showUnchecked: _u,
    watchIntervalHours: _w,
    retentionDays: _r,
    moderatorName: _m,
    ...verdictOptions
  } = options;
  const lists = subscriptions
    .filter((s) => s.enabled)
    .map((s) => {
      const { fetchedAt: _f, addedAt: _a, errors: _e, ...list } = s as SubscriptionRow & { errors?: unknown };
      return list;
    });
  return fingerprint([
    { ...verdictOptions, disabledSignals: [...options.disabledSignals].sort() },
    options.seedList ? SEED_LIST : null,
    lists,
  ]);
}

export { STORAGE_FULL_KEY, type StorageFull };

/** Not thinned again within this long (storage-full.ts `thinnedAt`). */
const RETHIN_MS = HOUR_MS;
/** A thinning pass under way, per database: visits arriving meanwhile wait for it instead of starting another. */
const thinning = new WeakMap<LensDb, Promise<number>>();

/** A visit that changes nothing within this window adds no row (a reload, a second tab). */
const SAME_VISIT_MS = 10 * 60_000;
/** History the verdict looks at: enough for growth over months, bounded for speed. */
const HISTORY_ROWS = 200;

function sameCounts(a: ObservationRow, b: ObservationRow): boolean {
  const x = a.stats ?? {};
  const y = b.stats ?? {};
  return (
    x.followers === y.followers &&
    x.following === y.following &&
    x.likes === y.likes &&
    x.videos === y.videos &&
    a.status === b.status &&
    Boolean(a.labelled) === Boolean(b.labelled)
  );
}

/** Whether `row` repeats the last stored row within minutes: the same visit again, refining that row (`store`). */
function repeats(row: ObservationRow, last: ObservationRow | undefined): last is ObservationRow {
  return !!last && row.observedAt - last.observedAt < SAME_VISIT_MS && sameCounts(row, last);
}

/** The browser refused a write for lack of space (Dexie wraps it, and a transaction abort wraps it again). */
export function isQuotaError(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 4) return false;
  const err = e as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (err.name === 'QuotaExceededError') return true;
  const nested = [err.inner, err.cause, ...(Array.isArray(err.failures) ? err.failures : [])];
  return nested.some((n) => isQuotaError(n, depth + 1));
}

export function storageFull(db: LensDb): Promise<StorageFull | undefined> {
  return readStorageFull(db);
}

async function noteStorageFull(db: LensDb, now: number, thinned: number | undefined): Promise<void> {
  const prev = await readStorageFull(db);
  await writeStorageFull(db, {
    at: now,
    thinnedAt: thinned === undefined ? (prev?.thinnedAt ?? now) : now,
    lost: (prev?.lost ?? 0) + 1,
    thinned: (prev?.thinned ?? 0) + (thinned ?? 0),
  });
}

/** A visit was stored: there is room again, so the notice goes (known absent after that: no read per visit). */
async function storedAgain(db: LensDb): Promise<void> {
  if ((await readStorageFull(db)) !== undefined) await clearStorageFull(db);
}

/**
 * Thin old history once for every visit that finds the database full meanwhile; the guard is set first. Answers
 * the rows removed, to the visit that started the pass (0 to those that joined it: counted once).
 */
async function thinOnce(db: LensDb, now: number): Promise<number> {
  const running = thinning.get(db);
  if (running) {
    await running;
    return 0;
  }
  const run = (async () => {
    const prev = await readStorageFull(db);
    // Set before the slow pass: a visit arriving during it, or a worker stopped in it, does not start another.
    await writeStorageFull(db, {
      at: prev?.at ?? now,
      thinnedAt: now,
      lost: prev?.lost ?? 0,
      thinned: prev?.thinned ?? 0,
    });
    return thinAll(db, now).catch(() => 0);
  })().finally(() => thinning.delete(db));
  thinning.set(db, run);
  return await run;
}

/** The account's stored rows before this observation, newest first, as many as the verdict looks at. */
function earlierRows(db: LensDb, obs: Observation) {
  return db.observations
    .where('[handle+observedAt]')
    .between([obs.handle, 0], [obs.handle, obs.observedAt], true, false)
    .reverse()
    .limit(HISTORY_ROWS)
    .toArray();
}

/**
 * The assessment a visit gets from the stored history, writing nothing: what the write would answer (the visit is
 * written later, held-visits.ts), or all there is when the database refused the write or the observation was over
 * a limit (observe-limits.ts).
 */
export async function assessUnstored(
  db: LensDb,
  obs: Observation,
  now: number,
  extras: RecordExtras,
): Promise<Recorded> {
  // Both reads at once: this answer is on the path to a first visit's badge (issue 15).
  const [earlier, prev] = await Promise.all([earlierRows(db, obs), db.accounts.get(obs.handle)]);
  // The history the write would use (`store`): a repeat of the last row within minutes is this visit again.
  const repeat = repeats(toRow(obs), earlier[0]);
  const history = (repeat ? earlier.slice(1) : earlier).reverse().map((r) => fromRow(r, prev?.user));
  const assessment = assess(obs, { ...extras, history, now });
  return { assessment, observations: history.length + 1 };
}

export async function recordObservation(
  db: LensDb,
  obs: Observation,
  now = Date.now(),
  via: LabelEventRow['via'] = 'visit',
  /** Lists, switched-off signals and the like from the options (everything the verdict takes but the history). */
  extras: RecordExtras = {},
): Promise<Recorded> {
  const stored = async () => {
    const r = await store(db, obs, now, via, extras);
    await storedAgain(db);
    return r;
  };
  try {
    return await stored();
  } catch (e) {
    if (!isQuotaError(e)) throw e;
  }
  // Full: thin old history and try once more — unless that was done within the hour.
  const prev = await readStorageFull(db);
  let thinned: number | undefined;
  if (thinning.has(db) || !prev || now - prev.thinnedAt >= RETHIN_MS || now < prev.thinnedAt) {
    thinned = await thinOnce(db, now);
    try {
      return await stored();
    } catch (e) {
      if (!isQuotaError(e)) throw e;
    }
  }
  // Still full: say so where the user will see it, and answer the page all the same.
  await noteStorageFull(db, now, thinned).catch(() => undefined);
  return assessUnstored(db, obs, now, extras);
}

/** The visit's one transaction. */
function store(
  db: LensDb,
  obs: Observation,
  now: number,
  via: LabelEventRow['via'],
  extras: RecordExtras,
): Promise<Recorded> {
  return db.transaction('rw', [db.accounts, db.observations, db.verdicts, db.labelEvents, db.modLabels], async () => {
    const earlier = await earlierRows(db, obs);
    const row = toRow(obs);
    const last = earlier[0];
    const repeat = repeats(row, last);
    // A repeat within minutes refines the last row (more of the grid seen) instead of adding one.
    if (repeat && last?.id !== undefined) {
      await db.observations.put({
        ...last,
        ...row,
        timeline: mergeTimelines(last.timeline, row.timeline),
        id: last.id,
      });
    } else {
      await db.observations.add(row);
    }

    const before = earlier.find((r) => r.labelled !== undefined)?.labelled;
    if (row.labelled !== undefined && row.labelled !== Boolean(before) && (before !== undefined || row.labelled)) {
      const text = row.label?.text;
      await db.labelEvents.add({
        handle: obs.handle,
        at: obs.observedAt,
        labelled: row.labelled,
        via,
        ...(text ? { text } : {}),
      });
    }

    const prev = await db.accounts.get(obs.handle);
    const history = (repeat ? earlier.slice(1) : earlier).reverse().map((r) => fromRow(r, prev?.user));
    const assessment = assess(obs, { ...extras, history, now });
    const newest = !prev || obs.observedAt >= prev.lastSeen;
    const ctx = contextOf(extras);
    const moderatorLabel = await db.modLabels.get(obs.handle);
    await db.accounts.put({
      handle: obs.handle,
      nickname: (newest ? obs.user?.nickname : undefined) ?? prev?.nickname,
      firstSeen: Math.min(prev?.firstSeen ?? obs.observedAt, obs.observedAt),
      lastSeen: Math.max(prev?.lastSeen ?? obs.observedAt, obs.observedAt),
      verdict: newest ? assessment.verdict : prev.verdict,
      score: newest ? assessment.score : prev.score,
      followers: (newest ? obs.stats?.followers : undefined) ?? prev?.followers,
      user: (newest ? obs.user : undefined) ?? prev?.user,
      labelled: (newest && obs.user ? isLabelled(obs.user) : undefined) ?? prev?.labelled,
      // An older visit arriving late changes no verdict, so not the context it was made in either.
      ctx: newest ? ctx : (prev.ctx ?? ''),
    });
    if (newest) {
      await db.verdicts.put(verdictRow(obs.handle, assessment, now, ctx, moderatorLabel, toVisit(obs)));
    }
    return { assessment, observations: history.length + 1 };
  });
}

function verdictRow(
  handle: string,
  assessment: Assessment,
  at: number,
  ctx: string,
  label: ModLabelRow | undefined,
  visit: VisitRow | undefined,
): VerdictRow {
  const stamp: VerdictRow['stamp'] = { rules: RULES_VERSION, ctx };
  const l = labelStamp(label);
  if (l) stamp.label = l;
  const row: VerdictRow = { handle, at, verdict: assessment.verdict, score: assessment.score, assessment, stamp };
  if (visit) row.visit = visit;
  return row;
}

/*
 * Re-assessment (issue 13, "stored verdicts follow the rules"). A stored verdict is stale when it was made in
 * another context (rules, lists, verdict options: `ctx` on the account row and in the verdict's stamp) or before the
 * moderator label now in force. A stale verdict is made again from what is stored: the visit it was made from
 * (the verdict row's `visit` and the account's profile) with the history before it, exactly as the visit was
 * assessed — ages count from the visit's own time, so a later re-assessment under the same rules answers alike.
 * Verdicts stored before v3 have no visit: the newest observation row stands in for it (post text and flags were
 * never kept there, so the text signals have less to go on).
 *
 * Reads and the assessing happen outside any write transaction, and a verdict is written only if its account was
 * not recorded meanwhile (the new visit's own verdict wins): badge lookups are never held up behind the work.
 */

/** What is stored about one account: its row, its verdict and the moderator label in force. */
export interface StoredAccount {
  account: AccountRow;
  verdict?: VerdictRow;
  label?: ModLabelRow;
}

/** One account re-assessed: its verdict before and the new one (`row`, as stored unless `written` is false). */
export interface Reassessed {
  handle: string;
  before: { verdict: AccountRow['verdict']; score: number };
  row: VerdictRow;
  account: AccountRow;
  label?: ModLabelRow;
  /** False when the account was recorded meanwhile: its new visit's verdict stands, this one was dropped. */
  written: boolean;
}

/** Whether the stored verdict is other than the current context and moderator label would have it. */
export function isStale(s: StoredAccount, ctx: string): boolean {
  return s.account.ctx !== ctx || s.verdict?.stamp?.ctx !== ctx || s.verdict.stamp.label !== labelStamp(s.label);
}

/** Nothing of the account is stored to assess: say nothing rather than repeat a call of other rules. */
function nothingStored(account: AccountRow): Assessment {
  return {
    handle: account.handle,
    verdict: 'unknown',
    score: 0,
    affiliation: 0,
    amplification: 0,
    signals: [],
    reason: 'Its verdict was made under earlier rules or lists and no visit is stored to assess again.',
    observedAt: account.lastSeen,
  };
}

/** The observation rows an account's re-assessment reads, newest first. */
function rowsFor(db: LensDb, s: StoredAccount): Promise<ObservationRow[]> {
  const { handle } = s.account;
  const visit = s.verdict?.visit;
  // With the visit: the history before it. Without (pre-v3): the newest row stands for the visit, then its history.
  const upper = visit ? visit.observedAt : Number.MAX_SAFE_INTEGER;
  return db.observations
    .where('[handle+observedAt]')
    .between([handle, 0], [handle, upper], true, !visit)
    .reverse()
    .limit(visit ? HISTORY_ROWS : HISTORY_ROWS + 1)
    .toArray();
}

function reassessOne(
  s: StoredAccount,
  rows: ObservationRow[],
  extras: RecordExtras,
  now: number,
): { assessment: Assessment; visit?: VisitRow } {
  const { account } = s;
  let latest: Observation;
  let visit = s.verdict?.visit;
  let earlier = rows;
  if (visit) latest = fromVisit(account.handle, visit, account.user);
  else if (rows[0]) {
    latest = fromRow(rows[0], account.user);
    visit = toVisit(latest);
    earlier = rows.slice(1);
  } else return { assessment: nothingStored(account) };
  const history = [...earlier].reverse().map((r) => fromRow(r, account.user));
  return { assessment: assess(latest, { ...extras, history, now }), visit };
}

/**
 * Re-assess these accounts (already read, and stale) under `extras`, writing nothing yet: `storeReassessed` does.
 * Reads only, so a lookup can answer with them before the write.
 */
export async function reassessOnly(
  db: LensDb,
  stale: readonly StoredAccount[],
  extras: RecordExtras,
  now: number,
): Promise<Reassessed[]> {
  if (stale.length === 0) return [];
  const ctx = contextOf(extras);
  const rows = await db.transaction('r', db.observations, () => Promise.all(stale.map((s) => rowsFor(db, s))));
  return stale.map((s, i) => {
    const { assessment, visit } = reassessOne(s, rows[i] ?? [], extras, now);
    const row = verdictRow(s.account.handle, assessment, now, ctx, s.label, visit);
    const reassessed: Reassessed = {
      handle: s.account.handle,
      before: { verdict: s.account.verdict, score: s.account.score },
      row,
      account: { ...s.account, verdict: assessment.verdict, score: assessment.score, ctx },
      written: false,
    };
    if (s.label) reassessed.label = s.label;
    return reassessed;
  });
}

/**
 * Store re-assessments, each only if its account was not recorded or re-assessed since `stale` was read (what is
 * stored then is newer): one short write transaction. Sets `written` on those stored.
 */
export async function storeReassessed(
  db: LensDb,
  stale: readonly StoredAccount[],
  out: readonly Reassessed[],
): Promise<void> {
  if (out.length === 0) return;
  const handles = out.map((r) => r.handle);
  const stored = await db.transaction('rw', db.accounts, db.verdicts, async () => {
    const [accounts, verdicts] = await Promise.all([db.accounts.bulkGet(handles), db.verdicts.bulkGet(handles)]);
    const accountPuts: AccountRow[] = [];
    const verdictPuts: VerdictRow[] = [];
    const puts: Reassessed[] = [];
    out.forEach((r, i) => {
      const was = stale[i]!;
      const a = accounts[i];
      const v = verdicts[i];
      if (!a || a.lastSeen !== was.account.lastSeen || a.ctx !== was.account.ctx || v?.at !== was.verdict?.at) return;
      // Only the verdict's fields: anything else on the row may have been refined meanwhile.
      accountPuts.push({ ...a, verdict: r.row.verdict, score: r.row.score, ctx: r.account.ctx });
      verdictPuts.push(r.row);
      puts.push(r);
    });
    await db.accounts.bulkPut(accountPuts);
    await db.verdicts.bulkPut(verdictPuts);
    return puts;
  });
  // Marked once committed: a transaction that failed wrote none of them.
  for (const r of stored) r.written = true;
}

/** Re-assess these accounts (already read, and stale) under `extras` and store the new verdicts. */
export async function reassessStored(
  db: LensDb,
  stale: readonly StoredAccount[],
  extras: RecordExtras,
  now: number,
): Promise<Reassessed[]> {
  const out = await reassessOnly(db, stale, extras, now);
  await storeReassessed(db, stale, out);
  return out;
}

/** The stored rows of these handles (accounts that exist only). */
export async function readStored(db: LensDb, handles: readonly string[]): Promise<StoredAccount[]> {
  const [accounts, verdicts, labels] = await Promise.all([
    db.accounts.bulkGet(handles as string[]),
    db.verdicts.bulkGet(handles as string[]),
    db.modLabels.bulkGet(handles as string[]),
  ]);
  const out: StoredAccount[] = [];
  accounts.forEach((account, i) => {
    if (!account) return;
    const s: StoredAccount = { account };
    const verdict = verdicts[i];
    const label = labels[i];
    if (verdict) s.verdict = verdict;
    if (label) s.label = label;
    out.push(s);
  });
  return out;
}

/** Re-assess those of these accounts whose stored verdict is stale (a moderator label changed, say). */
export async function reassessHandles(
  db: LensDb,
  handles: readonly string[],
  extras: RecordExtras,
  now: number,
): Promise<Reassessed[]> {
  const ctx = contextOf(extras);
  const stale = (await readStored(db, handles)).filter((s) => isStale(s, ctx));
  return reassessStored(db, stale, extras, now);
}

/**
 * Accounts per sweep chunk: reading and assessing 25 accounts holds the worker's thread for tens of milliseconds at
 * most (accounts with 200 stored visits: ~3 ms of assessing each), then one short write.
 */
export const SWEEP_CHUNK = 25;

/**
 * One chunk of the background sweep: up to `limit` accounts whose verdict another context made, found by the
 * `ctx` index, re-assessed and stored. Nothing to remember between chunks: a stored verdict leaves the index's
 * "stale" range, so a sweep stopped anywhere (the worker stopped, the browser closed) resumes where it was.
 */
export async function sweepChunk(
  db: LensDb,
  extras: RecordExtras,
  now: number,
  limit = SWEEP_CHUNK,
): Promise<{ reassessed: Reassessed[]; more: boolean }> {
  const ctx = contextOf(extras);
  const accounts = await db.accounts.where('ctx').notEqual(ctx).limit(limit).toArray();
  if (accounts.length === 0) return { reassessed: [], more: false };
  const handles = accounts.map((a) => a.handle);
  const [verdicts, labels] = await Promise.all([db.verdicts.bulkGet(handles), db.modLabels.bulkGet(handles)]);
  const stored = accounts.map((account, i): StoredAccount => {
    const s: StoredAccount = { account };
    const verdict = verdicts[i];
    const label = labels[i];
    if (verdict) s.verdict = verdict;
    if (label) s.label = label;
    return s;
  });
  return { reassessed: await reassessStored(db, stored, extras, now), more: accounts.length === limit };
}

/** Whether any account's verdict was made in another context than `extras` (one index probe). */
export async function needsSweep(db: LensDb, extras: RecordExtras): Promise<boolean> {
  return (await db.accounts.where('ctx').notEqual(contextOf(extras)).limit(1).count()) > 0;
}

export interface SweepOptions {
  /** Stop after this long (the rest is left for the next run); Infinity by default. */
  budgetMs?: number;
  chunk?: number;
  /** Called after every chunk with its re-assessments (to tell tabs about changed verdicts). */
  onChunk?: (reassessed: Reassessed[]) => unknown;
  clock?: () => number;
}

/**
 * Sweep chunk after chunk until no stale verdict is left or the budget is spent, yielding between chunks so that
 * badge lookups and visits go first. `extras` is asked for again each chunk: lists or options changing mid-sweep
 * change its target, and verdicts swept under the old one are stale again and swept again.
 */
export async function sweep(
  db: LensDb,
  extras: () => Promise<RecordExtras>,
  options: SweepOptions = {},
): Promise<{ done: boolean; chunks: number; reassessed: number }> {
  const clock = options.clock ?? Date.now;
  const started = clock();
  let chunks = 0;
  let reassessed = 0;
  for (;;) {
    const chunk = await sweepChunk(db, await extras(), clock(), options.chunk);
    if (chunk.reassessed.length) {
      chunks++;
      reassessed += chunk.reassessed.length;
      await options.onChunk?.(chunk.reassessed);
    }
    if (!chunk.more) return { done: true, chunks, reassessed };
    if (clock() - started >= (options.budgetMs ?? Number.POSITIVE_INFINITY)) return { done: false, chunks, reassessed };
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
