/** How the pages name a moderator's decisions. */
import type { Decision } from '../../protocol';

export const DECISION_TEXT: Record<Decision, string> = {
  'state-media': 'Confirmed state media',
  'not-state-media': 'Not state media',
  unsure: 'Unsure',
};
