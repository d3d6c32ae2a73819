import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BADGE_WORDS_FILE, badgeWords, badgeWordsSource, readCatalogues } from '../../scripts/locales';

const ROOT = fileURLToPath(new URL('../../extension/i18n/', import.meta.url));

function tree(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pl-locales-'));
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), JSON.stringify(data));
  }
  return dir;
}

describe('message catalogues (extension/i18n)', () => {
  it('the UI locales each have every English message', () => {
    const cats = readCatalogues(ROOT);
    expect([...cats.keys()].sort()).toEqual(['en', 'es', 'ko', 'zh_CN']);
    const en = Object.keys(cats.get('en') ?? {}).sort();
    for (const [, cat] of cats) expect(Object.keys(cat).sort()).toEqual(en);
  });

  it('refuses a key two surfaces define', () => {
    const dir = tree({ 'a/en.json': { x: { message: 'A' } }, 'b/en.json': { X: { message: 'B' } } });
    expect(() => readCatalogues(dir)).toThrow(/defined by both/);
  });

  it('refuses a locale that lacks a message or has other placeholders', () => {
    const en = { hi: { message: 'Hi $N$', placeholders: { n: { content: '$1' } } } };
    expect(() => readCatalogues(tree({ 'a/en.json': en, 'a/es.json': {} }))).toThrow(/missing/);
    const es = { hi: { message: 'Hola', placeholders: { m: { content: '$1' } } } };
    expect(() => readCatalogues(tree({ 'a/en.json': en, 'a/es.json': es }))).toThrow(/placeholders/);
  });

  it('refuses a surface that lacks a locale the others have', () => {
    const dir = tree({
      'a/en.json': { x: { message: 'x' } },
      'a/es.json': { x: { message: 'x' } },
      'b/en.json': { y: { message: 'y' } },
    });
    expect(() => readCatalogues(dir)).toThrow(/missing/);
  });
});

describe("the badge's word table (extension/content/badge/words.generated.ts)", () => {
  it('is what the catalogues say (the build rewrites it; a stale copy fails here)', () => {
    expect(readFileSync(BADGE_WORDS_FILE, 'utf8')).toBe(badgeWordsSource('extension/i18n'));
  });

  it('has every locale, each with every verdict word and the pill label with its verdict as $1', () => {
    const table = badgeWords('extension/i18n');
    expect(Object.keys(table).sort()).toEqual(['en', 'es', 'ko', 'zh_CN']);
    for (const words of Object.values(table)) {
      expect(Object.keys(words)).toContain('verdict_state_media');
      expect(Object.keys(words)).toContain('verdict_short_suspected');
      expect(words.badge_label).toContain('$1');
      expect(words.badge_label).not.toMatch(/\$[A-Z]+\$/);
    }
  });
});
