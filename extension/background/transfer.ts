/**
 * Export and import a chunk at a time: one runtime message is capped at 64 MiB, and 100,000 accounts with their
 * history are more. An export takes a snapshot (one read transaction, export.ts `dumpTables`) and hands its rows
 * out by table and offset; the page assembles the file. An import collects the rows the page sends, then merges
 * them in one transaction (import.ts `importDb`): all of it or none of it.
 */
import type { ExportHead, ImportReport } from '../protocol';
import { type LensDb, TABLES } from './db';
import { buildExport, dumpTables, type ExportFile } from './export';
import { importDb, parseExport } from './import';

/** Rows per chunk at most (either way). */
export const MAX_CHUNK_ROWS = 50_000;
/** Sessions left open longer than this are dropped (a page closed mid-way). */
const SESSION_MS = 10 * 60_000;

interface Session<T> {
  value: T;
  at: number;
}
const exports = new Map<string, Session<ExportFile>>();
const imports = new Map<string, Session<{ head: unknown; tables: Record<string, unknown[]> }>>();

function expire(now: number): void {
  for (const m of [exports, imports] as Map<string, Session<unknown>>[])
    for (const [id, s] of m) if (now - s.at > SESSION_MS) m.delete(id);
}

function session<T>(m: Map<string, Session<T>>, id: string, now: number): T {
  const s = m.get(id);
  if (!s) throw new Error('no such transfer (it may have expired)');
  s.at = now;
  return s.value;
}

export async function exportBegin(db: LensDb, now: number): Promise<{ id: string; head: ExportHead }> {
  expire(now);
  const file = buildExport(await dumpTables(db), now);
  const id = crypto.randomUUID();
  exports.set(id, { value: file, at: now });
  const { tables, ...rest } = file;
  return { id, head: { ...rest, tables: TABLES.map((name) => ({ name, rows: tables[name].length })) } };
}

export function exportChunk(
  id: string,
  table: string,
  offset: number,
  limit: number,
  now: number,
): { rows: unknown[] } {
  const file = session(exports, id, now);
  const rows = (file.tables as Record<string, unknown[] | undefined>)[table];
  if (!rows) throw new Error(`no table ${table}`);
  return { rows: rows.slice(offset, offset + Math.min(limit, MAX_CHUNK_ROWS)) };
}

export function exportEnd(id: string): void {
  exports.delete(id);
}

export function importBegin(head: unknown, now: number): { id: string } {
  expire(now);
  // A file of another format or version is refused before any of its rows are sent.
  parseExport({ ...(typeof head === 'object' && head !== null ? head : {}), tables: {} });
  const id = crypto.randomUUID();
  imports.set(id, { value: { head, tables: {} }, at: now });
  return { id };
}

export function importChunk(id: string, table: string, rows: unknown[], now: number): void {
  const s = session(imports, id, now);
  if (!(TABLES as readonly string[]).includes(table)) return; // a table this version does not know: ignored
  if (rows.length > MAX_CHUNK_ROWS) throw new Error('chunk too large');
  const into = s.tables[table] ?? [];
  s.tables[table] = into;
  for (const r of rows) into.push(r);
}

export async function importEnd(db: LensDb, id: string, now: number): Promise<ImportReport> {
  const s = session(imports, id, now);
  imports.delete(id);
  const head = typeof s.head === 'object' && s.head !== null ? s.head : {};
  return importDb(db, { ...head, tables: s.tables }, now);
}
