/**
 * `npm run score -- --list FILE_OR_URL PATH...` (scripts/score.ts): lists in the project's JSON format or as the
 * State Media Monitor CSV, from a file or an https URL, repeatable; a list that cannot be read is a usage error
 * (exit 2, one line). The CLI runs in its own process on captures written to a temporary folder; URL lists go
 * through a fake fetcher and resolver (no network).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { InputError, type ListDeps, loadList, main } from '../../scripts/score';
import { FETCH_INIT } from '../../src/lists/fetch';
import { LIST_FORMAT } from '../../src/lists/format';
import { SMM_NAME, SMM_URL } from '../../src/lists/smm-csv';

const ROOT = resolve(import.meta.dirname, '../..');
const SMM_CSV = resolve(ROOT, '../shared/state-media-profiles/State_Media_Matrix.csv');
const HAVE_SMM = existsSync(SMM_CSV);
if (!HAVE_SMM && process.env.CI) throw new Error(`the State Media Monitor data set is missing: ${SMM_CSV}`);

/**
 * The CLI as scripts/score-cli.mjs runs it (scripts/score.ts bundled by esbuild), from a bundle of this file's own:
 * score-cli.mjs rewrites one shared bundle on every start, which test files running side by side would race for.
 * Run directly, the bundle calls `main` itself (the last line of scripts/score.ts).
 */
const CLI = join(ROOT, '.tmp', `score-list-test-${process.pid}.mjs`);
await build({
  entryPoints: [join(ROOT, 'scripts/score.ts')],
  outfile: CLI,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
afterAll(() => rmSync(CLI, { force: true }));
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });

/** A capture as the CLI reads it: a userInfo JSON (an /api/user/detail/ answer), in a fresh temporary folder. */
function captures(accounts: { handle: string; bioLink?: string }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'lens-score-list-'));
  accounts.forEach(({ handle, bioLink }, i) => {
    const user = { uniqueId: handle, id: String(6_800_000_000_000_000_000 + i), nickname: handle, signature: '' };
    const stats = { followerCount: 12_000, followingCount: 300, heartCount: 90_000, videoCount: 140 };
    const body = { userInfo: { user: bioLink ? { ...user, bioLink: { link: bioLink } } : user, stats } };
    writeFileSync(join(dir, `${handle}.json`), JSON.stringify(body));
  });
  return dir;
}

const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map(
      (l) =>
        JSON.parse(l) as {
          handle: string;
          verdict: string;
          signals: { id: string; points: number; evidence: string }[];
        },
    );
const byHandle = (stdout: string) => new Map(lines(stdout).map((l) => [l.handle, l]));

function jsonList(name: string, entries: unknown[], extra: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'lens-list-'));
  const file = join(dir, `${name.replace(/\W/g, '_')}.json`);
  writeFileSync(
    file,
    JSON.stringify({ format: LIST_FORMAT, version: 1, name, updated: '2025-01-01', entries, ...extra }),
  );
  return file;
}

