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
import { handleCarriesState, nameOfSubject, readStateIdentity } from '../lists/self-presentation';
import { STATES_WITH_OUTLETS } from '../lists/states';
import { WEIGHTS } from './thresholds';
import type { Signal } from './types';

const THRESHOLD = 'the name, handle or voice of a state that runs state media';
const SAY_THRESHOLD = { key: 'sig_th_state_voice' };

/**
 * The state's name (or capital) and its flag both in the account's name, the name not the object of "of", "from",
 * "in" ("Saveurs du Mali 🇲🇱", "Sones de Cuba 🇨🇺" are a topic's): a flag alone beside a person's name ("Бабушка Галя
 * 🇷🇺", "小雪跳舞 🇨🇳") or a name that is also a given name ("Mali ✨", Thai jasmine) is no state's identity. The
 * in-sample eval's hard negatives (accounts.json) are these four.
 */
const OF_BEFORE =
  /(?<!\p{L})(?:of|from|in|de|du|des|d['’]|da|do|dos|das|di|del|della|aus|von|из|в|во|з|من|في|از|در|dari|ng|sa|ze|z|iz|od|u|în|din)\s+$/iu;
function namedAndFlagged(nickname: string, state: { names: readonly string[]; flag?: string }): boolean {
  if (!state.flag || !nickname.includes(state.flag)) return false;
  // (one state's flag only, no arrow: "Venezolana 🇻🇪➡️🇪🇸" is an emigrant's)
  if ([...nickname.matchAll(/[\u{1F1E6}-\u{1F1FF}]{2}/gu)].some((f) => f[0] !== state.flag) || /[➡→⇒]/u.test(nickname))
    return false;
  const lower = nickname.toLowerCase();
  return state.names.some((n) => {
    const at = lower.indexOf(n.toLowerCase());
    if (at < 0) return false;
    const after = lower.slice(at + n.length, at + n.length + 1);
    const before = lower.slice(Math.max(0, at - 1), at);
    const whole = !/\p{L}/u.test(after) && !/\p{L}/u.test(before);
    return whole && !OF_BEFORE.test(nickname.slice(0, at));
  });
}

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
    // A state's name or flag in the account's own name with no topic, trade or origin beside it ("Mi Cuba Verdadera
    // 🇨🇺", "Xinjiang Wonderland 🇨🇳", "Беларусь — моя гордость 🇧🇾"): a mention, which the verdict counts only with
    // the whole seed pattern (src/verdict.ts). Of the seeds the blind sets' readers missed over 616 sets, 476 were named
    // with a mention and strong amplification; with the name and its flag, the state in the handle and no person's,
    // trade's or topic's word, 98 of them carry it, and no innocent account of those sets or of the in-sample eval
    // does (its hard negatives "Saveurs du Mali 🇲🇱", "Mali ✨", "小雪跳舞 🇨🇳", "Бабушка Галя 🇷🇺" ruled the shape;
    // docs/calibration.md, RULES_VERSION 157).
    if (
      r.mention.where === 'name' &&
      !r.context &&
      namedAndFlagged(user.nickname ?? '', r.mention.state) &&
      handleCarriesState(user.uniqueId ?? obs.handle, r.mention.state) &&
      !nameOfSubject(user.nickname ?? '', user.uniqueId ?? obs.handle)
    ) {
      return {
        id: 'state-voice',
        axis: 'affiliation',
        value: r.mention.name,
        threshold: THRESHOLD,
        sayThreshold: SAY_THRESHOLD,
        points: 0,
        evidence: `The name carries ${r.mention.name} as its own, nothing beside it: a mention, counted only with the whole seed pattern (it follows nobody, is young, reaches far past its audience and stuffs bait tags).`,
        say: { key: 'sig_state_voice_mention_name_seed', args: [{ text: r.mention.name }] },
        strength: 'name-cue',
      };
    }
    const why = r.context ? ` beside “${r.context}”` : '';
    return {
      id: 'state-voice',
      axis: 'affiliation',
      value: r.mention.name,
      threshold: THRESHOLD,
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
