/**
 * The extension's message catalogues: `extension/i18n/<surface>/<locale>.json`, one folder per part of the UI (so
 * each part's strings live beside no other part's), merged at build time into the `_locales/<locale>/messages.json`
 * files that `chrome.i18n` reads. The merge refuses what `chrome.i18n` would silently get wrong: a key defined by
 * two surfaces, a locale that lacks a key English has (the browser would fall back to English mid-sentence), a key
 * English lacks, or placeholders that differ from English's.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, Message>;

/** chrome.i18n's key rule (ASCII letters, digits, `_` and `@`; `@@` is reserved). */
const KEY = /^[A-Za-z0-9_]+$/;

function placeholderSet(m: Message): string {
  return Object.keys(m.placeholders ?? {})
    .map((p) => p.toLowerCase())
    .sort()
    .join(',');
}

/** Every locale's merged catalogue, keyed by locale folder name (`en`, `zh_CN`, …). Throws on the first problem. */
export function readCatalogues(root: string): Map<string, Catalogue> {
  const surfaces = readdirSync(root).filter((s) => statSync(join(root, s)).isDirectory());
  const merged = new Map<string, Catalogue>();
  const owner = new Map<string, string>();
  for (const surface of surfaces.sort()) {
    const dir = join(root, surface);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    const read = (f: string): Catalogue => JSON.parse(readFileSync(join(dir, f), 'utf8'));
    if (!files.includes('en.json')) throw new Error(`${surface}: no en.json (English is the default locale)`);
    const en = read('en.json');
    for (const [key, m] of Object.entries(en)) {
      if (!KEY.test(key)) throw new Error(`${surface}/en.json: "${key}" is not a valid message name`);
      if (typeof m?.message !== 'string') throw new Error(`${surface}/en.json: "${key}" has no message`);
      const other = owner.get(key.toLowerCase());
      if (other) throw new Error(`"${key}" is defined by both ${other} and ${surface}`);
      owner.set(key.toLowerCase(), surface);
    }
    for (const f of files) {
      const locale = f.slice(0, -'.json'.length);
      const cat = read(f);
      for (const key of Object.keys(en)) {
        const m = cat[key];
        if (typeof m?.message !== 'string') throw new Error(`${surface}/${f}: "${key}" is missing`);
        if (placeholderSet(m) !== placeholderSet(en[key] as Message))
          throw new Error(`${surface}/${f}: "${key}" has other placeholders than English`);
      }
      for (const key of Object.keys(cat)) {
        if (!(key in en)) throw new Error(`${surface}/${f}: "${key}" is not in en.json`);
      }
      merged.set(locale, { ...merged.get(locale), ...cat });
    }
  }
  // A surface without a locale the others have would leave that locale's UI half English.
  const counts = [...merged.values()].map((c) => Object.keys(c).length);
  if (new Set(counts).size > 1) {
    const en = merged.get('en') ?? {};
    for (const [locale, cat] of merged) {
      const missing = Object.keys(en).find((k) => !(k in cat));
      if (missing) throw new Error(`${locale}: "${missing}" is missing (a surface has no ${locale}.json)`);
    }
  }
  return merged;
}

/** Vite plugin: emits `_locales/<locale>/messages.json` from the catalogues, and rebuilds when one changes. */
export function localesPlugin(root: string): Plugin {
  return {
    name: 'provenance-lens-locales',
    buildStart() {
      this.addWatchFile(root);
    },
    generateBundle() {
      for (const [locale, cat] of readCatalogues(root)) {
        this.emitFile({
          type: 'asset',
          fileName: `_locales/${locale}/messages.json`,
          source: `${JSON.stringify(cat, null, 1)}\n`,
        });
      }
    },
  };
}
