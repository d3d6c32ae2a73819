/**
 * Accounts with their latest evidence as CSV for spreadsheets (RFC 4180: quoted fields, CRLF lines).
 * Every cell is attacker-influenced text (handles, names, bios), and spreadsheets open CSV with the separator of
 * their locale (`,`, or `;` in German, French, Dutch… defaults; tab and `|` by choice), so (OWASP, "CSV Injection";
 * issue 17, finding 4):
 * - a cell holding any common separator, a quote, a tab, CR or LF is quoted, so that it stays one cell whichever
 *   separator the spreadsheet splits on (`n;=cmd|' /C calc'!A0` once became a formula cell under `;`);
 * - a text cell that a spreadsheet could read as a formula is prefixed with a single quote: one starting with
 *   = + - @, tab, CR or LF, or with their full-width and small forms (＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫, which CJK-locale
 *   spreadsheets accept) or the minus sign −, also after leading spaces (some spreadsheets trim them).
 */
import type { AccountRow, LensDb, ModLabelRow, VerdictRow } from './db';

export interface CsvAccount {
  account: AccountRow;
  verdict?: VerdictRow;
  label?: ModLabelRow;
}

/** Characters a spreadsheet takes as the start of a formula, and what it may skip before one (spaces, a quote). */
const FORMULA = '=+\\-@\\uff1d\\uff0b\\uff0d\\uff20\\ufe66\\ufe62\\ufe63\\ufe6b\\u2212';
const SPACES = ' \\u00a0\\u3000"';
/** A text that would start a formula: a formula character after spaces (or quotes), or a tab, CR or LF. */
export const FORMULA_START = new RegExp(`^[${SPACES}]*[${FORMULA}]|^[\\t\\r\\n]`);
/**
 * A separator inside the text followed by a formula start: under another separator than ours the text after it
 * begins a cell of its own (a quote there no longer opens a quoted field), so it is neutralised the same way.
 */
const FORMULA_AFTER_SEPARATOR = new RegExp(`([,;\\t|\\r\\n])(?=[\\t${SPACES}]*[${FORMULA}])`, 'g');
/** Characters that make a cell quoted: every common separator, the quote, and line breaks. */
const NEEDS_QUOTES = /[",;\t|\r\n]/;

/** The text with every place a spreadsheet could start a formula prefixed with a single quote. */
export function neutralise(s: string): string {
  const inner = s.replace(FORMULA_AFTER_SEPARATOR, "$1'");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

export function csvCell(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = neutralise(typeof v === 'string' ? v : String(v));
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const iso = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString());

export const CSV_COLUMNS = [
  'handle',
  'nickname',
  'verdict',
  'score',
  'moderator_label',
  'moderator_note',
  'tiktok_label',
  'followers',
  'signals',
  'reason',
  'bio',
  'bio_link',
  'first_seen',
  'last_seen',
] as const;

export function accountsCsv(rows: readonly CsvAccount[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const { account: a, verdict: v, label } of rows) {
    const firing = (v?.assessment.signals ?? []).filter((s) => s.points > 0);
    const cells: unknown[] = [
      a.handle,
      a.nickname,
      v?.verdict ?? a.verdict,
      v?.score ?? a.score,
      label?.verdict,
      label?.note,
      a.labelled === undefined ? undefined : a.labelled ? 'yes' : 'no',
      a.followers,
      firing.map((s) => `${s.id} (+${s.points}): ${s.evidence}`).join(' | '),
      v?.assessment.reason,
      a.user?.signature,
      a.user?.bioLink,
      iso(a.firstSeen),
      iso(a.lastSeen),
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Every account, most recently seen first, with its verdict and label: the dashboard's CSV export. */
export async function exportCsv(db: LensDb): Promise<{ csv: string }> {
  const [accounts, verdicts, labels] = await Promise.all([
    db.accounts.orderBy('lastSeen').reverse().toArray(),
    db.verdicts.toArray(),
    db.modLabels.toArray(),
  ]);
  const byV = new Map(verdicts.map((r) => [r.handle, r]));
  const byL = new Map(labels.map((r) => [r.handle, r]));
  return {
    csv: accountsCsv(accounts.map((a) => ({ account: a, verdict: byV.get(a.handle), label: byL.get(a.handle) }))),
  };
}
