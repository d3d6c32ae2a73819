/**
 * Where a profile load's main-thread time goes (issue 15): a CDP `Tracing` recording of the page's renderer from
 * navigation to 3 s after DOMContentLoaded, every trace event's self time attributed to the script it ran under
 * (the nearest enclosing `EvaluateScript`, `FunctionCall`, `v8.compile`… that names a URL: the page's, or one of
 * the extension's files), else to the event itself (style, layout, parsing, paint).
 *
 * `npx tsx scripts/bench/trace.ts [--real] [--loads N] [EXTENSION_DIR]`: the same loads with the extension, with
 * the empty extension (scripts/bench/empty-extension.ts) and without any, and the top rows of each.
 */
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { startFixtureServer } from '../../tests/harness/server';
import { type BenchBrowser, launch } from './browser';
import { writeEmptyExtension } from './empty-extension';
import { BADGED, mutationStorm, REAL_CAPTURE, realCapturePage } from './pages';
import { fmt } from './stats';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string; functionName?: string } };
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'loading',
].join(',');

/** Records one load and returns its renderer main-thread events. */
async function traceLoad(page: Page, url: string, afterDclMs: number): Promise<TraceEvent[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const x of e.value) events.push(x as unknown as TraceEvent);
  });
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(afterDclMs);
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach().catch(() => undefined);
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return events.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
}

/** Which script an event ran under: 'ext:<file>', 'page', or undefined (no URL). */
function scriptOf(e: TraceEvent): string | undefined {
  const url = e.args?.data?.url || e.args?.data?.scriptName;
  if (!url) return undefined;
  const m = /^chrome-extension:\/\/[^/]+\/(.*)$/.exec(url);
  return m ? `ext:${m[1]}` : 'page';
}

