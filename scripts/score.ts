/**
 * `npm run score -- [--list FILE_OR_URL]... PATH...`: scores saved captures (profile .html, API or universal-data
 * .json, .har) from files or folders. Captures of one account become one history; prints one JSON object per account
 * per line (docs/design.md), with `account`: what the latest observation read. A file it cannot read is named on
 * stderr with a one-line reason and skipped: the run goes on. `--list` (repeatable) adds a list — the project's list
 * format or the State Media Monitor CSV, by content — from a file or an https URL (fetched as the extension fetches
 * lists: src/lists/fetch.ts), for `listed-account` and bio links; a list that cannot be read is a usage error.
 * Exit status: 0 when at least one input was read, 1 when none, 2 on bad usage.
 */

import { lookup as dnsLookup } from 'node:dns/promises';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { groupVisits } from '../src/history/visits';
import { parseHtml as parse, TooDeepError } from '../src/html/lite';
import { checkUrl, type Fetcher, fetchList, MAX_LIST_BYTES, privateAddress } from '../src/lists/fetch';
import { type AccountList, domainLookup, listLookup } from '../src/lists/format';
import { readListText } from '../src/lists/smm-csv';
import { readHarCapture, readHtmlCapture, readJsonCapture } from '../src/tiktok/captures';
import type { Observation } from '../src/tiktok/observation';
import { type AssessOptions, assess } from '../src/verdict';

const EXTS = new Set(['.html', '.htm', '.json', '.har']);
/** Largest capture read: a real profile page is under 1 MB and a HAR of a session a few tens of MB. */
const MAX_BYTES = 64 * 1024 * 1024;

