/**
 * The details popover, in plain words: why (one sentence), on what basis, the two questions answered in words, the
 * evidence as short sentences, what would change the call; the numbers, thresholds and points behind a "details"
 * disclosure. It never shows who moderated an account or their notes (issue 17, finding 1): at most that a
 * moderator reviewed it. The dashboard opens through the background, so no extension URL is ever in the page.
 * Every string from the page or the background is rendered as text.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { sayEvidence, sayReason, sayThreshold } from '../../../src/signals/say';
import { VERDICT_RULES } from '../../../src/signals/thresholds';
import type { SignalResult } from '../../../src/signals/types';
import { send } from '../ext';
import type { BadgeData } from './data';
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
  return fired.some((s) => s.axis === 'amplification') ? 'reach' : 'none';
}

/** Manufactured reach in words, on the verdict rules' own marks (src/signals/thresholds.ts VERDICT_RULES). */
function reachLevel(points: number): string {
  if (points >= VERDICT_RULES.strongAt) return 'level_strong';
  if (points >= VERDICT_RULES.unusualAt) return 'level_some';
  return points > 0 ? 'level_slight' : 'level_none';
}

interface Props {
  d: BadgeData;
  pos: { top: number; left: number; maxHeight: number };
  onClose: () => void;
  onKey: (e: KeyboardEvent) => void;
}

export function Details({ d, pos, onClose, onKey }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [said, setSaid] = useState(false);
  // Layout effect: focus moves with the render itself, before the viewer can press another key.
  useLayoutEffect(() => box.current?.focus({ preventScroll: true }), []);
  const a = d.assessment;
  const locale = uiLocale();
  const moderated = !!(a && 'moderator' in a && a.moderator);
  const fired = a ? a.signals.filter((s) => s.points > 0) : [];
  const basis = a ? basisOf(a.signals) : 'none';
  const thin = basis === 'cue' || basis === 'reach';
  // The headline's own evidence is not repeated as the first reason (a label's or listing's sentence is the reason).
  const reasons = fired.filter((s) => !a?.reason.includes(s.evidence)).slice(0, thin ? 2 : 4);
  const observed = a?.observedAt ?? d.observedAt;
  const say = (what: 'wrong' | 'hide') =>
    send('content/viewer-say', { handle: d.handle, verdict: d.verdict, say: what })
      .then(() => setSaid(what === 'wrong'))
      .catch(() => undefined);
  return (
    <div
      ref={box}
      class="details"
      role="dialog"
      aria-labelledby="pl-title"
      tabIndex={-1}
      onKeyDown={onKey}
      style={{ top: `${pos.top}px`, left: `${pos.left}px`, maxHeight: `${pos.maxHeight}px` }}
    >
      <p class="title" id="pl-title">
        {d.unchecked ? t('verdict_unchecked') : verdictText(d.verdict)} <span class="handle">@{d.handle}</span>
      </p>
      {d.unchecked && <p>{t('unchecked_help')}</p>}
      {/* A moderator's label reason names the moderator and quotes their note: never in the page. */}
      {moderated ? (
        <p class="reason">{t('details_moderator')}</p>
      ) : (
        a && <p class="reason">{sayReason(a, t, locale)}</p>
      )}
      {/* What a flag rests on; "nothing notable" rests on nothing (a slight signal does not "stand out"). */}
      {!moderated && d.verdict !== 'clear' && (basis === 'evidence' || basis === 'cue' || basis === 'reach') && (
        <p>{t(`basis_${basis}`)}</p>
      )}
      {a && (
        <dl class="axes">
          <dt>{t('details_affiliation')}</dt>
          <dd>
            {t(basis === 'reach' || basis === 'none' ? 'level_none' : `level_${basis}`)}
            <span class="help">{t('axis_affiliation_help')}</span>
          </dd>
          <dt>{t('details_amplification')}</dt>
          <dd>
            {t(reachLevel(a.amplification))}
            <span class="help">{t('axis_amplification_help')}</span>
          </dd>
        </dl>
      )}
      {/* Nothing beyond the headline's own evidence: no section rather than an empty one. */}
      {reasons.length > 0 && <p class="sub">{t('details_reasons')}</p>}
      {reasons.length > 0 && (
        <ul>
          {reasons.map((s) => (
            <li key={s.id}>{sayEvidence(s, t, locale)}</li>
          ))}
        </ul>
      )}
      {!d.unchecked && <p class="sub">{t('details_change')}</p>}
      {!d.unchecked && <p>{t(`change_${d.verdict.replace('-', '_')}${basis === 'cue' ? '_cue' : ''}`)}</p>}
      {a && (
        <details>
          <summary>{t('details_more')}</summary>
          <p>{t('details_score_how', [String(d.score), String(a.affiliation), String(a.amplification)])}</p>
          <ul>
            {fired.map((s) => (
              <li key={s.id}>
                {sayEvidence(s, t, locale)}
                <span class="value">
                  {t('details_value', [fmt(s.value), sayThreshold(s, t, locale), String(s.points)])}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {observed ? (
        <p class="meta">
          {t('details_observed', [
            new Date(observed).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }),
          ])}
        </p>
      ) : null}
      <div class="actions">
        {!d.unchecked && (
          <>
            {said ? (
              <p class="meta" role="status">
                {t('say_wrong_done')}
              </p>
            ) : (
              <button type="button" class="wrong" onClick={() => void say('wrong')}>
                {t('say_wrong')}
              </button>
            )}
            <button type="button" class="hide" onClick={() => void say('hide')}>
              {t('say_hide')}
            </button>
            {/* A button, not a link: the page must never see a chrome-extension:// or moz-extension:// URL. */}
            <button
              type="button"
              class="dash"
              onClick={() => void send('content/open-dashboard', { handle: d.handle }).catch(() => undefined)}
            >
              {t('details_dashboard')}
            </button>
          </>
        )}
        <button type="button" class="close" onClick={onClose}>
          {t('details_close')}
        </button>
      </div>
    </div>
  );
}
