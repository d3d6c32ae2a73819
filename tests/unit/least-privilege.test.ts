/**
 * Least privilege, checked on the source manifest and on the built ones when present (npm test builds after the
 * unit tests, so a fresh clone checks the source only): few permissions, TikTok hosts only, no loosened CSP, no
 * remotely loaded or evaluated code in the bundle.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireOrSkip } from '../harness/require';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[]; js?: string[] }[];
  web_accessible_resources?: { matches?: string[]; resources?: string[] }[];
  content_security_policy?: unknown;
};

const BUILDS = ['dist/chrome', 'dist/firefox'].filter((d) => existsSync(join(ROOT, d, 'manifest.json')));
const manifests: [string, Manifest][] = [
  ['manifest.json', JSON.parse(read('manifest.json'))],
  ...BUILDS.map((d): [string, Manifest] => [`${d}/manifest.json`, JSON.parse(read(`${d}/manifest.json`))]),
];

/** `unlimitedStorage` is allowed only once SECURITY.md says why (the history of many accounts over months). */
const ALLOWED_PERMISSIONS = new Set(['storage', 'alarms']);
const justified = (perm: string) => existsSync(join(ROOT, 'SECURITY.md')) && read('SECURITY.md').includes(perm);
const TIKTOK_PATTERN = /^https:\/\/(?:[a-z0-9-]+\.)*tiktok\.com\/\*$/;

describe.each(manifests)('%s', (_name, m) => {
  it('asks only for storage and alarms (unlimitedStorage only when SECURITY.md justifies it)', () => {
    for (const p of [...(m.permissions ?? []), ...(m.optional_permissions ?? [])]) {
      const ok = ALLOWED_PERMISSIONS.has(p) || (p === 'unlimitedStorage' && justified(p));
      expect(ok, `permission "${p}"`).toBe(true);
    }
  });

  it('reaches TikTok only: host permissions, content scripts and web-accessible resources', () => {
    const patterns = [
      ...(m.host_permissions ?? []),
      ...(m.optional_host_permissions ?? []),
      ...(m.content_scripts ?? []).flatMap((c) => c.matches ?? []),
      ...(m.web_accessible_resources ?? []).flatMap((w) => w.matches ?? []),
    ];
    for (const p of patterns) expect(p, 'host pattern').toMatch(TIKTOK_PATTERN);
    // Web pages must not be able to message the extension directly.
    expect(m).not.toHaveProperty('externally_connectable');
  });

  it('loads only packaged scripts', () => {
    for (const c of m.content_scripts ?? []) for (const js of c.js ?? []) expect(js).not.toMatch(/^[a-z]+:/i);
    const bg = m.background as { service_worker?: string; scripts?: string[] } | undefined;
    for (const s of [bg?.service_worker, ...(bg?.scripts ?? [])]) if (s) expect(s).not.toMatch(/^[a-z]+:/i);
  });

  it('does not loosen the content security policy', () => {
    const csp = m.content_security_policy;
    if (csp === undefined) return; // MV3's default: script-src 'self'
    const policies = typeof csp === 'string' ? [csp] : Object.values(csp as Record<string, string>);
    for (const policy of policies) {
      const script = /(?:^|;)\s*script-src([^;]*)/.exec(policy)?.[1] ?? '';
      expect(script, policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*|data:|blob:/);
      expect(policy).not.toMatch(/unsafe-eval/);
    }
  });
});

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(m?js|html)$/.test(name)) yield p;
  }
}

/** Hosts whose URLs may appear in the bundle: TikTok itself and XML namespaces (never fetched). */
const ALLOWED_HOST = /^(?:[a-z0-9-]+\.)*(?:tiktok\.com|w3\.org)$/;
/** Library error messages that point at their docs (Dexie), shown to a developer, never loaded. */
const LIBRARY_DOC_URLS = new Set(['https://tinyurl.com/y2uuvskb', 'http://bit.ly/2kdckMn']);
/** The lists cite their public sources (docs/design.md: each entry with its source); those URLs are text, not code. */
const LIST_SOURCES = readdirSync(join(ROOT, 'src/lists'))
  .filter((f) => f.endsWith('.ts') || f.endsWith('.json'))
  .map((f) => read(join('src/lists', f)))
  .join('\n');

// `npm test` builds before the unit tests, so in CI the built bundles are always checked, never skipped.
it.skipIf(requireOrSkip(BUILDS.length === 2, 'dist/ is not built: run `npm run build`'))(
  'both builds are checked',
  () => {
    expect(BUILDS).toEqual(['dist/chrome', 'dist/firefox']);
  },
);

describe.skipIf(BUILDS.length === 0).each(BUILDS)('built %s', (dir) => {
  const bundle = [...files(join(ROOT, dir))].map((p) => ({
    p: p.slice(ROOT.length + 1),
    text: readFileSync(p, 'utf8'),
  }));

  it('has no eval and no Function constructor', () => {
    for (const { p, text } of bundle) {
      expect(text, p).not.toMatch(/(?<![\w$.])eval\s*\(/);
      expect(text, p).not.toMatch(/new\s+Function\s*\(/);
      expect(text, p).not.toMatch(/\bimportScripts\s*\(/);
    }
  });

  it('names no remote host except TikTok, XML namespaces, library docs and the lists’ cited sources', () => {
    const foreign: string[] = [];
    for (const { p, text } of bundle) {
      for (const [url] of text.matchAll(/https?:\/\/[^\s"'`)<>\\,]+/g)) {
        if (url.includes('${')) continue; // a template that builds a URL from page text, checked where it is used
        let host: string;
        try {
          host = new URL(url).hostname;
        } catch {
          foreign.push(`${p}: ${url}`);
          continue;
        }
        if (ALLOWED_HOST.test(host) || LIBRARY_DOC_URLS.has(url) || LIST_SOURCES.includes(url)) continue;
        foreign.push(`${p}: ${url}`);
      }
    }
    expect(foreign).toEqual([]);
  });

  it('never imports code from a URL', () => {
    for (const { p, text } of bundle) {
      expect(text, p).not.toMatch(/import\s*\(\s*["'`]https?:/);
      expect(text, p).not.toMatch(/<script[^>]+src=["']?https?:/i);
    }
  });
});
