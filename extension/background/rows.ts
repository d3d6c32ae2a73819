/**
 * Observation <-> the compact row the cache keeps (db.ts): the text of posts and the profile are left out of
 * history rows (the account row keeps the latest profile), so a visit costs a few hundred bytes.
 */
import { isLabelled } from '../../src/history/labels';
import { compactTimeline, postsFromTimeline } from '../../src/history/timeline';
import type { Observation, PostSummary, UserInfo } from '../../src/tiktok/observation';
import type { ObservationRow, PostColumns, VisitRow } from './row-types';

export function toRow(obs: Observation): ObservationRow {
  const row: ObservationRow = {
    handle: obs.handle,
    observedAt: obs.observedAt,
    status: obs.status,
    source: obs.source,
    timeline: compactTimeline(obs.posts),
  };
  if (obs.stats) row.stats = { ...obs.stats };
  if (obs.exactCounts !== undefined) row.exactCounts = obs.exactCounts;
  if (obs.user) {
    row.labelled = isLabelled(obs.user);
    if (row.labelled) {
      row.label = {};
      if (obs.user.stateControlledMedia !== undefined) row.label.value = obs.user.stateControlledMedia;
      if (obs.user.stateControlledMediaText !== undefined) row.label.text = obs.user.stateControlledMediaText;
    }
  }
  return row;
}

/**
 * A row as an Observation for the history-based signals. The profile is the account's latest (`user`), with the
 * label fields as this row saw them; posts carry no text.
 */
export function fromRow(row: ObservationRow, user?: UserInfo): Observation {
  const obs: Observation = {
    handle: row.handle,
    status: row.status,
    source: row.source,
    observedAt: row.observedAt,
    posts: postsFromTimeline(row.timeline),
  };
  if (row.stats) obs.stats = { ...row.stats };
  if (row.exactCounts !== undefined) obs.exactCounts = row.exactCounts;
  if (row.labelled !== undefined) {
    const { stateControlledMedia: _v, stateControlledMediaText: _t, ...rest } = user ?? { uniqueId: row.handle };
    obs.user = { ...rest };
    if (row.label?.value !== undefined) obs.user.stateControlledMedia = row.label.value;
    if (row.label?.text !== undefined) obs.user.stateControlledMediaText = row.label.text;
  }
  return obs;
}

/** A post as a verdict row keeps it: every field but its caption text ('' where it had one) and music title. */
function slimPost(p: PostSummary): PostSummary {
  const { desc, musicTitle: _m, ...rest } = p;
  return desc === undefined ? rest : { ...rest, desc: '' };
}

/** Posts by field (db.ts PostColumns), in their order. */
export function toColumns(posts: readonly PostSummary[]): PostColumns {
  const cols: PostColumns = {};
  posts.forEach((p, i) => {
    for (const [k, v] of Object.entries(slimPost(p))) {
      if (v === undefined) continue;
      cols[k] ??= new Array(posts.length).fill(null);
      cols[k][i] = v;
    }
  });
  return cols;
}

/** Posts from their fields: a null is a field the post did not have. */
export function fromColumns(cols: PostColumns): PostSummary[] {
  const n = Math.max(0, ...Object.values(cols).map((c) => c.length));
  const posts = Array.from({ length: n }, () => ({}) as Record<string, unknown>);
  for (const [k, values] of Object.entries(cols)) {
    values.forEach((v, i) => {
      if (v !== null) posts[i]![k] = Array.isArray(v) ? [...v] : v;
    });
  }
  return posts as unknown as PostSummary[];
}

/** The visit an assessment was made from, for the verdict row (db.ts VisitRow): the profile stays on the account. */
export function toVisit(obs: Observation): VisitRow {
  const { handle: _h, user, posts, ...rest } = obs;
  return { ...rest, posts: toColumns(posts), profile: user !== undefined };
}

/** The visit back as the Observation that was assessed; `user` is the account row's, the profile of that visit. */
export function fromVisit(handle: string, visit: VisitRow, user?: UserInfo): Observation {
  const { profile, posts, ...rest } = visit;
  const obs: Observation = { ...rest, handle, posts: fromColumns(posts) };
  if (profile) obs.user = user ? { ...user } : { uniqueId: handle };
  return obs;
}
