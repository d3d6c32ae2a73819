/**
 * Every file a comment names exists: the comments of src/, scripts/, tests/ and extension/ that name a `*.md`,
 * `*.ts` or `*.tsx` file name one that is in this repository, resolved from the repository's root or from the
 * folder of the file that names it (a comment citing the design page says docs/design.md). The pages of docs/
 * describe the tree, so a name there may also be the end of a path in it (a folder and a file, or a file alone).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FOLDERS = ['src', 'scripts', 'tests', 'extension', 'docs'];
const CODE = /\.(?:ts|tsx|mts|js|mjs)$/;

/**
 * Names that may stand although no such file is here, each with its reason. Paths under ../shared/ are other
 * people's data sets beside the repository (read at test time when present, never copied in) and are not checked.
 */
const ALLOWED: ReadonlyMap<string, string> = new Map<string, string>([
  // docs/tiktok-format.md: the source notes of the real captures in ../shared/real-captures (and its more/).
  ['SOURCES.md', 'the real captures’ source notes, beside the repository'],
  ['more/SOURCES.md', 'the real captures’ source notes, beside the repository'],
]);

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (CODE.test(name) || name.endsWith('.md')) out.push(path);
  }
  return out;
}

/** The comments of a source file (block and line comments; a `//` inside a URL is not one). */
function comments(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\/\*[\s\S]*?\*\/|(?<![:\w'"`\\])\/\/[^\n]*/g)) out.push(m[0]);
  return out;
}

/** The file names a text cites: words ending in .md, .ts or .tsx (not URLs, globs or templates). */
function citedNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\w./*<>{}$@-])(?:\.{1,2}\/)*[\w-]+(?:[./][\w-]+)*\.(?:md|tsx?)(?![\w-])/g)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 200), m.index);
    if (/\S*:\/\/\S*$/.test(before)) continue; // part of a URL
    out.push(m[0]);
  }
  return out;
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

interface Reference {
  file: string;
  name: string;
}

function references(): Reference[] {
  const out: Reference[] = [];
  for (const folder of FOLDERS) {
    for (const path of files(join(ROOT, folder))) {
      const text = readFileSync(path, 'utf8');
      const cited = path.endsWith('.md') ? citedNames(text) : comments(text).flatMap(citedNames);
      for (const name of cited) out.push({ file: relative(ROOT, path), name });
    }
  }
  return out;
}

/**
 * References that point nowhere yet, in files that another change is rewriting (issue 14, items 1–2: the one
 * protocol module and the background's files named for their job). Each entry is `file: name`; remove it with
 * the fix. Nothing outside extension/ and the "Where the code differs" part of docs/design.md may be added here.
 */
const PENDING: ReadonlySet<string> = new Set([]);

/** Every file of the repository's folders, as a path from its root. */
const ALL = FOLDERS.flatMap((folder) => files(join(ROOT, folder))).map((path) => relative(ROOT, path));

function found({ file, name }: Reference): boolean {
  if (/^(?:\.\.\/)+shared\//.test(name) || ALLOWED.has(name)) return true;
  if (exists(join(ROOT, name)) || exists(join(ROOT, dirname(file), name))) return true;
  return file.startsWith('docs/') && ALL.some((path) => path.endsWith(`/${name}`));
}

const dangling = (refs: readonly Reference[]): string[] =>
  refs.map((ref) => (found(ref) ? '' : `${ref.file}: ${ref.name}`)).filter((d) => d && !PENDING.has(d));

describe('references to files', () => {
  const refs = references();

  it('finds the references (the scan itself works)', () => {
    expect(refs.length).toBeGreaterThan(20);
    expect(citedNames('see docs/design.md and `src/verdict.ts`, not https://x.example/a.md or *.test.ts')).toEqual([
      'docs/design.md',
      'src/verdict.ts',
    ]);
    // Built from pieces, so that this file's own scan does not take these strings for comments.
    const line = `${'/'}/ see x.md`;
    const block = `${'/'}* a.ts *${'/'}`;
    expect(comments(`const u = 'https://a.example'; ${line}\n${block}`)).toEqual([line, block]);
  });

  it('every file named in a comment or a doc exists', () => {
    expect(dangling(refs)).toEqual([]);
  });

  it('the pending references still point nowhere (once fixed, they leave PENDING)', () => {
    const open = new Set(refs.filter((ref) => !found(ref)).map(({ file, name }) => `${file}: ${name}`));
    expect([...PENDING].filter((p) => !open.has(p))).toEqual([]);
  });
});
