/**
 * `npm run package` (scripts/package.ts): store zips of both builds and the source zip, reproducible byte for byte.
 * The zips are read back with a small reader here (no unzip on CI), independent of the writer (fflate): Node's zlib
 * inflates and checks every entry's CRC; names, order, timestamps, modes and contents are checked too.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { dirEntries, sourceEntries, type ZipEntry, zip } from '../../scripts/package';
import { requireOrSkip } from '../harness/require';

const ROOT = join(import.meta.dirname, '..', '..');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { version: string }).version;
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

interface ReadEntry {
  name: string;
  data: Buffer;
  mode: number;
  dosDate: number;
  dosTime: number;
}

/** Reads a zip through its central directory, checking each local header and CRC on the way. */
function unzip(buf: Buffer): ReadEntry[] {
  const eocd = buf.length - 22;
  expect(buf.readUInt32LE(eocd), 'end of central directory (no comment)').toBe(0x06054b50);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: ReadEntry[] = [];
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(p)).toBe(0x02014b50);
    const method = buf.readUInt16LE(p + 10);
    const dosTime = buf.readUInt16LE(p + 12);
    const dosDate = buf.readUInt16LE(p + 14);
    const crc = buf.readUInt32LE(p + 16);
    const csize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const attrs = buf.readUInt32LE(p + 38);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    expect(buf.readUInt32LE(local), `local header of ${name}`).toBe(0x04034b50);
    expect(buf.toString('utf8', local + 30, local + 30 + buf.readUInt16LE(local + 26))).toBe(name);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const body = buf.subarray(start, start + csize);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    expect(method === 0 || method === 8, `method of ${name}`).toBe(true);
    expect(data.length, `size of ${name}`).toBe(size);
    expect(crc32(data), `CRC of ${name}`).toBe(crc);
    out.push({ name, data, mode: (attrs >>> 16) & 0o7777, dosDate, dosTime });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

const tmp = mkdtempSync(join(tmpdir(), 'provenance-lens-package-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('zip writer', () => {
  const entries: ZipEntry[] = [
    { name: 'manifest.json', data: Buffer.from('{"manifest_version":3}') },
    { name: 'assets/a.js', data: Buffer.from('console.log(1);\n'.repeat(200)) },
    { name: 'icons/x.png', data: Uint8Array.from({ length: 300 }, (_, i) => (i * 7919) % 256) },
    { name: 'empty.txt', data: new Uint8Array(0) },
    { name: 'run', data: Buffer.from('#!/bin/sh\n'), mode: 0o755 },
    { name: '_locales/zh_CN/messages.json', data: Buffer.from('{"extName":{"message":"溯源透镜"}}') },
  ];

  it('gives the same bytes whatever the order of the entries', () => {
    const a = zip(entries);
    const b = zip([...entries].reverse());
    const c = zip([entries[3]!, entries[0]!, entries[5]!, entries[1]!, entries[4]!, entries[2]!]);
    expect(sha256(b)).toBe(sha256(a));
    expect(sha256(c)).toBe(sha256(a));
  });

  it('round-trips: sorted names, fixed 1980-01-01 timestamps, modes, contents', () => {
    const read = unzip(zip(entries));
    expect(read.map((e) => e.name)).toEqual([...entries.map((e) => e.name)].sort());
    for (const e of read) {
      const src = entries.find((x) => x.name === e.name)!;
      expect(Buffer.compare(e.data, Buffer.from(src.data)), e.name).toBe(0);
      expect(e.mode, e.name).toBe(src.mode ?? 0o644);
      expect([e.dosDate, e.dosTime], e.name).toEqual([(1 << 5) | 1, 0]);
    }
  });

  it('refuses duplicate and escaping names', () => {
    expect(() => zip([entries[0]!, entries[0]!])).toThrow(/duplicate/);
    expect(() => zip([{ name: '../x', data: new Uint8Array(1) }])).toThrow(/bad zip entry/);
    expect(() => zip([{ name: '/x', data: new Uint8Array(1) }])).toThrow(/bad zip entry/);
  });
});

