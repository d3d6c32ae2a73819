/**
 * `npm run package`: store-ready zips of the built extension for both stores, and the source for Mozilla's review.
 *
 *   dist/provenance-lens-chrome-<version>.zip    dist/chrome/ (Chrome Web Store, Edge Add-ons)
 *   dist/provenance-lens-firefox-<version>.zip   dist/firefox/ (addons.mozilla.org)
 *   dist/provenance-lens-source-<version>.zip    the git-tracked files (AMO asks for the source of bundled code)
 *
 * Reproducible: the same files give the same bytes. Entries are sorted by name, every timestamp is 1980-01-01 00:00
 * (the earliest a zip can say), modes are 0644 (0755 where git tracks an executable), no extra fields and no
 * directory entries. Deflate comes from Node's zlib, so the bytes hold for one Node major version.
 *
 * Usage: tsx scripts/package.ts [--dist DIR] [--out DIR]   (after `npm run build`; `npm run package` does both)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the zip, `/`-separated, no leading slash. */
  name: string;
  data: Uint8Array;
  /** Unix permission bits; default 0o644. */
  mode?: number;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** 1980-01-01 00:00:00 in MS-DOS date and time fields. */
const DOS_DATE = (1 << 5) | 1;
const DOS_TIME = 0;
/** Made by Unix (3), spec 2.0: lets the external attributes carry Unix modes. */
const MADE_BY = (3 << 8) | 20;
const NEEDED = 20;
/** General purpose flag bit 11: names are UTF-8. */
const UTF8 = 0x0800;

/** A zip of `entries`, byte-for-byte the same for the same names and contents whatever their order. */
export function zip(entries: ZipEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.name === sorted[i - 1]!.name) throw new Error(`duplicate zip entry ${sorted[i]!.name}`);
  }
  if (sorted.length > 0xffff) throw new Error('too many entries for a zip without zip64');
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of sorted) {
    if (!e.name || e.name.startsWith('/') || e.name.includes('\\') || e.name.split('/').includes('..')) {
      throw new Error(`bad zip entry name ${JSON.stringify(e.name)}`);
    }
    const name = Buffer.from(e.name, 'utf8');
    const data = Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength);
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const method = stored ? 0 : 8;
    const crc = crc32(data);
    if (body.length > 0xfffffffe || offset > 0xfffffffe) throw new Error('zip too large without zip64');

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(NEEDED, 4);
    local.writeUInt16LE(UTF8, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(MADE_BY, 4);
    central.writeUInt16LE(NEEDED, 6);
    central.writeUInt16LE(UTF8, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    // extra length, comment length, disk number start, internal attributes: all 0
    central.writeUInt32LE((0o100000 | (e.mode ?? 0o644)) * 0x10000, 38); // external attributes: regular file, mode
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** Every file under `dir` as a zip entry named relative to it; dotfiles (editor and tool litter) are left out. */
export function dirEntries(dir: string): ZipEntry[] {
  const out: ZipEntry[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      if (name.startsWith('.')) continue;
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (st.isFile()) out.push({ name: relative(dir, p).split(sep).join('/'), data: readFileSync(p) });
    }
  };
  walk(dir);
  return out;
}

/**
 * The git-tracked files of the work tree at `root` (as they are on disk, so the source matches a build made from
 * it), with git's executable bit. Files deleted but not yet staged are left out.
 */
export function sourceEntries(root: string): ZipEntry[] {
  const listing = execFileSync('git', ['ls-files', '--cached', '--stage', '-z'], { cwd: root, encoding: 'utf8' });
  const out: ZipEntry[] = [];
  const seen = new Set<string>();
  for (const row of listing.split('\0')) {
    if (!row) continue;
    const tab = row.indexOf('\t');
    const [mode] = row.slice(0, tab).split(' ');
    const name = row.slice(tab + 1);
    // Submodules (160000) and symlinks (120000) are not files to ship; conflicted paths appear once per stage.
    if ((mode !== '100644' && mode !== '100755') || seen.has(name)) continue;
    const p = join(root, name);
    if (!existsSync(p)) continue;
    seen.add(name);
    out.push({ name, data: readFileSync(p), mode: mode === '100755' ? 0o755 : 0o644 });
  }
  return out;
}

export interface PackageOptions {
  /** The repository (package.json, manifest.json, git). */
  root: string;
  /** Where the builds are: `<dist>/chrome`, `<dist>/firefox`. Default `<root>/dist`. */
  dist?: string;
  /** Where the zips go. Default: the dist folder. */
  out?: string;
}

/** Writes the three zips and returns their paths. */
export function packageAll(opts: PackageOptions): string[] {
  const root = resolve(opts.root);
  const dist = resolve(opts.dist ?? join(root, 'dist'));
  const out = resolve(opts.out ?? dist);
  const { version } = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { version: string };
  const written: string[] = [];
  mkdirSync(out, { recursive: true });
  for (const browser of ['chrome', 'firefox'] as const) {
    const dir = join(dist, browser);
    const manifestPath = join(dir, 'manifest.json');
    if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run \`npm run build\` first`);
    const built = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version?: string };
    if (built.version !== version) {
      throw new Error(`${manifestPath} is version ${built.version}, manifest.json ${version}: rebuild first`);
    }
    const file = join(out, `provenance-lens-${browser}-${version}.zip`);
    writeFileSync(file, zip(dirEntries(dir)));
    written.push(file);
  }
  const source = join(out, `provenance-lens-source-${version}.zip`);
  writeFileSync(source, zip(sourceEntries(root)));
  written.push(source);
  return written;
}

function arg(argv: string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const root = fileURLToPath(new URL('..', import.meta.url));
  for (const file of packageAll({ root, dist: arg(argv, '--dist'), out: arg(argv, '--out') })) {
    console.log(`${relative(process.cwd(), file) || file}  ${statSync(file).size} bytes`);
  }
}
