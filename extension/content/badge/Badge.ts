/**
 * The in-page badge and its details popover, built as plain DOM (./dom.ts) into the badge's closed shadow root, so
 * page styles cannot reach it, page scripts cannot read it, and page text (names, bios, evidence quoting them) can
 * only ever appear as text nodes. The host rebuilds it when its data changes (../badge-host.ts); an open popover
 * is carried over to the rebuilt badge (`releaseBadge`, `reopenBadge`).
 */
import type { Assessment, Verdict } from '../../../src/verdict';
import { Details, type Pos } from './Details';
import { type BadgeData, toData } from './data';
import { el } from './dom';
import { Icon } from './Icon';
import { addStyles } from './sheets';
import { DETAILS_CSS } from './styles';
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

/** An open popover's state, handed from a badge being replaced to its rebuilt successor. */
export interface Carry {
  pos: Pos;
  said: boolean;
  /** Where focus was inside the old badge, to put it at the same place in the new one. */
  focus?: 'pill' | 'box';
}

interface Control {
  release(): Carry | undefined;
  reopen(c: Carry): void;
  /** New data for the popover when the pill stays as it is; false when the popover is open (rebuild instead). */
  refresh(d: BadgeData): boolean;
}

const VISIBLE = new Set<Verdict>(['state-media', 'suspected', 'unusual']);
const controls = new WeakMap<Element, Control>();

/** The badge's root element, or null when this verdict draws nothing. Insert it, then `reopenBadge` if carrying. */
export function Badge({ a, data, compact, showClear }: BadgeProps): HTMLElement | null {
  const first = data ?? (a ? toData(a) : undefined);
  if (!first) return null;
  // What the popover shows when opened; a fresher assessment with the same pill replaces it (`refresh`).
  let d = first;
  const clearMark = d.verdict === 'clear' && showClear;
  const unchecked = d.verdict === 'unknown' && d.unchecked;
  if (!VISIBLE.has(d.verdict) && !clearMark && !unchecked) return null;
  const label = unchecked ? t('verdict_unchecked') : verdictText(d.verdict);

  let box: HTMLDivElement | undefined;
  let pos: Pos = { top: 0, left: 0, maxHeight: 0 };
  let said = false;

  // While open: a pointer or a scroll outside the badge closes it (it is positioned against the viewport; the
  // popover's own scrolling is inside it).
  const outside = (e: Event) => {
    const host = (pill.getRootNode() as Partial<ShadowRoot>).host;
    if (!host || !e.composedPath().includes(host)) close(false);
  };
  const listen = (on: boolean) => {
    for (const type of ['pointerdown', 'scroll'])
      (on ? document.addEventListener : document.removeEventListener).call(document, type, outside, true);
  };

  const open = (p: Pos, focus: boolean) => {
    pos = p;
    // The popover's styles join the pill's in this badge's shadow root the first time it opens (./styles.ts).
    const shadow = root.getRootNode() as Partial<ShadowRoot>;
    if (shadow.host) addStyles(shadow as ShadowRoot, DETAILS_CSS);
    box = Details({
      d,
      pos,
      onClose: () => close(true),
      onKey,
      said,
      onSaid: (v) => {
        said = v;
      },
    });
    root.append(box);
    pill.setAttribute('aria-expanded', 'true');
    listen(true);
    // Focus moves with the popover itself, before the viewer can press another key.
    if (focus) box.focus({ preventScroll: true });
  };

  const close = (refocus: boolean) => {
    if (box) {
      box.remove();
      box = undefined;
      said = false;
      pill.setAttribute('aria-expanded', 'false');
      listen(false);
    }
    if (refocus) pill.focus({ preventScroll: true });
  };

  // Escape closes the popover from anywhere inside it and gives focus back to the pill.
  const onKey = (e: Event) => {
    if ((e as KeyboardEvent).key === 'Escape' && box) {
      e.preventDefault();
      close(true);
    }
  };

  const toggle = () => {
    if (box) return close(false);
    const r = pill.getBoundingClientRect();
    const width = Math.min(360, innerWidth - 16);
    // Below the pill, with at least 240 px to scroll in (a pill low in a short window gets covered instead).
    const top = Math.max(8, Math.min(r.bottom + 6, innerHeight - 248));
    open({ top, left: Math.max(8, Math.min(r.left, innerWidth - width - 8)), maxHeight: innerHeight - top - 8 }, true);
  };

  const pill = el(
    'button',
    {
      type: 'button',
      class: 'pill',
      'aria-expanded': 'false',
      'aria-haspopup': 'dialog',
      'aria-label': t('badge_label', [label]),
      title: label,
      onClick: toggle,
      onKeyDown: onKey,
    },
    Icon(d.verdict),
    !clearMark && el('span', { class: 'text' }, compact && !unchecked ? verdictText(d.verdict, true) : label),
  );
  const root = el('span', { class: `badge ${unchecked ? 'unchecked' : d.verdict}${compact ? ' compact' : ''}` }, pill);

  controls.set(root, {
    release() {
      if (!box) return undefined;
      const active = (root.getRootNode() as ShadowRoot | Document).activeElement;
      const focus = active === pill ? 'pill' : active && box.contains(active) ? 'box' : undefined;
      const carry: Carry = { pos, said, ...(focus ? { focus } : {}) };
      listen(false);
      return carry;
    },
    reopen(c) {
      said = c.said;
      open(c.pos, c.focus === 'box');
      if (c.focus === 'pill') pill.focus({ preventScroll: true });
    },
    refresh(next) {
      if (box) return false;
      d = next;
      return true;
    },
  });
  return root;
}

/** A badge about to be replaced or removed: drops its page listeners; its open popover's state, if any. */
export function releaseBadge(root: Element | null | undefined): Carry | undefined {
  return root ? controls.get(root)?.release() : undefined;
}

/**
 * Gives a closed badge fresher data for its popover, keeping its pill (the pill shows the verdict only): false when
 * it cannot (no such badge, or its popover is open and must be rebuilt to show the new data).
 */
export function refreshBadge(root: Element | null | undefined, d: BadgeData): boolean {
  return root ? (controls.get(root)?.refresh(d) ?? false) : false;
}

/** Opens the rebuilt badge's popover where the old one was (call once the badge is in the document). */
export function reopenBadge(root: Element, c: Carry): void {
  controls.get(root)?.reopen(c);
}
