/**
 * The badge's icons as inline SVG (issue 16: the ⓘ font glyph drew an empty box with common Linux fonts). One
 * stroked path each, in the text colour, 1em square; decorative (the pill's text and label say the verdict).
 */
import type { Verdict } from '../../../src/verdict';
import { svg } from './dom';

const RING = 'M8 1.5a6.5 6.5 0 1 1 0 13a6.5 6.5 0 1 1 0-13';
const PATHS: Record<Verdict, string> = {
  // i in a ring: a factual label
  'state-media': `${RING}M8 7.2v4.3M8 4.6v.2`,
  // ! in a triangle: a warning
  suspected: 'M8 1.8L14.8 13.8H1.2ZM8 6.2v3.6M8 11.6v.2',
  // a dial: something about reach over time
  unusual: `${RING}M8 4v4h3.5`,
  // a check mark
  clear: 'M3 8.5l3.2 3.2L13 4.8',
  // ? in a ring: not checked yet
  unknown: `${RING}M6.1 6.3a2 2 0 1 1 2.7 1.9c-.5.2-.8.6-.8 1.1v.3M8 11.6v.2`,
};

/** Each verdict's icon built once, then cloned: a badge redraw costs one clone, not five attribute sets. */
const built = new Map<Verdict, SVGElement>();

export function Icon(verdict: Verdict): SVGElement {
  let icon = built.get(verdict);
  if (!icon) {
    icon = svg(
      'svg',
      { class: 'icon', viewBox: '0 0 16 16', 'aria-hidden': 'true', focusable: 'false' },
      svg('path', { d: PATHS[verdict] }),
    );
    built.set(verdict, icon);
  }
  return icon.cloneNode(true) as SVGElement;
}
