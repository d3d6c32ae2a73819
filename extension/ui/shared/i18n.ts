/**
 * The extension pages' strings, from the message catalogues (extension/i18n/<surface>/<locale>.json, merged into
 * _locales at build time by scripts/locales.ts) in the browser's interface language. A missing message shows its
 * key, so a gap is visible in screenshots and caught by tests rather than silently English.
 */
import browser from 'webextension-polyfill';

export function t(key: string, subs?: string | (string | number)[]): string {
  const args = subs === undefined ? undefined : Array.isArray(subs) ? subs.map(String) : [subs];
  try {
    const m = browser.i18n.getMessage(key, args);
    if (m) return m;
  } catch {
    // outside an extension (unit tests)
  }
  return args?.length ? `${key}: ${args.join(' · ')}` : key;
}

/** The interface language, for numbers and dates (`Intl`), as the catalogues pick it. */
export function uiLocale(): string | undefined {
  try {
    return browser.i18n.getUILanguage() || undefined;
  } catch {
    return undefined;
  }
}
