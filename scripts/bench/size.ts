/**
 * Content-script JavaScript as shipped: every file the built manifest's content_scripts name, plus every chunk
 * they import (static `from "./x.js"`, side-effect and dynamic `import("./x.js")`, crxjs's loader
 * `import(chrome.runtime.getURL("x.js"))`), followed transitively. Raw and gzipped (level 9) bytes per file.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizedFile {
  file: string;
  raw: number;
  gzip: number;
}

const ROOT_REF = /getURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;
const RELATIVE_REFS = [
  /\bfrom\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g,
  /\bimport\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g,
  /\bimport\s*\(\s*["'`](\/[^"'`]+\.js)["'`]\s*\)/g,
];

export function contentScriptFiles(distDir: string): SizedFile[] {
  const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
  };
  const todo = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []).map((f) => normalize(f));
  const seen = new Set<string>();
  const out: SizedFile[] = [];
  while (todo.length) {
    const file = todo.shift()!;
    if (seen.has(file) || file.startsWith('..')) continue;
    seen.add(file);
    const code = readFileSync(join(distDir, file));
    out.push({ file, raw: code.length, gzip: gzipSync(code, { level: 9 }).length });
    const text = code.toString('utf8');
    for (const m of text.matchAll(ROOT_REF)) todo.push(normalize(m[1]!.replace(/^\//, '')));
    for (const re of RELATIVE_REFS) {
      for (const m of text.matchAll(re)) {
        const ref = m[1]!;
        todo.push(ref.startsWith('/') ? normalize(ref.slice(1)) : normalize(join(dirname(file), ref)));
      }
    }
  }
  return out;
}