describe.skipIf(!HAVE_SMM)('--list with the State Media Monitor CSV', () => {
  it('an account named in an SC row comes out state-media, the row as evidence', () => {
    const dir = captures([{ handle: 'russian_rt' }, { handle: 'someone_plain' }]);
    const r = run('--list', SMM_CSV, dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = byHandle(r.stdout);
    const rt = out.get('russian_rt')!;
    expect(rt.verdict).toBe('state-media');
    const listed = rt.signals.find((s) => s.id === 'listed-account')!;
    expect(listed.points).toBe(100);
    expect(listed.evidence).toContain(`“${SMM_NAME}”`);
    expect(listed.evidence).toContain('State Media Monitor via ASD state-media-profiles: RT (Russia), typology SC');
    expect(out.get('someone_plain')?.verdict).toBe('clear');
    // Without the list the same capture is not state media: the call is the list's.
    expect(byHandle(run(dir).stdout).get('russian_rt')?.verdict).not.toBe('state-media');
  });

  it('CaPu is state media too, CaPr suspected at most, independent never flagged', () => {
    const dir = captures([{ handle: 'straitstimes' }, { handle: 'rukptok' }, { handle: 'abc' }, { handle: 'kan_il' }]);
    const out = byHandle(run(`--list=${SMM_CSV}`, dir).stdout);
    expect(out.get('straitstimes')?.verdict).toBe('state-media');
    expect(out.get('rukptok')?.verdict).toBe('suspected');
    for (const h of ['abc', 'kan_il']) {
      expect(out.get(h)?.verdict, h).toBe('clear');
      const listed = out.get(h)!.signals.find((s) => s.id === 'listed-account')!;
      expect(listed.points).toBe(0);
      expect(listed.evidence).toContain('publicly funded, editorially independent');
    }
  });
});

describe('--list with the project’s list format', () => {
  it('reads JSON lists, repeatable; the first list naming an account wins', () => {
    const a = jsonList('List A', [{ handle: 'team_pick', source: 'https://e.org/a', type: 'CaPr' }]);
    const b = jsonList('List B', [
      { handle: 'team_pick', source: 'https://e.org/b' },
      { handle: 'other_pick', source: 'https://e.org/c' },
    ]);
    const dir = captures([{ handle: 'team_pick' }, { handle: 'other_pick' }]);
    const r = run('--list', a, '--list', b, dir);
    expect(r.status).toBe(0);
    const out = byHandle(r.stdout);
    expect(out.get('team_pick')?.verdict).toBe('suspected');
    expect(out.get('team_pick')?.signals.find((s) => s.id === 'listed-account')?.evidence).toContain('List A');
    expect(out.get('other_pick')?.verdict).toBe('state-media');
  });

  it('names a list’s skipped entries in one line and goes on', () => {
    const list = jsonList('Half good', [{ handle: 'ok_one', source: 'https://e.org/a' }, { handle: 'nosource' }]);
    const r = run('--list', list, captures([{ handle: 'ok_one' }]));
    expect(r.status).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([
      `score: --list ${list}: 1 problem(s), those entries left out; first: entry 1 (@nosource): no usable source`,
    ]);
    expect(byHandle(r.stdout).get('ok_one')?.verdict).toBe('state-media');
  });
});

describe('a --list that cannot be read is a usage error: exit 2, one line', () => {
  const dir = captures([{ handle: 'anyone' }]);
  const oneLine = (r: ReturnType<typeof run>, text: string) => {
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([text]);
  };

  it('a missing file, a folder, a file in neither format, bad JSON, a refused list', () => {
    const missing = join(dir, 'no-such-list.csv');
    oneLine(run('--list', missing, dir), `score: --list ${missing}: no such file`);
    oneLine(run('--list', dir, dir), `score: --list ${dir}: a folder, not a list file`);
    const csv = join(dir, 'other.csv');
    writeFileSync(csv, 'name,value\na,1\n');
    oneLine(
      run('--list', csv, dir),
      `score: --list ${csv}: neither a provenance-lens/list JSON document nor the State Media Monitor CSV (by its header)`,
    );
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format": "provenance-lens/list",');
    expect(run('--list', bad, dir).stderr).toMatch(/^score: --list .*bad\.json: not valid JSON \(.*\)\n$/);
    const newer = jsonList('Newer', [], { version: 9 });
    oneLine(run('--list', newer, dir), `score: --list ${newer}: version 9 is newer than this extension reads (1)`);
  });

  it('a URL that is not https or names a private host is refused before anything is fetched', () => {
    oneLine(
      run('--list', 'http://e.org/l.json', dir),
      'score: --list http://e.org/l.json: a list URL must start with https://',
    );
    oneLine(
      run('--list', 'https://127.0.0.1/l.json', dir),
      'score: --list https://127.0.0.1/l.json: a list URL must name a public host, not a local or private address',
    );
  });

  it('--list without a value, and unknown options, still exit 2 with the usage', () => {
    const r = run(dir, '--list');
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('score: --list needs a FILE or an https URL');
    expect(r.stderr).toContain('usage: npm run score -- [--list FILE_OR_URL]... PATH...');
    expect(run('--list', '--frobnicate', dir).status).toBe(2);
    const unknown = run('--lists', 'x', dir);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe('score: unknown option --lists');
    expect(run('--help').stdout).toContain('--list FILE_OR_URL (repeatable)');
  });
});

describe('--list URL: fetched as the extension fetches lists', () => {
  const LIST = JSON.stringify({
    format: LIST_FORMAT,
    version: 1,
    name: 'Remote',
    updated: '2025-01-01',
    entries: [{ handle: 'remote_pick', source: 'https://e.org/r' }],
  });
  const publicHost = async () => ['185.199.108.133'];

  afterEach(() => vi.restoreAllMocks());

  it('fetches an https URL with no cookies and no redirects, and the list feeds the verdict', async () => {
    const seen: [string, RequestInit][] = [];
    const deps: ListDeps = {
      resolve: publicHost,
      fetcher: async (url, init) => {
        seen.push([url, init]);
        return new Response(LIST);
      },
    };
    const out: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((l: string) => void out.push(l));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const code = await main(
      ['--list', 'https://lists.example.org/team.json', captures([{ handle: 'remote_pick' }])],
      deps,
    );
    expect(code).toBe(0);
    // FETCH_INIT, with the signal that ends a fetch after its time limit (src/lists/fetch.ts LIST_LIMITS).
    expect(seen).toEqual([['https://lists.example.org/team.json', expect.objectContaining(FETCH_INIT)]]);
    expect(JSON.parse(out[0]!)).toMatchObject({ handle: 'remote_pick', verdict: 'state-media' });
  });

  it('the data set’s own URL serves the CSV', async () => {
    const csv =
      'Country,Media company,Main assets,URL,Typology,Tiktok Link\nRussia,RT,RT,https://rt.com,SC,@russian_rt\n';
    const { list } = await loadList(SMM_URL, { resolve: publicHost, fetcher: async () => new Response(csv) });
    expect(list.entries).toEqual([expect.objectContaining({ handle: 'russian_rt', type: 'SC' })]);
  });

  it('refuses a host that resolves to a private address, redirects, errors and bodies over 5 MB', async () => {
    let fetched = 0;
    const fetcher = async () => {
      fetched++;
      return new Response(LIST);
    };
    const url = 'https://lists.example.org/team.json';
    await expect(loadList(url, { resolve: async () => ['10.0.0.7'], fetcher })).rejects.toThrow(
      'lists.example.org resolves to a local or private address; lists come from public hosts only',
    );
    await expect(loadList(url, { resolve: async () => ['185.199.108.133', '::1'], fetcher })).rejects.toThrow(
      /private/,
    );
    await expect(
      loadList(url, {
        resolve: async () => {
          throw Object.assign(new Error('nope'), { code: 'ENOTFOUND' });
        },
        fetcher,
      }),
    ).rejects.toThrow('cannot resolve lists.example.org (ENOTFOUND)');
    expect(fetched).toBe(0);
    const redirected = async () => {
      const res = new Response(LIST);
      Object.defineProperty(res, 'url', { value: 'https://elsewhere.example/x.json' });
      Object.defineProperty(res, 'redirected', { value: true });
      return res;
    };
    await expect(loadList(url, { resolve: publicHost, fetcher: redirected })).rejects.toThrow(/redirected/);
    await expect(
      loadList(url, { resolve: publicHost, fetcher: async () => Promise.reject(new TypeError('fetch failed')) }),
    ).rejects.toThrow(/a redirect, or the network failed/);
    await expect(
      loadList(url, { resolve: publicHost, fetcher: async () => new Response('x', { status: 404 }) }),
    ).rejects.toThrow('the server answered 404');
    const huge = new Response('x'.repeat(10), { headers: { 'content-length': String(6_000_000) } });
    await expect(loadList(url, { resolve: publicHost, fetcher: async () => huge })).rejects.toThrow(
      'the list is larger than 5 MB',
    );
    await expect(loadList(url, { resolve: publicHost, fetcher: redirected })).rejects.toBeInstanceOf(InputError);
  });
});

describe.skipIf(!HAVE_SMM)('--list with the State Media Monitor data set: bio links to its outlets', () => {
  it('flags at least 95 % of SC and CaPu domains and no independent one, through the command line', async () => {
    const { readListText } = await import('../../src/lists/smm-csv');
    const { affiliationOf } = await import('../../src/lists/typology');
    const { readFileSync } = await import('node:fs');
    const list = readListText(readFileSync(SMM_CSV, 'utf8')).list!;
    const dir = mkdtempSync(join(tmpdir(), 'lens-smm-domains-'));
    const kind = new Map<string, 'state' | 'independent'>();
    let n = 0;
    for (const d of list.domains ?? []) {
      const a = affiliationOf(d.type ?? 'SC');
      if (a === 'captured-private') continue;
      // One neutral account per domain: ordinary counts, its bio linking the outlet's site, nothing else.
      const handle = `neutral_${++n}`;
      kind.set(handle, a);
      const user = { uniqueId: handle, id: '7000000000000000000', bioLink: { link: `https://${d.domain}/` } };
      const stats = { followerCount: 800, followingCount: 150, heartCount: 5000, videoCount: 40 };
      writeFileSync(join(dir, `${handle}.json`), JSON.stringify({ userInfo: { user, stats } }));
    }
    const r = spawnSync(process.execPath, [CLI, '--list', SMM_CSV, dir], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    rmSync(dir, { recursive: true, force: true });
    expect(r.status).toBe(0);
    const flagged = (v: string) => v === 'suspected' || v === 'state-media';
    let state = 0;
    let stateFlagged = 0;
    const independentFlagged: string[] = [];
    for (const line of r.stdout.trim().split('\n')) {
      const { handle, verdict } = JSON.parse(line) as { handle: string; verdict: string };
      if (kind.get(handle) === 'state') {
        state++;
        if (flagged(verdict)) stateFlagged++;
      } else if (flagged(verdict)) independentFlagged.push(handle);
    }
    console.info(`--list State Media Monitor: ${stateFlagged}/${state} SC+CaPu domains flagged`);
    expect(state).toBeGreaterThan(700);
    expect(stateFlagged / state).toBeGreaterThanOrEqual(0.95);
    expect(independentFlagged).toEqual([]);
  }, 60_000);
});
