/**
 * Export and import of the whole cache, a chunk at a time (one runtime message is capped at 64 MiB; 100,000
 * accounts with their history are more): the export file is assembled here from pages of rows, and an imported
 * file is sent in chunks of bounded size. The background merges an import in one transaction when it ends.
 */
import type { ImportReport } from '../../protocol';
import { send } from '../shared/send';

/** Rows per export request. */
const EXPORT_ROWS = 5_000;
/** Serialised size of an import chunk at most (well under the 64 MiB cap), and its rows at most. */
const IMPORT_BYTES = 8_000_000;
const IMPORT_ROWS = 10_000;

/** The whole database as the export file (`{ format, version, exportedAt, schema, tables }`). */
export async function exportFile(): Promise<Record<string, unknown>> {
  const { id, head } = await send('ui/export-begin');
  try {
    const tables: Record<string, unknown[]> = {};
    for (const { name, rows } of head.tables) {
      const all: unknown[] = [];
      for (let offset = 0; offset < rows; offset += EXPORT_ROWS) {
        const chunk = await send('ui/export-chunk', { id, table: name, offset, limit: EXPORT_ROWS });
        for (const r of chunk.rows) all.push(r);
      }
      tables[name] = all;
    }
    return { format: head.format, version: head.version, exportedAt: head.exportedAt, schema: head.schema, tables };
  } finally {
    await send('ui/export-end', { id }).catch(() => undefined);
  }
}

/** Send a parsed export file to the background in chunks; its report once merged. */
export async function importFile(file: unknown): Promise<ImportReport> {
  if (typeof file !== 'object' || file === null || Array.isArray(file)) throw new Error('not an export file');
  const { tables, ...head } = file as { tables?: unknown };
  const { id } = await send('ui/import-begin', { head });
  if (typeof tables === 'object' && tables !== null) {
    for (const [table, rows] of Object.entries(tables)) {
      if (!Array.isArray(rows)) continue;
      let chunk: unknown[] = [];
      let bytes = 0;
      for (const row of rows) {
        const size = JSON.stringify(row)?.length ?? 0;
        if (chunk.length && (bytes + size > IMPORT_BYTES || chunk.length >= IMPORT_ROWS)) {
          await send('ui/import-chunk', { id, table, rows: chunk });
          chunk = [];
          bytes = 0;
        }
        chunk.push(row);
        bytes += size;
      }
      if (chunk.length) await send('ui/import-chunk', { id, table, rows: chunk });
    }
  }
  return send('ui/import-end', { id });
}
