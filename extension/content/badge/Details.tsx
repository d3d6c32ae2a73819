/**
 * The details popover: verdict, the two axes, the top reasons with their measured values, what would change the
 * call, when it was last observed, and the dashboard entry. Every string from the page or the background is text.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { SignalResult } from '../../../src/signals/types';
import type { BadgeData } from './data';
import { t, uiLocale, verdictText } from './text';

function fmt(v: SignalResult['value'] | SignalResult['threshold']): string {
  if (v === null) return '—';
  if (typeof v === 'boolean') return t(v ? 'value_yes' : 'value_no');
  if (typeof v === 'number') return v.toLocaleString(uiLocale(), { maximumFractionDigits: 2 });
  return v.length > 80 ? `${v.slice(0, 79)}…` : v;
}

interface Props {
  d: BadgeData;
  pos: { top: number; left: number };
  dashboardUrl?: string;
  /** Opens the dashboard from the extension: a web page may not open a chrome-extension:// page itself. */
  onOpenDashboard?: () => void;
  onClose: () => void;
  onKey: (e: KeyboardEvent) => void;
}

export function Details({ d, pos, dashboardUrl, onOpenDashboard, onClose, onKey }: Props) {
  const box = useRef<HTMLDivElement>(null);
  // Layout effect: focus moves with the render itself, before the viewer can press another key.
  useLayoutEffect(() => box.current?.focus({ preventScroll: true }), []);
  const a = d.assessment;
  const reasons = a ? a.signals.filter((s) => s.points > 0).slice(0, 3) : [];
  const observed = a?.observedAt ?? d.observedAt;
  return (
    <div
      ref={box}
      class="details"
      role="dialog"
      aria-labelledby="pl-title"
      tabIndex={-1}
      onKeyDown={onKey}
      style={{ top: `${pos.top}px`, left: `${pos.left}px` }}
    >
      <p class="title" id="pl-title">
        {verdictText(d.verdict)} <span class="handle">@{d.handle}</span>
      </p>
      {a && 'moderator' in a && a.moderator ? <p class="mod">{t('details_moderator')}</p> : null}
      {a && <p class="reason">{a.reason}</p>}
      <dl class="axes">
        {a && (
          <>
            <dt>{t('details_affiliation')}</dt>
            <dd>{a.affiliation}/100</dd>
            <dt>{t('details_amplification')}</dt>
            <dd>{a.amplification}/100</dd>
          </>
        )}
        <dt>{t('details_score')}</dt>
        <dd>{d.score}/100</dd>
      </dl>
      {a && <p class="sub">{t('details_reasons')}</p>}
      {a && (
        <ul>
          {reasons.length === 0 && <li>{t('details_no_reasons')}</li>}
          {reasons.map((s) => (
            <li key={s.id}>
              {s.evidence}
              <span class="value">{t('details_value', [fmt(s.value), fmt(s.threshold), String(s.points)])}</span>
            </li>
          ))}
        </ul>
      )}
      <p class="sub">{t('details_change')}</p>
      <p>{t(`change_${d.verdict.replace('-', '_')}`)}</p>
      {observed ? (
        <p class="meta">
          {t('details_observed', [
            new Date(observed).toLocaleString(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' }),
          ])}
        </p>
      ) : null}
      <div class="actions">
        {dashboardUrl && (
          <a
            href={dashboardUrl}
            target="_blank"
            rel="noopener noreferrer"
            onClick={(e) => {
              if (!onOpenDashboard) return;
              e.preventDefault();
              onOpenDashboard();
            }}
          >
            {t('details_dashboard')}
          </a>
        )}
        <button type="button" class="close" onClick={onClose}>
          {t('details_close')}
        </button>
      </div>
    </div>
  );
}
