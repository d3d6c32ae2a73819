/**
 * The details popover, in plain words: why (one sentence), on what basis, the two questions answered in words, the
 * evidence as short sentences, what would change the call; the numbers, thresholds and points behind a "details"
 * disclosure. It never shows who moderated an account or their notes (issue 17, finding 1): at most that a
 * moderator reviewed it. The dashboard opens through the background, so no extension URL is ever in the page.
 * Every string from the page or the background is rendered as text (./dom.ts makes text nodes only).
 */
import { sayEvidence, sayReason, sayThreshold } from '../../../src/signals/say';
import { VERDICT_RULES } from '../../../src/signals/thresholds';
import type { SignalResult } from '../../../src/signals/types';
import { send } from '../ext';
import type { BadgeData } from './data';
import { el } from './dom';
import { t, uiLocale, verdictText } from './text';

function fmt(v: SignalResult['value']): string {
  if (v === null) return '—';
  if (typeof v === 'boolean') return t(v ? 'value_yes' : 'value_no');
  if (typeof v === 'number') return v.toLocaleString(uiLocale(), { maximumFractionDigits: 2 });
  return v.length > 80 ? `${v.slice(0, 79)}…` : v;
}

type Basis = 'confirmed' | 'evidence' | 'cue' | 'reach' | 'none';

/** What the affiliation answer rests on: the strongest kind of state evidence that fired (src/verdict.ts order). */
function basisOf(signals: readonly SignalResult[]): Basis {
  const fired = signals.filter((s) => s.points > 0);
  for (const k of ['confirmed', 'evidence', 'cue'] as const) if (fired.some((s) => s.strength === k)) return k;
  const reach = fired.some((s) => s.axis === 'amplification');
  // A state's name set against the media counts no points of its own (src/signals/state-voice.ts `seed-cue`), yet the
  // verdict rests on it beside the seed pattern: a name, not the numbers alone.
  if (reach && signals.some((s) => s.strength === 'seed-cue')) return 'cue';
  return reach ? 'reach' : 'none';
}

/** Manufactured reach in words, on the verdict rules' own marks (src/signals/thresholds.ts VERDICT_RULES). */
function reachLevel(points: number): string {
  if (points >= VERDICT_RULES.strongAt) return 'level_strong';
  if (points >= VERDICT_RULES.unusualAt) return 'level_some';
  return points > 0 ? 'level_slight' : 'level_none';
}

export interface Pos {
  top: number;
  left: number;
  maxHeight: number;
}

interface Props {
  d: BadgeData;
  pos: Pos;
  onClose: () => void;
  onKey: (e: Event) => void;
  /** The viewer already said "wrong" (kept when the badge is redrawn with the popover open). */
  said?: boolean;
  /** Told when the viewer's say is acknowledged: the badge keeps it across a redraw. */
  onSaid?: (said: boolean) => void;
}

