/**
 * Moderator labels: what a moderator decided about an account, its history (with undo), and how a label overrides
 * the computed assessment. Pure, so the background, the dashboard and the unit tests share one definition.
 */
import type { Assessment, Verdict } from '../../src/verdict';

export type Decision = 'state-media' | 'not-state-media' | 'unsure';
export const DECISIONS: readonly Decision[] = ['state-media', 'not-state-media', 'unsure'];

export const DECISION_TEXT: Record<Decision, string> = {
  'state-media': 'Confirmed state media',
  'not-state-media': 'Not state media',
  unsure: 'Unsure',
};

/** The label as stored in the database's `modLabels` table: its ModLabelRow fields plus who and why. */
export interface ModeratorLabel {
  handle: string;
  /** The verdict the label imposes ('unknown' for unsure: the computed verdict stands). */
  verdict: Verdict;
  decision: Decision;
  by: string;
  at: number;
  source?: string;
  note?: string;
}

/** One moderator action, kept in order: the label history. */
export interface LabelAction {
  at: number;
  by: string;
  action: 'label' | 'remove' | 'undo';
  decision?: Decision;
  source?: string;
  note?: string;
}

export function verdictFor(decision: Decision): Verdict {
  return decision === 'state-media' ? 'state-media' : decision === 'not-state-media' ? 'clear' : 'unknown';
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

/** An assessment as shown: a moderator's label, when there is one, with who decided and when. */
export interface LabelledAssessment extends Assessment {
  moderator?: { decision: Decision; by: string; at: number; source?: string; note?: string; computed: Verdict };
}

const day = (t: number) => new Date(t).toISOString().slice(0, 10);

/** A moderator's own label always wins over the computed verdict, and says so (design.md). */
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
