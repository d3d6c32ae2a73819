/** A verdict as a chip with words (colour always comes with its name), in the interface language. */
import type { Verdict } from '../../protocol';
import { verdictName } from './format';

export function Chip({ v }: { v: Verdict }) {
  return <span class={`chip v-${v}`}>{verdictName(v)}</span>;
}
