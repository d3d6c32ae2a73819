/**
 * Recording a visit: store the observation compactly (unless it repeats the last one within minutes), note the
 * label appearing or disappearing, then assess it against the account's history and keep the assessment. One
 * transaction, so two tabs recording at once cannot interleave badly, and a worker stopped mid-way writes nothing.
 */

import { isLabelled } from '../../src/history/labels';
import { mergeTimelines } from '../../src/history/timeline';
import type { Observation } from '../../src/tiktok/observation';
import { type AssessOptions, assess } from '../../src/verdict';
import type { ObserveResponse } from '../messages';
import type { LabelEventRow, LensDb, ObservationRow } from './db';
import { fromRow, toRow } from './rows';

/** A visit that changes nothing within this window adds no row (a reload, a second tab). */
const SAME_VISIT_MS = 10 * 60_000;
/** History the verdict looks at: enough for growth over months, bounded for speed. */
const HISTORY_ROWS = 200;

function sameCounts(a: ObservationRow, b: ObservationRow): boolean {
  const x = a.stats ?? {};
  const y = b.stats ?? {};
  return (
    x.followers === y.followers &&
    x.following === y.following &&
    x.likes === y.likes &&
    x.videos === y.videos &&
    a.status === b.status &&
    Boolean(a.labelled) === Boolean(b.labelled)
  );
}

export async function recordObservation(
  db: LensDb,
  obs: Observation,
  now = Date.now(),
  via: LabelEventRow['via'] = 'visit',
  /** Lists, switched-off signals and the like from the options (everything the verdict takes but the history). */
  extras: Omit<AssessOptions, 'history' | 'now'> = {},
): Promise<ObserveResponse> {
  return db.transaction('rw', [db.accounts, db.observations, db.verdicts, db.labelEvents, db.modLabels], async () => {
    const earlier = await db.observations
      .where('[handle+observedAt]')
      .between([obs.handle, 0], [obs.handle, obs.observedAt], true, false)
      .reverse()
      .limit(HISTORY_ROWS)
      .toArray();
    const row = toRow(obs);
    const last = earlier[0];
    const repeat = last && obs.observedAt - last.observedAt < SAME_VISIT_MS && sameCounts(row, last);
    // A repeat within minutes refines the last row (more of the grid seen) instead of adding one.
    if (repeat && last?.id !== undefined) {
      await db.observations.put({
        ...last,
        ...row,
        timeline: mergeTimelines(last.timeline, row.timeline),
        id: last.id,
      });
    } else {
      await db.observations.add(row);
    }

    const before = earlier.find((r) => r.labelled !== undefined)?.labelled;
    if (row.labelled !== undefined && row.labelled !== Boolean(before) && (before !== undefined || row.labelled)) {
      const text = row.label?.text;
      await db.labelEvents.add({
        handle: obs.handle,
        at: obs.observedAt,
        labelled: row.labelled,
        via,
        ...(text ? { text } : {}),
      });
    }

    const prev = await db.accounts.get(obs.handle);
    const history = (repeat ? earlier.slice(1) : earlier).reverse().map((r) => fromRow(r, prev?.user));
    const assessment = assess(obs, { ...extras, history, now });
    const newest = !prev || obs.observedAt >= prev.lastSeen;
    await db.accounts.put({
      handle: obs.handle,
      nickname: (newest ? obs.user?.nickname : undefined) ?? prev?.nickname,
      firstSeen: Math.min(prev?.firstSeen ?? obs.observedAt, obs.observedAt),
      lastSeen: Math.max(prev?.lastSeen ?? obs.observedAt, obs.observedAt),
      verdict: newest ? assessment.verdict : prev.verdict,
      score: newest ? assessment.score : prev.score,
      followers: (newest ? obs.stats?.followers : undefined) ?? prev?.followers,
      user: (newest ? obs.user : undefined) ?? prev?.user,
      labelled: (newest && obs.user ? isLabelled(obs.user) : undefined) ?? prev?.labelled,
    });
    if (newest) {
      await db.verdicts.put({
        handle: obs.handle,
        at: now,
        verdict: assessment.verdict,
        score: assessment.score,
        assessment,
      });
    }
    const moderatorLabel = await db.modLabels.get(obs.handle);
    return { assessment, observations: history.length + 1, ...(moderatorLabel ? { moderatorLabel } : {}) };
  });
}
