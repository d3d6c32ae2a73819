/**
 * `npm run score` on many files reads them, then assesses the accounts, on two threads (scripts/score.ts
 * scorePathsParallel, in the bundle scripts/score-cli.mjs runs): the same account lines and the same warnings, in
 * the same order, as one thread (scorePaths), the worker doing part of both; with a list, all assessing stays in
 * the main thread (the list's lookups) and the lines equal one thread's with that list.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { renderCaptures } from '../../scripts/bench/scorer';
import { claimBack, claimFront, listOptions, loadList, scorePaths } from '../../scripts/score';
import { LIST_FORMAT } from '../../src/lists/format';

const ROOT = resolve(import.meta.dirname, '../..');
/** This file's own bundle (score-cli.mjs's is shared with whoever runs `npm run score` meanwhile). */
const BUNDLE = join(ROOT, '.tmp', `score-parallel-test-${process.pid}.mjs`);
await build({
  entryPoints: [join(ROOT, 'scripts/score.ts')],
  outfile: BUNDLE,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
const dir = mkdtempSync(join(tmpdir(), 'lens-score-parallel-'));
renderCaptures(join(dir, 'a'), Date.UTC(2026, 0, 15), 240);
mkdirSync(join(dir, 'b'));
writeFileSync(join(dir, 'b', 'broken.json'), '{');
writeFileSync(join(dir, 'b', 'empty.html'), '<p>nothing here</p>');
renderCaptures(join(dir, 'c'), Date.UTC(2026, 0, 15), 40);
const paths = [join(dir, 'a'), join(dir, 'does-not-exist'), join(dir, 'b'), join(dir, 'c')];
afterAll(() => {
  rmSync(BUNDLE, { force: true });
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(availableParallelism() < 2)('npm run score on two threads', { timeout: 60_000 }, () => {
  const warnings: string[] = [];
  const want = scorePaths(paths, (m) => warnings.push(m));

  it('reads and assesses what one thread does, warnings in the same order, the worker doing part of both', async () => {
    const { scorePathsParallel } = await import(pathToFileURL(BUNDLE).href);
    const got: string[] = [];
    const split: number[] = [];
    const lines = await scorePathsParallel(
      paths,
      (m: string) => got.push(m),
      {},
      (f: number, a: number) => split.push(f, a),
    );
    expect(got).toEqual(warnings);
    expect(warnings).toHaveLength(3);
    expect(lines).toEqual(want);
    // The worker reads some files (it starts while this thread is still listing and reading); how many accounts it
    // assesses depends on the machine's load (this thread takes them all when it is not scheduled).
    expect(split[0]).toBeGreaterThan(0);
    expect(split[1]).toBeGreaterThanOrEqual(0);
    expect(split[1]).toBeLessThanOrEqual(Math.ceil(want.length / 2));
  });

  it('with a list: the same lines as one thread with it, all assessed in the main thread', async () => {
    const { scorePathsParallel } = await import(pathToFileURL(BUNDLE).href);
    const listFile = join(dir, 'list.json');
    const handle = want[want.length - 1]!.handle;
    const entries = [{ handle, source: 'https://example.org/list' }];
    writeFileSync(
      listFile,
      JSON.stringify({ format: LIST_FORMAT, version: 1, name: 'T', updated: '2025-01-01', entries }),
    );
    const lists = listOptions([(await loadList(listFile)).list]);
    const split: number[] = [];
    const lines = await scorePathsParallel(
      paths,
      () => undefined,
      lists,
      (f: number, a: number) => split.push(f, a),
    );
    const oneThread = scorePaths(paths, () => undefined, lists);
    expect(lines).toEqual(oneThread);
    expect(oneThread.find((l) => l.handle === handle)?.signals.some((x) => x.id === 'listed-account')).toBe(true);
    expect(split[1]).toBe(0);
  });

  it('the command line prints the same lines and warnings', () => {
    const r = spawnSync(process.execPath, [BUNDLE, ...paths], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual(JSON.parse(JSON.stringify(want)));
    expect(r.stderr.trim().split('\n')).toEqual(warnings);
  });
});

describe('claiming accounts from both ends', () => {
  it('every index once, the back never below its bound, whatever the interleaving', () => {
    for (const n of [0, 1, 2, 7, 100]) {
      for (const pattern of [[0], [1], [0, 1], [0, 0, 1], [1, 1, 0]]) {
        const state = new Int32Array(new SharedArrayBuffer(4));
        state[0] = n << 16;
        const from = Math.floor(n / 2);
        const seen: number[] = [];
        for (let k = 0; ; k++) {
          const back = pattern[k % pattern.length] === 1;
          let i = back ? claimBack(state, from) : claimFront(state);
          if (back && i >= 0) expect(i).toBeGreaterThanOrEqual(from);
          if (i < 0) i = claimFront(state); // the back's share is taken or below its bound: the front goes on
          if (i < 0) break;
          seen.push(i);
        }
        expect(seen.sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
      }
    }
  });
});
