/**
 * `npm run score -- PATH...`: scores saved captures (profile .html, API or universal-data .json, .har) from files or
 * folders. Captures of one account become one history; prints one JSON object per account per line (docs/design.md),
 * with `account`: what the latest observation read. A file it cannot read is named on stderr with a one-line
 * reason and skipped: the run goes on. Exit status: 0 when at least one input was read, 1 when none, 2 on bad usage.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { groupVisits } from '../src/history/visits';
import { readHarCapture, readHtmlCapture, readJsonCapture } from '../src/tiktok/captures';
import type { Observation } from '../src/tiktok/observation';
import { assess } from '../src/verdict';
import { parseHtml as parse, TooDeepError } from './html-lite';

const EXTS = new Set(['.html', '.htm', '.json', '.har']);
/** Largest capture read: a real profile page is under 1 MB and a HAR of a session a few tens of MB. */
const MAX_BYTES = 64 * 1024 * 1024;

const USAGE = `usage: npm run score -- PATH...

Scores saved TikTok captures and prints one JSON line per account:
  {"handle","verdict","score","observations","account":{…},"signals":[…]}
PATH is a file or a folder (read recursively) of:
  .html  a profile page (any era; a page saved by the browser too)
  .json  an /api/user/detail/ or /api/post/item_list/ answer, or a page's universal data
  .har   a browser HAR export (each entry dated by its startedDateTime)
Captures of one account become one history, dated by each file's modification time.
Exit status: 0 when at least one input was read, 1 when none could be, 2 on bad usage.`;

export class InputError extends Error {}

function* files(path: string): Generator<string> {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file or folder' : `cannot be opened (${code ?? 'error'})`);
  }
  if (st.isDirectory()) {
    for (const name of readdirSync(path).sort()) {
      const child = join(path, name);
      if (statSync(child).isDirectory() || EXTS.has(extname(name).toLowerCase())) yield* files(child);
    }
  } else if (EXTS.has(extname(path).toLowerCase())) {
    yield path;
  } else {
    throw new InputError(
      `not a capture (expected .html, .htm, .json or .har, got "${extname(path) || 'no extension'}")`,
    );
  }
}

/** Text, or a one-line reason why not: too large, or binary (NUL bytes or mostly undecodable). */
function readText(path: string): string {
  const size = statSync(path).size;
  if (size > MAX_BYTES) throw new InputError(`too large (${Math.round(size / 1048576)} MB; the limit is 64 MB)`);
  const bytes = readFileSync(path);
  const head = bytes.subarray(0, 65536);
  if (head.includes(0)) throw new InputError('binary data, not a text capture');
  const text = bytes.toString('utf8');
  const bad = (text.slice(0, 65536).match(/\uFFFD/g) ?? []).length;
  if (bad > 64) throw new InputError('not UTF-8 text');
  return text;
}

function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(`not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
}

export function readCaptureFile(path: string): Observation[] {
  const text = readText(path);
  const mtime = statSync(path).mtimeMs;
  const ext = extname(path).toLowerCase();
  if (ext === '.har') return readHarCapture(parseJsonText(text), parse).observations;
  if (ext === '.json') return [readJsonCapture(parseJsonText(text), mtime)];
  return [readHtmlCapture(text, parse, mtime)];
}

/** What the latest observation read, exact where TikTok gave exact values; null for anything not read. */
export function accountOf(obs: Observation) {
  const s = obs.stats ?? {};
  const created = obs.user?.createTime;
  return {
    followers: s.followers ?? null,
    following: s.following ?? null,
    likes: s.likes ?? null,
    videos: s.videos ?? null,
    verified: obs.user?.verified ?? null,
    createdAt: created ? new Date(created * 1000).toISOString().replace('.000Z', 'Z') : null,
    posts: obs.postList ? obs.posts.length : null,
    pinned: obs.postList ? obs.posts.filter((p) => p.pinned).length : null,
  };
}

/** One-line reason for a failure, whatever was thrown (a stack overflow in a parser included). */
function reason(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  if (e instanceof TooDeepError) return `not read: ${msg}`;
  if (e instanceof RangeError) return 'too deeply nested or malformed to read';
  return msg.split('\n')[0]!.slice(0, 200);
}

/** Every observation the paths hold; each unreadable input is named on `warn` with a one-line reason. */
export function readPaths(paths: string[], warn = (m: string) => console.error(m)): Observation[] {
  const all: Observation[] = [];
  for (const p of paths) {
    let list: string[];
    try {
      list = [...files(p)];
    } catch (e) {
      warn(`${p}: skipped: ${reason(e)}`);
      continue;
    }
    for (const f of list) {
      try {
        all.push(...readCaptureFile(f));
      } catch (e) {
        warn(`${f}: skipped: ${reason(e)}`);
      }
    }
  }
  return all;
}

/** One line per account: captures of one account are one history, the latest visit scored against the rest. */
export function scoreObservations(all: readonly Observation[]) {
  const lines = [];
  for (const [handle, visits] of groupVisits(all)) {
    const last = visits[visits.length - 1]!;
    // Ages and recencies are measured from the latest capture's own time (assess uses obs.observedAt).
    const a = assess(last, { history: visits.slice(0, -1) });
    lines.push({
      handle,
      verdict: a.verdict,
      score: a.score,
      observations: visits.length,
      account: accountOf(last),
      signals: a.signals.map((s) => ({ id: s.id, points: s.points, value: s.value, evidence: s.evidence })),
    });
  }
  return lines;
}

export function scorePaths(paths: string[], warn = (m: string) => console.error(m)) {
  return scoreObservations(readPaths(paths, warn));
}

/** The command line: `npm run score -- PATH...` (through scripts/score-cli.mjs) or `tsx scripts/score.ts PATH...`. */
export function main(argv: string[]): number {
  const args = argv.filter((a) => a !== '--');
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = args.find((a) => a.startsWith('-'));
  if (unknown) {
    console.error(`score: unknown option ${unknown}\n\n${USAGE}`);
    return 2;
  }
  if (args.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const read = readPaths(args);
  for (const line of scoreObservations(read)) console.log(JSON.stringify(line));
  return read.length > 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
