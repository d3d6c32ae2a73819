/**
 * hashtag-bait — engagement-bait hashtag stuffing.
 * What: the share of recent posts carrying two or more tags whose only meaning is "show this to everyone"
 * (#fyp, #foryou, #foryoupage, #xyzbca, #viral and their equivalents in other languages).
 * Why: the reported North Korea account stuffed #fyp #foryou #xyzbca into nearly every post; growth-hacking
 * channels do the same. Ordinary creators use one now and then, so a single tag does not count, and the weight is
 * the smallest of all signals.
 */
import type { Observation, PostSummary } from '../tiktok/observation';
import { THRESHOLDS, WEIGHTS } from './thresholds';
import type { Signal } from './types';
import { regularPosts, round } from './util';

/** Lower case, without '#'. Includes Spanish/Portuguese "para ti", French "pour toi", German "für dich", Italian
 * "per te", Turkish "keşfet", Vietnamese "xu hướng", Korean 추천, Chinese 推荐/热门, Russian рекомендации. */
export const BAIT_TAGS: ReadonlySet<string> = new Set([
  'fyp',
  'fy',
  'fypシ',
  'fypシ゚viral',
  'foryou',
  'foryoupage',
  'for_you',
  'xyzbca',
  'xybca',
  'viral',
  'viralvideo',
  'trending',
  'trend',
  'blowthisup',
  'explore',
  'explorepage',
  'parati',
  'paratii',
  'pourtoi',
  'fürdich',
  'fürdichseite',
  'perte',
  'keşfet',
  'kesfet',
  'xuhuong',
  '추천',
  '推荐',
  '热门',
  'рекомендации',
  'рек',
  'врек',
]);

/** The recent posts with text, how many are bait-stuffed, and their share; undefined under minPosts. */
export function baitOf(obs: Observation): { posts: PostSummary[]; stuffed: number; share: number } | undefined {
  const posts = regularPosts(obs).filter((p) => p.desc !== undefined || p.hashtags.length > 0);
  if (posts.length < THRESHOLDS.minPosts) return undefined;
  const stuffed = posts.filter(
    (p) => p.hashtags.filter((t) => BAIT_TAGS.has(t.toLowerCase())).length >= THRESHOLDS.baitTagsPerPost,
  ).length;
  return { posts, stuffed, share: stuffed / posts.length };
}

export const hashtagBait: Signal = {
  id: 'hashtag-bait',
  axis: 'amplification',
  evaluate({ obs }) {
    const bait = baitOf(obs);
    if (!bait) return undefined;
    const { posts, stuffed, share } = bait;
    const fires = share >= THRESHOLDS.baitShare;
    return {
      id: 'hashtag-bait',
      axis: 'amplification',
      value: round(share),
      threshold: THRESHOLDS.baitShare,
      sayThreshold: { key: 'sig_th_hashtag_bait', args: [{ pct: THRESHOLDS.baitShare }] },
      points: fires ? WEIGHTS['hashtag-bait'] : 0,
      evidence: `${stuffed} of ${posts.length} recent posts carry ${THRESHOLDS.baitTagsPerPost} or more engagement-bait hashtags such as #fyp or #foryou.`,
      say: { key: 'sig_hashtag_bait', args: [stuffed, posts.length, THRESHOLDS.baitTagsPerPost] },
    };
  },
};