describe('npm run package', () => {
  /** A stand-in for dist/: both builds with a few files, mtimes set to `when`. */
  function fakeDist(dir: string, when: Date): void {
    for (const browser of ['chrome', 'firefox']) {
      const files: Record<string, string> = {
        'manifest.json': JSON.stringify({ manifest_version: 3, name: `x-${browser}`, version: VERSION }),
        'assets/index.js': `export const browser = ${JSON.stringify(browser)};\n`,
        'icons/icon-16.png': 'not really a png',
      };
      for (const [name, text] of Object.entries(files)) {
        const p = join(dir, browser, name);
        mkdirSync(join(p, '..'), { recursive: true });
        writeFileSync(p, text);
        utimesSync(p, when, when);
      }
    }
  }

  function runPackage(dist: string, out: string): Record<string, string> {
    execFileSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/package.ts'), '--dist', dist, '--out', out],
      {
        cwd: ROOT,
        stdio: 'pipe',
      },
    );
    const names = ['chrome', 'firefox', 'source'].map((k) => `provenance-lens-${k}-${VERSION}.zip`);
    return Object.fromEntries(names.map((n) => [n, sha256(readFileSync(join(out, n)))]));
  }

  it('packages twice, at different file times, into identical zips', () => {
    const dist1 = join(tmp, 'dist1');
    const dist2 = join(tmp, 'dist2');
    fakeDist(dist1, new Date('2021-03-04T05:06:07Z'));
    fakeDist(dist2, new Date('2030-12-31T23:59:58Z'));
    const first = runPackage(dist1, join(tmp, 'out1'));
    const second = runPackage(dist2, join(tmp, 'out2'));
    expect(Object.keys(first)).toHaveLength(3);
    expect(second).toEqual(first);
  }, 60_000);

  it('store zips hold the build with manifest.json at the root', () => {
    const read = unzip(readFileSync(join(tmp, 'out1', `provenance-lens-firefox-${VERSION}.zip`)));
    expect(read.map((e) => e.name)).toEqual(['assets/index.js', 'icons/icon-16.png', 'manifest.json']);
    expect(JSON.parse(read[2]!.data.toString('utf8')).name).toBe('x-firefox');
  });

  it('the source zip holds exactly the git-tracked files, with what is on disk', () => {
    const read = unzip(readFileSync(join(tmp, 'out1', `provenance-lens-source-${VERSION}.zip`)));
    const tracked = sourceEntries(ROOT);
    expect(read.map((e) => e.name)).toEqual(tracked.map((e) => e.name).sort());
    for (const must of ['package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'README.md'])
      expect(read.map((e) => e.name)).toContain(must);
    expect(read.some((e) => e.name.startsWith('node_modules/') || e.name.startsWith('dist/'))).toBe(false);
    const pkg = read.find((e) => e.name === 'package.json')!;
    expect(pkg.data.toString('utf8')).toBe(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(read.find((e) => e.name === '.ci/run')?.mode).toBe(0o755);
  });

  it('refuses a build whose version is not manifest.json’s', () => {
    const dist = join(tmp, 'stale');
    fakeDist(dist, new Date());
    writeFileSync(join(dist, 'firefox/manifest.json'), JSON.stringify({ version: '0.0.0-old' }));
    expect(() => runPackage(dist, join(tmp, 'out-stale'))).toThrow(/rebuild first/);
  });
});

const BUILT = ['chrome', 'firefox'].every((b) => existsSync(join(ROOT, 'dist', b, 'manifest.json')));

describe.skipIf(requireOrSkip(BUILT, 'dist/ is not built: run `npm run build`'))('the real builds in dist/', () => {
  it('zip to identical bytes twice, each with its own manifest at the root', () => {
    const a = Object.fromEntries(['chrome', 'firefox'].map((b) => [b, zip(dirEntries(join(ROOT, 'dist', b)))]));
    for (const b of ['chrome', 'firefox']) {
      expect(sha256(zip(dirEntries(join(ROOT, 'dist', b)))), b).toBe(sha256(a[b]!));
      const manifest = JSON.parse(
        unzip(a[b]!)
          .find((e) => e.name === 'manifest.json')!
          .data.toString('utf8'),
      );
      if (b === 'firefox') {
        expect(manifest.browser_specific_settings.gecko.id).toBeTruthy();
        expect(manifest.background.scripts).toHaveLength(1);
      } else {
        expect(manifest.background.service_worker).toBeTruthy();
        expect(manifest).not.toHaveProperty('browser_specific_settings');
      }
    }
  });
});
