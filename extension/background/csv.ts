/**
 * Accounts with their latest evidence as CSV for spreadsheets (RFC 4180: quoted fields, CRLF lines).
 * Every cell is attacker-influenced text (handles, names, bios): a text cell starting with = + - @ tab or CR is
 * prefixed with a single quote so that a spreadsheet shows it instead of running it as a formula (OWASP, "CSV
 * Injection").
 */
import type { AccountRow, LensDb, ModLabelRow, VerdictRow } from './db';

export interface CsvAccount {
  account: AccountRow;
  verdict?: VerdictRow;
  label?: ModLabelRow;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let s = typeof v === 'string' ? v : String(v);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
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
