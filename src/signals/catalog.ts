/**
 * Every signal's id, axis and one line on what it looks at: what the options page lists, without the signal code or
 * the outlet tables behind it. `Record<SignalId, …>` makes the list complete; its order is src/signals/index.ts's.
 */
import type { Axis, SignalId } from './types';

const CATALOG: Record<SignalId, { axis: Axis; about: string }> = {
  'tiktok-label': { axis: 'affiliation', about: "TikTok's own state-media label" },
  'listed-account': { axis: 'affiliation', about: 'the handle is on an enabled list' },
  'outlet-link': { axis: 'affiliation', about: 'the bio link goes to the site of a known outlet' },
  'outlet-employer': { axis: 'affiliation', about: 'the bio names a state outlet as its employer' },
  'state-voice': { axis: 'affiliation', about: 'the account presents itself as a state' },
  'zero-follows': { axis: 'amplification', about: 'follows nobody while having a real audience' },
  'young-reach': { axis: 'amplification', about: 'a young account with outsized reach' },
  'views-per-follower': { axis: 'amplification', about: 'posts habitually reach several times the audience' },
  'hit-rate': { axis: 'amplification', about: 'recent posts far above the account’s own baseline' },
  'posting-cadence': { axis: 'amplification', about: 'many posts a day, or batches within the hour' },
  'hashtag-bait': { axis: 'amplification', about: 'engagement-bait hashtag stuffing' },
  'growth-spike': { axis: 'amplification', about: 'follower growth far above its own earlier rate' },
};

export const SIGNAL_CATALOG: readonly { id: SignalId; axis: Axis; about: string }[] = Object.entries(CATALOG).map(
  ([id, s]) => ({ id: id as SignalId, ...s }),
);
