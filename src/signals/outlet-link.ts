/**
 * outlet-link — the bio link goes to a state outlet's site.
 * What: the host of the bio link (after TikTok's /link/v2 redirect) against the domains of src/lists/outlets.ts.
 * Why: accounts that publish for an outlet send their audience to it; an unlabelled account that links a state
 * broadcaster is the pattern researchers report for outlets' new unlabelled channels. Evidence, not confirmation:
 * someone could link a state site to criticise it, which is why this alone makes `suspected`, not `state-media`.
 */
import { outletForLink } from '../lists/match';
import { WEIGHTS } from './thresholds';
import type { Signal } from './types';

export const outletLink: Signal = {
  id: 'outlet-link',
  axis: 'affiliation',
  evaluate({ obs }) {
    const link = obs.user?.bioLink;
    if (!link) return undefined;
    const hit = outletForLink(link);
    if (!hit) {
      return {
        id: 'outlet-link',
        axis: 'affiliation',
        value: link.slice(0, 200),
        threshold: 'a state outlet domain',
        points: 0,
        evidence: 'The bio link does not go to a known state outlet.',
      };
    }
    return {
      id: 'outlet-link',
      axis: 'affiliation',
      value: hit.host,
      threshold: 'a state outlet domain',
      points: WEIGHTS['outlet-link'],
      evidence: `The bio links to ${hit.host}, the site of ${hit.outlet.name} (state media of ${hit.outlet.state}; ${hit.outlet.source}).`,
      strength: 'evidence',
    };
  },
};
