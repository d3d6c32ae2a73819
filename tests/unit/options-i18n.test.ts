/**
 * The options page names every signal in words (issue 16): each signal of src/signals/catalog.ts has a name and a
 * sentence in extension/i18n/options in every locale (keys `options_sig_<id>` and `options_sig_<id>_about`, the
 * ones extension/ui/options/Options.tsx asks for), none of them the raw id, and every sensitivity, axis and badge
 * choice the page offers has its words too.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGNAL_CATALOG } from '../../src/signals/catalog';

const LOCALES = ['en', 'es', 'ko', 'zh_CN'];
const read = (l: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../extension/i18n/options/${l}.json`), 'utf8'));
const key = (id: string) => `options_sig_${id.replaceAll('-', '_')}`;

describe('options page words', () => {
  it.each(LOCALES)('%s: every signal has a name and a sentence, never its id', (l) => {
    const cat = read(l);
    for (const s of SIGNAL_CATALOG) {
      const name = cat[key(s.id)]?.message ?? '';
      const about = cat[`${key(s.id)}_about`]?.message ?? '';
      expect(name, s.id).not.toBe('');
      expect(about.length, s.id).toBeGreaterThan(name.length);
      expect(`${name} ${about}`, s.id).not.toContain(s.id);
    }
  });

  it.each(LOCALES)('%s: every choice the page offers has words', (l) => {
    const cat = read(l);
    const keys = [
      ...['low', 'normal', 'high'].map((s) => `options_sensitivity_${s}`),
      ...['affiliation', 'amplification'].map((a) => `options_axis_${a}`),
      ...['all', 'state_media', 'off'].map((d) => `options_badge_${d}`),
    ];
    expect(keys.filter((k) => !cat[k]?.message)).toEqual([]);
  });
});
