/**
 * The one validator of imported rows (issue 17, finding 5). An export file is user-chosen input that may have been
 * written by anyone, so each row is rebuilt field by field under the rules live input follows — the handle rule of
 * src/tiktok/handle.ts (zero-width and other invisible characters refused), counts and dates bounded as in
 * validate.ts, a verdict's visit re-read by `validObservation`, a list through the list reader and URL check of a
 * live subscribe — and anything else is dropped. A row that cannot be rebuilt is skipped and counted.
 *
 * Auto-increment ids are never taken from the file: an id of 2**53 once exhausted the key generator and every
 * later visit and note failed. Meta rows are imported only where they are the user's work (label histories);
 * the rest of `meta` is this browser's own state (the scheduler, the storage-full notice).
 */
import * as v from 'valibot';
import type { SignalResult } from '../../src/signals/types';
import { isValidHandle } from '../../src/tiktok/handle';
import { isObject } from '../../src/tiktok/json';
import { VERDICTS, type Verdict } from '../../src/verdict';
import { DECISIONS } from '../protocol';
import type { TableName } from './db';
import type { LabelAction } from './label-history';
import { importedSubscription } from './list-rows';
import type {
  AccountRow,
  LabelConflictRow,
  LabelEventRow,
  ModLabelRow,
  NoteRow,
  ObservationRow,
  VerdictRow,
  VerdictStamp,
  VisitRow,
  WatchRow,
} from './row-types';
import { fromVisit, toVisit } from './rows';
import { sayOf } from './say-shape';
import {
  MAX_FOLLOWERS,
  SOURCES,
  STATUSES,
  StatsSchema,
  UserSchema,
  validDate,
  validObservation,
  validSeconds,
} from './validate';
import { changesOf, type VerdictRowV4 } from './verdict-changes';

type Obj = Record<string, unknown>;
/** A rebuilt row, or undefined when the row is of the wrong shape. */
type Rule = (raw: Obj, now: number) => Obj | undefined;

const VIAS = ['visit', 'watchlist', 'migration'] as const;
const AXES = ['affiliation', 'amplification'] as const;
const STRENGTHS = ['confirmed', 'evidence', 'cue', 'seed-cue'] as const;

/** The handle, normalised, when it passes the live rule: no `@`, no case games, nothing invisible. */
function handleOf(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.startsWith('@') || !isValidHandle(raw)) return undefined;
  return raw.toLowerCase();
}
const oneOf = <T extends string>(list: readonly T[], x: unknown): x is T => list.includes(x as T);
const text = (x: unknown, max: number): string | undefined =>
  typeof x === 'string' && x.length > 0 ? x.slice(0, max) : undefined;
const finite = (x: unknown, min: number, max: number): x is number =>
  typeof x === 'number' && Number.isFinite(x) && x >= min && x <= max;

/** Copies the defined values: optional fields absent rather than undefined (rows compare equal after a trip). */
function defined<T extends Obj>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

const statsOf = (x: unknown) => {
  const r = v.safeParse(StatsSchema, x);
  return r.success ? defined(r.output) : undefined;
};

function userOf(x: unknown, now: number): Obj | undefined {
  const r = v.safeParse(UserSchema, x);
  if (!r.success) return undefined;
  const user = defined(r.output as Obj);
  if (user.createTime !== undefined && !validSeconds(user.createTime, now)) delete user.createTime;
  return user;
}

const timelineOf = (x: unknown, now: number) => {
  if (!Array.isArray(x) || x.length > 500) return undefined;
  const ok = x.every(
    (e) =>
      Array.isArray(e) &&
      e.length === 3 &&
      typeof e[0] === 'string' &&
      /^\d{1,25}$/.test(e[0]) &&
      validSeconds(e[1], now) &&
      (e[2] === null || finite(e[2], 0, 1e13)),
  );
  return ok ? (x as ObservationRow['timeline']).map((e) => [e[0], e[1], e[2]] as typeof e) : undefined;
};

