/** Shared by the bio-link tests: the outlet-link signal's points for a bio and a link on an otherwise empty profile. */
import { outletLink } from '../../src/signals/outlet-link';
import type { Observation } from '../../src/tiktok/observation';

export function linkPoints(signature: string, bioLink: string, nickname = 'x', handle = 'someone'): number | undefined {
  const obs = {
    handle,
    source: 'dom',
    observedAt: 0,
    posts: [],
    user: { uniqueId: handle, nickname, signature, bioLink },
  } as unknown as Observation;
  return outletLink.evaluate({ obs, history: [], now: 0 })?.points;
}
