/**
 * listed-account — the handle is on an enabled list (the bundled seed list, a list the user subscribed to or
 * imported, e.g. the State Media Monitor data set). Why: each entry carries the public source that names the
 * account, so a match is a claim with a citation. What it may decide follows the entry's typology
 * (src/lists/typology.ts): state-controlled and captured public media (SC, CaPu; an entry without a type) confirm
 * `state-media`; captured private media (CaPr) is evidence short of it (`suspected` at most); the independent types
 * (ISFM, ISF, ISM, IP) count for nothing and are shown only so the viewer knows the list was consulted.
 */
import { affiliationOf, TYPOLOGY_WORDS } from '../lists/typology';
import { WEIGHTS } from './thresholds';
import type { ListedAccount, Signal } from './types';

/** The list row in words: outlet and country, e.g. "CGTN Africa (China)"; '' when the entry names neither. */
function named(e: ListedAccount): string {
  const where = e.country ?? e.state;
  if (e.outlet) return `${e.outlet}${where ? ` (${where})` : ''}`;
  return where ? `(${where})` : '';
}

/** " as CGTN Africa (China)", or '' . */
const row = (e: ListedAccount) => (named(e) ? ` as ${named(e)}` : '');

/** The source and any note of the entry, for the end of a sentence. */
const cited = (e: ListedAccount) => `source: ${e.source}${e.note ? `; ${e.note}` : ''}`;

export const listedAccount: Signal = {
  id: 'listed-account',
  axis: 'affiliation',
  evaluate({ obs, lookupList }) {
    const entry = lookupList?.(obs.handle);
    if (!entry) return undefined;
    const base = { id: 'listed-account', axis: 'affiliation' as const, value: entry.list };
    if (!entry.type) {
      // A list without typology: what every entry meant before lists carried one.
      const who = entry.outlet ? ` as ${entry.outlet}` : '';
      return {
        ...base,
        threshold: 'on an enabled list',
        points: WEIGHTS['listed-account'],
        evidence: `Listed${who} on “${entry.list}” (${cited(entry)}).`,
        strength: 'confirmed',
      };
    }
    const code = entry.type;
    const affiliation = affiliationOf(code);
    if (affiliation === 'state') {
      return {
        ...base,
        threshold: 'on an enabled list as state-controlled or captured public media',
        points: WEIGHTS['listed-account'],
        evidence: `Listed${row(entry)} on “${entry.list}”, typology ${code}: ${TYPOLOGY_WORDS[code]} (${cited(entry)}).`,
        strength: 'confirmed',
      };
    }
    if (affiliation === 'captured-private') {
      return {
        ...base,
        threshold: 'on an enabled list as captured private media (at most suspected)',
        // As much as a bio link to a state outlet: evidence, never confirmation.
        points: WEIGHTS['outlet-link'],
        evidence: `Listed${row(entry)} on “${entry.list}”, typology ${code}: ${TYPOLOGY_WORDS[code]}; not state media as such (${cited(entry)}).`,
        strength: 'evidence',
      };
    }
    return {
      ...base,
      threshold: 'independent media: never counted',
      points: 0,
      evidence: `Listed as publicly funded, editorially independent media (State Media Monitor: ${code})${named(entry) ? `: ${named(entry)}` : ''} on “${entry.list}”; not counted (${cited(entry)}).`,
    };
  },
};
