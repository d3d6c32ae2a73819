/**
 * A business account that posts like a content farm. Business accounts are exempt from the zero-follows and
 * posting-cadence signals because brands follow nobody and post on a schedule; an account posting ten or more times
 * a day (THRESHOLDS.farmPostsPerDay) with engagement-bait tags on most posts is not posting like a brand, and the
 * exemption does not hold for it. Verified and organisation accounts keep theirs: newsrooms post often.
 */
import type { Observation } from '../tiktok/observation';
import { baitOf } from './hashtag-bait';
import { THRESHOLDS } from './thresholds';
import { cadenceOf } from './util';

export interface FarmPosting {
  perDay: number;
  /** The most posts within one hour. */
  burst: number;
  /** Recent posts carrying bait tags, and the recent posts read. */
  stuffed: number;
  posts: number;
}

/** `cadence`: the posting-cadence signal's own reading, when it has one, so that it is not made twice. */
export function farmPosting(obs: Observation, cadence = cadenceOf(obs)): FarmPosting | undefined {
  const u = obs.user;
  if (!u?.commerceUser || u.verified || u.isOrganization) return undefined;
  const bait = baitOf(obs);
  // Bait on most posts, not batches alone: a review of RULES_VERSION 61 found a bakery's, a shoe drop's and a shop's
  // whole grid uploaded in batches read as farms (and a cigar shop named for Cuba `suspected`).
  if (!cadence || !bait || cadence.perDay < THRESHOLDS.farmPostsPerDay || bait.share < THRESHOLDS.baitShare) {
    return undefined;
  }
  return { perDay: cadence.perDay, burst: cadence.burst, stuffed: bait.stuffed, posts: bait.posts.length };
}
