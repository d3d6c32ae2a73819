/**
 * The extension's message catalogues: `extension/i18n/<surface>/<locale>.json`, one folder per part of the UI (so
 * each part's strings live beside no other part's), merged at build time into the `_locales/<locale>/messages.json`
 * files that `chrome.i18n` reads. The merge refuses what `chrome.i18n` would silently get wrong: a key defined by
 * two surfaces, a locale that lacks a key English has (the browser would fall back to English mid-sentence), a key
 * English lacks, or placeholders that differ from English's.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

/** The keys of the badge's words for its closed state (`badgeWords`, read by extension/content/badge/text.ts). */
export const BADGE_WORDS = /^(?:verdict_[a-z_]+|badge_label)$/;

/**
 * A message with its named placeholders replaced by their content (`$VERDICT$` -> `$1`), as Chrome resolves them:
 * the content script then only substitutes `$1`…`$9`.
 */
function positional(m: Message): string {
  return m.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (all, name: string) => {
    const p = Object.entries(m.placeholders ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase());
    return p ? p[1].content : all;
  });
}

/** The badge's word table, locale -> key -> message, from the catalogues. */
export function badgeWords(root: string): Record<string, Record<string, string>> {
  const table: Record<string, Record<string, string>> = {};
  for (const [locale, cat] of readCatalogues(root)) {
    table[locale] = Object.fromEntries(
      Object.entries(cat)
        .filter(([k]) => BADGE_WORDS.test(k))
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, m]) => [k, positional(m)]),
    );
  }
  return table;
}

/** Where the table is written for the content script, and its text. */
export const BADGE_WORDS_FILE = 'extension/content/badge/words.generated.ts';
export function badgeWordsSource(root: string): string {
  return [
    '// Written by scripts/locales.ts (`badgeWords`) from extension/i18n at every build; do not edit.',
    '// The words of a closed badge per locale: extension/content/badge/text.ts reads them instead of getMessage.',
    `export const WORDS: Record<string, Record<string, string>> = ${JSON.stringify(badgeWords(root), null, 2)};`,
    '',
  ].join('\n');
}

/**
 * Keeps the badge's word table (`BADGE_WORDS_FILE`) what the catalogues say, before anything is bundled: the
 * content script reads it instead of `i18n.getMessage`, whose first call makes the renderer load and parse the
 * whole merged catalogue (9–14 ms of a page load in issue 15's traces; the popover's other strings still come
 * from getMessage, when the viewer opens it). A file rather than a virtual module: crxjs bundles the content
 * scripts in builds of their own, without this config's plugins. tests/unit/locales.test.ts checks it too.
 */
export function badgeWordsPlugin(root: string): Plugin {
  return {
    name: 'provenance-lens-badge-words',
    buildStart() {
      const text = badgeWordsSource(root);
      let now = '';
      try {
        now = readFileSync(BADGE_WORDS_FILE, 'utf8');
      } catch {
        // not written yet
      }
      if (now !== text) writeFileSync(BADGE_WORDS_FILE, text);
    },
  };
}
