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
 * A message about `count` things. chrome.i18n has no plurals, so a message whose English differs for one thing has a
 * second key, `<key>__one`, used where the interface language's plural rules (Intl.PluralRules, CLDR) call the count
 * "one" — in Korean and Chinese never, in English and Spanish for 1 ("1 account", "1 cuenta").
 */
export function tn(key: string, count: number, subs?: string | (string | number)[]): string {
  if (plural().select(count) === 'one') {
    const one = `${key}__one`;
    const m = t(one, subs);
    if (!m.startsWith(one)) return m;
  }
  return t(key, subs);
}

let rules: Intl.PluralRules | undefined;
function plural(): Intl.PluralRules {
  rules ??= new Intl.PluralRules(uiLocale());
  return rules;
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
