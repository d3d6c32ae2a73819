/**
 * The bio language matrix (tests/fixtures/bio-language-matrix.ts): in every language of the checklist, a current
 * employer line reads the outlet as the current employer, a past-employment line reads it as former, and a checker's
 * or critic's line naming the outlet reads no employment. docs/calibration.md, "after the fourth fresh set — job words".
 */
import { describe, expect, it } from 'vitest';
import { readBio } from '../../src/lists/bio';
import { STATE_OUTLETS } from '../../src/lists/outlets';
import { MATRIX } from '../fixtures/bio-language-matrix';

/** A fixed clock: "(2016–2021)" is past. */
const NOW = Date.UTC(2026, 11, 3);

const read = (bio: string) => readBio(bio, { now: NOW });

describe('the matrix names real registry outlets, one row per language', () => {
  it('every outlet id is a registry row', () => {
    const ids = new Set(STATE_OUTLETS.map((o) => o.id));
    expect(MATRIX.filter((r) => !ids.has(r.outlet)).map((r) => r.outlet)).toEqual([]);
  });
  it('languages are unique', () => {
    expect(new Set(MATRIX.map((r) => r.lang)).size).toBe(MATRIX.length);
  });
});

describe.each(MATRIX)('$language ($lang)', (row) => {
  it.each(row.employer)('current employer: %s', (bio) => {
    const e = read(bio).employment;
    expect({ outlet: e?.outlet.id, former: e?.former }).toEqual({ outlet: row.outlet, former: false });
  });
  it('former employer', () => {
    const r = read(row.former);
    expect(r.employments.filter((e) => !e.former)).toEqual([]);
    expect({ outlet: r.employment?.outlet.id, former: r.employment?.former }).toEqual({
      outlet: row.outlet,
      former: true,
    });
  });
  it('a checker or critic naming the outlet: no employment', () => {
    const r = read(row.innocent);
    expect(r.employments.map((e) => e.outlet.id)).toEqual([]);
    expect(r.mentions.map((m) => m.outlet.id)).toContain(row.outlet);
  });
});
