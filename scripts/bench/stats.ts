/** Small statistics and table helpers for the benchmark. */

export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

export const median = (xs: readonly number[]) => quantile(xs, 0.5);
export const p95 = (xs: readonly number[]) => quantile(xs, 0.95);
export const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * A 95 % interval for the ratio of sums `sum(a) / sum(b)` of paired loads (the same page, in turns): the loads are
 * resampled with replacement, pairs kept together (a percentile bootstrap). With 20 loads the ratio's sampling spread
 * alone was about ±0.07 on this machine's fixture runs (docs/performance-history.md, eleventh session): an interval
 * says whether a figure near the budget is over it or within the noise. `random` is for tests.
 */
export function ratioInterval(
  a: readonly number[],
  b: readonly number[],
  rounds = 2000,
  random: () => number = Math.random,
): [number, number] {
  const n = Math.min(a.length, b.length);
  if (n === 0) return [Number.NaN, Number.NaN];
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let sa = 0;
    let sb = 0;
    for (let i = 0; i < n; i++) {
      const k = Math.floor(random() * n);
      sa += a[k]!;
      sb += b[k]!;
    }
    ratios.push(sa / sb);
  }
  return [quantile(ratios, 0.025), quantile(ratios, 0.975)];
}

export function fmt(n: number, digits = 0): string {
  if (!Number.isFinite(n)) return 'n/a';
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export interface Row {
  metric: string;
  measured: string;
  budget: string;
  /** pass / over / '' (no budget) / 'error' */
  status: string;
  note?: string;
}

export function budgetRow(
  metric: string,
  value: number,
  shown: string,
  limit: { max?: number; min?: number; text: string },
  note?: string,
): Row {
  let status = '';
  if (!Number.isFinite(value)) status = 'error';
  else if (limit.max !== undefined) status = value <= limit.max ? 'pass' : 'over';
  else if (limit.min !== undefined) status = value >= limit.min ? 'pass' : 'over';
  return { metric, measured: shown, budget: limit.text, status, ...(note ? { note } : {}) };
}

export function infoRow(metric: string, measured: string, note?: string): Row {
  return { metric, measured, budget: '', status: '', ...(note ? { note } : {}) };
}

/** A Markdown table (readable in a terminal and pasteable into the README). */
export function table(rows: readonly Row[]): string {
  const head = ['metric', 'measured', 'budget', 'status', 'note'];
  const body = rows.map((r) => [r.metric, r.measured, r.budget, r.status, r.note ?? '']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...body.map(line)].join('\n');
}
