/**
 * Merging readings of one account taken together (the page's JSON, its grid, the API answers) into one
 * Observation: exact counts beat rounded ones, defined fields beat missing ones, posts are joined by id.
 */
import type { Observation, PostSummary } from './observation';
import { dropUndefined } from './raw';

const STATUS_RANK: Record<Observation['status'], number> = {
  unreadable: 0,
  ok: 1,
  private: 2,
  restricted: 3,
  wall: 4,
  banned: 5,
  missing: 6,
};

/** `p` without its undefined fields: `p` itself when it has none (every reader's post), instead of a copy. */
function definedFields(p: PostSummary): Partial<PostSummary> {
  if (!Object.values(p).includes(undefined)) return p;
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined));
}

/** Posts joined by id, the later reading's defined fields over the earlier's. */
function mergePosts(a: PostSummary[], b: PostSummary[]): PostSummary[] {
  const byId = new Map<string, PostSummary>();
  for (const list of [a, b])
    for (const p of list) {
      const prev = byId.get(p.id);
      byId.set(
        p.id,
        prev ? { ...prev, ...definedFields(p), hashtags: p.hashtags.length ? p.hashtags : prev.hashtags } : p,
      );
    }
  return [...byId.values()].sort((x, y) => y.createTime - x.createTime);
}

/** `extra` fills and refines `base`; both must be about the same handle (else `base` is returned unchanged). */
export function mergeObservations(base: Observation, extra: Observation): Observation {
  if (base.handle !== extra.handle) return base;
  const out: Observation = { ...base, posts: mergePosts(base.posts, extra.posts) };
  // A profile with data is "ok" even if one part said otherwise; a status page only wins over no data.
  if (!base.user && extra.user) out.status = extra.status;
  else if (!base.user && !extra.user && STATUS_RANK[extra.status] > STATUS_RANK[base.status]) out.status = extra.status;
  if (extra.user) out.user = { ...(base.user ?? {}), ...dropUndefined({ ...extra.user }) };
  if (extra.stats) {
    const takeExtra = !base.stats || extra.exactCounts || !base.exactCounts;
    out.stats = takeExtra ? { ...(base.stats ?? {}), ...extra.stats } : { ...extra.stats, ...base.stats };
    const winner = takeExtra ? extra : base;
    const loser = takeExtra ? base : extra;
    // Exact only if every count kept is: the header's rounded "following" beside schema.org's exact followers is not.
    const keptFromLoser = Object.keys(loser.stats ?? {}).some((k) => !(k in (winner.stats ?? {})));
    out.exactCounts = keptFromLoser ? Boolean(winner.exactCounts && loser.exactCounts) : winner.exactCounts;
  }
  if (base.postList || extra.postList) out.postList = true;
  out.observedAt = Math.max(base.observedAt, extra.observedAt);
  return dropUndefined(out);
}