const USAGE = `usage: npm run score -- [--list FILE_OR_URL]... PATH...

Scores saved TikTok captures and prints one JSON line per account:
  {"handle","verdict","score","observations","account":{…},"signals":[…]}
PATH is a file or a folder (read recursively) of:
  .html  a profile page (any era; a page saved by the browser too)
  .json  an /api/user/detail/ or /api/post/item_list/ answer, or a page's universal data
  .har   a browser HAR export (each entry dated by its startedDateTime)
Captures of one account become one history, dated by each file's modification time.
--list FILE_OR_URL (repeatable) adds a list of accounts and outlet domains: the provenance-lens/list JSON format
  or the State Media Monitor CSV (State_Media_Matrix.csv), told apart by content; a file, or an https URL on a
  public host (no redirects, at most 5 MB). The first list naming an account or a domain wins.
Exit status: 0 when at least one input was read, 1 when none could be, 2 on bad usage (a list that cannot be
read included).`;

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
function readText(path: string, size: number): string {
  if (size > MAX_BYTES) throw new InputError(`too large (${Math.round(size / 1048576)} MB; the limit is 64 MB)`);
  const bytes = readFileSync(path);
  const head = bytes.subarray(0, 65536);
  if (head.includes(0)) throw new InputError('binary data, not a text capture');
  const text = bytes.toString('utf8');
  // Replacement characters in the first 64 K: counted only when there is one (most captures have none).
  const first = text.indexOf('\uFFFD');
  if (first >= 0 && first < 65536 && (text.slice(0, 65536).match(/\uFFFD/g) ?? []).length > 64)
    throw new InputError('not UTF-8 text');
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
  const st = statSync(path);
  const text = readText(path, st.size);
  const mtime = st.mtimeMs;
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

/** The inputs in order: each capture file, or the reason a path given could not be listed. */
type Input = { file: string } | { warning: string };

function listInputs(paths: string[]): Input[] {
  const out: Input[] = [];
  for (const p of paths) {
    try {
      for (const file of files(p)) out.push({ file });
    } catch (e) {
      out.push({ warning: `${p}: skipped: ${reason(e)}` });
    }
  }
  return out;
}

/** One file's observations, or why it was skipped. */
type FileResult = { observations: Observation[] } | { error: string };

function readOne(file: string): FileResult {
  try {
    return { observations: readCaptureFile(file) };
  } catch (e) {
    return { error: `${file}: skipped: ${reason(e)}` };
  }
}

/** The observations in input order; the warnings on `warn`, in input order too. */
function collect(inputs: Input[], results: FileResult[], warn: (m: string) => void): Observation[] {
  const all: Observation[] = [];
  let k = 0;
  for (const input of inputs) {
    if ('warning' in input) {
      warn(input.warning);
      continue;
    }
    const r = results[k++]!;
    if ('error' in r) warn(r.error);
    else all.push(...r.observations);
  }
  return all;
}

/** Every observation the paths hold; each unreadable input is named on `warn` with a one-line reason. */
export function readPaths(paths: string[], warn = (m: string) => console.error(m)): Observation[] {
  const inputs = listInputs(paths);
  const results = inputs.flatMap((i) => ('file' in i ? [readOne(i.file)] : []));
  return collect(inputs, results, warn);
}

/**
 * Files are read in chunks claimed from a counter shared by the main thread and one worker thread: reading is
 * most of a large run, files are independent, and whichever thread is free (the worker starts ~0.1 s late, other
 * work may hold a core) takes the next chunk.
 */
const CHUNK = 8;
/** Below this many files a second thread's start-up costs more than it saves. */
const PARALLEL_FROM = 100;

function readClaimed(files: string[], counter: Int32Array, into: (i: number, r: FileResult) => void): void {
  for (;;) {
    const start = Atomics.add(counter, 0, CHUNK);
    if (start >= files.length) return;
    for (let i = start; i < Math.min(start + CHUNK, files.length); i++) into(i, readOne(files[i]!));
  }
}

interface WorkerJob {
  scoreFiles: string[];
  counter: SharedArrayBuffer;
}

if (!isMainThread && (workerData as WorkerJob | undefined)?.scoreFiles) {
  const job = workerData as WorkerJob;
  const done: [number, FileResult][] = [];
  readClaimed(job.scoreFiles, new Int32Array(job.counter), (i, r) => done.push([i, r]));
  parentPort?.postMessage(done);
  // Then, when asked, accounts from the end of the list, one at a time, while the main thread assesses from its
  // start (never with lists: their lookups stay in the main thread).
  parentPort?.once('message', (job: AssessJob) => {
    const state = new Int32Array(job.state);
    const out: [number, ScoreLine][] = [];
    for (let i = claimBack(state, job.from); i >= 0; i = claimBack(state, job.from))
      out.push([i, scoreGroups([job.groups[i - job.from]!])[0]!]);
    parentPort?.postMessage(out);
  });
}

/**
 * Accounts to assess, `groups` being those from `from` on; `state` packs the next index from the front (low 16
 * bits) and one past the next from the back (high 16 bits).
 */
interface AssessJob {
  groups: [string, Observation[]][];
  from: number;
  state: SharedArrayBuffer;
}
/** Up to this many accounts the front and back indices fit in one 32-bit word. */
const MAX_SHARED_ACCOUNTS = 32_767;

/** The next account from the front, or -1 when the two ends have met. */
export function claimFront(state: Int32Array): number {
  for (;;) {
    const v = Atomics.load(state, 0);
    const front = v & 0xffff;
    const back = v >>> 16;
    if (front >= back) return -1;
    if (Atomics.compareExchange(state, 0, v, (front + 1) | (back << 16)) === v) return front;
  }
}

/** The next account from the back, never below `from`, or -1. */
export function claimBack(state: Int32Array, from: number): number {
  for (;;) {
    const v = Atomics.load(state, 0);
    const front = v & 0xffff;
    const back = v >>> 16;
    if (front >= back || back - 1 < from) return -1;
    if (Atomics.compareExchange(state, 0, v, front | ((back - 1) << 16)) === v) return back - 1;
  }
}

/** The worker's next message, or undefined when it failed or ended first. */
function nextMessage<T>(worker: Worker): Promise<T | undefined> {
  return new Promise((resolve) => {
    const done = (value: T | undefined) => {
      worker.off('message', done);
      worker.off('error', fail);
      worker.off('exit', fail);
      resolve(value);
    };
    const fail = () => done(undefined);
    worker.on('message', done);
    worker.on('error', fail);
    worker.on('exit', fail);
  });
}

/**
 * scorePaths on two threads when there are many files, a second core, and this module runs as the bundle
 * score-cli.mjs builds (a worker cannot load the TypeScript source): a worker thread reads files and then assesses
 * accounts beside this one. The same lines and warnings, in the same order; whatever the worker was to do but did
 * not (it failed) is done here.
 */
export async function scorePathsParallel(
  paths: string[],
  warn = (m: string) => console.error(m),
  lists: ListOptions = {},
  /** Told how many files the worker read and how many accounts it assessed (tests). */
  report?: (files: number, accounts: number) => void,
) {
  const inputs = listInputs(paths);
  const list = inputs.flatMap((i) => ('file' in i ? [i.file] : []));
  if (list.length < PARALLEL_FROM || availableParallelism() < 2 || !import.meta.url.endsWith('.mjs'))
    return scoreObservations(readPaths(paths, warn), lists);
  const results: (FileResult | undefined)[] = new Array(list.length);
  const counter = new SharedArrayBuffer(4);
  const job: WorkerJob = { scoreFiles: list, counter };
  const worker = new Worker(new URL(import.meta.url), { workerData: job });
  try {
    const fromWorker = nextMessage<[number, FileResult][]>(worker);
    readClaimed(list, new Int32Array(counter), (i, r) => {
      results[i] = r;
    });
    const done = (await fromWorker) ?? [];
    for (const [i, r] of done) results[i] = r;
    for (let i = 0; i < list.length; i++) results[i] ??= readOne(list[i]!);
    const groups = [...groupVisits(collect(inputs, results as FileResult[], warn))];
    if (lists.lookupList || lists.lookupDomain || groups.length > MAX_SHARED_ACCOUNTS) {
      report?.(done.length, 0);
      return scoreGroups(groups, lists);
    }
    // The worker may take accounts from the later half (sent to it), from the end; this thread takes them from the
    // start, into that half too when the worker is slow (other jobs on the machine).
    const from = Math.floor(groups.length / 2);
    const state = new Int32Array(new SharedArrayBuffer(4));
    state[0] = groups.length << 16;
    const fromWorkerLines = nextMessage<[number, ScoreLine][]>(worker);
    worker.postMessage({ groups: groups.slice(from), from, state: state.buffer } satisfies AssessJob);
    const lines: (ScoreLine | undefined)[] = new Array(groups.length);
    for (let i = claimFront(state); i >= 0; i = claimFront(state)) lines[i] = scoreGroups([groups[i]!], lists)[0];
    const byWorker = (await fromWorkerLines) ?? [];
    for (const [i, line] of byWorker) lines[i] = line;
    report?.(done.length, byWorker.length);
    return lines.map((l, i) => l ?? scoreGroups([groups[i]!], lists)[0]!);
  } finally {
    await worker.terminate();
  }
}

/** What the lists given with `--list` add to assess(). */
export type ListOptions = Pick<AssessOptions, 'lookupList' | 'lookupDomain'>;

export type ScoreLine = ReturnType<typeof scoreGroups>[number];

/** One line per account (a history from groupVisits), its latest visit scored against the rest. */
function scoreGroups(groups: Iterable<[string, Observation[]]>, lists: ListOptions = {}) {
  const lines = [];
  for (const [handle, visits] of groups) {
    const last = visits[visits.length - 1]!;
    // Ages and recencies are measured from the latest capture's own time (assess uses obs.observedAt).
    const a = assess(last, { ...lists, history: visits.slice(0, -1) });
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

/** One line per account: captures of one account are one history, the latest visit scored against the rest. */
export function scoreObservations(all: readonly Observation[], lists: ListOptions = {}) {
  return scoreGroups(groupVisits(all), lists);
}

export function scorePaths(paths: string[], warn = (m: string) => console.error(m), lists: ListOptions = {}) {
  return scoreObservations(readPaths(paths, warn), lists);
}

/** How `--list` reaches the network: Node's fetch (30 s at most) and resolver, fakes under test. */
export interface ListDeps {
  fetcher?: Fetcher;
  /** The addresses a host name resolves to. */
  resolve?: (host: string) => Promise<string[]>;
}

const nodeFetch: Fetcher = (url, init) => fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
const nodeResolve = async (host: string) => (await dnsLookup(host, { all: true })).map((a) => a.address);

/**
 * One `--list` argument as a list: an https URL (the extension's rules, and its host must not resolve to a private
 * address: unlike the extension, Node can ask), or a file; either format, by content. Throws InputError with a
 * one-line reason.
 */
export async function loadList(arg: string, deps: ListDeps = {}): Promise<{ list: AccountList; errors: string[] }> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) {
    let url: string;
    try {
      url = checkUrl(arg);
    } catch (e) {
      throw new InputError(e instanceof TypeError ? 'not a valid URL' : (e as Error).message);
    }
    const host = new URL(url).hostname;
    if (!host.startsWith('[') && !/^[\d.]+$/.test(host)) {
      let addresses: string[];
      try {
        addresses = await (deps.resolve ?? nodeResolve)(host);
      } catch (e) {
        throw new InputError(`cannot resolve ${host} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      }
      if (!addresses.length || addresses.some(privateAddress))
        throw new InputError(`${host} resolves to a local or private address; lists come from public hosts only`);
    }
    try {
      return await fetchList(url, deps.fetcher ?? nodeFetch);
    } catch (e) {
      throw new InputError(reason(e));
    }
  }
  let size: number;
  try {
    const st = statSync(arg);
    if (st.isDirectory()) throw new InputError('a folder, not a list file');
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : `cannot be opened (${code ?? 'error'})`);
  }
  if (size > MAX_LIST_BYTES) throw new InputError(`too large (the limit for a list is ${MAX_LIST_BYTES / 1e6} MB)`);
  const bytes = readFileSync(arg);
  if (bytes.subarray(0, 65536).includes(0)) throw new InputError('binary data, not a list');
  const { list, errors } = readListText(bytes.toString('utf8'));
  if (!list) throw new InputError(errors[0] ?? 'no list in it');
  return { list, errors };
}

/** The lookups of the lists, in the order given: the first list naming an account or a domain wins. */
export function listOptions(lists: readonly AccountList[]): ListOptions {
  if (!lists.length) return {};
  return { lookupList: listLookup(lists), lookupDomain: domainLookup(lists) };
}

/** The arguments: `--list` values (as `--list X` or `--list=X`) and paths; a usage error as a string. */
function parseArgs(args: readonly string[]): { lists: string[]; paths: string[] } | string {
  const lists: string[] = [];
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--list' || a.startsWith('--list=')) {
      const value = a === '--list' ? args[++i] : a.slice('--list='.length);
      if (!value || (a === '--list' && value.startsWith('-'))) return 'score: --list needs a FILE or an https URL';
      lists.push(value);
    } else if (a.startsWith('-')) return `score: unknown option ${a}`;
    else paths.push(a);
  }
  return { lists, paths };
}

/**
 * The command line: `npm run score -- [--list FILE_OR_URL]... PATH...` (through scripts/score-cli.mjs) or
 * `tsx scripts/score.ts …`. Resolves to the exit status.
 */
export async function main(argv: string[], deps: ListDeps = {}): Promise<number> {
  const args = argv.filter((a) => a !== '--');
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    console.error(`${parsed}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.paths.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const lists: AccountList[] = [];
  for (const arg of parsed.lists) {
    try {
      const { list, errors } = await loadList(arg, deps);
      if (errors.length)
        console.error(`score: --list ${arg}: ${errors.length} problem(s), those entries left out; first: ${errors[0]}`);
      lists.push(list);
    } catch (e) {
      console.error(`score: --list ${arg}: ${reason(e)}`);
      return 2;
    }
  }
  const lines = await scorePathsParallel(parsed.paths, undefined, listOptions(lists));
  for (const line of lines) console.log(JSON.stringify(line));
  return lines.length > 0 ? 0 : 1;
}

// A worker thread's argv names its own module: only the main thread is the command line.
if (isMainThread && import.meta.url === `file://${process.argv[1]}`)
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
