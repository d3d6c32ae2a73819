/**
 * Export and import a chunk at a time (issue 17, finding 6: export failed from ~27,000 accounts with "Message
 * exceeded maximum allowed size of 64MiB", and larger files could not be imported). Nothing here holds a whole
 * table: the export reads each table in primary-key order, a page of rows per request, from where the last page
 * ended; the page writes them into the file as they come (extension/ui/dashboard/transfer.ts). The import validates and
 * merges each chunk as it arrives (import-rules.ts, import.ts `mergeTables`), against the local rows that chunk
 * touches, in one transaction per chunk: a chunk is all or nothing, and an import stopped half-way leaves the
 * chunks before it merged (importing the file again adds only what is missing).
 */
import type { ExportHead, ImportReport } from '../protocol';
import { type LensDb, TABLES, type TableName } from './db';
import { buildExport, emptyTables, type Tables } from './export';
import { checkHead, mergeTables, validRows } from './import';
import { AUTO_ID } from './import-rules';

/** Rows per chunk at most (either way). */
export const MAX_CHUNK_ROWS = 50_000;
/** Sessions left open longer than this without a request are dropped (a page closed mid-way). */
const SESSION_MS = 10 * 60_000;

interface ExportSession {
  at: number;
  /** Per table: the offset the next page starts at, and the primary key it starts after. */
  cursors: Map<string, { offset: number; after: unknown }>;
}
interface ImportSession {
  at: number;
  report: ImportReport;
}
const exports = new Map<string, ExportSession>();
const imports = new Map<string, ImportSession>();

function expire(now: number): void {
  for (const m of [exports, imports] as Map<string, { at: number }>[])
    for (const [id, s] of m) if (now - s.at > SESSION_MS) m.delete(id);
}

function session<T extends { at: number }>(m: Map<string, T>, id: string, now: number): T {
  const s = m.get(id);
  if (!s) throw new Error('no such transfer (it may have expired)');
  s.at = now;
  return s;
}

const isTable = (t: string): t is TableName => (TABLES as readonly string[]).includes(t);

export async function exportBegin(db: LensDb, now: number): Promise<{ id: string; head: ExportHead }> {
  expire(now);
  const counts = await db.transaction(
    'r',
    TABLES.map((t) => db.table(t)),
    () => Promise.all(TABLES.map((t) => db.table(t).count())),
  );
  const id = crypto.randomUUID();
  exports.set(id, { at: now, cursors: new Map() });
  const { tables: _t, ...file } = buildExport(emptyTables(), now);
  return { id, head: { ...file, tables: TABLES.map((name, i) => ({ name, rows: counts[i] ?? 0 })) } };
}

/**
 * Rows `offset` to `offset + limit` of `table` in primary-key order. The page asks for them in order, so each page
 * continues from the key the last one ended at (no re-reading from the start: 500,000 rows are a hundred pages).
 */
export async function exportChunk(
  db: LensDb,
  id: string,
  table: string,
  offset: number,
  limit: number,
  now: number,
): Promise<{ rows: unknown[] }> {
  const s = session(exports, id, now);
  if (!isTable(table)) throw new Error(`no table ${table}`);
  const n = Math.min(limit, MAX_CHUNK_ROWS);
  const t = db.table(table);
  const cursor = s.cursors.get(table);
  const rows =
    cursor && cursor.offset === offset && cursor.after !== undefined
      ? await t.where(':id').above(cursor.after).limit(n).toArray()
      : await t.orderBy(':id').offset(offset).limit(n).toArray();
  const last = rows.at(-1);
  // Every table's primary key is one field (handle, id, url, key: db.ts).
  const key = t.schema.primKey.keyPath as string;
  if (last !== undefined)
    s.cursors.set(table, { offset: offset + rows.length, after: (last as Record<string, unknown>)[key] });
  return { rows };
}

export function exportEnd(id: string): void {
  exports.delete(id);
}

export function importBegin(head: unknown, now: number): { id: string } {
  expire(now);
  // A file of another format or version is refused before any of its rows are sent.
  checkHead(head);
  const id = crypto.randomUUID();
  imports.set(id, { at: now, report: { added: {}, updated: {}, invalid: 0, conflicts: [] } });
  return { id };
}

/** The local rows a chunk of `table` can meet in the merge (import.ts `mergeTables`), read by key. */
async function localFor(db: LensDb, table: TableName, rows: Record<string, unknown>[]): Promise<Tables> {
  const local = emptyTables();
  const handles = [...new Set(rows.map((r) => r.handle as string))];
  const keyed = async (t: TableName, key: string) => {
    const keys = [...new Set(rows.map((r) => r[key] as string))];
    local[t] = (await db.table(t).bulkGet(keys)).filter((r) => r !== undefined);
  };
  if (table === 'subscriptions') await keyed(table, 'url');
  else if (table === 'meta') await keyed(table, 'key');
  else if (AUTO_ID.has(table)) local[table] = await db.table(table).where('handle').anyOf(handles).toArray();
  else await keyed(table, 'handle');
  // A moderator label that disagrees is stored as a conflict once: the known ones of these handles.
  if (table === 'modLabels') local.labelConflicts = await db.labelConflicts.where('handle').anyOf(handles).toArray();
  return local;
}

/** Validate a chunk and merge it at once, in one transaction; the report adds up across chunks. */
export async function importChunk(db: LensDb, id: string, table: string, rows: unknown[], now: number): Promise<void> {
  const s = session(imports, id, now);
  if (!isTable(table)) return; // a table this version does not know: ignored
  if (rows.length > MAX_CHUNK_ROWS) throw new Error('chunk too large');
  const checked = validRows(table, rows, now);
  s.report.invalid += checked.invalid;
  if (checked.rows.length === 0) return;
  const incoming = emptyTables();
  incoming[table] = checked.rows;
  const touched = table === 'modLabels' ? [db.modLabels, db.labelConflicts] : [db.table(table)];
  const { report } = await db.transaction('rw', touched, async () => {
    const merged = mergeTables(await localFor(db, table, checked.rows), incoming, now);
    for (const t of TABLES) if (merged.writes[t].length) await db.table(t).bulkPut(merged.writes[t]);
    return merged;
  });
  for (const kind of ['added', 'updated'] as const)
    for (const [t, n] of Object.entries(report[kind])) s.report[kind][t] = (s.report[kind][t] ?? 0) + (n ?? 0);
  // Reported as the handle only: the dashboard lists them, the rows stay in `labelConflicts`.
  for (const c of report.conflicts) s.report.conflicts.push({ handle: c.handle });
}

export function importEnd(id: string, now: number): ImportReport {
  const s = session(imports, id, now);
  imports.delete(id);
  return s.report;
}
