/**
 * `npm run score` throughput: 1,000 capture files rendered from the corpus with varied handles (profile pages in
 * every era, API answers, HAR files), scored by the real command line (two threads: scripts/score.ts
 * scorePathsParallel) and in process on one thread (scorePaths), each the median of three runs, plus the parse time
 * of one profile page (src/html/lite.ts: the tree of src/html/scan.ts and the index of
 * src/html/query.ts, then the readers).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { groupVisits } from '../../src/history/visits';
import { parseHtml } from '../../src/html/lite';
import { readHtmlCapture } from '../../src/tiktok/captures';
import type { Observation } from '../../src/tiktok/observation';
import { assess } from '../../src/verdict';
import {
  type CorpusCase,
  type HistoryCase,
  histories,
  type PageFormat,
  profiles,
  renderHar,
  renderProfileHtml,
  renderUserDetail,
} from '../../tests/fixtures/render';
import { readCaptureFile, scorePaths } from '../score';
import { median, p95 } from './stats';

const ERAS: PageFormat[] = ['universal', 'sigi', 'next', 'dom-only'];

function renamed<T extends CorpusCase | HistoryCase>(c: T, suffix: string): T {
  const uniqueId = `${c.user.uniqueId}_${suffix}`.slice(0, 64);
  return { ...c, user: { ...c.user, uniqueId } };
}

export interface CaptureSet {
  dir: string;
  html: string[];
  counts: { html: number; json: number; har: number };
}

/** 1,000 files: 80% profile pages (eras in turn), 15% `/api/user/detail/` answers, 5% HAR histories. */
export function renderCaptures(dir: string, now: number, total = 1000): CaptureSet {
  mkdirSync(dir, { recursive: true });
  const pages = profiles.filter((c) => !c.statusCode);
  const counts = { html: 0, json: 0, har: 0 };
  const html: string[] = [];
  for (let i = 0; i < total; i++) {
    const kind = i % 20 === 19 ? 'har' : i % 20 >= 16 ? 'json' : 'html';
    if (kind === 'har') {
      const h = renamed(histories[i % histories.length]!, `h${i}`);
      writeFileSync(join(dir, `c${i}.har`), JSON.stringify(renderHar(h, now)));
    } else {
      const c = renamed(pages[i % pages.length]!, `v${i}`);
      if (kind === 'json') writeFileSync(join(dir, `c${i}.json`), JSON.stringify(renderUserDetail(c, now)));
      else {
        const file = join(dir, `c${i}.html`);
        writeFileSync(file, renderProfileHtml(c, { now, format: ERAS[i % ERAS.length]! }));
        html.push(file);
      }
    }
    counts[kind]++;
  }
  return { dir, html, counts };
}

export interface ScorerResult {
  files: number;
  accounts: number;
  cliMs: number;
  cliPerSec: number;
  /** The same work in this process (no process start-up, no tsx transform). */
  inProcessMs: number;
  inProcessPerSec: number;
  readMs: number;
  assessMs: number;
  parseMedianMs: number;
  parseP95Ms: number;
  readerMedianMs: number;
  pageKb: number;
}

/** Timed runs of the command line and of the in-process scorer; the median is reported (other jobs may run). */
const RUNS = 3;

export function benchScorer(set: CaptureSet, root: string): ScorerResult {
  const files = readdirSync(set.dir).length;
  const npmScore = (args: string[]) =>
    execFileSync('npm', ['run', '-s', 'score', '--', ...args], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
  // The command line as a user runs it (npm, process start, imports, every file, JSON lines out), after one run
  // that lets score-cli.mjs bundle scripts/score.ts if a source changed since its last run (it keeps the bundle).
  npmScore(['--help']);
  const cli: number[] = [];
  let out = '';
  for (let r = 0; r < RUNS; r++) {
    const c0 = performance.now();
    out = npmScore([set.dir]);
    cli.push(performance.now() - c0);
  }
  const cliMs = median(cli);
  const accounts = out.split('\n').filter((l) => l.startsWith('{')).length;

  // In process, on one thread: once to warm up the JIT, then timed, split into reading and assessing.
  scorePaths([set.dir], () => undefined);
  const inProcess: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const i0 = performance.now();
    scorePaths([set.dir], () => undefined);
    inProcess.push(performance.now() - i0);
  }
  const inProcessMs = median(inProcess);
  const r0 = performance.now();
  const all: Observation[] = [];
  for (const f of readdirSync(set.dir)) {
    try {
      all.push(...readCaptureFile(join(set.dir, f)));
    } catch {
      // counted by scorePaths' warnings; nothing to time
    }
  }
  const readMs = performance.now() - r0;
  const a0 = performance.now();
  for (const [, visits] of groupVisits(all)) assess(visits[visits.length - 1]!, { history: visits.slice(0, -1) });
  const assessMs = performance.now() - a0;

  // Parse time per profile page: src/html/lite.ts's parse alone, and the readers on the parsed document.
  const parse: number[] = [];
  const reader: number[] = [];
  let bytes = 0;
  for (const file of set.html) {
    const text = readFileSync(file, 'utf8');
    bytes += text.length;
    const t0 = performance.now();
    const doc = parseHtml(text);
    const t1 = performance.now();
    readHtmlCapture(text, () => doc, Date.now());
    const t2 = performance.now();
    parse.push(t1 - t0);
    reader.push(t2 - t1);
  }
  return {
    files,
    accounts,
    cliMs,
    cliPerSec: (files / cliMs) * 1000,
    inProcessMs,
    inProcessPerSec: (files / inProcessMs) * 1000,
    readMs,
    assessMs,
    parseMedianMs: median(parse.map((p, i) => p + reader[i]!)),
    parseP95Ms: p95(parse.map((p, i) => p + reader[i]!)),
    readerMedianMs: median(reader),
    pageKb: bytes / set.html.length / 1024,
  };
}
