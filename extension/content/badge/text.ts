/**
 * Localised strings for the in-page badge (extension/i18n/badge, merged into _locales at build time). The English messages are not bundled (the content
 * script's size budget): outside an extension (unit tests) a message shows as its key and its substitutions.
 */
import type { Verdict } from '../../../src/verdict';
import { ext } from '../ext';

export function t(key: string, subs?: string[]): string {
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

/** The UI language for dates and numbers (the browser's, as `_locales` picks it). */
export function uiLocale(): string | undefined {
  try {
    return ext.i18n.getUILanguage() || undefined;
  } catch {
    return undefined;
  }
}
