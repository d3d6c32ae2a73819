/**
 * zero-follows — follows nobody while having a real audience.
 * Why: an account run by a person follows others; the account in the news report that started this project
 * followed nobody at 200k followers. Celebrities, brands and organisations also follow nobody, so verified,
 * business and organisation accounts are reported but not counted — unless a business account posts like a content
 * farm (./content-farm.ts).
 * Threshold: 10,000 followers (TikTok's Creator Rewards eligibility floor) — below that it is ordinary.
 */

import { farmPosting } from './content-farm';
import { THRESHOLDS, WEIGHTS } from './thresholds';
import type { Signal } from './types';
import { establishedKind, fmt, kindSay, round } from './util';

export const zeroFollows: Signal = {
  id: 'zero-follows',
  axis: 'amplification',
  evaluate({ obs }) {
    const following = obs.stats?.following;
    const followers = obs.stats?.followers;
    if (following === undefined || followers === undefined) return undefined;
    const base = {
      id: 'zero-follows',
      axis: 'amplification' as const,
      value: following,
      threshold: `0 follows with ≥ ${fmt(THRESHOLDS.zeroFollowsMinFollowers)} followers`,
      sayThreshold: { key: 'sig_th_zero_follows', args: [{ n: THRESHOLDS.zeroFollowsMinFollowers, compact: true }] },
    };
    const n = { n: followers, compact: true };
    if (following > 0) {
      return {
        ...base,
        points: 0,
        evidence: `Follows ${fmt(following)} accounts.`,
        say: { key: 'sig_zero_follows_some', args: [{ n: following, compact: true }] },
      };
    }
    if (followers < THRESHOLDS.zeroFollowsMinFollowers) {
      return {
        ...base,
        points: 0,
        evidence: `Follows nobody, but has only ${fmt(followers)} followers.`,
        say: { key: 'sig_zero_follows_small', args: [n] },
      };
    }
    // A business account posting like a content farm is no brand that follows nobody (./content-farm.ts).
    const farm = farmPosting(obs);
    if (farm) {
      return {
        ...base,
        points: WEIGHTS['zero-follows'],
        evidence: `Follows nobody, yet ${fmt(followers)} people follow it; counted although it is a business account, because it posts like a content farm (${round(farm.perDay, 1)} a day, up to ${farm.burst} within an hour, bait hashtags on ${farm.stuffed} of ${farm.posts} recent posts).`,
        say: {
          key: 'sig_zero_follows_farm',
          args: [n, round(farm.perDay, 1), farm.burst, farm.stuffed, farm.posts],
        },
      };
    }
    const kind = establishedKind(obs);
    if (kind) {
      return {
        ...base,
        points: 0,
        evidence: `Follows nobody with ${fmt(followers)} followers; not counted, because it is ${kind}.`,
        say: { key: 'sig_zero_follows_established', args: [n, kindSay(kind)] },
      };
    }
    return {
      ...base,
      points: WEIGHTS['zero-follows'],
      evidence: `Follows nobody, yet ${fmt(followers)} people follow it.`,
      say: { key: 'sig_zero_follows', args: [n] },
    };
  },
};
