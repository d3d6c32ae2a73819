/**
 * The part of a universal-era blob (`__UNIVERSAL_DATA_FOR_REHYDRATION__`) that describes the profile: its
 * `webapp.user-detail` scope, cut out of the text without parsing it. On a real 2025 profile page the blob is 230 KB,
 * of which the user-detail scope is 2.6 KB and TikTok's interface strings 172 KB; the content script sent all of it
 * to the background, and cloning it into the message was most of the script's time on that page (issue 15: ~10 ms
 * of `sendMessage` a load in the V8 profile of the real capture).
 *
 * Why the key can be found with indexOf: in valid JSON a `"` inside a string is always escaped (`\"`), and after a
 * string's closing quote only `,` `:` `}` `]` or whitespace can follow, so `"webapp.user-detail":` occurs only as a
 * key. Its object is then walked token by token (strings as whole tokens, so braces in a bio do not count).
 */

const KEY = '"webapp.user-detail":';
/** One token: a string (escapes included), a brace, or a run of anything else. */
const TOKEN = /"(?:[^"\\]|\\.)*"|[{}]|[^"{}]+/y;

/**
 * The blob reduced to `{"__DEFAULT_SCOPE__":{"webapp.user-detail":…}}`, or undefined when the scope is not there
 * as an object or its end is not found (the caller then keeps the whole text).
 */
export function userDetailText(blob: string): string | undefined {
  const at = blob.indexOf(KEY);
  if (at < 0) return undefined;
  let i = at + KEY.length;
  while (blob[i] === ' ' || blob[i] === '\n' || blob[i] === '\t' || blob[i] === '\r') i++;
  if (blob[i] !== '{') return undefined;
  const start = i;
  let depth = 0;
  TOKEN.lastIndex = start;
  for (let m = TOKEN.exec(blob); m; m = TOKEN.exec(blob)) {
    const t = m[0];
    if (t === '{') depth++;
    else if (t === '}' && --depth === 0) {
      return `{"__DEFAULT_SCOPE__":{"webapp.user-detail":${blob.slice(start, TOKEN.lastIndex)}}}`;
    }
  }
  return undefined;
}
