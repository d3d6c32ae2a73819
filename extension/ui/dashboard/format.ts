/**
 * Numbers, dates, verdicts and decisions as the dashboard shows them, in the interface language: `Intl` with
 * `uiLocale()`, names from the message catalogues (extension/i18n/common for verdicts, …/dashboard for the rest).
 */
import type { Decision, Verdict } from '../../protocol';
import { t, uiLocale } from '../shared/i18n';

/**
 * The language the messages were picked in, as a BCP 47 tag from the catalogue itself (`dash_locale`: `es`,
 * `zh-CN`, …), for Intl. Neither `getUILanguage()` nor `@@ui_locale` can be trusted for it: Debian's Chromium with
 * `--lang=es` picks Spanish messages while one or the other still says English (seen 2026-12-03).
 */
const picked = t('dash_locale');
const browserLocale = uiLocale();
/** The catalogue's language, refined by the browser's region when they agree (en-GB stays en-GB). */
export const locale: string | undefined = !/^[a-z]{2,3}(-[A-Z]{2})?$/.test(picked)
  ? browserLocale
  : browserLocale?.startsWith(picked)
    ? browserLocale
    : picked;
const numbers = new Intl.NumberFormat(locale);
const days = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
const times = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });

export const num = (n: number | null | undefined) => (n === undefined || n === null ? '—' : numbers.format(n));
export const day = (t: number | undefined) => (t ? days.format(t) : '—');
export const dateTime = (t: number | undefined) => (t ? times.format(t) : '—');

/** "in 5 minutes", "3 hours ago", "yesterday": the watchlist's last and next check. */
export function fromNow(at: number | undefined, now = Date.now()): string {
  if (!at) return '—';
  const s = (at - now) / 1000;
  const abs = Math.abs(s);
  if (abs < 60) return relative.format(Math.round(s), 'second');
  if (abs < 3600) return relative.format(Math.round(s / 60), 'minute');
  if (abs < 86_400) return relative.format(Math.round(s / 3600), 'hour');
  return relative.format(Math.round(s / 86_400), 'day');
}

/** A country or region name for an ISO 3166 code (the code itself when Intl has no name for it). */
export function regionName(code: string): string {
  try {
    return new Intl.DisplayNames(locale ? [locale] : [], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export const verdictName = (v: Verdict) => t(`verdict_short_${v.replace('-', '_')}`);
export const decisionName = (d: Decision) => t(`dash_decision_${d.replace(/-/g, '_')}`);
