/**
 * state-voice — the account presents itself AS a state: the state's name or flag is its name ("Life in North Korea
 * 🇰🇵", "DPRK Today"), its handle (`lifeinnorthkorea`), or its bio speaks as the state ("official channel of Iran").
 * Why: state-linked propaganda channels brand themselves as the country itself (the "Life in North Korea" account
 * that started this project). A mention is not that: defectors name their origin, travellers their destination,
 * patriots show a flag, parodies and fans a name; src/lists/self-presentation.ts tells them apart, and a mention
 * is reported with 0 points. Even self-presentation is only a cue: it never makes a verdict alone, only with strong
 * amplification (VERDICT_RULES), and only for states that run state media (STATES_WITH_OUTLETS, src/lists/states.ts):
 * those with an SC/CaPu row in the registry and those a sourced table names (src/lists/states-state-media.ts), never
 * a state whose public media are independent.
 */
import { counterMedia, readStateIdentity } from '../lists/self-presentation';
import { STATES_WITH_OUTLETS } from '../lists/states';
import { WEIGHTS } from './thresholds';
import type { Signal } from './types';

const THRESHOLD = 'the name, handle or voice of a state that runs state media';
const SAY_THRESHOLD = { key: 'sig_th_state_voice' };

export const stateVoice: Signal = {
  id: 'state-voice',
  axis: 'affiliation',
  evaluate({ obs }) {
    const user = obs.user;
    if (!user) return undefined;
    const r = readStateIdentity(user.nickname ?? '', user.signature ?? '', user.uniqueId ?? obs.handle, (code) =>
      STATES_WITH_OUTLETS.has(code),
    );
    if (r.presents) {
      const { state, where, text } = r.presents;
      const points = where === 'bio' ? Math.round(WEIGHTS['state-voice'] / 2) : WEIGHTS['state-voice'];
      return {
        id: 'state-voice',
        axis: 'affiliation',
        value: text.slice(0, 120),
        threshold: THRESHOLD,
        sayThreshold: SAY_THRESHOLD,
        points,
        evidence: `The ${where} presents the account as ${state.names[0]} itself (“${text.slice(0, 80)}”): a state's identity, not a mention. A cue only, counted with strong amplification alone.`,
        // The state as a region code; the name, handle or bio text as written.
        say: { key: `sig_state_voice_${where}`, args: [{ region: state.code }, { text: text.slice(0, 80) }] },
        strength: 'cue',
      };
    }
    if (!r.mention) return undefined;
    // The state's name or flag in the account's own name, no context word, and the bio against the foreign media
    // ("Skip the CNN version"): a mention still, which the verdict counts only with the whole seed pattern
    // (src/verdict.ts, `seed-cue`). Read for four seeds the blind sets' readers missed over 637 sets, no innocent
    // account there saying it (docs/calibration.md, RULES_VERSION 159 and its two reviews).
    const mention = { id: 'state-voice', axis: 'affiliation', value: r.mention.name, threshold: THRESHOLD } as const;
    const against = r.mention.where === 'name' && !r.context ? counterMedia(user.signature ?? '') : undefined;
    if (against) {
      return {
        ...mention,
        sayThreshold: SAY_THRESHOLD,
        points: 0,
        evidence: `The name carries ${r.mention.name} and the bio sets it against the media (“${against}”): a mention, counted only with the whole seed pattern (it follows nobody, is young, reaches far past its audience and stuffs bait tags).`,
        say: { key: 'sig_state_voice_counter_media', args: [{ text: r.mention.name }, { text: against }] },
        strength: 'seed-cue',
      };
    }
    const why = r.context ? ` beside “${r.context}”` : '';
    return {
      ...mention,
      sayThreshold: SAY_THRESHOLD,
      points: 0,
      evidence: `The ${r.mention.where} mentions ${r.mention.name}${why}: a mention, not the account presenting itself as the state; not counted.`,
      say: {
        key: `sig_state_voice_mention_${r.mention.where}${r.context ? '_context' : ''}`,
        args: [{ text: r.mention.name }, ...(r.context ? [{ text: r.context }] : [])],
      },
    };
  },
};
