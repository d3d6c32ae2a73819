/**
 * Builds of the extension side by side on the fixture profiles (issue 15): each directory given gets its own
 * browser, and one more browser runs without any extension; they load the same pages in turns, as the bench's
 * profile rows do (scripts/bench/pages.ts `turnLoads`). Printed per browser: task time and main-thread CPU a load,
 * for first visits (the first pass over the profiles) and revisits (the later passes) apart, and the ratio of sums
 * against no extension with its 95 % interval (loads resampled in pairs, stats.ts `ratioInterval`).
 *
 * `npx tsx scripts/bench/per-visit.ts [--loads N] DIR...`. For a variant, build a changed tree into its own folder
 * (`npx vite build --outDir /tmp/variant`). Same-build differences between runs reach ±15 ms a load on this
 * machine, and ±5 ms between browsers of one run: compare within one run, and repeat before believing a gap.
 */

import { profiles } from '../../tests/fixtures/render';
import { startFixtureServer } from '../../tests/harness/server';
import { type BenchBrowser, launch } from './browser';
import { BADGED, turnLoads } from './pages';
import { fmt, ratioInterval, sum } from './stats';

const args = process.argv.slice(2);
const at = args.indexOf('--loads');
const loads = at >= 0 ? Number(args.splice(at, 2)[1]) : 2 * BADGED.length;
const dirs = args;
if (!dirs.length || !(loads > 0)) {
  console.error('usage: per-visit.ts [--loads N] EXTENSION_DIR...');
  process.exit(2);
}

const server = await startFixtureServer({ cases: profiles, now: Date.now(), otherHosts: 'empty-404' });
const browsers: BenchBrowser[] = [];
try {
  browsers.push(await launch(false, server.port, dirs[0]!));
  for (const d of dirs) browsers.push(await launch(true, server.port, d));
  const urls = Array.from(
    { length: loads },
    (_, i) => `https://www.tiktok.com/@${BADGED[i % BADGED.length]!.user.uniqueId}`,
  );
  const cpu: number[][] = [];
  const task = await turnLoads(browsers, urls, 3000, cpu);
  const mean = (a: number[]) => (a.length ? sum(a) / a.length : Number.NaN);
  const first = BADGED.length;
  for (const [j, t] of task.entries()) {
    const c = cpu[j] ?? [];
    const name = j === 0 ? 'no extension' : dirs[j - 1];
    console.log(
      `${name}: task ${fmt(mean(t.slice(0, first)), 1)} / ${fmt(mean(t.slice(first)), 1)} ms a load ` +
        `(first visits / revisits), CPU ${fmt(mean(c.slice(0, first)), 1)} / ${fmt(mean(c.slice(first)), 1)}; ` +
        `task with / without ${fmt(sum(t) / sum(task[0]!), 2)} (95 % ${ratioInterval(t, task[0]!)
          .map((x) => fmt(x, 2))
          .join('–')})`,
    );
  }
} finally {
  for (const b of browsers) await b.close();
  await server.close();
}
