/**
 * Export and import of the whole cache, streamed (issue 17, finding 6). One runtime message is capped at 64 MiB
 * and one string at about 512 MiB in Chromium, and 100,000 accounts with their history are more than either: the
 * export file is written as a Blob from pages of rows (each row serialised on its own), and an imported file is
 * read as a stream, its rows picked out as they come (`ExportScanner`) and sent in chunks of bounded size. The
 * background validates and merges each chunk as it arrives (extension/background/transfer.ts).
 */
import type { ImportReport } from '../../protocol';
import { send } from '../shared/send';

/** Rows per export request. */
const EXPORT_ROWS = 5_000;
/** Serialised size of an import chunk at most (well under the 64 MiB cap), and its rows at most. */
const IMPORT_BYTES = 8_000_000;
const IMPORT_ROWS = 10_000;

/**
 * The whole database as the export file (`{ format, version, exportedAt, schema, tables }`), one row a line,
 * as a Blob: never one string.
 */
export async function exportBlob(): Promise<Blob> {
  const { id, head } = await send('ui/export-begin');
  try {
    const { format, version, exportedAt, schema } = head;
    // Text is gathered into Blobs of ~32 MB as it comes: the browser can keep those out of the page's heap.
    const blobs: Blob[] = [];
    let parts: string[] = [`${JSON.stringify({ format, version, exportedAt, schema }).slice(0, -1)},"tables":{`];
    let size = 0;
    const push = (text: string) => {
      parts.push(text);
      size += text.length;
      if (size < 32_000_000) return;
      blobs.push(new Blob(parts));
      parts = [];
      size = 0;
    };
    for (const [i, { name, rows }] of head.tables.entries()) {
      push(`${i ? ',' : ''}\n${JSON.stringify(name)}:[`);
      let first = true;
      for (let offset = 0; offset < rows; offset += EXPORT_ROWS) {
        const chunk = await send('ui/export-chunk', { id, table: name, offset, limit: EXPORT_ROWS });
        if (chunk.rows.length === 0) break;
        const text = chunk.rows.map((r) => JSON.stringify(r)).join(',\n');
        push(first ? `\n${text}` : `,\n${text}`);
        first = false;
      }
      push('\n]');
    }
    push('\n}}\n');
    return new Blob([...blobs, ...parts], { type: 'application/json' });
  } finally {
    await send('ui/export-end', { id }).catch(() => undefined);
  }
}

/** The export file as an object (small databases, tests): parsed from `exportBlob`. */
export async function exportFile(): Promise<Record<string, unknown>> {
  return JSON.parse(await (await exportBlob()).text());
}

/** Export and save the file under `name` (a Blob URL: the file is never one string). */
export async function saveExport(name: string): Promise<void> {
  const url = URL.createObjectURL(await exportBlob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

type Level = { kind: 'object'; key?: string; expectKey: boolean } | { kind: 'array'; table?: string };

/**
 * Picks an export file apart as its text streams in, without holding more than the value being read: the top
 * level's fields other than `tables` (the head) and each row of each table, as JSON text. Any layout of the JSON
 * (minified or not) is read; a file that is not JSON fails where it stops being JSON.
 */
export class ExportScanner {
  private buf = '';
  /** Start in `buf` of what is being read (a key or a captured value), or -1. */
  private start = -1;
  private capturing: 'value' | 'key' | undefined;
  private capDepth = 0;
  private capPrimitive = false;
  private inString = false;
  private escaped = false;
  private readonly levels: Level[] = [];

  constructor(
    private readonly onHead: (key: string, value: unknown) => void,
    private readonly onRow: (table: string, json: string) => void,
  ) {}

  private get top(): Level | undefined {
    return this.levels.at(-1);
  }

  /** Where a value starting now goes: the head, a table's rows, the tables object, or nothing to keep. */
  private place(): 'head' | 'row' | 'tables' | 'other' {
    const [l0, l1, l2] = this.levels;
    const depth = this.levels.length;
    if (depth === 1 && l0?.kind === 'object') return l0.key === 'tables' ? 'tables' : 'head';
    if (depth === 3 && l1?.kind === 'object' && l2?.kind === 'array' && l2.table !== undefined) return 'row';
    return 'other';
  }

  private finish(end: number): void {
    const text = this.buf.slice(this.start, end);
    const kind = this.capturing;
    this.capturing = undefined;
    this.start = -1;
    const top = this.top;
    if (kind === 'key') {
      if (top?.kind === 'object') top.key = JSON.parse(text) as string;
      return;
    }
    if (this.levels.length === 1 && top?.kind === 'object' && top.key !== undefined)
      this.onHead(top.key, JSON.parse(text));
    else if (top?.kind === 'array' && top.table !== undefined) this.onRow(top.table, text);
  }

  /** Feed the next piece of text. */
  write(text: string): void {
    const base = this.buf.length;
    this.buf += text;
    let i = base;
    const buf = this.buf;
    for (; i < buf.length; i++) {
      const c = buf[i]!;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === '\\') this.escaped = true;
        else if (c === '"') {
          this.inString = false;
          if (this.capturing === 'key' || (this.capturing === 'value' && this.capPrimitive)) this.finish(i + 1);
        }
        continue;
      }
      if (this.capturing === 'value' && this.capPrimitive && /[\s,\]}]/.test(c)) this.finish(i);
      if (this.capturing === 'value' && !this.capPrimitive) {
        if (c === '"') this.inString = true;
        else if (c === '{' || c === '[') this.capDepth++;
        else if (c === '}' || c === ']') {
          this.capDepth--;
          if (this.capDepth === 0) this.finish(i + 1);
        }
        continue;
      }
      if (c === ' ' || c === '\n' || c === '\r' || c === '\t') continue;
      const top = this.top;
      if (c === ':') {
        if (top?.kind === 'object') top.expectKey = false;
        continue;
      }
      if (c === ',') {
        if (top?.kind === 'object') top.expectKey = true;
        continue;
      }
      if (c === '}' || c === ']') {
        this.levels.pop();
        continue;
      }
      if (c === '"' && top?.kind === 'object' && top.expectKey) {
        this.inString = true;
        this.capturing = 'key';
        this.start = i;
        continue;
      }
      // A value starts here.
      const place = this.place();
      if (this.levels.length === 0) {
        if (c !== '{') throw new Error('not a Provenance Lens export file');
        this.levels.push({ kind: 'object', expectKey: true });
      } else if (place === 'head' || place === 'row') {
        this.capturing = 'value';
        this.start = i;
        this.capPrimitive = c !== '{' && c !== '[';
        this.capDepth = this.capPrimitive ? 0 : 1;
        if (c === '"') this.inString = true;
      } else if (place === 'tables') {
        if (c !== '{') throw new Error('export file without tables');
        this.levels.push({ kind: 'object', expectKey: true });
      } else if (c === '[') {
        const table = this.levels.length === 2 && top?.kind === 'object' ? top.key : undefined;
        this.levels.push(table === undefined ? { kind: 'array' } : { kind: 'array', table });
      } else if (c === '{') this.levels.push({ kind: 'object', expectKey: true });
      else if (this.levels.length === 2)
        throw new Error(`table ${top?.kind === 'object' ? top.key : ''} is not a list`);
    }
    // Keep only what is being read.
    if (this.start >= 0) {
      this.buf = this.buf.slice(this.start);
      this.start = 0;
    } else this.buf = '';
  }

  /** The end of the file: a value still open means it was cut short. */
  end(): void {
    if (this.capturing === 'value' && this.capPrimitive && !this.inString) this.finish(this.buf.length);
    if (this.capturing || this.levels.length) throw new Error('the file ends before the export does');
  }
}

