/**
 * A business account that posts like a content farm. Business accounts are exempt from the zero-follows and
 * posting-cadence signals because brands follow nobody and post on a schedule; an account posting ten or more times
 * a day (THRESHOLDS.farmPostsPerDay) with engagement-bait tags on most posts, or in batches within the hour
 * (THRESHOLDS.burstPosts), is not posting like a brand, and the exemption does not hold for it. Verified and
 * organisation accounts keep theirs: newsrooms post often.
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

export function farmPosting(obs: Observation): FarmPosting | undefined {
  const u = obs.user;
  if (!u?.commerceUser || u.verified || u.isOrganization) return undefined;
  const cadence = cadenceOf(obs);
  const bait = baitOf(obs);
  if (!cadence || !bait || cadence.perDay < THRESHOLDS.farmPostsPerDay) return undefined;
  // Bait on most posts, or batches uploaded within the hour (the ninety-first set's farm posted 53 a day in batches of
  // five, untagged): either is a farm's way of posting, and no brand posts ten a day.
  if (bait.share < THRESHOLDS.baitShare && cadence.burst < THRESHOLDS.burstPosts) return undefined;
  return { perDay: cadence.perDay, burst: cadence.burst, stuffed: bait.stuffed, posts: bait.posts.length };
}
