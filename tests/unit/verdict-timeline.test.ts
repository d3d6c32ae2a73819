/**
 * The account view's verdict history rows (extension/ui/dashboard/verdict-timeline.ts): computed changes, the
 * moderator's label actions replayed over them (what is shown, from and to), a viewer's say, newest first.
 */
import { describe, expect, it } from 'vitest';
import type { LabelAction, VerdictHistory } from '../../extension/protocol';
import { verdictTimeline } from '../../extension/ui/dashboard/verdict-timeline';

const DAY = 86_400_000;
const T = Date.UTC(2026, 10, 1);

describe('verdictTimeline', () => {
  it('a first visit, a list change, a decision, an undo and a viewer’s report, each with what was shown', () => {
    const h: VerdictHistory = {
      firstSeen: T,
      computed: { verdict: 'state-media', score: 100 },
      changes: [{ at: T + DAY, from: 'clear', to: 'state-media', fromScore: 0, toScore: 100, why: 'lists' }],
      viewer: { handle: 'a', at: T + 4 * DAY, verdict: 'clear', wrong: T + 4 * DAY },
    };
    const labels: LabelAction[] = [
      {
        at: T + 2 * DAY,
        by: 'Ann',
        action: 'label',
        decision: 'not-state-media',
        source: 'https://e.org/x',
        note: 'hi',
      },
      { at: T + 3 * DAY, by: 'Ann', action: 'undo' },
    ];
    const rows = verdictTimeline(h, labels);
    expect(rows.map((r) => r.kind)).toEqual(['viewer', 'label', 'label', 'computed', 'first']);
    expect(rows[4]).toEqual({ kind: 'first', at: T, to: 'clear' });
    expect(rows[3]).toMatchObject({ from: 'clear', to: 'state-media', why: 'lists', overruled: false });
    // The decision turns what is shown from state media to nothing notable; its undo turns it back.
    expect(rows[2]).toMatchObject({ from: 'state-media', to: 'clear', decision: 'not-state-media', by: 'Ann' });
    // The decision's evidence and note travel with it: this table is the only place the account view lists decisions.
    expect(rows[2]).toMatchObject({ source: 'https://e.org/x', note: 'hi' });
    expect(rows[1]).toMatchObject({ action: 'undo', from: 'clear', to: 'state-media' });
    expect(rows[1]).not.toHaveProperty('source');
    expect(rows[0]).toEqual({ kind: 'viewer', at: T + 4 * DAY, say: 'wrong', shown: 'clear' });
  });

  it('a computed change under a decision in force is marked as not what is shown', () => {
    const h: VerdictHistory = {
      firstSeen: T,
      computed: { verdict: 'unusual', score: 40 },
      changes: [{ at: T + 2 * DAY, from: 'clear', to: 'unusual', toScore: 40, why: 'visit' }],
    };
    const rows = verdictTimeline(h, [{ at: T + DAY, by: 'Moderator', action: 'label', decision: 'state-media' }]);
    expect(rows[0]).toMatchObject({ kind: 'computed', overruled: true });
    expect(rows[1]).toMatchObject({ kind: 'label', from: 'clear', to: 'state-media' });
  });

  it('a history kept from the upgrade starts at its mark, not at the first visit', () => {
    const h: VerdictHistory = {
      firstSeen: T - 100 * DAY,
      computed: { verdict: 'suspected', score: 55 },
      changes: [{ at: T, to: 'suspected', toScore: 55, why: 'start' }],
    };
    const rows = verdictTimeline(h, []);
    expect(rows).toEqual([{ kind: 'computed', at: T, to: 'suspected', why: 'start', overruled: false }]);
  });
});