/** Sends rows to an import session in chunks of bounded size. */
class ChunkSender {
  private table = '';
  private rows: unknown[] = [];
  private bytes = 0;

  constructor(private readonly id: string) {}

  /** Queue a row; answers the send to wait for when a chunk is full (or a table ends). */
  add(table: string, row: unknown, size: number): Promise<unknown> | undefined {
    let sent: Promise<unknown> | undefined;
    if (
      this.rows.length &&
      (table !== this.table || this.bytes + size > IMPORT_BYTES || this.rows.length >= IMPORT_ROWS)
    )
      sent = this.flush();
    this.table = table;
    this.rows.push(row);
    this.bytes += size;
    return sent;
  }

  flush(): Promise<unknown> {
    const rows = this.rows;
    this.rows = [];
    this.bytes = 0;
    return rows.length ? send('ui/import-chunk', { id: this.id, table: this.table, rows }) : Promise.resolve();
  }
}

/** Import an export file: a File or Blob, read as a stream; or an already parsed file (small files, tests). */
export async function importFile(file: Blob | unknown): Promise<ImportReport> {
  if (file instanceof Blob) return importStream(file);
  if (typeof file !== 'object' || file === null || Array.isArray(file)) throw new Error('not an export file');
  const { tables, ...head } = file as { tables?: unknown };
  const { id } = await send('ui/import-begin', { head });
  const sender = new ChunkSender(id);
  if (typeof tables === 'object' && tables !== null) {
    for (const [table, rows] of Object.entries(tables)) {
      if (!Array.isArray(rows)) continue;
      for (const row of rows) await sender.add(table, row, JSON.stringify(row)?.length ?? 0);
      await sender.flush();
    }
  }
  return send('ui/import-end', { id });
}

async function importStream(file: Blob): Promise<ImportReport> {
  const head: Record<string, unknown> = {};
  let id: string | undefined;
  let sender: ChunkSender | undefined;
  let pending: { table: string; json: string }[] = [];
  const scanner = new ExportScanner(
    (key, value) => {
      head[key] = value;
    },
    (table, json) => {
      pending.push({ table, json });
    },
  );
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    scanner.write(value);
    if (pending.length === 0) continue;
    // The head comes before the tables in an export file; the session starts with the first row.
    if (!id) {
      id = (await send('ui/import-begin', { head })).id;
      sender = new ChunkSender(id);
    }
    const rows = pending;
    pending = [];
    for (const { table, json } of rows) await sender!.add(table, JSON.parse(json), json.length);
  }
  scanner.end();
  if (!id) id = (await send('ui/import-begin', { head })).id;
  await sender?.flush();
  return send('ui/import-end', { id });
}
