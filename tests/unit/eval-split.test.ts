/**
 * The split rule of the evaluation set (tests/fixtures/eval/build.ts): the first build splits every class 50/50; once
 * a split is recorded, the test half is closed and a case added later goes to tuning.
 */
import { describe, expect, it } from 'vitest';
import { assignSplits } from '../../tests/fixtures/eval/build';

const specs = Array.from({ length: 8 }, (_, i) => ({ id: `case-${i}`, class: 'outlet-staff' as const }));

describe('assignSplits', () => {
  it('splits a class 50/50 on the first build', () => {
    const splits = [...assignSplits(specs).values()];
    expect(splits.filter((s) => s === 'test')).toHaveLength(4);
  });

  it('keeps recorded splits and sends every later case to tuning', () => {
    const first = assignSplits(specs.slice(0, 4));
    const later = assignSplits(specs, first);
    for (const [id, split] of first) expect(later.get(id)).toBe(split);
    for (const s of specs.slice(4)) expect(later.get(s.id)).toBe('tuning');
  });
});