/** The popover's element. The caller inserts it, then focuses it (focus needs it in the document). */
export function Details({ d, pos, onClose, onKey, said = false, onSaid }: Props): HTMLDivElement {
  const a = d.assessment;
  const locale = uiLocale();
  const moderated = !!(a && 'moderator' in a && a.moderator);
  const fired = a ? a.signals.filter((s) => s.points > 0) : [];
  const basis = a ? basisOf(a.signals) : 'none';
  const thin = basis === 'cue' || basis === 'reach';
  // The headline's own evidence is not repeated as the first reason (a label's or listing's sentence is the reason).
  const reasons = fired.filter((s) => !a?.reason.includes(s.evidence)).slice(0, thin ? 2 : 4);
  const observed = a?.observedAt ?? d.observedAt;

  // "Wrong" becomes a status line once acknowledged; a later "hide" brings the button back (as before).
  let wrongSlot: HTMLElement | undefined;
  const drawSaid = (now: boolean): HTMLElement =>
    now
      ? el('p', { class: 'meta', role: 'status' }, t('say_wrong_done'))
      : el('button', { type: 'button', class: 'wrong', onClick: () => void say('wrong') }, t('say_wrong'));
  const say = (what: 'wrong' | 'hide') =>
    send('content/viewer-say', { handle: d.handle, verdict: d.verdict, say: what })
      .then(() => {
        const now = what === 'wrong';
        onSaid?.(now);
        const next = drawSaid(now);
        wrongSlot?.replaceWith(next);
        wrongSlot = next;
      })
      .catch(() => undefined);
  if (!d.unchecked) wrongSlot = drawSaid(said);

  const box = el(
    'div',
    { class: 'details', role: 'dialog', 'aria-labelledby': 'pl-title', tabindex: '-1', onKeyDown: onKey },
    el(
      'p',
      { class: 'title', id: 'pl-title' },
      d.unchecked ? t('verdict_unchecked') : verdictText(d.verdict),
      ' ',
      el('span', { class: 'handle' }, `@${d.handle}`),
    ),
    d.unchecked && el('p', null, t('unchecked_help')),
    // A moderator's label reason names the moderator and quotes their note: never in the page.
    moderated
      ? el('p', { class: 'reason' }, t('details_moderator'))
      : a && el('p', { class: 'reason' }, sayReason(a, t, locale)),
    // What a flag rests on; "nothing notable" rests on nothing (a slight signal does not "stand out").
    !moderated &&
      d.verdict !== 'clear' &&
      (basis === 'evidence' || basis === 'cue' || basis === 'reach') &&
      el('p', null, t(`basis_${basis}`)),
    a &&
      el(
        'dl',
        { class: 'axes' },
        el('dt', null, t('details_affiliation')),
        el(
          'dd',
          null,
          t(basis === 'reach' || basis === 'none' ? 'level_none' : `level_${basis}`),
          el('span', { class: 'help' }, t('axis_affiliation_help')),
        ),
        el('dt', null, t('details_amplification')),
        el('dd', null, t(reachLevel(a.amplification)), el('span', { class: 'help' }, t('axis_amplification_help'))),
      ),
    // Nothing beyond the headline's own evidence: no section rather than an empty one.
    reasons.length > 0 && el('p', { class: 'sub' }, t('details_reasons')),
    reasons.length > 0 && el('ul', null, ...reasons.map((s) => el('li', null, sayEvidence(s, t, locale)))),
    !d.unchecked && el('p', { class: 'sub' }, t('details_change')),
    !d.unchecked && el('p', null, t(`change_${d.verdict.replace('-', '_')}${basis === 'cue' ? '_cue' : ''}`)),
    a &&
      el(
        'details',
        null,
        el('summary', null, t('details_more')),
        el('p', null, t('details_score_how', [String(d.score), String(a.affiliation), String(a.amplification)])),
        el(
          'ul',
          null,
          ...fired.map((s) =>
            el(
              'li',
              null,
              sayEvidence(s, t, locale),
              el(
                'span',
                { class: 'value' },
                t('details_value', [fmt(s.value), sayThreshold(s, t, locale), String(s.points)]),
              ),
            ),
          ),
        ),
      ),
    !!observed &&
      el(
        'p',
        { class: 'meta' },
        t('details_observed', [new Date(observed).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })]),
      ),
    el(
      'div',
      { class: 'actions' },
      wrongSlot,
      !d.unchecked && el('button', { type: 'button', class: 'hide', onClick: () => void say('hide') }, t('say_hide')),
      // A button, not a link: the page must never see a chrome-extension:// or moz-extension:// URL.
      !d.unchecked &&
        el(
          'button',
          {
            type: 'button',
            class: 'dash',
            onClick: () => void send('content/open-dashboard', { handle: d.handle }).catch(() => undefined),
          },
          t('details_dashboard'),
        ),
      el('button', { type: 'button', class: 'close', onClick: onClose }, t('details_close')),
    ),
  );
  box.style.top = `${pos.top}px`;
  box.style.left = `${pos.left}px`;
  box.style.maxHeight = `${pos.maxHeight}px`;
  return box;
}
