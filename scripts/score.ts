/**
 * `npm run score -- PATH...`: scores saved captures (profile .html, API .json, .har) from files or folders.
 * Captures of one account become one history; prints one JSON object per account per line (design.md).
 * A file it cannot read is reported on stderr and skipped: the run goes on.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { groupVisits } from '../src/history/visits';
import { readHarCapture, readHtmlCapture, readJsonCapture } from '../src/tiktok/captures';
import type { Observation } from '../src/tiktok/observation';
import { assess } from '../src/verdict';
import { parseHtml as parse } from './html-lite';

const EXTS = new Set(['.html', '.htm', '.json', '.har']);

function* files(path: string): Generator<string> {
  const st = statSync(path);
  if (st.isDirectory()) {
    for (const name of readdirSync(path).sort()) yield* files(join(path, name));
  } else if (EXTS.has(extname(path).toLowerCase())) {
    yield path;
  }
}

export function readCaptureFile(path: string): Observation[] {
  const text = readFileSync(path, 'utf8');
  const mtime = statSync(path).mtimeMs;
  const ext = extname(path).toLowerCase();
  if (ext === '.har') return readHarCapture(JSON.parse(text), parse).observations;
  if (ext === '.json') return [readJsonCapture(JSON.parse(text), mtime)];
  return [readHtmlCapture(text, parse, mtime)];
}

export function scorePaths(paths: string[], now = Date.now(), warn = (m: string) => console.error(m)) {
  const all: Observation[] = [];
  for (const p of paths) {
    let list: string[];
    try {
      list = [...files(p)];
    } catch (e) {
      warn(`${p}: ${(e as Error).message}`);
      continue;
    }
    for (const f of list) {
      try {
        all.push(...readCaptureFile(f));
      } catch (e) {
        warn(`${f}: skipped: ${(e as Error).message}`);
      }
    }
  }
  const lines = [];
  for (const [handle, visits] of groupVisits(all)) {
    const last = visits[visits.length - 1]!;
    const a = assess(last, { history: visits.slice(0, -1), now });
    lines.push({
      handle,
      verdict: a.verdict,
      score: a.score,
      observations: visits.length,
      signals: a.signals.map((s) => ({ id: s.id, points: s.points, value: s.value, evidence: s.evidence })),
    });
  }
  return lines;
}

/** The command line: `npm run score -- PATH...` (through scripts/score-cli.mjs) or `tsx scripts/score.ts PATH...`. */
export function main(argv: string[]): number {
  const args = argv.filter((a) => a !== '--');
  if (args.length === 0) {
    console.error('usage: npm run score -- PATH... (profile .html, API .json, .har files or folders)');
    return 2;
  }
  for (const line of scorePaths(args)) console.log(JSON.stringify(line));
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
