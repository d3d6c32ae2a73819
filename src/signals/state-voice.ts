/**
 * state-voice — the name or bio presents the account under a state's name or flag ("Life in North Korea 🇰🇵").
 * Why: state-linked propaganda channels brand themselves as the country itself. So do defectors, travellers and
 * patriots, which is why this is only a cue: it never makes a verdict alone, only with strong amplification
 * (VERDICT_RULES), and it counts only for states that run state outlets (src/lists/outlets.ts). A name weighs
 * more than a bio: the name is how the account presents itself everywhere.
 */
import { findStateMentions } from '../lists/match';
import { STATES_WITH_OUTLETS } from '../lists/states';
import { WEIGHTS } from './thresholds';
import type { Signal } from './types';

export const stateVoice: Signal = {
  id: 'state-voice',
  axis: 'affiliation',
  evaluate({ obs }) {
    const name = obs.user?.nickname ?? '';
    const bio = obs.user?.signature ?? '';
    const inName = findStateMentions(name);
    const inBio = findStateMentions(bio);
    const all = [...inName, ...inBio];
    if (all.length === 0) return undefined;
    const counted = all.filter((m) => STATES_WITH_OUTLETS.has(m.item.code));
    const first = counted[0] ?? all[0]!;
    const where = inName.includes(first) ? 'name' : 'bio';
    if (counted.length === 0) {
      return {
        id: 'state-voice',
        axis: 'affiliation',
        value: first.name,
        threshold: 'a state that runs state media, in the name or bio',
        points: 0,
        evidence: `The ${where} names ${first.name}; not counted, as no state outlet of that state is listed.`,
      };
    }
    const points = where === 'name' ? WEIGHTS['state-voice'] : Math.round(WEIGHTS['state-voice'] / 2);
    return {
      id: 'state-voice',
      axis: 'affiliation',
      value: first.name,
      threshold: 'a state that runs state media, in the name or bio',
      points,
      evidence: `The ${where} presents the account under ${first.name} (${first.item.code}); a cue only, never enough alone.`,
      strength: 'cue',
    };
  },
};
