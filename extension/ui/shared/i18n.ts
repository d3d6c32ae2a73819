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

/**
 * The interface language, for numbers and dates (`Intl`), as the catalogues pick it: the `ui_locale` message names
 * the catalogue chrome.i18n chose (on Linux, Chromium's `--lang` picks the messages while `getUILanguage()` may stay
 * en-US), else the browser's UI language.
 */
export function uiLocale(): string | undefined {
  try {
    const chosen = browser.i18n.getMessage('ui_locale');
    if (chosen && /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(chosen)) return chosen;
    return browser.i18n.getUILanguage() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The page's `lang` (screen readers, hyphenation, axe's html-has-lang) and title in the interface language; call
 * once before rendering. The HTML files say `lang="en"` until then.
 */
export function localisePage(titleKey?: string): void {
  const lang = uiLocale();
  if (lang) document.documentElement.lang = lang;
  if (titleKey) {
    const title = t(titleKey);
    if (title !== titleKey) document.title = title;
  }
}
