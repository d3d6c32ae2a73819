/** The options page's signal list (src/signals/catalog.ts) names every signal, in the order src/signals/index.ts has. */
import { describe, expect, it } from 'vitest';
import { SIGNAL_CATALOG } from '../../src/signals/catalog';
import { SIGNALS } from '../../src/signals/index';

describe('signal catalog', () => {
  it('lists every signal once, with its axis, in the evidence order', () => {
    expect(SIGNAL_CATALOG.map((s) => [s.id, s.axis])).toEqual(SIGNALS.map((s) => [s.id, s.axis]));
    for (const s of SIGNAL_CATALOG) expect(s.about.length).toBeGreaterThan(10);
  });
});
