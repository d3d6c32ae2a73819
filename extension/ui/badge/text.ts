/** Localised strings for the in-page badge, with English fallbacks when a message is missing. */
import browser from 'webextension-polyfill';
import type { Verdict } from '../../../src/verdict';

const FALLBACK: Record<string, string> = {
  verdict_state_media: 'State media',
  verdict_suspected: 'Possible state-linked account',
  verdict_unusual: 'Unusual reach',
  verdict_clear: 'Nothing notable',
  verdict_unknown: 'Not enough data',
  details_title: 'Why this label',
  details_affiliation: 'Ties to a state',
  details_amplification: 'Manufactured reach',
  details_close: 'Close',
};

export function t(key: string, subs?: string[]): string {
  try {
    const m = browser.i18n.getMessage(key, subs);
    if (m) return m;
  } catch {
    // outside an extension context (tests): fall back to English
  }
  return FALLBACK[key] ?? key;
}

export function verdictText(v: Verdict): string {
  return t(`verdict_${v.replace('-', '_')}`);
}
