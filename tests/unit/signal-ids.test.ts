/**
 * A signal's id is its file's name (docs/design.md): every src/signals/<id>.ts that holds a signal exports one whose
 * `id` is `<id>`, WEIGHTS has exactly those ids, and src/signals/index.ts lists every one of them once.
 */
import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGNALS } from '../../src/signals';
import { WEIGHTS } from '../../src/signals/thresholds';
import type { Signal } from '../../src/signals/types';

const DIR = resolve(import.meta.dirname, '../../src/signals');
/** The files of src/signals/ that hold no signal. */
const NOT_SIGNALS = new Set([
  'index',
  'thresholds',
  'types',
  'util',
  'rules-version',
  'catalog',
  'say',
  'content-farm',
]);
const FILE_IDS = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => basename(f, '.ts'))
  .filter((id) => !NOT_SIGNALS.has(id))
  .sort();

const isSignal = (v: unknown): v is Signal =>
  typeof v === 'object' && v !== null && typeof (v as Signal).id === 'string' && 'evaluate' in v;

describe('signal ids are the file names', () => {
  it('there are signal files', () => {
    expect(FILE_IDS.length).toBeGreaterThanOrEqual(12);
  });

  it.each(FILE_IDS)('src/signals/%s.ts exports exactly one signal, with that id', async (id) => {
    const mod: Record<string, unknown> = await import(`../../src/signals/${id}.ts`);
    const signals = Object.values(mod).filter(isSignal);
    expect(signals.map((s) => s.id)).toEqual([id]);
  });

  it('WEIGHTS has exactly the ids of the files', () => {
    expect(Object.keys(WEIGHTS).sort()).toEqual(FILE_IDS);
  });

  it('src/signals/index.ts lists every signal once', () => {
    const ids = SIGNALS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(FILE_IDS);
  });
});
