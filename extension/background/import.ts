/**
 * Importing an export file: merged into what is there, never replacing it. Observations, notes and label events
 * are added unless already present; accounts and verdicts keep the newer reading; a moderator label that differs
 * from the local one is not applied but kept as a conflict and reported. The file is user-chosen input: every row
 * is rebuilt under the rules of live input (import-rules.ts), and rows of the wrong shape are counted and skipped.
 */
import type {
  AccountRow,
  LabelConflictRow,
  LabelEventRow,
  LensDb,
  MetaRow,
  ModLabelRow,
  NoteRow,
  ObservationRow,
  SubscriptionRow,
  TableName,
  VerdictRow,
  WatchRow,
} from './db';
import { TABLES } from './db';
import { dumpTables, EXPORT_FORMAT, EXPORT_VERSION, emptyTables, type Tables } from './export';
import { importRow } from './import-rules';

export interface ImportReport {
  added: Partial<Record<TableName, number>>;
  updated: Partial<Record<TableName, number>>;
  invalid: number;
  conflicts: { handle: string; local: ModLabelRow; incoming: ModLabelRow }[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The file's head checked: an export file of a known version, or it throws. */
export function checkHead(file: unknown): asserts file is Obj {
  if (!isObj(file) || file.format !== EXPORT_FORMAT) throw new Error('not a Provenance Lens export file');
  if (file.version !== EXPORT_VERSION) throw new Error(`unsupported export version ${String(file.version)}`);
}

/**
 * Rows of one table, each rebuilt by the import rules (import-rules.ts, the live input's rules); `invalid` counts
 * those of the wrong shape, which are skipped.
 */
export function validRows(table: TableName, rows: readonly unknown[], now: number): { rows: Obj[]; invalid: number } {
  const out: Obj[] = [];
  let invalid = 0;
  for (const r of rows) {
    const row = importRow(table, r, now);
    if (row === 'skip') continue;
    if (row) out.push(row);
    else invalid++;
  }
  return { rows: out, invalid };
}

/** The file's tables, checked; throws on anything that is not an export file of a known version. */
export function parseExport(file: unknown, now = Date.now()): { tables: Tables; invalid: number } {
  checkHead(file);
  if (!isObj(file.tables)) throw new Error('export file without tables');
  const tables = emptyTables();
  let invalid = 0;
  for (const t of TABLES) {
    const rows = file.tables[t];
    if (rows === undefined) continue;
    if (!Array.isArray(rows)) throw new Error(`table ${t} is not a list`);
    const checked = validRows(t, rows, now);
    tables[t] = checked.rows;
    invalid += checked.invalid;
  }
  return { tables, invalid };
}

/** Rows to write per table (`put`), computed from the local and incoming tables. Pure. */
export function mergeTables(
  local: Tables,
  incoming: Tables,
  now: number,
): { writes: Tables; report: Omit<ImportReport, 'invalid'> } {
  const writes = emptyTables();
  const report: Omit<ImportReport, 'invalid'> = { added: {}, updated: {}, conflicts: [] };
  const count = (kind: 'added' | 'updated', t: TableName) => {
    report[kind][t] = (report[kind][t] ?? 0) + 1;
  };

  /** Rows identified by `key`: add the missing ones, and for present ones let `pick` return a replacement. */
  function byKey<R extends Obj>(t: TableName, key: (r: R) => string, pick?: (mine: R, theirs: R) => R | undefined) {
    const mine = new Map((local[t] as R[]).map((r) => [key(r), r]));
    for (const theirs of incoming[t] as R[]) {
      const k = key(theirs);
      const existing = mine.get(k);
      if (!existing) {
        writes[t].push(theirs);
        mine.set(k, theirs);
        count('added', t);
      } else if (pick) {
        const chosen = pick(existing, theirs);
        if (chosen && chosen !== existing) {
          writes[t].push(chosen);
          mine.set(k, chosen);
          count('updated', t);
        }
      }
    }
  }

  /**
   * Append-only rows with auto-increment ids: add those not already present, each with an id this database
   * assigns (a file's id of 2**53 once exhausted the key generator: finding 5).
   */
  function appendOnly<R extends Obj & { id?: number }>(t: TableName, key: (r: R) => string) {
    const seen = new Set((local[t] as R[]).map(key));
    for (const theirs of incoming[t] as R[]) {
      const k = key(theirs);
      if (seen.has(k)) continue;
      seen.add(k);
      const { id: _id, ...rest } = theirs;
      writes[t].push(rest as R);
      count('added', t);
    }
  }

  byKey<AccountRow & Obj>(
    'accounts',
    (r) => r.handle,
    (a, b) => {
      const [older, newer] = b.lastSeen > a.lastSeen ? [a, b] : [b, a];
      const merged = {
        ...older,
        ...newer,
        firstSeen: Math.min(a.firstSeen, b.firstSeen),
        lastSeen: Math.max(a.lastSeen, b.lastSeen),
      };
      return JSON.stringify(merged) === JSON.stringify(a) ? undefined : merged;
    },
  );
  appendOnly<ObservationRow & Obj>('observations', (r) => `${r.handle}\u0000${r.observedAt}`);
  byKey<VerdictRow & Obj>(
    'verdicts',
    (r) => r.handle,
    (a, b) => (b.at > a.at ? b : undefined),
  );
  const conflictKey = (l: ModLabelRow, i: ModLabelRow) =>
    JSON.stringify([l.handle, l.verdict, l.note, i.verdict, i.note]);
  const knownConflicts = new Set(
    (local.labelConflicts as LabelConflictRow[]).map((c) => conflictKey(c.local, c.incoming)),
  );
  byKey<ModLabelRow & Obj>(
    'modLabels',
    (r) => r.handle,
    (a, b) => {
      if (a.verdict !== b.verdict || (a.note ?? '') !== (b.note ?? '')) {
        report.conflicts.push({ handle: a.handle, local: a, incoming: b });
        // Reported every time, stored once: importing the same file twice does not pile up copies.
        if (knownConflicts.has(conflictKey(a, b))) return undefined;
        knownConflicts.add(conflictKey(a, b));
        const conflict: LabelConflictRow = { handle: a.handle, local: a, incoming: b, at: now };
        writes.labelConflicts.push(conflict);
        count('added', 'labelConflicts');
      }
      return undefined; // the local label stays, always
    },
  );
  appendOnly<NoteRow & Obj>('notes', (r) => `${r.handle}\u0000${r.at}\u0000${r.text}`);
  appendOnly<LabelConflictRow & Obj>('labelConflicts', (r) =>
    JSON.stringify([r.handle, r.at, r.local.verdict, r.local.note, r.incoming.verdict, r.incoming.note]),
  );
  appendOnly<LabelEventRow & Obj>('labelEvents', (r) => `${r.handle}\u0000${r.at}\u0000${r.labelled}`);
  byKey<WatchRow & Obj>('watchlist', (r) => r.handle);
  byKey<SubscriptionRow & Obj>('subscriptions', (r) => r.url);
  byKey<MetaRow & Obj>('meta', (r) => r.key);
  return { writes, report };
}

/** Merge an export file into the database, in one transaction: all of it or none of it. */
export async function importDb(db: LensDb, file: unknown, now: number): Promise<ImportReport> {
  const { tables: incoming, invalid } = parseExport(file, now);
  return db.transaction(
    'rw',
    TABLES.map((t) => db.table(t)),
    async () => {
      const { writes, report } = mergeTables(await dumpTables(db), incoming, now);
      for (const t of TABLES) if (writes[t].length) await db.table(t).bulkPut(writes[t]);
      return { ...report, invalid };
    },
  );
}
