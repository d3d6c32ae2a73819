/**
 * What the content scripts really load from a built extension: every file the manifest's content_scripts name,
 * plus every chunk they import, followed transitively (crxjs's loader imports the real module through
 * `chrome.runtime.getURL("…")`, and that module imports shared chunks). Sizes are gzipped, as served.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ContentSize {
  files: { file: string; gzip: number }[];
  totalGzip: number;
}

const REFS = [
  /getURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g, // crxjs loader: root-relative
  /\bfrom\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g, // static imports
  /\bimport\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g, // side-effect and dynamic imports
];

export function contentScriptSize(distDir: string): ContentSize {
  const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
  };
  const todo = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []).map((f) => normalize(f));
  const seen = new Set<string>();
  const files: ContentSize['files'] = [];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(distDir, file));
    files.push({ file, gzip: gzipSync(code, { level: 9 }).length });
    const text = code.toString('utf8');
    for (const re of REFS) {
      for (const m of text.matchAll(re)) {
        const ref = m[1]!;
        const target = re === REFS[0] ? normalize(ref.replace(/^\//, '')) : normalize(join(dirname(file), ref));
        if (!relative(distDir, join(distDir, target)).startsWith('..')) todo.push(target);
      }
    }
  }
  return { files, totalGzip: files.reduce((n, f) => n + f.gzip, 0) };
}
