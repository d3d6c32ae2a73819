/**
 * The whole database as one JSON file: `{ format: 'provenance-lens-export', version: 1, exportedAt, tables }`.
 * Rows are written as stored, ids included, so an export imported into an empty database exports identically.
 * `version` is the file format's; `schema` says which database version wrote the rows.
 */
import { DB_VERSION, type LensDb, TABLES, type TableName } from './db';

export const EXPORT_FORMAT = 'provenance-lens-export';
export const EXPORT_VERSION = 1;

export type Tables = Record<TableName, unknown[]>;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  schema: number;
  tables: Tables;
}

export function emptyTables(): Tables {
  return Object.fromEntries(TABLES.map((t) => [t, []])) as unknown as Tables;
}

export function buildExport(tables: Tables, exportedAt: number): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    schema: DB_VERSION,
    tables,
  };
}

/** Every row of every table, read in one transaction (a consistent snapshot). */
export async function dumpTables(db: LensDb): Promise<Tables> {
  return db.transaction(
    'r',
    TABLES.map((t) => db.table(t)),
    async () => {
      const out = emptyTables();
      for (const t of TABLES) out[t] = await db.table(t).toArray();
      return out;
    },
  );
}

export async function exportDb(db: LensDb, now: number): Promise<ExportFile> {
  return buildExport(await dumpTables(db), now);
}
