/**
 * The one profile reader on real TikTok captures of every era (../shared/real-captures, read at test time): the
 * scorer's `account` equals truth.json wherever it gives a value, the handle is the profile's (never the logged-in
 * viewer's), and none of these ordinary accounts comes out `suspected` or `state-media`. Dates are the capture's.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { accountOf, readCaptureFile, scorePaths } from '../../scripts/score';
import { domSource, htmlSource } from '../../src/tiktok/page-source';
import { readProfile } from '../../src/tiktok/profile';
import { captureText, datedCopies, expectedFields, HAVE_CAPTURES, truth } from './real-captures.helpers';

const copies = HAVE_CAPTURES ? datedCopies(truth) : new Map<string, string>();
const ROOT = join(import.meta.dirname, '../..');

function fieldsOf(account: ReturnType<typeof accountOf>, field: string): unknown {
  if (field === 'createdAt (day)') return account.createdAt?.slice(0, 10) ?? null;
  return account[field as keyof typeof account];
}

describe.skipIf(!HAVE_CAPTURES)('npm run score on every real capture (in process)', () => {
  for (const t of truth) {
    it(`${t.file}: @${t.handle}, its counts, date and posts`, () => {
      const warnings: string[] = [];
      const lines = scorePaths([copies.get(t.file)!], (m) => warnings.push(m));
      expect(warnings).toEqual([]);
      expect(lines.map((l) => l.handle)).toEqual([t.handle]);
      const line = lines[0]!;
      for (const [field, want] of expectedFields(t)) expect(fieldsOf(line.account, field), field).toEqual(want);
      expect(['suspected', 'state-media']).not.toContain(line.verdict);
    });
  }

  it('the capture time, not today, dates a capture: its observation is at the file time', () => {
    const t = truth.find((r) => r.file.includes('2021'))!;
    const [obs] = readCaptureFile(copies.get(t.file)!);
    expect(new Date(obs!.observedAt).toISOString().slice(0, 10)).toBe(t.capturedAt.slice(0, 10));
  });
});

describe.skipIf(!HAVE_CAPTURES)('the live (content-script) reading of the real pages', () => {
  const pages = truth.filter((t) => t.file.endsWith('.html'));
  for (const t of pages) {
    it(`${t.file}: read from the DOM at its own URL, as the content script does`, () => {
      const { document } = parseHTML(captureText(t.file));
      const at = Date.parse(t.capturedAt);
      const obs = readProfile(domSource(document as unknown as ParentNode), {
        handle: t.handle,
        observedAt: at,
        documentHandle: t.handle,
      });
      expect(obs.status).toBe('ok');
      expect(obs.user?.uniqueId.toLowerCase()).toBe(t.handle);
      const account = accountOf(obs);
      for (const [field, want] of expectedFields(t)) expect(fieldsOf(account, field), field).toEqual(want);
    });

    it(`${t.file}: read as an HTML string, as the watchlist does, gives the same counts`, () => {
      const obs = readProfile(htmlSource(captureText(t.file)), {
        handle: t.handle,
        observedAt: Date.parse(t.capturedAt),
        documentHandle: t.handle,
      });
      // Without a DOM there is no grid or header: only what the JSON and schema.org blocks carry.
      for (const f of ['followers', 'likes'] as const) if (t[f] !== null) expect(obs.stats?.[f], f).toBe(t[f]);
    });

    it(`${t.file}: after in-app navigation to another account, nothing of this page is taken for it`, () => {
      const { document } = parseHTML(captureText(t.file));
      const obs = readProfile(domSource(document as unknown as ParentNode), {
        handle: 'someone_else',
        observedAt: Date.parse(t.capturedAt),
        documentHandle: t.handle,
      });
      expect(obs.status).toBe('unreadable');
      expect(obs.user).toBeUndefined();
      expect(obs.stats).toBeUndefined();
    });
  }

  it('the 2021 page is about @tiktok, not the logged-in viewer its JSON also carries', () => {
    const t = truth.find((r) => r.file.includes('nextdata'))!;
    const [obs] = readCaptureFile(copies.get(t.file)!);
    expect(obs!.handle).toBe('tiktok');
    const tags = obs!.posts.flatMap((p) => p.hashtags);
    // Mentions (`@lilyachty`) are not hashtags; `bye2020` and `Bye2020` are one tag.
    expect(tags).not.toContain('');
    expect(tags.filter((x) => x === 'bye2020')).toHaveLength(1);
  });
});

describe.skipIf(!HAVE_CAPTURES)('the command line', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/score-cli.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });
  const dir = join(copies.values().next().value ?? '', '..');

  it('prints the account line for a real capture and exits 0', () => {
    const t = truth.find((r) => r.file.includes('universal.json'))!;
    const r = run(copies.get(t.file)!);
    expect(r.status).toBe(0);
    const line = JSON.parse(r.stdout.trim());
    expect(line.handle).toBe(t.handle);
    expect(line.account.followers).toBe(t.followers);
    expect(line.account.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('--help prints the usage and exits 0; an unknown option or no path exits 2', () => {
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('usage: npm run score');
    expect(run('--frobnicate', 'x.html').status).toBe(2);
    expect(run().status).toBe(2);
  });

  it('names each unreadable input with one line and exits 1 when none could be read', () => {
    const missing = join(dir, 'no-such-capture.html');
    const binary = join(dir, 'random.html');
    const bytes = Buffer.alloc(4 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    writeFileSync(binary, bytes);
    const r = run(missing, binary);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(`${missing}: skipped: no such file or folder`);
    expect(lines[1]).toBe(`${binary}: skipped: binary data, not a text capture`);
    expect(r.stderr).not.toMatch(/ENOENT/);
    expect(r.stderr).not.toContain(String.fromCharCode(0));
  });

  it('a pathologically nested page is read or refused in one line, never a stack overflow', () => {
    const deep = join(dir, 'deep.html');
    writeFileSync(deep, `<link rel="canonical" href="https://www.tiktok.com/@deep">${'<div>'.repeat(300_000)}`);
    const r = run(deep);
    expect(r.stderr).not.toMatch(/call stack|RangeError|\n.+\n/);
    for (const line of r.stdout.trim().split('\n').filter(Boolean)) expect(JSON.parse(line).handle).toBe('deep');
  });
});
