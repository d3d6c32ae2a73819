/**
 * Observations of many accounts, in any order -> per account, one merged observation per visit (readings within
 * a few minutes of each other are the same visit: a page and its API answers), oldest first.
 */
import { mergeObservations } from '../tiktok/merge';
import type { Observation } from '../tiktok/observation';

/** Readings closer than this belong to one visit (a page load and the API calls it makes). */
export const VISIT_WINDOW_MS = 10 * 60_000;

export function groupVisits(observations: readonly Observation[]): Map<string, Observation[]> {
  const byHandle = new Map<string, Observation[]>();
  const sorted = [...observations].sort((a, b) => a.observedAt - b.observedAt);
  for (const o of sorted) {
    const visits = byHandle.get(o.handle) ?? [];
    const last = visits[visits.length - 1];
    if (last && o.observedAt - last.observedAt <= VISIT_WINDOW_MS) {
      visits[visits.length - 1] = last.user || !o.user ? mergeObservations(last, o) : mergeObservations(o, last);
    } else {
      visits.push(o);
    }
    byHandle.set(o.handle, visits);
  }
  return byHandle;
}