/** A stored label value, bounded as validate.ts bounds a live one (a deep or huge object becomes `true`). */
function labelValueOf(x: unknown): unknown {
  const r = v.safeParse(UserSchema, { uniqueId: 'x', stateControlledMedia: x });
  return r.success ? r.output.stateControlledMedia : true;
}

function signalOf(x: unknown): SignalResult | undefined {
  if (!isObject(x)) return undefined;
  const id = text(x.id, 100);
  if (!id || !oneOf(AXES, x.axis) || !finite(x.points, -1000, 1000)) return undefined;
  const value = x.value;
  const valueOk =
    value === null ||
    typeof value === 'boolean' ||
    finite(value, -Number.MAX_VALUE, Number.MAX_VALUE) ||
    (typeof value === 'string' && value.length <= 2000);
  const threshold = x.threshold;
  const thresholdOk = finite(threshold, -Number.MAX_VALUE, Number.MAX_VALUE) || typeof threshold === 'string';
  if (!valueOk || !thresholdOk || typeof x.evidence !== 'string') return undefined;
  const s: SignalResult = {
    id,
    axis: x.axis,
    value: value as SignalResult['value'],
    threshold: typeof threshold === 'string' ? threshold.slice(0, 200) : (threshold as number),
    points: x.points,
    evidence: x.evidence.slice(0, 4000),
  };
  if (oneOf(STRENGTHS, x.strength)) s.strength = x.strength;
  const say = sayOf(x.say);
  const sayThreshold = sayOf(x.sayThreshold);
  if (say) s.say = say;
  if (sayThreshold) s.sayThreshold = sayThreshold;
  return s;
}

/** An assessment of `handle`, every field checked (`signals: "x"` once made every badge of a batch disappear). */
function assessmentOf(x: unknown, handle: string, now: number): VerdictRow['assessment'] | undefined {
  if (!isObject(x) || x.handle !== handle || !oneOf(VERDICTS, x.verdict)) return undefined;
  if (!finite(x.score, 0, 100) || !finite(x.affiliation, 0, 1000) || !finite(x.amplification, 0, 1000))
    return undefined;
  if (!Array.isArray(x.signals) || x.signals.length > 200 || typeof x.reason !== 'string') return undefined;
  if (!validDate(x.observedAt, now)) return undefined;
  const signals = x.signals.map(signalOf);
  if (signals.some((s) => !s)) return undefined;
  const a: VerdictRow['assessment'] = {
    handle,
    verdict: x.verdict,
    score: x.score,
    affiliation: x.affiliation,
    amplification: x.amplification,
    signals: signals as SignalResult[],
    reason: x.reason.slice(0, 4000),
    observedAt: x.observedAt,
  };
  const reasonSay = sayOf(x.reasonSay);
  if (reasonSay) a.reasonSay = reasonSay;
  return a;
}

/** The visit a verdict was made from, re-read as a live observation would be; undefined drops it (re-assessed). */
function visitOf(x: unknown, handle: string, now: number): VisitRow | undefined {
  if (!isObject(x) || !isObject(x.posts) || typeof x.profile !== 'boolean') return undefined;
  if (!Object.values(x.posts).every((c) => Array.isArray(c) && c.length <= 500)) return undefined;
  try {
    const obs = validObservation(fromVisit(handle, x as unknown as VisitRow), now);
    return obs ? toVisit(obs) : undefined;
  } catch {
    return undefined;
  }
}

function stampOf(x: unknown): VerdictStamp | undefined {
  if (!isObject(x) || !finite(x.rules, 0, 1e9) || typeof x.ctx !== 'string' || x.ctx.length > 500) return undefined;
  const stamp: VerdictStamp = { rules: x.rules, ctx: x.ctx };
  if (typeof x.label === 'string' && x.label.length <= 200) stamp.label = x.label;
  return stamp;
}

