/** How the pages name a moderator's decisions. */
import type { Decision } from '../../protocol';
import { t } from './i18n';

/** English names (kept for callers that want them, e.g. exports); pages show `decisionText`. */
export const DECISION_TEXT: Record<Decision, string> = {
  'state-media': 'Confirmed state media',
  'not-state-media': 'Not state media',
  unsure: 'Unsure',
};

/** A decision in the UI language (extension/i18n/popup), English when the catalogue lacks it (unit tests). */
export function decisionText(d: Decision): string {
  const key = `popup_decision_${d.replaceAll('-', '_')}`;
  const s = t(key);
  return s === key ? (DECISION_TEXT[d] ?? d) : s;
}
