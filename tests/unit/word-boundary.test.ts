/**
 * JavaScript's `\b` knows ASCII word characters only, even under the `u` flag: `\bəsl üzü\b` can never match "əsl üzü"
 * between spaces (a space and "ə" are both non-word characters to it, so no boundary lies between them). Five such words
 * sat dead in src/lists/self-presentation.ts until the twenty-fourth session; this scan keeps the class out of src/: a
 * `\b` right beside a letter beyond ASCII, or beside a group whose alternatives start (or end, with `\b` after the group)
 * with one. Such words take `(?<![\p{L}\p{N}])` and `(?![\p{L}\p{N}])` instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '../../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const beyondAscii = (ch: string | undefined) => !!ch && ch.charCodeAt(0) > 127 && /\p{L}/u.test(ch);

/** The top-level alternatives of a group's body (escapes and nested groups kept whole). */
function alternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '\\') {
      cur += body.slice(i, i + 2);
      i++;
      continue;
    }
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === '|' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Every `\b` that cannot mean what it says in a file's text. */
function deadBoundaries(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\\b([^\p{ASCII}])|([^\p{ASCII}])\\b/gu)) {
    if (beyondAscii(m[1] ?? m[2])) found.push(text.slice(Math.max(0, m.index - 12), m.index + 14));
  }
  for (const m of text.matchAll(/\\b\((?:\?:)?/g)) {
    let depth = 1;
    let j = m.index + m[0].length;
    for (; j < text.length && depth; j++) {
      if (text[j] === '\\') j++;
      else if (text[j] === '(') depth++;
      else if (text[j] === ')') depth--;
    }
    const body = text.slice(m.index + m[0].length, j - 1);
    const boundaryAfter = text.slice(j, j + 2) === '\\b';
    for (const alt of alternatives(body)) {
      const head = alt.replace(/^(?:\(\?:|\()+/, '');
      const tail = alt.replace(/[)?*+]+$/, '');
      if (beyondAscii(head[0]) || (boundaryAfter && beyondAscii(tail.at(-1)))) found.push(alt.slice(0, 30));
    }
  }
  return found;
}

describe('word boundaries beside letters beyond ASCII', () => {
  it('the scan finds the dead forms it is meant to find', () => {
    expect(deadBoundaries(String.raw`/\bəsl üzü\b/`)).toHaveLength(2);
    expect(deadBoundaries(String.raw`/\bpublicité\b/`)).toHaveLength(1);
    expect(deadBoundaries(String.raw`/\b(?:fan|şarkıcı)\b/`)).toHaveLength(1);
    expect(deadBoundaries(String.raw`/(?<![\p{L}\p{N}])əsl üzü(?![\p{L}\p{N}])/`)).toHaveLength(0);
    expect(deadBoundaries(String.raw`/\bvrai visage\b|\bbộ mặt thật\b/`)).toHaveLength(0);
  });

  it('and the rewritten words match where `\\b` could not', () => {
    expect(/\bəsl üzü\b/iu.test('Azərbaycanın əsl üzü')).toBe(false);
    expect(/(?<![\p{L}\p{N}])əsl üzü(?![\p{L}\p{N}])/iu.test('Azərbaycanın əsl üzü')).toBe(true);
  });

  it('no file under src/ holds one', () => {
    const dead = sources(SRC).flatMap((f) => deadBoundaries(readFileSync(f, 'utf8')).map((d) => `${f}: ${d}`));
    expect(dead).toEqual([]);
  });
});
