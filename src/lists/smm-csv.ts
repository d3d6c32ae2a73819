/**
 * The State Media Monitor data set as a list source: the CSV of ASD's state-media-profiles repository
 * (`State_Media_Matrix.csv`: Country, Media company, Main assets, URL, Typology, …, Tiktok Link, …), read at run time
 * from a subscription or a file the user imports — never bundled, never converted into the repository.
 *
 * - `parseCsv`: RFC 4180 (quoted fields with commas, quotes and line breaks; CRLF, LF or CR; a BOM), lenient where
 *   real files are sloppy (a stray quote is kept as text), capped in size, rows, fields and field length, and never
 *   throws: what it could not read is reported line by line.
 * - `parseStateMediaCsv`: recognises the data set by its header (column names, any case) and reads each row's
 *   country, company, assets, typology, the outlet's domains (the `URL` host) and its TikTok accounts (the
 *   `@handle` of each TikTok link in `Tiktok Link`).
 * - `smmAccountList`: those rows as a list of the project's format (src/lists/format.ts), each entry and domain
 *   citing its row. An account or a domain on several rows takes the weakest typology among them (independent over
 *   captured private over state): when the data set disagrees with itself, say less.
 * - `readListText`: a list download or file, whichever of the two formats it is.
 */

import { isValidHandle, normaliseHandle } from '../tiktok/handle';
import {
  type AccountList,
  type DomainEntry,
  LIST_FORMAT,
  LIST_VERSION,
  type ListEntry,
  normaliseDomain,
  type ParsedList,
  parseList,
} from './format';
import { affiliationOf, parseTypology, type Typology } from './typology';

/** Where the data set is published (../shared/state-media-profiles/README.md). */
export const SMM_URL = 'https://raw.githubusercontent.com/ASD-at-GMF/state-media-profiles/main/State_Media_Matrix.csv';
/** The list's name in the extension and the CLI. */
export const SMM_NAME = 'State Media Monitor (ASD)';
/** Every entry's source begins with this; the row follows. */
export const SMM_SOURCE = 'State Media Monitor via ASD state-media-profiles';

export interface CsvLimits {
  /** Characters of text read at all: a larger text is refused whole. */
  maxChars: number;
  /** Records (the header included) read; the rest is reported and left. */
  maxRows: number;
  /** Fields per record kept. */
  maxFields: number;
  /** Characters kept of one field. */
  maxFieldLength: number;
}

/** Far above the data set (170 kB, 1,158 records of 19 fields, the longest field a few hundred characters). */
export const CSV_LIMITS: CsvLimits = { maxChars: 5_000_000, maxRows: 50_000, maxFields: 200, maxFieldLength: 10_000 };
/** Problems reported one by one before the rest are only counted. */
const MAX_ERRORS = 100;

export interface CsvResult {
  /** Records, each its fields, blank lines left out; `lines[i]` is the line record `i` starts on (1-based). */
  rows: string[][];
  lines: number[];
  errors: string[];
}

class Errors {
  list: string[] = [];
  more = 0;
  add(m: string) {
    if (this.list.length < MAX_ERRORS) this.list.push(m);
    else this.more++;
  }
  done(): string[] {
    return this.more ? [...this.list, `… and ${this.more} more problems`] : this.list;
  }
}

