/**
 * The account view's verdict history as rows, newest first: the computed verdict's changes (kept by the background,
 * extension/background/verdict-changes.ts), the moderator's label actions replayed over them (a decision sets the
 * verdict shown: docs/design.md "A moderator's label beats the computed verdict"), and a viewer's say. Pure, so
 * the unit test checks it without a browser; the words are the component's (VerdictHistory.tsx).
 */
import type {
  CountChange,
  Decision,
  LabelAction,
  Verdict,
  VerdictChangeWhy,
  VerdictHistory,
  ViewerSayRow,
} from '../../protocol';

export type TimelineRow =
  | {
      kind: 'computed';
      at: number;
      from?: Verdict;
      to: Verdict;
      why: VerdictChangeWhy;
      counts?: CountChange[];
      /** A moderator's decision was in force: what is shown did not follow this change. */
      overruled: boolean;
    }
  | { kind: 'first'; at: number; to: Verdict }
  | {
      kind: 'label';
      at: number;
      from: Verdict;
      to: Verdict;
      action: LabelAction['action'];
      decision?: Decision;
      by: string;
      /** The evidence link and note the moderator gave with the decision: their words, shown as page text. */
      source?: string;
      note?: string;
    }
  | { kind: 'viewer'; at: number; say: 'wrong' | 'hidden'; shown: Verdict };

/** The verdict shown: a decision of state media or not state media wins; "unsure" leaves the computed one. */
export function shown(computed: Verdict, decision: Decision | undefined): Verdict {
  return decision === 'state-media' ? 'state-media' : decision === 'not-state-media' ? 'clear' : computed;
}

function viewerRows(v: ViewerSayRow | undefined): TimelineRow[] {
  if (!v) return [];
  const out: TimelineRow[] = [];
  if (v.wrong !== undefined) out.push({ kind: 'viewer', at: v.wrong, say: 'wrong', shown: v.verdict });
  if (v.hidden !== undefined) out.push({ kind: 'viewer', at: v.hidden, say: 'hidden', shown: v.verdict });
  return out;
}

/** Every row of the history, newest first. */
export function verdictTimeline(h: VerdictHistory, labels: readonly LabelAction[]): TimelineRow[] {
  const changes = [...h.changes].sort((a, b) => a.at - b.at);
  const start = changes[0]?.why === 'start' ? changes[0] : undefined;
  let computed: Verdict | undefined = start?.to ?? changes[0]?.from ?? h.computed?.verdict;
  const events: ({ at: number; order: number } & ({ c: (typeof changes)[number] } | { l: LabelAction }))[] = [
    ...changes.map((c, i) => ({ at: c.at, order: i, c })),
    ...labels.map((l, i) => ({ at: l.at, order: changes.length + i, l })),
  ].sort((a, b) => a.at - b.at || a.order - b.order);

  const rows: TimelineRow[] = [];
  if (!start && h.firstSeen !== undefined && computed) rows.push({ kind: 'first', at: h.firstSeen, to: computed });
  // The decision in force: label actions push a state, an undo pops one (extension/background/label-history.ts).
  const stack: (Decision | undefined)[] = [];
  for (const e of events) {
    const decision = stack.at(-1);
    if ('c' in e) {
      const c = e.c;
      computed = c.to;
      const row: TimelineRow = {
        kind: 'computed',
        at: c.at,
        to: c.to,
        why: c.why,
        overruled: shown(c.to, decision) !== c.to,
      };
      if (c.from) row.from = c.from;
      if (c.counts?.length) row.counts = c.counts;
      rows.push(row);
      continue;
    }
    const l = e.l;
    const base = computed ?? 'unknown';
    if (l.action === 'undo') stack.pop();
    else stack.push(l.action === 'remove' ? undefined : l.decision);
    const row: TimelineRow = {
      kind: 'label',
      at: l.at,
      from: shown(base, decision),
      to: shown(base, stack.at(-1)),
      action: l.action,
      by: l.by,
    };
    if (l.action === 'label' && l.decision) row.decision = l.decision;
    if (l.source) row.source = l.source;
    if (l.note) row.note = l.note;
    rows.push(row);
  }
  rows.push(...viewerRows(h.viewer));
  return rows.sort((a, b) => b.at - a.at);
}
