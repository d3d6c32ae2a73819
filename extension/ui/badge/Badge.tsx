/**
 * The in-page badge and its details panel. Rendered by Preact into the badge's shadow root, so page styles cannot
 * reach it and page text (names, bios) can only ever appear as text nodes.
 */
import { useState } from 'preact/hooks';
import type { Assessment } from '../../../src/verdict';
import { t, verdictText } from './text';

const VISIBLE = new Set(['state-media', 'suspected', 'unusual']);
const ICON: Record<string, string> = { 'state-media': 'ⓘ', suspected: '⚠', unusual: '◔' };

export function Badge({ a }: { a: Assessment }) {
  const [open, setOpen] = useState(false);
  if (!VISIBLE.has(a.verdict)) return null;
  const label = verdictText(a.verdict);
  const reasons = a.signals.filter((s) => s.points > 0).slice(0, 4);
  return (
    <span class={`badge ${a.verdict}`}>
      <button
        type="button"
        class="pill"
        aria-expanded={open}
        aria-label={t('badge_label', [label])}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{ICON[a.verdict]}</span> {label}
      </button>
      {open && (
        <div class="details" role="dialog" aria-label={t('details_title')}>
          <p class="reason">{a.reason}</p>
          <dl class="axes">
            <dt>{t('details_affiliation')}</dt>
            <dd>{a.affiliation}/100</dd>
            <dt>{t('details_amplification')}</dt>
            <dd>{a.amplification}/100</dd>
          </dl>
          <ul>
            {reasons.map((s) => (
              <li key={s.id}>{s.evidence}</li>
            ))}
          </ul>
          <button type="button" class="close" onClick={() => setOpen(false)}>
            {t('details_close')}
          </button>
        </div>
      )}
    </span>
  );
}
