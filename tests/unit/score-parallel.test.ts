/**
 * `npm run score` on many files reads them on two threads (scripts/score.ts readPathsParallel, in the bundle
 * scripts/score-cli.mjs runs): the same account lines and the same warnings, in the same order, as reading them
 * all on one thread (scorePaths), and the worker does read some of them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { renderCaptures } from '../../scripts/bench/scorer';
import { scoreObservations, scorePaths } from '../../scripts/score';

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

describe.skipIf(availableParallelism() < 2)('npm run score on two threads', () => {
  const warnings: string[] = [];
  const want = scorePaths(paths, (m) => warnings.push(m));

  it('reads what one thread reads, warnings in the same order, with the worker reading some files', async () => {
    const { readPathsParallel } = await import(pathToFileURL(BUNDLE).href);
    const got: string[] = [];
    let byWorker = -1;
    const read = await readPathsParallel(
      paths,
      (m: string) => got.push(m),
      (n: number) => (byWorker = n),
    );
    expect(got).toEqual(warnings);
    expect(warnings).toHaveLength(3);
    expect(scoreObservations(read)).toEqual(want);
    expect(byWorker).toBeGreaterThan(0);
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
