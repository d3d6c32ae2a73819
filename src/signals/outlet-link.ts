/**
 * outlet-link — the bio link goes to the site of an outlet of the registry (src/lists/registry/).
 * What: the host of the bio link (after TikTok's /link/v2 redirect) against the registry's domains, indexed by
 * domain suffix, and the State Media Monitor typology of the row it falls in.
 * Why: accounts that publish for an outlet send their audience to it; an unlabelled account that links a state
 * broadcaster is the pattern researchers report for outlets' new unlabelled channels. Evidence, not confirmation:
 * someone could link a state site to criticise it, which is why this alone makes `suspected`, not `state-media`.
 * By typology: state media (SC, CaPu) and captured private media (CaPr) are evidence; a captured private outlet is
 * never more than that (only `confirmed` makes `state-media`). Publicly funded, editorially independent media
 * (ISFM, ISF, ISM, IP) are recognised and named, for 0 points: a link to the BBC is no tie to a state.
 */
import { outletForLink } from '../lists/match';
import { affiliationOf, TYPOLOGY_WORDS } from '../lists/typology';
import { WEIGHTS } from './thresholds';
import type { Signal } from './types';

const THRESHOLD = 'a domain of a state or captured outlet';

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
        threshold: THRESHOLD,
        points: 0,
        evidence: 'The bio link does not go to a known state outlet.',
      };
    }
    const { outlet, host } = hit;
    const row = `${outlet.name} (${outlet.state}; State Media Monitor: ${outlet.type}, ${TYPOLOGY_WORDS[outlet.type]})`;
    const source = `Source: ${outlet.source}`;
    const affiliation = affiliationOf(outlet.type);
    if (affiliation === 'independent') {
      return {
        id: 'outlet-link',
        axis: 'affiliation',
        value: host,
        threshold: THRESHOLD,
        points: 0,
        evidence: `The bio links to ${host}: ${outlet.name} (${outlet.state}) is publicly funded, editorially independent media (State Media Monitor: ${outlet.type}): not evidence of state ties. ${source}`,
      };
    }
    return {
      id: 'outlet-link',
      axis: 'affiliation',
      value: host,
      threshold: THRESHOLD,
      points: WEIGHTS['outlet-link'],
      evidence:
        affiliation === 'state'
          ? `The bio links to ${host}, the site of ${row}. ${source}`
          : `The bio links to ${host}, the site of ${row}: a tie to an outlet the government steers, not to state media itself. ${source}`,
      strength: 'evidence',
    };
  },
};
