/** A verdict as a chip with words, for the workbench pages. */
import type { Verdict } from '../../protocol';
import { t } from './i18n';

/** English names (kept for callers that want them); the chip shows `verdictText`, the badge's vocabulary. */
export const VERDICT_TEXT: Record<Verdict, string> = {
  'state-media': 'State media',
  suspected: 'Suspected',
  unusual: 'Unusual reach',
  clear: 'Clear',
  unknown: 'Unknown',
};

/**
 * The verdict's short name in the UI language, from the catalogue the badge uses (extension/i18n/common
 * `verdict_short_*`), so that popup, options and badge call a verdict the same; English outside an extension.
 */
export function verdictText(v: Verdict): string {
  const key = `verdict_short_${v.replace('-', '_')}`;
  const s = t(key);
  return s === key ? (VERDICT_TEXT[v] ?? v) : s;
}

export function VerdictChip({ v }: { v: Verdict }) {
  return <span class={`chip v-${v}`}>{verdictText(v)}</span>;
}
