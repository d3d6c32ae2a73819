/**
 * listed-account — the handle is on an enabled list of state-media accounts (the bundled seed list or a list the
 * user subscribed to). Why: each entry carries the public source that names the account as state media, so a
 * match is a confirmation with a citation.
 */
import { WEIGHTS } from './thresholds';
import type { Signal } from './types';

export const listedAccount: Signal = {
  id: 'listed-account',
  axis: 'affiliation',
  evaluate({ obs, lookupList }) {
    const entry = lookupList?.(obs.handle);
    if (!entry) return undefined;
    const who = entry.outlet ? ` as ${entry.outlet}` : '';
    return {
      id: 'listed-account',
      axis: 'affiliation',
      value: entry.list,
      threshold: 'on an enabled list',
      points: WEIGHTS['listed-account'],
      evidence: `Listed${who} on “${entry.list}” (source: ${entry.source}).`,
      strength: 'confirmed',
    };
  },
};
