/**
 * `npm run bench`: what the extension costs, measured side by side with the same Chromium without any extension
 * and with an empty one (the floor: scripts/bench/empty-extension.ts) — for profile loads also with a minimal badge
 * extension (scripts/bench/minimal-extension.ts) and the main thread's CPU time — printed as one table with each budget's
 * pass/over (issues 8 and 15). Exits 1 when a budget is over or a measurement failed; `--explore` always exits 0.
 * `--only=profile,real,storm,nav,dashboard,scorer` runs some sections only (the size is always measured).
 *
 * Uses dist/chrome when it is there; otherwise builds into .tmp/bench-chrome (never into dist/, which e2e runs may
 * be copying). BENCH_EXTENSION_DIR picks another build; BENCH_OBSERVATIONS_MS caps the observation seeding (60 s).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { profiles } from '../../tests/fixtures/render';
import { startFixtureServer } from '../../tests/harness/server';
import { type BenchBrowser, launch } from './browser';
import { benchDashboard } from './dashboard';
import { writeEmptyExtension } from './empty-extension';
import { writeMinimalExtension } from './minimal-extension';
import {
  BADGED,
  type BadgeResult,
  badgeLoads,
  inAppNavigations,
  mutationStorm,
  REAL_CAPTURE,
  realCapturePage,
  turnLoads,
} from './pages';
import { benchScorer, renderCaptures } from './scorer';
import { contentScriptFiles } from './size';
import { budgetRow, fmt, infoRow, median, p95, type Row, ratioInterval, sum, table } from './stats';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Profile loads per browser: at least 20 pages (issue 15), every fixture profile at least once. */
const LOADS = Math.max(20, BADGED.length);
const REAL_LOADS = 20;
const BADGE_LOADS = 20;
/** Storm runs per browser: single runs varied by ±20 % on the 2-core machine (session 4 traces), two were too few. */
const STORM_RUNS = 4;
const args = process.argv.slice(2);
const EXPLORE = args.includes('--explore');
const ONLY = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (section: string) => !ONLY || ONLY.includes(section);
const NAVIGATIONS = 20;

function extensionDir(): string {
  if (process.env.BENCH_EXTENSION_DIR) return resolve(process.env.BENCH_EXTENSION_DIR);
  const dist = join(ROOT, 'dist/chrome');
  if (existsSync(join(dist, 'manifest.json'))) return dist;
  const out = join(ROOT, '.tmp/bench-chrome');
  console.error(`[bench] no dist/chrome: building into ${out}`);
  execFileSync('npx', ['vite', 'build', '--outDir', out], { cwd: ROOT, stdio: 'inherit' });
  return out;
}

const rows: Row[] = [];
const details: string[] = [];
const log = (m: string) => console.error(`[bench] ${m}`);

