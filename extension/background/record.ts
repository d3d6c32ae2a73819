/**
 * Recording a visit: store the observation (unless it repeats the last one within minutes), then assess it
 * against the account's history. One transaction, so two tabs recording at once cannot interleave badly.
 */

import type { Observation } from '../../src/tiktok/observation';
import { assess } from '../../src/verdict';
import type { ObserveResponse } from '../messages';
import type { LensDb } from './db';

/** A visit that changes nothing within this window adds no row (a reload, a second tab). */
const SAME_VISIT_MS = 10 * 60_000;
/** History the verdict looks at: enough for growth over months, bounded for speed. */
const HISTORY_ROWS = 200;

function sameCounts(a: Observation, b: Observation): boolean {
  const x = a.stats ?? {};
  const y = b.stats ?? {};
  return (
    x.followers === y.followers &&
    x.following === y.following &&
    x.likes === y.likes &&
    x.videos === y.videos &&
    a.status === b.status &&
    Boolean(a.user?.stateControlledMedia) === Boolean(b.user?.stateControlledMedia)
  );
}

export async function recordObservation(db: LensDb, obs: Observation, now = Date.now()): Promise<ObserveResponse> {
  return db.transaction('rw', db.accounts, db.observations, async () => {
    const earlier = await db.observations
      .where('[handle+observedAt]')
      .between([obs.handle, 0], [obs.handle, obs.observedAt], true, false)
      .reverse()
      .limit(HISTORY_ROWS)
      .toArray();
    const last = earlier[0];
    const repeat = last && obs.observedAt - last.observedAt < SAME_VISIT_MS && sameCounts(obs, last);
    // A repeat within minutes refines the last row (more of the grid seen) instead of adding one.
    if (repeat && last?.id !== undefined) await db.observations.put({ ...last, ...obs, id: last.id });
    else await db.observations.add({ ...obs });
    const history = (repeat ? earlier.slice(1) : earlier).reverse();
    const assessment = assess(obs, { history, now });
    const prev = await db.accounts.get(obs.handle);
    await db.accounts.put({
      handle: obs.handle,
      nickname: obs.user?.nickname ?? prev?.nickname,
      firstSeen: prev?.firstSeen ?? obs.observedAt,
      lastSeen: obs.observedAt,
      verdict: assessment.verdict,
      score: assessment.score,
      followers: obs.stats?.followers ?? prev?.followers,
    });
    return { assessment, observations: history.length + 1 };
  });
}