/** Line breaks in a text: CRLF, LF and CR each count once. */
const breaks = (s: string) => (s.includes('\n') || s.includes('\r') ? (s.match(/\r\n|\r|\n/g) ?? []).length : 0);

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/** RFC 4180 CSV; never throws. */
export function parseCsv(input: string, limits: CsvLimits = CSV_LIMITS): CsvResult {
  const errors = new Errors();
  const rows: string[][] = [];
  const lines: number[] = [];
  if (typeof input !== 'string') return { rows, lines, errors: ['not text'] };
  if (input.length > limits.maxChars)
    return { rows, lines, errors: [`larger than ${limits.maxChars.toLocaleString('en-US')} characters`] };
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const n = text.length;
  let i = 0;
  let line = 1;
  let row: string[] = [];
  let rowLine = 1;
  let field = '';
  let fieldCut = false;
  let rowProblem = '';

  const append = (s: string) => {
    if (fieldCut) return;
    if (field.length + s.length > limits.maxFieldLength) {
      field += s.slice(0, limits.maxFieldLength - field.length);
      fieldCut = true;
      rowProblem ||= `a field longer than ${limits.maxFieldLength.toLocaleString('en-US')} characters was cut`;
    } else field += s;
  };
  const endField = () => {
    if (row.length < limits.maxFields) row.push(field);
    else rowProblem ||= `more than ${limits.maxFields} fields; the rest were left out`;
    field = '';
    fieldCut = false;
  };
  /** Ends the record; false once the record cap is reached. */
  const endRow = (): boolean => {
    endField();
    if (rowProblem) errors.add(`line ${rowLine}: ${rowProblem}`);
    rowProblem = '';
    const blank = row.length === 1 && row[0] === '';
    if (!blank) {
      rows.push(row);
      lines.push(rowLine);
    }
    row = [];
    if (rows.length >= limits.maxRows) return false;
    return true;
  };
  const newline = (at: number) => (text.charCodeAt(at) === CR && text.charCodeAt(at + 1) === LF ? 2 : 1);

  try {
    while (i < n) {
      if (row.length === 0 && field === '') rowLine = line;
      const c = text.charCodeAt(i);
      if (c === QUOTE && field === '' && !fieldCut) {
        // A quoted field: up to the closing quote; "" is one quote; commas and line breaks are text.
        i++;
        let closed = false;
        while (i < n) {
          const q = text.indexOf('"', i);
          const end = q === -1 ? n : q;
          const chunk = text.slice(i, end);
          line += breaks(chunk);
          append(chunk);
          if (q === -1) {
            i = n;
            break;
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            append('"');
            i = q + 2;
            continue;
          }
          i = q + 1;
          closed = true;
          break;
        }
        if (!closed) {
          rowProblem ||= 'a quoted field is never closed';
          break;
        }
        // After the closing quote: a delimiter, or (sloppy files) more text, kept as it is.
        const next = text.charCodeAt(i);
        if (i < n && next !== COMMA && next !== CR && next !== LF) {
          rowProblem ||= 'text after a closing quote';
        }
        continue;
      }
      if (c === COMMA) {
        endField();
        i++;
        continue;
      }
      if (c === CR || c === LF) {
        i += newline(i);
        line++;
        if (!endRow()) {
          if (i < n) errors.add(`more than ${limits.maxRows.toLocaleString('en-US')} records; the rest was not read`);
          return { rows, lines, errors: errors.done() };
        }
        continue;
      }
      // Unquoted text up to the next delimiter; a quote inside it is kept as text.
      let j = i;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === COMMA || d === CR || d === LF) break;
        j++;
      }
      append(text.slice(i, j));
      i = j;
    }
    if (row.length > 0 || field !== '' || rowProblem) endRow();
  } catch (e) {
    errors.add(`could not be read as CSV (${(e as Error)?.message ?? 'error'})`);
  }
  return { rows, lines, errors: errors.done() };
}

/** One usable row of the data set. */
export interface SmmRow {
  /** The line of the file it starts on. */
  line: number;
  country: string;
  company: string;
  assets: string;
  /** The typology as read ("ISFM?" is ISFM); `code` is the text the file gives, for citing. */
  typology: Typology;
  code: string;
  /** The outlet's domains: hosts of its `URL`, lower case, without `www.`. */
  domains: string[];
  /** TikTok handles from `Tiktok Link`, lower case. */
  handles: string[];
}

export interface SmmList {
  /** Data records in the file (the header excluded, blank lines too). */
  records: number;
  rows: SmmRow[];
}

export interface ParsedSmm {
  list?: SmmList;
  errors: string[];
}

