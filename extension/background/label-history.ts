/**
 * Moderator labels: what a moderator decided about an account, its history (with undo), and how a label overrides
 * the computed assessment. Pure, so the background, the dashboard and the unit tests share one definition.
 */
import type { Assessment, Verdict } from '../../src/verdict';
import type { Decision, LabelAction, LabelledAssessment, ModeratorLabel } from '../protocol';

export type { Decision, LabelAction, LabelledAssessment, ModeratorLabel };

export function verdictFor(decision: Decision): Verdict {
  return decision === 'state-media' ? 'state-media' : decision === 'not-state-media' ? 'clear' : 'unknown';
}

/**
 * The decision a stored label stands for: its own, or (labels imported from another browser may lack one) the one
 * its verdict implies. The only place a label's verdict is read back into a decision.
 */
export function decisionOf(label: { verdict: Verdict; decision?: Decision }): Decision {
  return (
    label.decision ??
    (label.verdict === 'state-media' ? 'state-media' : label.verdict === 'clear' ? 'not-state-media' : 'unsure')
  );
}

/** The verdict and score an account shows: the moderator's decision wins over the computed ones. */
export function shownVerdict(computed: { verdict: Verdict; score: number }, decision: Decision | undefined) {
  if (decision === 'state-media') return { verdict: 'state-media' as const, score: 100 };
  if (decision === 'not-state-media') return { verdict: 'clear' as const, score: 0 };
  return { verdict: computed.verdict, score: computed.score };
}

/**
 * The label the history leaves in force: labels and removals push a state, an undo pops the latest one. Undo of
 * the only action leaves no label.
 */
export function labelFromHistory(handle: string, history: readonly LabelAction[]): ModeratorLabel | undefined {
  const stack: (ModeratorLabel | undefined)[] = [];
  for (const a of history) {
    if (a.action === 'undo') stack.pop();
    else if (a.action === 'remove' || !a.decision) stack.push(undefined);
    else {
      const l: ModeratorLabel = { handle, decision: a.decision, verdict: verdictFor(a.decision), by: a.by, at: a.at };
      if (a.source) l.source = a.source;
      if (a.note) l.note = a.note;
      stack.push(l);
    }
  }
  return stack.at(-1);
}

/** Whether an undo has something to undo. */
export function canUndo(history: readonly LabelAction[]): boolean {
  let depth = 0;
  for (const a of history) depth = a.action === 'undo' ? Math.max(0, depth - 1) : depth + 1;
  return depth > 0;
}

const day = (t: number) => new Date(t).toISOString().slice(0, 10);

/** A moderator's own label always wins over the computed verdict, and says so (docs/design.md). */
export function applyModeratorLabel(a: Assessment, label: ModeratorLabel | undefined): LabelledAssessment {
  if (!label || label.handle !== a.handle) return a;
  const moderator: NonNullable<LabelledAssessment['moderator']> = {
    decision: label.decision,
    by: label.by,
    at: label.at,
    computed: a.verdict,
  };
  if (label.source) moderator.source = label.source;
  if (label.note) moderator.note = label.note;
  const who = `${label.by} (moderator), ${day(label.at)}`;
  const why = label.source ? ` Source: ${label.source}.` : label.note ? ` Note: ${label.note}` : '';
  if (label.decision === 'state-media') {
    return { ...a, verdict: 'state-media', score: 100, reason: `Confirmed as state media by ${who}.${why}`, moderator };
  }
  if (label.decision === 'not-state-media') {
    return { ...a, verdict: 'clear', score: 0, reason: `Marked not state media by ${who}.${why}`, moderator };
  }
  return { ...a, reason: `Marked unsure by ${who}; computed: ${a.reason}`, moderator };
}
