/**
 * How an account's computed verdict changed, and why (issue 16, item 6): kept on the account's verdict row as
 * `changes` (schema v4), appended here whenever a verdict row is replaced by one with another verdict.
 *
 * Kept by a Dexie middleware on the `verdicts` table rather than by each writer: verdicts are written by a visit
 * (record.ts `store`), by re-assessment after the rules, lists, options or a label changed (record.ts
 * `storeReassessed`, the sweep of alarms.ts) and by an import, each in its own transaction, and a row of the same
 * table is the one thing every one of those transactions may write. No first entry when a row is created: an
 * import into an empty table stays what the file held, and the account's `firstSeen` says when it was first assessed.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { VERDICTS, type Verdict } from '../../src/verdict';
import type { CountChange, VerdictChange, VerdictChangeWhy } from '../protocol';
import type { VerdictRow } from './row-types';
import { validDate } from './validate';

/** A verdict row with its history (v4). */
export type VerdictRowV4 = VerdictRow & { changes?: VerdictChange[] };

/** Changes kept per account, the oldest dropped first: a verdict that flips weekly for two years fits. */
export const MAX_CHANGES = 100;

const COUNT_FIELDS: readonly CountChange['field'][] = ['followers', 'following', 'likes', 'videos'];

/** The stamp's context is `${rulesKey()}|${fingerprint}` (record.ts `contextOf`): the rules part and the inputs part. */
function ctxParts(ctx: string | undefined): [string, string] {
  if (ctx === undefined) return ['', ''];
  const bar = ctx.lastIndexOf('|');
  return bar < 0 ? [ctx, ''] : [ctx.slice(0, bar), ctx.slice(bar + 1)];
}

/**
 * Why `next` replaced `old`: another visit (the row's `visit` is newer), else new rules (RULES_VERSION or the code's
 * hash), else other lists or verdict options (the fingerprint), else a moderator label in force since. A row with
 * neither stamp nor visit came from an import (import-rules.ts drops what does not check out).
 */
export function whyChanged(old: VerdictRow, next: VerdictRow): VerdictChangeWhy {
  const ov = old.visit?.observedAt;
  const nv = next.visit?.observedAt;
  if (nv !== undefined && nv !== ov) return 'visit';
  if (!next.stamp) return next.visit ? 'other' : 'import';
  if (!old.stamp) return 'rules';
  const [oRules, oInputs] = ctxParts(old.stamp.ctx);
  const [nRules, nInputs] = ctxParts(next.stamp.ctx);
  if (old.stamp.rules !== next.stamp.rules || oRules !== nRules) return 'rules';
  if (oInputs !== nInputs) return 'lists';
  if (old.stamp.label !== next.stamp.label) return 'label';
  return 'other';
}

/** The counts that differ between the visits two verdicts were made from. */
export function countChanges(old: VerdictRow, next: VerdictRow): CountChange[] {
  const a = old.visit?.stats ?? {};
  const b = next.visit?.stats ?? {};
  const out: CountChange[] = [];
  for (const field of COUNT_FIELDS) {
    const from = a[field];
    const to = b[field];
    if (from === to) continue;
    const c: CountChange = { field };
    if (from !== undefined) c.from = from;
    if (to !== undefined) c.to = to;
    out.push(c);
  }
  return out;
}

/**
 * The row to store in place of `old`: the history it carries (its own, when the writer passed one, else the stored
 * row's), plus one entry when the verdict differs from the stored one.
 */
export function withChanges(old: VerdictRowV4 | undefined, next: VerdictRowV4): VerdictRowV4 {
  const base = next.changes ?? old?.changes;
  if (!old || old.verdict === next.verdict) return base === next.changes || !base ? next : { ...next, changes: base };
  const why = whyChanged(old, next);
  const change: VerdictChange = {
    at: next.at,
    from: old.verdict,
    to: next.verdict,
    fromScore: old.score,
    toScore: next.score,
    why,
  };
  if (why === 'visit') {
    const counts = countChanges(old, next);
    if (counts.length) change.counts = counts;
  }
  const list = base ?? [];
  // A writer that carried the history and already noted this change (the same verdict at its end) adds none.
  if (list.at(-1)?.to === next.verdict && list.at(-1)?.at === next.at) return { ...next, changes: list };
  return { ...next, changes: [...list, change].slice(-MAX_CHANGES) };
}

const WHYS: readonly VerdictChangeWhy[] = ['start', 'visit', 'rules', 'lists', 'label', 'import', 'other'];
const isVerdict = (x: unknown): x is Verdict => VERDICTS.includes(x as Verdict);
const count = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

/**
 * An export file's `changes` (import-rules.ts), rebuilt field by field: the file is untrusted. Entries that do not
 * check out are dropped; undefined when none is left.
 */
export function changesOf(raw: unknown, now: number): VerdictChange[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const out: VerdictChange[] = [];
  for (const r of raw.slice(-MAX_CHANGES) as Record<string, unknown>[]) {
    if (typeof r !== 'object' || r === null || !validDate(r.at, now) || !isVerdict(r.to)) continue;
    if (!WHYS.includes(r.why as VerdictChangeWhy) || typeof r.toScore !== 'number' || !(r.toScore >= 0)) continue;
    const c: VerdictChange = { at: r.at, to: r.to, toScore: Math.min(100, r.toScore), why: r.why as VerdictChangeWhy };
    if (isVerdict(r.from)) c.from = r.from;
    if (typeof r.fromScore === 'number' && r.fromScore >= 0) c.fromScore = Math.min(100, r.fromScore);
    if (Array.isArray(r.counts)) {
      const counts: CountChange[] = [];
      for (const x of r.counts.slice(0, COUNT_FIELDS.length) as Record<string, unknown>[]) {
        if (typeof x !== 'object' || x === null || !COUNT_FIELDS.includes(x.field as CountChange['field'])) continue;
        const k: CountChange = { field: x.field as CountChange['field'] };
        if (count(x.from)) k.from = x.from;
        if (count(x.to)) k.to = x.to;
        counts.push(k);
      }
      if (counts.length) c.counts = counts;
    }
    out.push(c);
  }
  return out.length ? out : undefined;
}

function keepChanges(table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate(req: DBCoreMutateRequest) {
      if (req.type !== 'put') return table.mutate(req);
      const values = req.values as VerdictRowV4[];
      const keys = values.map((v) => v?.handle);
      if (keys.some((k) => typeof k !== 'string')) return table.mutate(req);
      // The stored rows, read in the writer's own transaction: the history and the write are one.
      return table
        .getMany({ trans: req.trans, keys })
        .then((olds) =>
          table.mutate({ ...req, values: values.map((v, i) => withChanges(olds[i] as VerdictRowV4 | undefined, v)) }),
        );
    },
  };
}

/** The middleware (db.ts `LensDb` uses it): the `verdicts` table keeps its changes, every other table is as it was. */
export const verdictChanges: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'verdict-changes',
  create: (down) => ({
    ...down,
    table: (name) => (name === 'verdicts' ? keepChanges(down.table(name)) : down.table(name)),
  }),
};
