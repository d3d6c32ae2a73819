/**
 * Status pages told apart by their text, in the viewer's interface language. The page's own translation strings
 * (`webapp.i18n-translation`, carried by every universal-era page and by the 2023 SIGI capture) are the first source:
 * they are exactly what TikTok renders, whatever the language. The table below covers pages without them (a page
 * saved by the browser, an older era). The embedded `statusCode` is preferred whenever present.
 */

import { isObject } from './json';
import type { ProfileStatus } from './observation';

type TextStatus = Extract<ProfileStatus, 'missing' | 'private' | 'banned'>;

/**
 * Keys of TikTok's web translations for each status (seen in the 2023 SIGI capture's `Webapp` namespace:
 * "Couldn't find this account", `err_user`, "This account is private", `err_user_private`).
 */
const KEYS: Record<TextStatus, string[]> = {
  missing: ["Couldn't find this account", 'err_user'],
  private: ['This account is private', 'err_user_private'],
  banned: [],
};

/**
 * Built-in phrases. en: TikTok's English strings (2023 SIGI capture). fr: "Impossible de trouver ce compte", as a
 * public account checker matches TikTok's French page. zh-Hant: "找不到此帳號" (`err_user` of TikTok's zh-Hant web
 * translations, seen in a public repository's copy of them).
 */
const BUILT_IN: Record<TextStatus, RegExp> = {
  missing: /couldn['’]t find this account|impossible de trouver ce compte|找不到此帳號/i,
  private: /this account is private|ce compte est privé|此帳號為私密帳號/i,
  banned: /account (?:was|has been) banned|account is banned/i,
};

export interface StatusPhrases {
  match(text: string): TextStatus | undefined;
}

/** The first sentence of a translation: TikTok's longer strings add "Visit TikTok to discover…" after it. */
function firstSentence(s: string): string {
  return (s.split(/[.。!！]/)[0] ?? s).trim();
}

/** Phrases from the page's own translations (any era's blob that holds a `Webapp`-like namespace), then the table. */
export function statusPhrases(translations?: unknown): StatusPhrases {
  const own: [TextStatus, string][] = [];
  if (isObject(translations)) {
    for (const ns of Object.values(translations)) {
      if (!isObject(ns)) continue;
      for (const [status, keys] of Object.entries(KEYS) as [TextStatus, string[]][]) {
        for (const k of keys) {
          const v = ns[k];
          const phrase = typeof v === 'string' ? firstSentence(v).toLowerCase() : '';
          if (phrase.length >= 4 && phrase.length <= 200) own.push([status, phrase]);
        }
      }
    }
  }
  return {
    match(text) {
      const t = text.toLowerCase();
      for (const [status, phrase] of own) if (t.includes(phrase)) return status;
      for (const status of ['missing', 'private', 'banned'] as const) if (BUILT_IN[status].test(text)) return status;
      return undefined;
    },
  };
}
