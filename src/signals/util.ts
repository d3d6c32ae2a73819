import { affiliationOf, type Typology } from '../lists/typology';
import type { Observation, PostSummary } from '../tiktok/observation';
import { DAY_MS, DAY_S, HOUR_S } from '../time';
import type { SayArg } from './say';
import { THRESHOLDS } from './thresholds';

export function median(xs: readonly number[]): number | undefined {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Recent regular posts, newest first: pinned posts and ads distort recent statistics (docs/tiktok-format.md). */
export function regularPosts(obs: Observation, max = 35): PostSummary[] {
  return obs.posts.filter((p) => !p.pinned && !p.ad).slice(0, max);
}

/** Posts per day over the recent posts' span (upload times from the video ids), the span, and the most within an hour. */
export function cadenceOf(obs: Observation): { perDay: number; spanDays: number; burst: number } | undefined {
  const times = regularPosts(obs).map((p) => p.createTime);
  if (times.length < THRESHOLDS.minPosts * 2) return undefined;
  const newest = times[0] ?? 0;
  const oldest = times[times.length - 1] ?? 0;
  const spanDays = Math.max((newest - oldest) / DAY_S, 1 / 24);
  let burst = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while ((times[j] ?? 0) - (times[i] ?? 0) > HOUR_S) j++;
    burst = Math.max(burst, i - j + 1);
  }
  return { perDay: (times.length - 1) / spanDays, spanDays, burst };
}

/** A full first page of the grid (TikTok's item_list pages hold 30–35 posts): fewer means we see every post. */
export const FULL_GRID = 30;

/**
 * Account age in days: from `createTime` or the id snowflake; failing both (DOM-only pages), from the oldest post
 * when the grid is not full and so shows the first upload. `basis` says which, for the evidence sentence.
 */
export function accountAge(obs: Observation, now: number): { days: number; basis: string } | undefined {
  const created = obs.user?.createTime;
  if (created) return { days: Math.max(0, (now - created * 1000) / DAY_MS), basis: 'account creation time' };
  const posts = obs.posts;
  const total = obs.stats?.videos;
  const seesAll = total !== undefined ? posts.length >= total : posts.length > 0 && posts.length < FULL_GRID;
  const oldest = posts[posts.length - 1];
  if (seesAll && oldest) return { days: Math.max(0, (now - oldest.createTime * 1000) / DAY_MS), basis: 'first upload' };
  return undefined;
}

/** Verified, commerce and organisation accounts follow nobody as a matter of course. */
export function establishedKind(obs: Observation): string | undefined {
  const u = obs.user;
  if (u?.verified) return 'verified';
  if (u?.commerceUser) return 'a business account';
  if (u?.isOrganization) return 'an organisation account';
  return undefined;
}

/** `establishedKind`'s words as a message of extension/i18n/signals, for `say`. */
export function kindSay(kind: string): SayArg {
  const key = kind === 'verified' ? 'verified' : kind === 'a business account' ? 'business' : 'organisation';
  return { say: { key: `sig_kind_${key}` } };
}

/** A typology's words (src/lists/typology.ts TYPOLOGY_WORDS) as a message; the four independent types share one. */
export function typologySay(type: Typology): SayArg {
  return { say: { key: `sig_typology_${affiliationOf(type) === 'independent' ? 'independent' : type}` } };
}

/** A state as the UI names it: an ISO 3166-1 alpha-2 code as a region, anything else (a list's country name) as text. */
export function stateSay(state: string): SayArg {
  return /^[A-Z]{2}$/.test(state) ? { region: state } : { text: state };
}

/** `accountAge`'s basis as a message, for `say`. */
export function basisSay(basis: string): SayArg {
  return { say: { key: basis === 'first upload' ? 'sig_age_from_upload' : 'sig_age_from_created' } };
}

export function fmt(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1).replace(/\.0$/, '')}B`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1).replace(/\.0$/, '')}M`;
  if (n >= 1e4) return `${Math.round(n / 1e3)}K`;
  return Math.round(n).toLocaleString('en-US');
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
