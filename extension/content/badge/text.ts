/**
 * Localised strings for the in-page badge (extension/i18n/badge and common, merged into _locales at build time).
 * The words of a closed badge come from a small table built from the same catalogues (./words.generated.ts,
 * written by scripts/locales.ts at every build): `i18n.getMessage`'s first call loads and parses the whole merged catalogue in the page's
 * renderer, 9–14 ms of every profile load (issue 15's traces). Everything else (the popover, opened by the viewer)
 * still asks getMessage. Outside an extension (unit tests) a message not in the table shows as its key.
 */

import type { Verdict } from '../../../src/verdict';
import { ext } from '../ext';
import { WORDS } from './words.generated';

/** The UI language for dates and numbers (the browser's, as `_locales` picks it). */
export function uiLocale(): string | undefined {
  try {
    return ext.i18n.getUILanguage() || undefined;
  } catch {
    return undefined;
  }
}

let words: Record<string, string> | undefined;

/**
 * The table of the locale `chrome.i18n` would pick: the UI language exactly (`es_419`), then its language (`es`),
 * then the default locale (manifest.json `default_locale`: en).
 */
function table(): Record<string, string> {
  if (words) return words;
  const ui = (uiLocale() ?? 'en').replace(/-/g, '_');
  const all = WORDS;
  words = all[ui] ?? all[ui.split('_')[0] ?? ''] ?? all.en ?? {};
  return words;
}

/** `$1`…`$9` substituted as getMessage does (`$$` is a dollar sign). */
function substitute(m: string, subs: string[] | undefined): string {
  return m.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs?.[Number(d) - 1] ?? '')));
}

export function t(key: string, subs?: string[]): string {
  const word = table()[key];
  if (word !== undefined) return substitute(word, subs);
  try {
    const m = ext.i18n.getMessage(key, subs);
    if (m) return m;
  } catch {
    // outside an extension context (tests)
  }
  return subs?.length ? `${key}: ${subs.join(' · ')}` : key;
}

export function verdictText(v: Verdict, short = false): string {
  return t(`verdict_${short ? 'short_' : ''}${v.replace('-', '_')}`);
}
