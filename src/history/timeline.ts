/**
 * The post timeline: what a profile's own grid says about its past, even on a first visit. Video ids are
 * snowflakes carrying their upload time (tiktok-format.md), so the newest posts and their views give posts per day
 * and views along the upload timeline without any earlier visit. Also the compact form the cache stores.
 */
import type { PostSummary } from '../tiktok/observation';
import { DAY_MS } from '../time';

/** One post as the cache keeps it: `[id, createTime (Unix s), views or null]` — no descriptions, no hashtags. */
export type TimelineEntry = [id: string, createTime: number, views: number | null];

/** Posts a compact timeline keeps: one page of TikTok's item_list holds 35 (tiktok-format.md, `count=35`). */
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

export interface UploadDay {
  /** Start of the UTC day, Unix ms. */
  day: number;
  posts: number;
  /** Views of that day's posts as last seen (0 when none were shown). */
  views: number;
}

/** Posts and views per UTC day of upload, oldest first, with empty days filled in between the first and last. */
export function uploadsPerDay(posts: readonly PostSummary[]): UploadDay[] {
  if (posts.length === 0) return [];
  const days = new Map<number, UploadDay>();
  for (const p of posts) {
    const day = Math.floor((p.createTime * 1000) / DAY_MS) * DAY_MS;
    const d = days.get(day) ?? { day, posts: 0, views: 0 };
    d.posts++;
    d.views += p.views ?? 0;
    days.set(day, d);
  }
  const keys = [...days.keys()];
  const first = Math.min(...keys);
  const last = Math.max(...keys);
  const out: UploadDay[] = [];
  for (let day = first; day <= last; day += DAY_MS) out.push(days.get(day) ?? { day, posts: 0, views: 0 });
  return out;
}

export interface UploadRate {
  /** Posts per day over the span from the oldest to the newest post shown. */
  postsPerDay: number;
  /** Days the shown posts span (at least one hour's worth, so a burst does not divide by zero). */
  spanDays: number;
  posts: number;
}

/** The posting rate over the posts a page shows (pinned posts left out: they are old posts moved to the top). */
export function uploadRate(posts: readonly PostSummary[]): UploadRate | undefined {
  const regular = posts.filter((p) => !p.pinned);
  if (regular.length < 2) return undefined;
  const times = regular.map((p) => p.createTime * 1000);
  const spanDays = Math.max((Math.max(...times) - Math.min(...times)) / DAY_MS, 1 / 24);
  return { postsPerDay: (regular.length - 1) / spanDays, spanDays, posts: regular.length };
}