async function section(name: string, f: () => Promise<void> | void): Promise<void> {
  const t0 = Date.now();
  log(`${name}…`);
  try {
    await f();
  } catch (e) {
    rows.push({
      metric: name,
      measured: 'error',
      budget: '',
      status: 'error',
      note: String((e as Error).message).slice(0, 120),
    });
  }
  log(`${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

async function main(): Promise<boolean> {
  const started = Date.now();
  const now = Date.now();
  const dir = extensionDir();
  log(`extension: ${dir}`);

  await section('content-script size', () => {
    const files = contentScriptFiles(dir);
    const raw = sum(files.map((f) => f.raw));
    const gz = sum(files.map((f) => f.gzip));
    rows.push(
      budgetRow(
        'content-script JS, gzipped',
        gz,
        `${fmt(gz / 1024, 1)} KB`,
        { max: 20 * 1024, text: '<= 20 KB' },
        `${files.length} files`,
      ),
      infoRow(
        'content-script JS, raw',
        `${fmt(raw / 1024, 1)} KB`,
        files.map((f) => `${f.file} ${fmt(f.raw)} B / ${fmt(f.gzip)} B gz`).join('; '),
      ),
    );
  });

  const server = await startFixtureServer({ cases: profiles, now, otherHosts: 'empty-404' });
  const capture = realCapturePage();
  if (capture) server.serve(`/@${REAL_CAPTURE.handle}`, capture);
  const emptyDir = writeEmptyExtension();
  const minimalDir = writeMinimalExtension();
  let ext: BenchBrowser | undefined;
  let minimal: BenchBrowser | undefined;
  let plain: BenchBrowser | undefined;
  let empty: BenchBrowser | undefined;
  let fresh: BenchBrowser | undefined;
  try {
    ext = await launch(true, server.port, dir);
    empty = await launch(true, server.port, emptyDir);
    plain = await launch(false, server.port, dir);
    minimal = await launch(true, server.port, minimalDir);
    const withExt = ext;
    const withMinimal = minimal;
    const trio = [ext, empty, plain];
    const quartet = [ext, empty, plain, minimal];

    /**
     * Task time of the same pages in the four browsers, in turns: one budget row against none, one against empty,
     * one against the minimal badge (minimal-extension.ts); and the main thread's CPU time of the same loads.
     */
    const turns = async (what: string, urls: string[]) => {
      const cpuLists: number[][] = [];
      const loads = await turnLoads(quartet, urls, 3000, cpuLists);
      const [a, e, n, m] = loads.map(sum) as [number, number, number, number];
      const [lo, hi] = ratioInterval(loads[0]!, loads[2]!);
      const [ca, ce, cn, cm] = cpuLists.map(sum) as [number, number, number, number];
      const per = (x: number) => fmt(x / urls.length, 1);
      rows.push(
        budgetRow(
          `${what}: task time with / without extension`,
          a / n,
          fmt(a / n, 2),
          { max: 1.1, text: '<= 1.10' },
          `ratio of sums over ${urls.length} loads (95 % interval ${fmt(lo, 2)}–${fmt(hi, 2)}, loads resampled); ${per(a)} vs ${per(n)} ms a load (navigation to DCL + 3 s)`,
        ),
        infoRow(
          `${what}: task time with / empty extension`,
          fmt(a / e, 2),
          `empty / without ${fmt(e / n, 2)}; empty ${per(e)} ms a load`,
        ),
        infoRow(
          `${what}: task time with / minimal badge extension`,
          fmt(a / m, 2),
          `minimal / without ${fmt(m / n, 2)}; minimal ${per(m)} ms a load (round trips and one badge, no reading)`,
        ),
        infoRow(
          `${what}: main-thread CPU with / without extension`,
          fmt(ca / cn, 2),
          `${per(ca)} vs ${per(cn)} ms a load; empty / without ${fmt(ce / cn, 2)}, minimal / without ${fmt(cm / cn, 2)}`,
        ),
      );
    };

    if (wanted('profile'))
      await section('profile pages (fixtures)', () =>
        turns(
          'profile loads, fixtures',
          Array.from(
            { length: LOADS },
            (_, i) => `https://www.tiktok.com/@${BADGED[i % BADGED.length]!.user.uniqueId}`,
          ),
        ),
      );

    if (wanted('real'))
      await section('profile page (real capture)', async () => {
        if (!capture) throw new Error(`${REAL_CAPTURE.file} not found (../shared/real-captures)`);
        await turns(
          `profile loads, real capture @${REAL_CAPTURE.handle}`,
          Array.from({ length: REAL_LOADS }, () => `https://www.tiktok.com/@${REAL_CAPTURE.handle}`),
        );
      });

    if (wanted('profile'))
      await section('badge latency', async () => {
        // Ours and the minimal badge extension (the floor: one page message at DCL, one pill) in alternating
        // halves, so that a burst of other work on the machine reaches both. Ours has seen these accounts in the
        // task-time loads above: its cached verdict may go up before this visit is read (a revisit).
        const half = Math.ceil(BADGE_LOADS / 2);
        const a: BadgeResult[] = [];
        const floor: BadgeResult[] = [];
        for (let k = 0; k < 2; k++) {
          a.push(...(await badgeLoads(withExt, half)));
          floor.push(...(await badgeLoads(withMinimal, half)));
        }
        const badge = a.flatMap((r) => (r.badgeMs === undefined ? [] : [r.badgeMs]));
        const floorMs = floor.flatMap((r) => (r.badgeMs === undefined ? [] : [r.badgeMs]));
        const wrong = a.filter((r) => !r.expected).map((r) => `@${r.handle}=${r.verdict ?? 'none'}`);
        rows.push(
          budgetRow(
            'badge after DOMContentLoaded, median',
            wrong.length ? Number.NaN : median(badge),
            `${fmt(median(badge))} ms`,
            { max: 50, text: '<= 50 ms' },
            `revisits (accounts seen in the loads above); p95 ${fmt(p95(badge))} ms; ${badge.length}/${a.length} loads badged${wrong.length ? `; unexpected: ${wrong.join(' ')}` : ''}`,
          ),
        );
        rows.push(
          infoRow(
            'badge after DOMContentLoaded, minimal badge extension, median',
            `${fmt(median(floorMs))} ms`,
            `p95 ${fmt(p95(floorMs))} ms; ${floorMs.length}/${floor.length} loads badged (the floor: a fixed verdict, no reading)`,
          ),
        );
        // First visits: a browser whose extension has seen none of the accounts, so each badge waits for the
        // page to be read and assessed (once per account: BADGED's loads, no repeats).
        const first = await launch(true, server.port, dir);
        let firstMs: number[] = [];
        try {
          const loads = await badgeLoads(first, BADGED.length);
          firstMs = loads.flatMap((r) => (r.badgeMs === undefined ? [] : [r.badgeMs]));
        } finally {
          await first.close();
        }
        rows.push(
          infoRow(
            'badge after DOMContentLoaded, first visit (nothing cached), median',
            `${fmt(median(firstMs))} ms`,
            `p95 ${fmt(p95(firstMs))} ms; ${firstMs.length}/${BADGED.length} loads badged, each account once, in a browser whose extension had seen none`,
          ),
        );
        details.push(
          `badge loads (ms after DCL): ${a.map((r) => `${r.handle} ${r.badgeMs === undefined ? '-' : fmt(r.badgeMs)}`).join(', ')}`,
        );
      });

    if (wanted('storm'))
      await section('mutation storm', async () => {
        const runs: Awaited<ReturnType<typeof mutationStorm>>[][] = [[], [], []];
        for (let i = 0; i < STORM_RUNS; i++)
          for (const [j, b] of trio.entries()) runs[j]!.push(await mutationStorm(b, BADGED.slice(0, 4), now));
        const [a, e, n] = runs.map((r) => sum(r.map((x) => x.taskMs))) as [number, number, number];
        const [ra, re, rn] = runs as [(typeof runs)[0], (typeof runs)[0], (typeof runs)[0]];
        const cpu = (r: (typeof runs)[0]) => sum(r.map((x) => x.cpuMs));
        rows.push(
          budgetRow(
            '5,000-card feed storm: task time with / without extension',
            a / n,
            fmt(a / n, 2),
            { max: 1.1, text: '<= 1.10' },
            `ratio of sums over ${STORM_RUNS} runs; ${fmt(a / STORM_RUNS)} vs ${fmt(n / STORM_RUNS)} ms a run; insertions took ${fmt(median(ra.map((r) => r.insertMs)))} vs ${fmt(median(rn.map((r) => r.insertMs)))} ms; longest task ${fmt(Math.max(...ra.map((r) => r.longestTaskMs)))} vs ${fmt(Math.max(...rn.map((r) => r.longestTaskMs)))} ms; ${ra[0]?.badges ?? 0} badges`,
          ),
          infoRow(
            '5,000-card feed storm: task time with / empty extension',
            fmt(a / e, 2),
            `empty / without ${fmt(e / n, 2)}; empty ${fmt(e / STORM_RUNS)} ms a run (${re[0]?.badges ?? 0} badges)`,
          ),
          infoRow(
            '5,000-card feed storm: main-thread CPU with / without extension',
            fmt(cpu(ra) / cpu(rn), 2),
            `${fmt(cpu(ra) / STORM_RUNS)} vs ${fmt(cpu(rn) / STORM_RUNS)} ms a run; empty / without ${fmt(cpu(re) / cpu(rn), 2)}`,
          ),
        );
      });

    await empty.close();
    empty = undefined;
    await minimal.close();
    minimal = undefined;
    await ext.close();
    ext = undefined;
    fresh = await launch(true, server.port, dir);
    const nav = fresh;
    if (wanted('nav'))
      await section('in-app navigation', async () => {
        const r = await inAppNavigations(nav, NAVIGATIONS, now);
        const ms = r.flatMap((x) => (x.ms === null ? [] : [x.ms]));
        rows.push(
          infoRow(
            'header render to correct badge, in-app navigation',
            `${fmt(median(ms))} ms median`,
            `p95 ${fmt(p95(ms))} ms, max ${fmt(Math.max(...ms))} ms; ${ms.length}/${r.length} reached the expected verdict within 5 s (first visits)`,
          ),
        );
        details.push(
          `in-app navigations (ms): ${r.map((x) => `@${x.to} ${x.ms === null ? 'timeout' : fmt(x.ms)}`).join(', ')}`,
        );
      });

    if (wanted('dashboard'))
      await section('dashboard', async () => {
        const budget = Number(process.env.BENCH_OBSERVATIONS_MS ?? 60_000);
        const d = await benchDashboard(nav, now, budget);
        const searches = d.search.filter((s) => s.query !== '');
        const clear = d.search.find((s) => s.query === '');
        const searchMs = median(searches.map((s) => s.ms));
        const seeded = `${fmt(d.accounts)} accounts, ${fmt(d.observations)} observations`;
        rows.push(
          budgetRow(
            'dashboard first render (first rows)',
            d.firstRowsMs ?? Number.NaN,
            `${fmt(d.firstRowsMs ?? Number.NaN)} ms`,
            { max: 300, text: '<= 300 ms' },
            `${seeded}; navigation start to the first screenful`,
          ),
          infoRow(
            'dashboard, every account listed',
            `${fmt(d.allRowsMs ?? Number.NaN)} ms`,
            `growth column filled at ${fmt(d.growthMs ?? Number.NaN)} ms`,
          ),
          budgetRow(
            'dashboard search, median',
            searchMs,
            `${fmt(searchMs, 1)} ms`,
            { max: 50, text: '<= 50 ms' },
            `${searches.map((s) => `"${s.query}" ${fmt(s.ms, 1)} ms (${s.shown.replace(/ accounts$/, '')})`).join('; ')}; clearing the search ${fmt(clear?.ms ?? Number.NaN, 1)} ms`,
          ),
          infoRow(
            'dashboard seeding (IndexedDB)',
            `${fmt(d.observations)} observations`,
            `accounts ${fmt(d.seedAccountsMs / 1000, 1)} s, observations ${fmt(d.seedObservationsMs / 1000, 1)} s (capped at ${fmt(budget / 1000)} s)`,
          ),
        );
      });
  } finally {
    await ext?.close();
    await empty?.close();
    await minimal?.close();
    await plain?.close();
    await fresh?.close();
    await server.close();
    rmSync(emptyDir, { recursive: true, force: true });
    rmSync(minimalDir, { recursive: true, force: true });
  }

  if (wanted('scorer'))
    await section('scorer', () => {
      const tmp = mkdtempSync(join(tmpdir(), 'provenance-lens-captures-'));
      try {
        const set = renderCaptures(tmp, now, 1000);
        const r = benchScorer(set, ROOT);
        rows.push(
          budgetRow(
            '`npm run score`, 1,000 captures',
            r.cliPerSec,
            `${fmt(r.cliPerSec)} captures/s`,
            { min: 500, text: '>= 500/s' },
            `${fmt(r.cliMs)} ms for ${r.files} files (${set.counts.html} html, ${set.counts.json} json, ${set.counts.har} har) -> ${r.accounts} accounts`,
          ),
          infoRow(
            'scorePaths in process (warm)',
            `${fmt(r.inProcessPerSec)} captures/s`,
            `reading ${fmt(r.readMs)} ms, assessing ${fmt(r.assessMs)} ms`,
          ),
          infoRow(
            'parse time per profile page',
            `${fmt(r.parseMedianMs, 1)} ms median`,
            `p95 ${fmt(r.parseP95Ms, 1)} ms; readers alone ${fmt(r.readerMedianMs, 1)} ms; ${fmt(r.pageKb, 0)} KB pages`,
          ),
        );
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    });

  console.log(table(rows));
  console.log('');
  for (const d of details) console.log(d);
  console.log(`\nChromium ${CHROMIUM_NOTE}; ${((Date.now() - started) / 1000).toFixed(0)} s in all.`);
  const failed = rows.filter((r) => r.status === 'over' || r.status === 'error');
  if (failed.length) console.log(`${failed.length} over budget or failed: ${failed.map((r) => r.metric).join('; ')}`);
  return failed.length === 0;
}

const CHROMIUM_NOTE =
  'headless, profiles taking turns page by page: with the extension, with an empty one, with none (and, for profile loads, with a minimal badge extension)';

main()
  .then((ok) => process.exit(ok || EXPLORE ? 0 : 1))
  .catch((e) => {
    console.error('[bench] failed:', e);
    process.exit(EXPLORE ? 0 : 1);
  });
