/**
 * Issue 17, finding 6: export and import streamed. The dashboard's side (extension/ui/dashboard/transfer.ts) writes the file
 * as a Blob a page of rows at a time and reads an imported file as a stream, picking its rows out as they come
 * (`ExportScanner`); the background's side (extension/background/transfer.ts) pages through each table by key and merges
 * each imported chunk as it arrives. Here the page's `send` answers through the background's router, over a fake
 * IndexedDB; the 100,000-account run is tests/e2e/transfer.e2e.test.ts, in Chromium.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: { get: async () => ({}), set: async () => undefined },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
    tabs: { query: async () => [], sendMessage: async () => undefined },
  },
}));
let target: unknown;
vi.mock('../../extension/ui/shared/send', async () => {
  const { answer } = await import('../../extension/background/router');
  return {
    send: (type: string, request: object = {}) => answer(target as never, { type, ...request } as never, NOW),
  };
});

const { ExportScanner, exportBlob, importFile } = await import('../../extension/ui/dashboard/transfer');
const { dumpTables } = await import('../../extension/background/export');
const { recordObservation } = await import('../../extension/background/record');
const { pin } = await import('../../extension/background/watchlist');
const { corpusObservations, freshDb, NOW } = await import('./db-helpers');
const { DAY_MS } = await import('../../src/time');

function scan(text: string, pieces: number[]) {
  const head: Record<string, unknown> = {};
  const rows: Record<string, unknown[]> = {};
  const s = new ExportScanner(
    (k, v) => {
      head[k] = v;
    },
    (t, json) => {
      rows[t] ??= [];
      rows[t].push(JSON.parse(json));
    },
  );
  let at = 0;
  for (const p of [...pieces, text.length]) {
    s.write(text.slice(at, Math.max(at, p)));
    at = Math.max(at, p);
  }
  s.end();
  return { head, rows };
}

describe('ExportScanner', () => {
  const file = {
    format: 'provenance-lens-export',
    version: 1,
    exportedAt: '2026-11-28T12:00:00.000Z',
    tables: {
      accounts: [
        { handle: 'a', nick: 'he said "}]," \\ {[' },
        { handle: 'b', n: [1, { x: [] }] },
      ],
      notes: [],
      meta: [{ key: 'k', value: null }],
    },
    schema: 3,
  };

  it('reads the head and every row, however the text is split and laid out', () => {
    for (const text of [JSON.stringify(file), JSON.stringify(file, null, 2)]) {
      for (let cut = 0; cut <= text.length; cut += 7) {
        const { head, rows } = scan(text, [cut, cut + 1, cut + 13]);
        expect(head).toEqual({ format: file.format, version: 1, exportedAt: file.exportedAt, schema: 3 });
        expect(rows).toEqual({ accounts: file.tables.accounts, meta: file.tables.meta });
      }
    }
  });

  it('refuses what is not an export file, and a file cut short', () => {
    expect(() => scan('[1,2]', [])).toThrow(/not a Provenance Lens export/);
    expect(() => scan('{"tables":{"accounts":5}}', [])).toThrow(/not a list/);
    expect(() => scan(JSON.stringify(file).slice(0, -20), [])).toThrow(/ends before/);
  });
});

describe('streamed export and import through the router', { timeout: 60_000 }, () => {
  it('round-trips every table: exported as a Blob, imported as a stream, into an empty database', async () => {
    const { db } = freshDb();
    for (const o of corpusObservations([30, 20, 10, 5, 1])) await recordObservation(db, o, NOW);
    const [a] = await db.accounts.limit(1).primaryKeys();
    await db.modLabels.put({ handle: a!, verdict: 'state-media', decision: 'state-media', by: 'Ann', at: NOW });
    await db.notes.add({ handle: a!, text: 'a note', at: NOW - DAY_MS });
    await pin(db, a!, NOW);
    target = db;
    const blob = await exportBlob();
    const before = await dumpTables(db);

    const { db: empty } = freshDb();
    target = empty;
    const report = await importFile(blob);
    expect(report.invalid).toBe(0);
    expect(report.added.observations).toBe(before.observations.length);
    const after = await dumpTables(empty);
    // The watchlist scheduler's state is this browser's own: everything else arrives as it was.
    expect({ ...after, meta: [] }).toEqual({ ...before, meta: [] });

    // Imported again: nothing added, nothing changed.
    const again = await importFile(blob);
    expect(Object.values(again.added).reduce((n: number, x) => n + (x ?? 0), 0)).toBe(0);
    expect(await dumpTables(empty)).toEqual(after);
  });
});
