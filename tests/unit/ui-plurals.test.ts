import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// chrome.i18n answered from the real merged catalogues of one locale, as the browser would (placeholders $1…).
let locale = 'en';
function catalogue(
  loc: string,
): Record<string, { message: string; placeholders?: Record<string, { content: string }> }> {
  const read = (s: string) =>
    JSON.parse(readFileSync(new URL(`../../extension/i18n/${s}/${loc}.json`, import.meta.url), 'utf8'));
  return { ...read('dashboard'), ...read('options'), ui_locale: { message: loc.replace('_', '-') } };
}
function getMessage(key: string, subs?: string[]): string {
  const m = catalogue(locale)[key];
  if (!m) return '';
  return m.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_x, d: string) => subs?.[Number(d) - 1] ?? '');
  });
}
vi.mock('webextension-polyfill', () => ({
  default: { i18n: { getMessage: (k: string, s?: string[]) => getMessage(k, s), getUILanguage: () => 'en-US' } },
}));

async function fresh() {
  vi.resetModules();
  return import('../../extension/ui/shared/i18n');
}

describe('counted messages', () => {
  beforeEach(() => {
    locale = 'en';
  });

  it('says "1 account" in English and "2 accounts"', async () => {
    const { tn } = await fresh();
    expect(tn('dash_count', 1, ['1', '1'])).toBe('1 of 1 account');
    expect(tn('dash_count', 2, ['1', '2'])).toBe('1 of 2 accounts');
    expect(tn('dash_export_done', 0, '0')).toBe('0 accounts exported.');
    expect(tn('options_retention_done', 1, '1')).toBe('Saved; 1 older visit deleted.');
  });

  it('uses the singular in Spanish for 1 and the plural otherwise', async () => {
    locale = 'es';
    const { tn } = await fresh();
    expect(tn('dash_watch_done', 1, '1')).toBe('1 cuenta añadida al seguimiento.');
    expect(tn('dash_watch_done', 3, '3')).toBe('3 cuentas añadidas al seguimiento.');
  });

  it('never picks the "one" form where the language has none (Korean)', async () => {
    locale = 'ko';
    const { tn } = await fresh();
    expect(tn('dash_bulk_undone', 1, '1')).toBe(getMessage('dash_bulk_undone', ['1']));
  });

  it('falls back to the plain message when a key has no "one" form', async () => {
    const { tn } = await fresh();
    expect(tn('dash_selected', 1, '1')).toBe('1 selected');
  });
});