/** The columns read, by their header name (compared without case and extra spaces). */
const COLUMNS = {
  country: 'country',
  company: 'media company',
  assets: 'main assets',
  url: 'url',
  typology: 'typology',
  tiktok: 'tiktok link',
} as const;
type Column = keyof typeof COLUMNS;

const headerKey = (s: string) =>
  s
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** The columns of the data set in this header, or undefined when it is not the data set's header. */
function columnsOf(header: readonly string[]): Record<Column, number> | undefined {
  const keys = header.map(headerKey);
  const out = {} as Record<Column, number>;
  for (const [col, name] of Object.entries(COLUMNS) as [Column, string][]) {
    const at = keys.indexOf(name);
    if (at === -1) return undefined;
    out[col] = at;
  }
  return out;
}

/** Does this text start with the data set's header? (Cheap: only the first line is read.) */
export function isStateMediaCsv(text: string): boolean {
  if (typeof text !== 'string') return false;
  const head = parseCsv(text.slice(0, 20_000), { ...CSV_LIMITS, maxRows: 1 }).rows[0];
  return !!head && !!columnsOf(head);
}

/** TikTok handles of a `Tiktok Link` cell (several links separated by spaces, commas, semicolons, `|`). */
function handlesOf(cell: string, problem: (m: string) => void): string[] {
  const out: string[] = [];
  for (const token of cell.split(/[\s,;|]+/)) {
    if (!token) continue;
    let handle: string | undefined;
    if (token.startsWith('@')) handle = token.slice(1);
    else {
      try {
        const u = new URL(/^https?:\/\//i.test(token) ? token : `https://${token}`);
        const host = u.hostname.toLowerCase().replace(/\.$/, '');
        if (host === 'tiktok.com' || host.endsWith('.tiktok.com')) handle = /^\/@([^/?#]+)/.exec(u.pathname)?.[1];
      } catch {
        // not a URL
      }
    }
    const h = normaliseHandle(handle ?? '');
    if (isValidHandle(h)) {
      if (!out.includes(h)) out.push(h);
    } else problem(`not a TikTok profile link: ${JSON.stringify(token.slice(0, 80))}`);
  }
  return out;
}

/** The outlet's domains from its `URL` cell (usually one URL; the scheme may be missing). */
function domainsOf(cell: string, problem: (m: string) => void): string[] {
  const out: string[] = [];
  for (const token of cell.split(/[\s,;|]+/)) {
    if (!token) continue;
    const d = normaliseDomain(token);
    if (d) {
      if (!out.includes(d)) out.push(d);
    } else problem(`URL without a usable outlet domain: ${JSON.stringify(token.slice(0, 80))}`);
  }
  return out;
}

const cell = (row: readonly string[], at: number) => (row[at] ?? '').trim().replace(/\s+/g, ' ').slice(0, 300);

/** Reads the data set; never throws. Without the data set's header there is no list, only the reason. */
export function parseStateMediaCsv(text: string): ParsedSmm {
  const csv = parseCsv(text);
  const header = csv.rows[0];
  if (!header) return { errors: csv.errors.length ? csv.errors : ['empty file'] };
  const col = columnsOf(header);
  if (!col) {
    return {
      errors: [
        `not the State Media Monitor CSV: its header needs the columns ${Object.values(COLUMNS)
          .map((c) => `"${c}"`)
          .join(', ')}`,
      ],
    };
  }
  const errors = new Errors();
  for (const e of csv.errors) errors.add(e);
  const rows: SmmRow[] = [];
  for (let r = 1; r < csv.rows.length; r++) {
    const fields = csv.rows[r]!;
    const line = csv.lines[r]!;
    if (fields.every((f) => !f.trim())) continue; // a row of empty cells
    const company = cell(fields, col.company);
    const assets = cell(fields, col.assets);
    const what = company || assets || 'unnamed outlet';
    const problem = (m: string) => errors.add(`line ${line} (${what}): ${m}`);
    const code = cell(fields, col.typology);
    const typology = parseTypology(code);
    if (!typology) {
      problem(code ? `unknown typology "${code.slice(0, 20)}"; row left out` : 'no typology; row left out');
      continue;
    }
    if (!company && !assets) {
      problem('no media company or asset named; row left out');
      continue;
    }
    rows.push({
      line,
      country: cell(fields, col.country),
      company,
      assets,
      typology,
      code,
      domains: domainsOf(fields[col.url] ?? '', problem),
      handles: handlesOf(fields[col.tiktok] ?? '', problem),
    });
  }
  return { list: { records: csv.rows.length - 1, rows }, errors: errors.done() };
}

/** "State Media Monitor via ASD state-media-profiles: <company> (<country>), typology <code>". */
export function smmSource(row: SmmRow): string {
  const company = row.company || row.assets;
  return `${SMM_SOURCE}: ${company}${row.country ? ` (${row.country})` : ''}, typology ${row.code}`;
}

/** How much a typology claims: state (0) claims the most, independent (2) the least. */
const WEAKNESS = { state: 0, 'captured-private': 1, independent: 2 } as const;

/** The rows naming one account or domain, as one entry: the weakest typology's first row cites itself. */
function merged(rows: readonly SmmRow[]): Omit<ListEntry, 'handle'> {
  let pick = rows[0]!;
  for (const r of rows) if (WEAKNESS[affiliationOf(r.typology)] > WEAKNESS[affiliationOf(pick.typology)]) pick = r;
  const e: Omit<ListEntry, 'handle'> = { source: smmSource(pick), type: pick.typology };
  const outlet = pick.assets || pick.company;
  if (outlet) e.outlet = outlet;
  if (pick.country) e.country = pick.country;
  const others = [...new Set(rows.filter((r) => r.typology !== pick.typology).map((r) => r.code))];
  if (others.length)
    e.note = `Other rows of the data set give typology ${others.join(', ')}; the weakest claim is the one used.`;
  return e;
}

/** The data set's rows as a list: an entry per TikTok account, a domain per outlet domain. */
export function smmAccountList(smm: SmmList, name = SMM_NAME, updated = ''): AccountList {
  const byHandle = new Map<string, SmmRow[]>();
  const byDomain = new Map<string, SmmRow[]>();
  for (const r of smm.rows) {
    for (const h of r.handles) byHandle.set(h, [...(byHandle.get(h) ?? []), r]);
    for (const d of r.domains) byDomain.set(d, [...(byDomain.get(d) ?? []), r]);
  }
  const entries: ListEntry[] = [...byHandle].map(([handle, rows]) => ({ handle, ...merged(rows) }));
  const domains: DomainEntry[] = [...byDomain].map(([domain, rows]) => ({ domain, ...merged(rows) }));
  return { format: LIST_FORMAT, version: LIST_VERSION, name, updated, entries, domains };
}

/**
 * A list download or file, whichever it is: the project's JSON list format, or the State Media Monitor CSV
 * (recognised by its header). Never throws; without a list, `errors` says why.
 */
export function readListText(text: string, name = SMM_NAME): ParsedList {
  if (typeof text !== 'string') return { errors: ['not text'] };
  const body = text.replace(/^\uFEFF/, '');
  if (/^\s*[{[]/.test(body)) {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (e) {
      return {
        errors: [
          `not valid JSON (${String((e as Error)?.message ?? e)
            .split('\n')[0]!
            .slice(0, 120)})`,
        ],
      };
    }
    return parseList(json);
  }
  if (isStateMediaCsv(body)) {
    const { list, errors } = parseStateMediaCsv(body);
    if (!list) return { errors };
    if (!list.rows.length) return { errors: [...errors, 'no usable rows'] };
    return { list: smmAccountList(list, name), errors };
  }
  return {
    errors: ['neither a provenance-lens/list JSON document nor the State Media Monitor CSV (by its header)'],
  };
}
