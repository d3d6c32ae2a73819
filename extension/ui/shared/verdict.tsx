/** A verdict as a chip with words, for the workbench pages. */
import type { Verdict } from '../../protocol';

export const VERDICT_TEXT: Record<Verdict, string> = {
  'state-media': 'State media',
  suspected: 'Suspected',
  unusual: 'Unusual reach',
  clear: 'Clear',
  unknown: 'Unknown',
};

export function VerdictChip({ v }: { v: Verdict }) {
  return <span class={`chip v-${v}`}>{VERDICT_TEXT[v] ?? v}</span>;
}
