/**
 * A `Say` (src/signals/say.ts: a message key and language-neutral arguments) rebuilt from a stored or imported
 * value: known shapes only, bounded in size and nesting, so that a row cannot carry anything else to the badge.
 */
import type { Say, SayArg } from '../../src/signals/say';
import { isObject } from '../../src/tiktok/json';

const MAX_ARGS = 20;
const MAX_DEPTH = 4;
const KEY = /^[A-Za-z0-9_]{1,100}$/;
const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function argOf(a: unknown, depth: number): SayArg | undefined {
  if (typeof a === 'string') return a.slice(0, 2000);
  if (finite(a)) return a;
  if (!isObject(a)) return undefined;
  if ('n' in a) return finite(a.n) ? (a.compact === true ? { n: a.n, compact: true } : { n: a.n }) : undefined;
  if ('pct' in a) return finite(a.pct) ? { pct: a.pct } : undefined;
  if ('region' in a) return typeof a.region === 'string' ? { region: a.region.slice(0, 10) } : undefined;
  if ('text' in a) return typeof a.text === 'string' ? { text: a.text.slice(0, 2000) } : undefined;
  if ('say' in a) {
    const say = sayOf(a.say, depth + 1);
    return say ? { say } : undefined;
  }
  return undefined;
}

/** The message, or undefined when it is not one (the English text is shown instead). */
export function sayOf(x: unknown, depth = 0): Say | undefined {
  if (depth > MAX_DEPTH || !isObject(x) || typeof x.key !== 'string' || !KEY.test(x.key)) return undefined;
  if (x.args === undefined) return { key: x.key };
  if (!Array.isArray(x.args) || x.args.length > MAX_ARGS) return undefined;
  const args = x.args.map((a) => argOf(a, depth));
  if (args.some((a) => a === undefined)) return undefined;
  return { key: x.key, args: args as SayArg[] };
}
