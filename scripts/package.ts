/**
 * `npm run package`: store-ready zips of the built extension for both stores, and the source for Mozilla's review.
 *
 *   dist/provenance-lens-chrome-<version>.zip    dist/chrome/ (Chrome Web Store, Edge Add-ons)
 *   dist/provenance-lens-firefox-<version>.zip   dist/firefox/ (addons.mozilla.org)
 *   dist/provenance-lens-source-<version>.zip    the git-tracked files (AMO asks for the source of bundled code)
 *
 * Reproducible: the same files give the same bytes. The zip itself is fflate's `zipSync`; what varies is fixed here:
 * entries are sorted by name, every timestamp is 1980-01-01 00:00 (the earliest a zip can say), modes are 0644 (0755
 * where git tracks an executable), no extra fields, no comments and no directory entries; a file that deflate does
 * not shrink is stored. fflate is plain JavaScript pinned in package-lock.json, so the bytes do not depend on Node's
 * zlib build.
 *
 * Usage: tsx scripts/package.ts [--dist DIR] [--out DIR]   (after `npm run build`; `npm run package` does both)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync, type Zippable, zipSync } from 'fflate';

export interface ZipEntry {
  /** Path inside the zip, `/`-separated, no leading slash. */
  name: string;
  data: Uint8Array;
  /** Unix permission bits; default 0o644. */
  mode?: number;
}

/**
 * 1980-01-01 00:00:00 as fflate writes it: in local time (it reads the date's local fields), so this is the same
 * MS-DOS date and time in every time zone.
 */
const EPOCH_1980 = new Date(1980, 0, 1, 0, 0, 0);
/** Made by Unix (3): lets the external attributes carry the mode. */
const UNIX = 3;
/** The external attributes of a regular file (S_IFREG) with `mode`, in their upper 16 bits. */
const fileAttrs = (mode: number) => (0o100000 | mode) * 0x10000;
const LEVEL = 9;

const byName = (a: ZipEntry, b: ZipEntry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** A zip of `entries`, byte-for-byte the same for the same names and contents whatever their order. */
export function zip(entries: ZipEntry[]): Buffer {
  const sorted = [...entries].sort(byName);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.name === sorted[i - 1]!.name) throw new Error(`duplicate zip entry ${sorted[i]!.name}`);
  }
  if (sorted.length > 0xffff) throw new Error('too many entries for a zip without zip64');
  // No prototype: a file named __proto__ is a key like any other.
  const files: Zippable = Object.create(null);
  for (const e of sorted) {
    if (!e.name || e.name.startsWith('/') || e.name.includes('\\') || e.name.split('/').includes('..')) {
      throw new Error(`bad zip entry name ${JSON.stringify(e.name)}`);
    }
    // Stored when deflate does not make it smaller (images, empty files); deflate level 9 otherwise.
    const level = deflateSync(e.data, { level: LEVEL }).length < e.data.length ? LEVEL : 0;
    files[e.name] = [e.data, { level, mtime: EPOCH_1980, os: UNIX, attrs: fileAttrs(e.mode ?? 0o644) }];
  }
  // fflate writes the entries in the object's key order, which JavaScript puts integer-like keys ("404") first.
  const order = Object.keys(files);
  if (order.some((name, i) => name !== sorted[i]!.name)) {
    throw new Error(`zip entries would not be written in name order: ${order.find((n, i) => n !== sorted[i]!.name)}`);
  }
  const out = zipSync(files);
  if (out.length > 0xfffffffe) throw new Error('zip too large without zip64');
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
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
