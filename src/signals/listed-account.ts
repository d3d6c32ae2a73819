/**
 * listed-account — the handle is on an enabled list (the bundled seed list, a list the user subscribed to or
 * imported, e.g. the State Media Monitor data set). Why: each entry carries the public source that names the
 * account, so a match is a claim with a citation. What it may decide follows the entry's typology
 * (src/lists/typology.ts): state-controlled and captured public media (SC, CaPu; an entry without a type) confirm
 * `state-media`; captured private media (CaPr) is evidence short of it (`suspected` at most); the independent types
 * (ISFM, ISF, ISM, IP) count for nothing and are shown only so the viewer knows the list was consulted.
 */
import { affiliationOf, TYPOLOGY_WORDS } from '../lists/typology';
import type { SayArg } from './say';
import { WEIGHTS } from './thresholds';
import type { ListedAccount, Signal } from './types';
import { stateSay, typologySay } from './util';

/** The list row in words: outlet and country, e.g. "CGTN Africa (China)"; '' when the entry names neither. */
function named(e: ListedAccount): string {
  const where = e.country ?? e.state;
  if (e.outlet) return `${e.outlet}${where ? ` (${where})` : ''}`;
  return where ? `(${where})` : '';
}

/** `named` for `say`: the outlet as written, the state as a region code (or the list's country name). */
function namedSay(e: ListedAccount): SayArg | undefined {
  const where: SayArg | undefined = e.state ? stateSay(e.state) : e.country ? { text: e.country } : undefined;
  if (e.outlet && where) return { say: { key: 'sig_named_where', args: [{ text: e.outlet }, where] } };
  return e.outlet ? { text: e.outlet } : where;
}

/** A message with the row named (`<key>_named`, the name first) or without it (`<key>`). */
function sayListed(key: string, e: ListedAccount, args: SayArg[]) {
  const who = namedSay(e);
  return who ? { key: `${key}_named`, args: [who, ...args] } : { key, args };
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
    // The list's name and its source (with any note) are the list's own text.
    const list = { text: entry.list };
    const source = { text: `${entry.source}${entry.note ? `; ${entry.note}` : ''}` };
    if (!entry.type) {
      // A list without typology: what every entry meant before lists carried one.
      const who = entry.outlet ? ` as ${entry.outlet}` : '';
      return {
        ...base,
        threshold: 'on an enabled list',
        sayThreshold: { key: 'sig_th_listed' },
        points: WEIGHTS['listed-account'],
        evidence: `Listed${who} on “${entry.list}” (${cited(entry)}).`,
        say: entry.outlet
          ? { key: 'sig_listed_named', args: [{ text: entry.outlet }, list, source] }
          : { key: 'sig_listed', args: [list, source] },
        strength: 'confirmed',
      };
    }
    const code = entry.type;
    const affiliation = affiliationOf(code);
    if (affiliation === 'state') {
      return {
        ...base,
        threshold: 'on an enabled list as state-controlled or captured public media',
        sayThreshold: { key: 'sig_th_listed_state' },
        points: WEIGHTS['listed-account'],
        evidence: `Listed${row(entry)} on “${entry.list}”, typology ${code}: ${TYPOLOGY_WORDS[code]} (${cited(entry)}).`,
        say: sayListed('sig_listed_state', entry, [list, { text: code }, typologySay(code), source]),
        strength: 'confirmed',
      };
    }
    if (affiliation === 'captured-private') {
      return {
        ...base,
        threshold: 'on an enabled list as captured private media (at most suspected)',
        sayThreshold: { key: 'sig_th_listed_captured' },
        // As much as a bio link to a state outlet: evidence, never confirmation.
        points: WEIGHTS['outlet-link'],
        evidence: `Listed${row(entry)} on “${entry.list}”, typology ${code}: ${TYPOLOGY_WORDS[code]}; not state media as such (${cited(entry)}).`,
        say: sayListed('sig_listed_captured', entry, [list, { text: code }, typologySay(code), source]),
        strength: 'evidence',
      };
    }
    return {
      ...base,
      threshold: 'independent media: never counted',
      sayThreshold: { key: 'sig_th_listed_independent' },
      points: 0,
      say: sayListed('sig_listed_independent', entry, [list, { text: code }, source]),
      evidence: `Listed as publicly funded, editorially independent media (State Media Monitor: ${code})${named(entry) ? `: ${named(entry)}` : ''} on “${entry.list}”; not counted (${cited(entry)}).`,
    };
  },
};
