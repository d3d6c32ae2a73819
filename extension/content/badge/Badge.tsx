/**
 * The in-page badge and its details popover. Rendered by Preact into the badge's closed shadow root, so page styles
 * cannot reach it, page scripts cannot read it, and page text (names, bios, evidence quoting them) can only ever
 * appear as text nodes.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Assessment, Verdict } from '../../../src/verdict';
import { Details } from './Details';
import { type BadgeData, toData } from './data';
import { Icon } from './Icon';
import { t, verdictText } from './text';

export interface BadgeProps {
  /** A full assessment (profile pages); or `data` for a cached verdict. */
  a?: Assessment;
  data?: BadgeData;
  /** The small variant beside author handles on cards. */
  compact?: boolean;
  /** The `showClear` option: a check mark for `clear`. */
  showClear?: boolean;
}

const VISIBLE = new Set<Verdict>(['state-media', 'suspected', 'unusual']);

export function Badge({ a, data, compact, showClear }: BadgeProps) {
  const d = data ?? (a ? toData(a) : undefined);
  const [open, setOpen] = useState(false);
  const [pos, setPos] = useState({ top: 0, left: 0, maxHeight: 0 });
  const pill = useRef<HTMLButtonElement>(null);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) pill.current?.focus({ preventScroll: true });
  };

  // While open: a click elsewhere or a page scroll closes it (it is positioned against the viewport). A layout
  // effect, so the listeners are there as soon as the popover is.
  useLayoutEffect(() => {
    if (!open) return;
    const host = (pill.current?.getRootNode() as ShadowRoot | undefined)?.host;
    // A pointer or a scroll outside the badge (the popover's own scrolling is inside it).
    const outside = (e: Event) => {
      if (!host || !e.composedPath().includes(host)) close(false);
    };
    document.addEventListener('pointerdown', outside, true);
    document.addEventListener('scroll', outside, true);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      document.removeEventListener('scroll', outside, true);
    };
  }, [open]);

  if (!d) return null;
  const clearMark = d.verdict === 'clear' && showClear;
  const unchecked = d.verdict === 'unknown' && d.unchecked;
  if (!VISIBLE.has(d.verdict) && !clearMark && !unchecked) return null;
  const label = unchecked ? t('verdict_unchecked') : verdictText(d.verdict);

  // Escape closes the popover from anywhere inside it and gives focus back to the pill.
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      close(true);
    }
  };

  const toggle = () => {
    if (!open && pill.current) {
      const r = pill.current.getBoundingClientRect();
      const width = Math.min(360, innerWidth - 16);
      // Below the pill, with at least 240 px to scroll in (a pill low in a short window gets covered instead).
      const top = Math.max(8, Math.min(r.bottom + 6, innerHeight - 248));
      setPos({ top, left: Math.max(8, Math.min(r.left, innerWidth - width - 8)), maxHeight: innerHeight - top - 8 });
    }
    setOpen(!open);
  };

  return (
    <span class={`badge ${unchecked ? 'unchecked' : d.verdict}${compact ? ' compact' : ''}`}>
      <button
        ref={pill}
        type="button"
        class="pill"
        aria-expanded={open}
        aria-haspopup="dialog"
        aria-label={t('badge_label', [label])}
        title={label}
        onClick={toggle}
        onKeyDown={onKey}
      >
        <Icon verdict={d.verdict} />
        {clearMark ? null : <span class="text">{compact && !unchecked ? verdictText(d.verdict, true) : label}</span>}
      </button>
      {open && <Details d={d} pos={pos} onClose={() => close(true)} onKey={onKey} />}
    </span>
  );
}
