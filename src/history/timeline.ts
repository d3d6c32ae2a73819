/**
 * The post timeline in the compact form the cache stores: the newest posts of a profile's grid as
 * `[id, createTime, views]`, joined across visits. (Video ids are snowflakes carrying their upload time:
 * docs/tiktok-format.md.)
 */
import type { PostSummary } from '../tiktok/observation';

/** One post as the cache keeps it: `[id, createTime (Unix s), views or null]` — no descriptions, no hashtags. */
export type TimelineEntry = [id: string, createTime: number, views: number | null];

/** Posts a compact timeline keeps: one page of TikTok's item_list holds 35 (docs/tiktok-format.md, `count=35`). */
export const TIMELINE_POSTS = 35;

/** The newest posts as compact entries, newest first, at most `max`. */
export function compactTimeline(posts: readonly PostSummary[], max = TIMELINE_POSTS): TimelineEntry[] {
  return [...posts]
    .sort((a, b) => b.createTime - a.createTime)
    .slice(0, max)
    .map((p) => [p.id, p.createTime, p.views ?? null]);
}

/** Compact entries back to posts (without text: enough for growth and timing, not for the text signals). */
export function postsFromTimeline(timeline: readonly TimelineEntry[]): PostSummary[] {
  return timeline.map(([id, createTime, views]) =>
    views === null ? { id, createTime, hashtags: [] } : { id, createTime, views, hashtags: [] },
  );
}

/** Join two timelines by id (later readings of a post's views win), newest first, at most `max`. */
export function mergeTimelines(
  older: readonly TimelineEntry[],
  newer: readonly TimelineEntry[],
  max = TIMELINE_POSTS,
): TimelineEntry[] {
  const byId = new Map<string, TimelineEntry>();
  for (const e of older) byId.set(e[0], e);
  for (const e of newer) {
    const prev = byId.get(e[0]);
    byId.set(e[0], e[2] === null && prev ? [e[0], e[1], prev[2]] : e);
  }
  return [...byId.values()].sort((a, b) => b[1] - a[1]).slice(0, max);
}