/** A moderator label row, as the live `ui/label` accepts one. */
function labelOf(r: Obj, now: number): ModLabelRow | undefined {
  const handle = handleOf(r.handle);
  if (!handle || !oneOf(VERDICTS, r.verdict) || !validDate(r.at, now)) return undefined;
  if (r.decision !== undefined && !oneOf(DECISIONS, r.decision)) return undefined;
  const row: ModLabelRow = { handle, verdict: r.verdict as Verdict, at: r.at };
  if (r.decision !== undefined) row.decision = r.decision as ModLabelRow['decision'];
  const by = text(r.by, 80);
  const source = text(r.source, 1000);
  const note = text(r.note, 2000);
  if (by) row.by = by;
  if (source && /^https?:\/\//i.test(source)) row.source = source;
  if (note) row.note = note;
  return row;
}

function actionOf(x: unknown, now: number): LabelAction | undefined {
  if (!isObject(x) || !validDate(x.at, now) || !oneOf(['label', 'remove', 'undo'] as const, x.action)) return undefined;
  const a: LabelAction = { at: x.at, by: text(x.by, 80) ?? 'imported', action: x.action };
  if (x.decision !== undefined) {
    if (!oneOf(DECISIONS, x.decision)) return undefined;
    a.decision = x.decision;
  }
  const source = text(x.source, 1000);
  const note = text(x.note, 2000);
  if (source && /^https?:\/\//i.test(source)) a.source = source;
  if (note) a.note = note;
  return a;
}

/** Meta keys that are the user's work; everything else in `meta` is this browser's own bookkeeping. */
const LABEL_HISTORY = 'label-history:';
/** Meta keys an export carries that are this browser's state: not imported, and not counted as invalid. */
export const LOCAL_META = /^(watchlist\.scheduler|storage\.full|tab-handles|options)$/;

export const RULES: Record<TableName, Rule> = {
  accounts: (r, now) => {
    const handle = handleOf(r.handle);
    if (!handle || !validDate(r.firstSeen, now) || !validDate(r.lastSeen, now) || r.firstSeen > r.lastSeen)
      return undefined;
    if (!oneOf(VERDICTS, r.verdict) || !finite(r.score, 0, 100)) return undefined;
    const row: AccountRow = {
      handle,
      firstSeen: r.firstSeen,
      lastSeen: r.lastSeen,
      verdict: r.verdict,
      score: r.score,
    };
    const nickname = text(r.nickname, 500);
    if (nickname) row.nickname = nickname;
    if (finite(r.followers, 0, MAX_FOLLOWERS)) row.followers = Math.floor(r.followers);
    const user = r.user === undefined ? undefined : userOf(r.user, now);
    if (user) row.user = user as unknown as AccountRow['user'];
    if (typeof r.labelled === 'boolean') row.labelled = r.labelled;
    if (typeof r.ctx === 'string' && r.ctx.length <= 500) row.ctx = r.ctx;
    return row as unknown as Obj;
  },
  observations: (r, now) => {
    const handle = handleOf(r.handle);
    const timeline = timelineOf(r.timeline, now);
    if (!handle || !validDate(r.observedAt, now) || !oneOf(STATUSES, r.status) || !oneOf(SOURCES, r.source))
      return undefined;
    if (!timeline) return undefined;
    const row: ObservationRow = { handle, observedAt: r.observedAt, status: r.status, source: r.source, timeline };
    const stats = r.stats === undefined ? undefined : statsOf(r.stats);
    if (stats) row.stats = stats;
    if (typeof r.exactCounts === 'boolean') row.exactCounts = r.exactCounts;
    if (typeof r.labelled === 'boolean') row.labelled = r.labelled;
    if (isObject(r.label)) {
      const label: NonNullable<ObservationRow['label']> = {};
      if (r.label.value !== undefined) label.value = labelValueOf(r.label.value);
      const t = text(r.label.text, 300);
      if (t) label.text = t;
      row.label = label;
    }
    return row as unknown as Obj;
  },
  verdicts: (r, now) => {
    const handle = handleOf(r.handle);
    if (!handle || !validDate(r.at, now) || !oneOf(VERDICTS, r.verdict) || !finite(r.score, 0, 100)) return undefined;
    const assessment = assessmentOf(r.assessment, handle, now);
    if (!assessment) return undefined;
    const row: VerdictRow = { handle, at: r.at, verdict: r.verdict, score: r.score, assessment };
    // A stamp or visit that does not check out is dropped: the verdict is then stale, and made again.
    const stamp = stampOf(r.stamp);
    const visit = r.visit === undefined ? undefined : visitOf(r.visit, handle, now);
    if (stamp && (visit || r.visit === undefined)) row.stamp = stamp;
    if (visit) row.visit = visit;
    // v4: how the verdict changed (verdict-changes.ts), rebuilt entry by entry.
    const changes = changesOf(r.changes, now);
    if (changes) (row as VerdictRowV4).changes = changes;
    return row as unknown as Obj;
  },
  modLabels: (r, now) => labelOf(r, now) as Obj | undefined,
  notes: (r, now) => {
    const handle = handleOf(r.handle);
    const t = typeof r.text === 'string' ? r.text.trim().slice(0, 5000) : '';
    if (!handle || !t || !validDate(r.at, now)) return undefined;
    const row: NoteRow = { handle, text: t, at: r.at };
    const by = text(r.by, 80);
    if (by) row.by = by;
    return row as unknown as Obj;
  },
  labelConflicts: (r, now) => {
    const handle = handleOf(r.handle);
    const local = isObject(r.local) ? labelOf(r.local, now) : undefined;
    const incoming = isObject(r.incoming) ? labelOf(r.incoming, now) : undefined;
    if (!handle || !local || !incoming || local.handle !== handle || incoming.handle !== handle) return undefined;
    if (!validDate(r.at, now)) return undefined;
    const row: LabelConflictRow = { handle, local, incoming, at: r.at };
    return row as unknown as Obj;
  },
  labelEvents: (r, now) => {
    const handle = handleOf(r.handle);
    if (!handle || !validDate(r.at, now) || typeof r.labelled !== 'boolean' || !oneOf(VIAS, r.via)) return undefined;
    const row: LabelEventRow = { handle, at: r.at, labelled: r.labelled, via: r.via };
    const t = text(r.text, 300);
    if (t) row.text = t;
    return row as unknown as Obj;
  },
  watchlist: (r, now) => {
    const handle = handleOf(r.handle);
    if (!handle || !validDate(r.addedAt, now) || !finite(r.failures, 0, 1000)) return undefined;
    // Its next check no later than a year on: a date far out would silently stop the watch.
    if (!finite(r.nextCheckAt, 0, now + 365 * 86_400_000)) return undefined;
    const row: WatchRow = { handle, addedAt: r.addedAt, nextCheckAt: r.nextCheckAt, failures: Math.floor(r.failures) };
    if (validDate(r.lastCheckedAt, now)) row.lastCheckedAt = r.lastCheckedAt;
    if (oneOf([...STATUSES, 'error'] as const, r.lastStatus)) row.lastStatus = r.lastStatus;
    return row as unknown as Obj;
  },
  // Through the URL check and the list reader of a live subscribe (lists.ts).
  subscriptions: (r, now) => importedSubscription(r, now) as Obj | undefined,
  meta: (r, now) => {
    if (typeof r.key !== 'string' || !r.key.startsWith(LABEL_HISTORY)) return undefined;
    const handle = handleOf(r.key.slice(LABEL_HISTORY.length));
    if (!handle || !Array.isArray(r.value) || r.value.length > 10_000) return undefined;
    const actions = r.value.map((a) => actionOf(a, now));
    if (actions.some((a) => !a)) return undefined;
    return { key: `${LABEL_HISTORY}${handle}`, value: actions };
  },
};

/** Tables whose ids the database assigns: never taken from a file. */
export const AUTO_ID: ReadonlySet<TableName> = new Set(['observations', 'notes', 'labelConflicts', 'labelEvents']);

/**
 * An imported row of `table` rebuilt under the live rules; `skip` for a row that is this browser's own state in
 * another browser (not imported, not an error), undefined for a row of the wrong shape.
 */
export function importRow(table: TableName, raw: unknown, now: number): Obj | 'skip' | undefined {
  if (!isObject(raw)) return undefined;
  if (table === 'meta' && typeof raw.key === 'string' && LOCAL_META.test(raw.key)) return 'skip';
  try {
    return RULES[table](raw, now);
  } catch {
    return undefined;
  }
}