/** Self time per "script | event" key, in ms, over the events (nested by time on one thread). */
export function attribute(events: TraceEvent[]): { total: number; rows: Map<string, number> } {
  const rows = new Map<string, number>();
  let total = 0;
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`;
    byThread.set(k, [...(byThread.get(k) ?? []), e]);
  }
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const stack: { e: TraceEvent; end: number; child: number; script: string | undefined }[] = [];
    const close = (upTo: number) => {
      while (stack.length && stack[stack.length - 1]!.end <= upTo) {
        const top = stack.pop()!;
        const self = ((top.e.dur ?? 0) - top.child) / 1000;
        const key = `${top.script ?? '-'} | ${top.e.name}`;
        rows.set(key, (rows.get(key) ?? 0) + self);
      }
    };
    for (const e of list) {
      close(e.ts);
      const parent = stack[stack.length - 1];
      if (parent) parent.child += e.dur ?? 0;
      else if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') total += (e.dur ?? 0) / 1000;
      stack.push({ e, end: e.ts + (e.dur ?? 0), child: 0, script: scriptOf(e) ?? parent?.script });
    }
    close(Number.POSITIVE_INFINITY);
  }
  return { total, rows };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/**
 * One load (or, with `run`, whatever `run` does on the page) under V8's sampling profiler: self and inclusive ms
 * per extension function (`file:function:line`).
 */
async function profileLoad(
  page: Page,
  url: string,
  afterDclMs: number,
  run?: (page: Page) => Promise<unknown>,
): Promise<Map<string, number>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  if (run) await run(page);
  else await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(afterDclMs);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  await cdp.detach().catch(() => undefined);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n: ProfileNode) => {
    const f = n.callFrame;
    if (!f.url.startsWith('chrome-extension://')) return undefined;
    return `${f.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}:${f.functionName || '(anon)'}:${f.lineNumber + 1}`;
  };
  const out = new Map<string, number>();
  const add = (k: string, ms: number) => out.set(k, (out.get(k) ?? 0) + ms);
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const n = byId.get(id);
    const self = n && keyOf(n);
    if (self) add(`self ${self}`, ms);
    // Inclusive: every extension function on the sampled stack, once each.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      const k = node && keyOf(node);
      if (k && !seen.has(k)) {
        seen.add(k);
        add(`incl ${k}`, ms);
      }
    }
    if (seen.size) add('incl (any extension code)', ms);
  });
  return out;
}

async function loads(b: BenchBrowser, urls: string[]): Promise<{ total: number; rows: Map<string, number> }> {
  const sum = new Map<string, number>();
  let total = 0;
  const warm = await b.context.newPage();
  await warm.goto('https://www.tiktok.com/', { waitUntil: 'load' });
  await warm.close();
  for (const url of urls) {
    const page = await b.context.newPage();
    try {
      if (STORM) {
        const storm = (p: Page) => mutationStorm(b, BADGED.slice(0, 4), Date.now(), 2500, p);
        for (const [k, v] of await profileLoad(page, url, 0, storm)) sum.set(k, (sum.get(k) ?? 0) + v);
        continue;
      }
      if (PROFILE) {
        for (const [k, v] of await profileLoad(page, url, 3000)) sum.set(k, (sum.get(k) ?? 0) + v);
        continue;
      }
      const r = attribute(await traceLoad(page, url, 3000));
      total += r.total;
      for (const [k, v] of r.rows) sum.set(k, (sum.get(k) ?? 0) + v);
    } finally {
      await page.close();
    }
  }
  return { total, rows: sum };
}

const args = process.argv.slice(2);
/** `--profile`: V8's sampling profiler per extension function instead of the trace (build with `--minify false`). */
const PROFILE = args.includes('--profile') || args.includes('--storm');
/** `--storm`: the profile of the 5,000-card feed storm (scripts/bench/pages.ts `mutationStorm`) instead of loads. */
const STORM = args.includes('--storm');

async function main(): Promise<void> {
  const real = args.includes('--real');
  const n = Number(args[args.indexOf('--loads') + 1]) || 6;
  const dir = resolve(args.find((a) => !a.startsWith('--') && Number.isNaN(Number(a))) ?? 'dist/chrome');
  const server = await startFixtureServer({ cases: BADGED, otherHosts: 'empty-404' });
  const urls: string[] = [];
  for (let i = 0; i < n; i++) {
    if (real) urls.push(`https://www.tiktok.com/@${REAL_CAPTURE.handle}`);
    else urls.push(`https://www.tiktok.com/@${BADGED[i % BADGED.length]!.user.uniqueId}`);
  }
  const capture = realCapturePage();
  if (real && !capture) throw new Error('the real capture is missing (../shared/real-captures)');
  if (capture) server.serve(`/@${REAL_CAPTURE.handle}`, capture);
  const empty = writeEmptyExtension();
  const results: [string, { total: number; rows: Map<string, number> }][] = [];
  const runs = [
    ['extension', dir],
    ['empty', empty],
    ['none', undefined],
  ] as const;
  for (const [name, ext] of PROFILE ? runs.slice(0, 1) : runs) {
    const b = await launch(ext !== undefined, server.port, ext ?? dir);
    try {
      results.push([name, await loads(b, urls)]);
    } finally {
      await b.close();
    }
  }
  await server.close();
  const keys = new Set(results.flatMap(([, r]) => [...r.rows.keys()]));
  const lines = [...keys]
    .map((k) => ({ k, v: results.map(([, r]) => (r.rows.get(k) ?? 0) / n) }))
    .filter((x) => Math.max(...x.v) >= 0.3 || x.k.startsWith('ext:'))
    .sort((a, b) => b.v[0]! - (b.v[2] ?? 0) - (a.v[0]! - (a.v[2] ?? 0)));
  console.log(`per load (ms), ${n} loads${real ? ' of the real capture' : ''}: ${results.map(([k]) => k).join(' / ')}`);
  console.log(`RunTask total: ${results.map(([, r]) => fmt(r.total / n, 1)).join(' / ')}`);
  for (const { k, v } of lines) console.log(`${v.map((x) => fmt(x, 2).padStart(8)).join(' ')}  ${k}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
