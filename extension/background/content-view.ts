/**
 * What a content script may learn about an account (issue 17, finding 1). Content scripts run beside TikTok's
 * page, and the page can read what they render, so their answers carry only what the badge shows: the verdict,
 * the score, the signals and the reason — and at most that a moderator decided (a boolean). Who decided, when,
 * the note, the cited source and the label history stay in the extension's pages.
 *
 * Every field is copied by name: an assessment with extra fields (a stored row from an older version, an import)
 * cannot smuggle anything through.
 */
import type { Say } from '../../src/signals/say';
import type { SignalResult } from '../../src/signals/types';
import type { Assessment } from '../../src/verdict';
import type { ContentAssessment, Decision } from '../protocol';
import type { ModeratorLabel } from './label-history';
import { shownVerdict } from './label-history';
import { sayOf } from './say-shape';

function signalOf(s: SignalResult): SignalResult {
  const out: SignalResult = {
    id: s.id,
    axis: s.axis,
    value: s.value,
    threshold: s.threshold,
    points: s.points,
    evidence: s.evidence,
  };
  if (s.strength) out.strength = s.strength;
  // The evidence in the viewer's language (src/signals/say.ts), rebuilt: known shapes only.
  const say = sayOf(s.say);
  const sayThreshold = sayOf(s.sayThreshold);
  if (say) out.say = say;
  if (sayThreshold) out.sayThreshold = sayThreshold;
  return out;
}

/** The reason a moderated badge gives, without the moderator's name, date, note or source. */
function moderatedReason(decision: Decision, computed: string): string {
  if (decision === 'state-media') return 'Confirmed as state media by a moderator.';
  if (decision === 'not-state-media') return 'Marked not state media by a moderator.';
  return `Marked unsure by a moderator; computed: ${computed}`;
}

/**
 * The computed assessment `a`, with the moderator's decision (when one is in force for this account) applied the
 * way label-history.ts `applyModeratorLabel` does, as a content script may see it.
 */
export function contentAssessment(
  a: Assessment,
  label?: Pick<ModeratorLabel, 'handle' | 'decision'>,
): ContentAssessment {
  const decided = label && label.handle === a.handle ? label.decision : undefined;
  const shown = shownVerdict(a, decided);
  const out: ContentAssessment & { reasonSay?: Say } = {
    handle: a.handle,
    verdict: shown.verdict,
    score: shown.score,
    affiliation: a.affiliation,
    amplification: a.amplification,
    signals: Array.isArray(a.signals) ? a.signals.map(signalOf) : [],
    reason: decided ? moderatedReason(decided, a.reason) : a.reason,
    observedAt: a.observedAt,
  };
  if (decided) out.moderator = true;
  // A confirmed or overruled verdict's reason is the moderator's, said in English above; unsure keeps the computed.
  const reasonSay = decided === 'state-media' || decided === 'not-state-media' ? undefined : sayOf(a.reasonSay);
  if (reasonSay) out.reasonSay = reasonSay;
  return out;
}
