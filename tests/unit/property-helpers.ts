/**
 * Shared pieces of the property suites: hostile values, a JSON-tree mutator and the invariants every reader output
 * must keep. Seeds come from the fixture builder, so mutations start from realistic pages and bodies.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { normaliseHandle, type Observation } from '../../src/tiktok/observation';

/** Values a hostile page or a broken capture can put anywhere: wrong types, huge, negative, odd unicode. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    true,
    false,
    0,
    -1,
    -2147483648,
    2 ** 53 + 1,
    1e308,
    -1e308,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    '',
    '-5',
    'NaN',
    'Infinity',
    '1e999',
    '9'.repeat(400),
    '١٢٣',
    '12.5K',
    '<img src=x onerror=alert(1)>',
    '\u202eevil',
    '😀😀😀',
    '__proto__',
    'someone.else',
    '@SOMEONE.ELSE ',
    {},
    [],
    [null],
    { text: 'x' },
  ),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
  fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 }),
);

export interface Mutation {
  pick: number;
  action: 'replace' | 'delete' | 'wrap';
  value: unknown;
}

export const mutations = (max: number): fc.Arbitrary<Mutation[]> =>
  fc.array(
    fc.record({
      pick: fc.nat(),
      action: fc.constantFrom<Mutation['action']>('replace', 'replace', 'delete', 'wrap'),
      value: hostileValue,
    }),
    { minLength: 1, maxLength: max },
  );

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number };

function slots(root: unknown, out: Slot[] = [], depth = 0): Slot[] {
  if (depth > 12 || typeof root !== 'object' || root === null) return out;
  const entries: [string | number, unknown][] = Array.isArray(root)
    ? root.map((v, i) => [i, v])
    : Object.entries(root as Record<string, unknown>);
  for (const [key, v] of entries) {
    out.push({ parent: root as Slot['parent'], key });
    slots(v, out, depth + 1);
  }
  return out;
}

/** Applies each mutation to a node of a copy of `seed`, picked uniformly among the nodes then present. */
export function mutateJson<T>(seed: T, ms: Mutation[]): unknown {
  const root = { root: structuredClone(seed) } as Record<string, unknown>;
  for (const m of ms) {
    const all = slots(root);
    const s = all[m.pick % all.length];
    if (!s) continue;
    const parent = s.parent as Record<string | number, unknown>;
    if (m.action === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(s.key), 1);
      else delete parent[s.key];
    } else if (m.action === 'wrap') {
      parent[s.key] = [parent[s.key]];
    } else {
      parent[s.key] = m.value;
    }
  }
  return root.root;
}

const finiteCount = (n: unknown, what: string) => {
  if (n === undefined) return;
  expect(typeof n, what).toBe('number');
  expect(Number.isFinite(n) && (n as number) >= 0, `${what} = ${String(n)}`).toBe(true);
};

/**
 * What every Observation must be, whatever the input: about `handle` only (when given), its user (if any) being
 * that account, every count finite and non-negative.
 */
export function checkObservation(obs: Observation, handle?: string): void {
  if (handle !== undefined) expect(obs.handle).toBe(handle);
  expect(typeof obs.handle).toBe('string');
  if (obs.user) expect(normaliseHandle(obs.user.uniqueId)).toBe(obs.handle);
  finiteCount(obs.observedAt, 'observedAt');
  for (const [k, v] of Object.entries(obs.stats ?? {})) finiteCount(v, `stats.${k}`);
  finiteCount(obs.user?.createTime, 'user.createTime');
  expect(Array.isArray(obs.posts)).toBe(true);
  for (const p of obs.posts) {
    expect(p.id).toMatch(/^\d{1,25}$/);
    finiteCount(p.createTime, 'post.createTime');
    finiteCount(p.views, 'post.views');
    finiteCount(p.likes, 'post.likes');
    expect(Array.isArray(p.hashtags)).toBe(true);
  }
}

/** Property runs scale with PROPERTY_RUNS_SCALE (e.g. 10 for a long soak); the default keeps the suite ~10 s. */
export const runs = (n: number) => Math.max(1, Math.round(n * Number(process.env.PROPERTY_RUNS_SCALE ?? 1)));
