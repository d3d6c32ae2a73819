/**
 * Every Chromium process's CPU per profile load (issue 15), not only the page's renderer: the page's task time is
 * wall time, and on a 2-core machine it grows when the extension's service worker and the browser process take the
 * cores while the page lays out. Each browser's process tree is read from /proc (Linux only): the CPU time of every
 * thread (`/proc/<pid>/task/<tid>/schedstat`, ns) from just before navigation to 3 s after DOMContentLoaded, summed by
 * process kind — the browser, the page's renderer(s), the extension's process (its service worker), the GPU and
 * utility processes — beside the page's main-thread task time and CPU (CDP `Performance.getMetrics`).
 *
 * `npx tsx scripts/bench/process-cpu.ts [--real] [--threads] [--loads N] [EXTENSION_DIR…]`: no extension, the minimal
 * badge extension (minimal-extension.ts) and each given build, taking turns load by load (`--threads`: by thread
 * name too; the worker's own thread is `ext:ServiceWorker t`). Loads go through the fixture profiles, each visited
 * once first (`--first`: not), so the measured loads are revisits with the worker warm. Dev only: a figure in one
 * run is compared only with the other columns of that run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startFixtureServer } from '../../tests/harness/server';
import { type BenchBrowser, launch } from './browser';
import { writeMinimalExtension } from './minimal-extension';
import { BADGED, REAL_CAPTURE, realCapturePage } from './pages';

const args = process.argv.slice(2);
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--loads');
const real = args.includes('--real');
const threads = args.includes('--threads');
const n = Number(args[args.indexOf('--loads') + 1]) || 18;

const read = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // the process or thread ended meanwhile
  }
};
const pids = (): number[] =>
  readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number);
/** The parent pid (the fourth field of /proc/<pid>/stat, after the command's name in parentheses). */
const parentOf = (pid: number): number =>
  Number(
    read(`/proc/${pid}/stat`)
      .replace(/^.*\) /s, '')
      .split(' ')[1],
  );
/** Chromium's browser processes: no `--type=` switch (a child rewrites its command line with spaces). */
const browserPids = (): Set<number> =>
  new Set(
    pids().filter((p) => {
      const c = read(`/proc/${p}/cmdline`);
      return c.includes('chromium') && !c.includes('--type=') && c.includes('--remote-debugging-pipe');
    }),
  );

function kindOf(pid: number): string {
  const c = read(`/proc/${pid}/cmdline`).split(/[\0 ]/);
  const type = c.find((a) => a.startsWith('--type='))?.slice(7);
  if (!type) return 'browser';
  if (type === 'renderer') return c.includes('--extension-process') ? 'extension' : 'renderer';
  return type;
}

/** CPU ns so far of every thread in the browser's process tree, by process kind (and `kind:thread` with --threads). */
function sample(root: number): Map<string, number> {
  const all = pids();
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all)
      if (!tree.has(p) && tree.has(parentOf(p))) {
        tree.add(p);
        grew = true;
      }
  }
  const out = new Map<string, number>();
  const add = (k: string, v: number) => out.set(k, (out.get(k) ?? 0) + v);
  for (const p of tree) {
    const kind = kindOf(p);
    let tids: string[] = [];
    try {
      tids = readdirSync(`/proc/${p}/task`);
    } catch {
      continue;
    }
    for (const t of tids) {
      const ns = Number(read(`/proc/${p}/task/${t}/schedstat`).split(' ')[0] || 0);
      add(kind, ns);
      if (threads) add(`${kind}:${read(`/proc/${p}/task/${t}/comm`).trim().replace(/\d+$/, '')}`, ns);
    }
  }
  return out;
}

async function pageTimes(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return {
    async now() {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
      return { task: ms('TaskDuration'), cpu: ms('ThreadTime') };
    },
    detach: () => cdp.detach().catch(() => undefined),
  };
}

const capture = realCapturePage();
const server = await startFixtureServer({
  cases: BADGED,
  otherHosts: 'empty-404',
  ...(real && capture ? { pages: new Map([[`/@${REAL_CAPTURE.handle}`, capture]]) } : {}),
});
const names = ['none', 'minimal', ...dirs];
const browsers: { b: BenchBrowser; pid: number }[] = [];
for (const name of names) {
  const before = browserPids();
  const b =
    name === 'none'
      ? await launch(false, server.port, '.')
      : await launch(true, server.port, name === 'minimal' ? writeMinimalExtension() : resolve(name));
  const pid = [...browserPids()].find((p) => !before.has(p));
  if (pid === undefined) throw new Error(`no browser process found for ${name}`);
  browsers.push({ b, pid });
}
const urlOf = (i: number) =>
  `https://www.tiktok.com/@${real ? REAL_CAPTURE.handle : BADGED[i % BADGED.length]!.user.uniqueId}`;
const visit = async (b: BenchBrowser, url: string, ms: number) => {
  const page = await b.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(ms);
  await page.close();
};
for (const { b } of browsers) {
  await visit(b, 'https://www.tiktok.com/', 500);
  if (!args.includes('--first')) for (let i = 0; i < (real ? 1 : BADGED.length); i++) await visit(b, urlOf(i), 1000);
}

const totals = browsers.map(() => new Map<string, number>());
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
for (let i = 0; i < n; i++) {
  // Taking turns, the order rotating: a burst of other work on the machine reaches every browser alike.
  for (let k = 0; k < browsers.length; k++) {
    const j = (i + k) % browsers.length;
    const { b, pid } = browsers[j]!;
    const page = await b.context.newPage();
    const times = await pageTimes(page);
    const t0 = await times.now();
    const s0 = sample(pid);
    await page.goto(urlOf(i), { waitUntil: 'domcontentloaded' });
    await page.waitForTimeout(3000);
    const s1 = sample(pid);
    const t1 = await times.now();
    await times.detach();
    await page.close();
    const m = totals[j]!;
    add(m, 'page task', t1.task - t0.task);
    add(m, 'page CPU', t1.cpu - t0.cpu);
    for (const [k, v] of s1) add(m, k, (v - (s0.get(k) ?? 0)) / 1e6);
  }
}

const keys = [...new Set(totals.flatMap((m) => [...m.keys()]))].sort(
  (a, b) => Number(a.includes(':')) - Number(b.includes(':')) || a.localeCompare(b),
);
const col = (s: string) => s.slice(-16).padStart(17);
console.log(
  `CPU ms per load (${n} loads each${real ? ', real capture' : ''}), navigation to 3 s after DOMContentLoaded`,
);
console.log('process'.padEnd(30) + names.map(col).join(''));
for (const k of keys) {
  const row = totals.map((m) => (m.get(k) ?? 0) / n);
  if (row.every((x) => x < 0.5)) continue;
  console.log(k.padEnd(30) + row.map((x) => col(x.toFixed(1))).join(''));
}
const all = totals.map((m) =>
  [...m].filter(([k]) => !k.includes(':') && !k.startsWith('page')).reduce((s, [, v]) => s + v, 0),
);
console.log('all processes'.padEnd(30) + all.map((x) => col((x / n).toFixed(1))).join(''));
for (const { b } of browsers) await b.close();
await server.close();
process.exit(0);
