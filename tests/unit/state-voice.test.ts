/**
 * The state cue is self-presentation as a state, not a mention: the seed pattern (a state's name as the account's
 * identity, with strongly manufactured reach) is `suspected`; a defector, a traveller, a parody, a fan or a patriot
 * with the same reach is not. Generic accounts built here, no corpus handles.
 */
import { describe, expect, it } from 'vitest';
import { readStateIdentity } from '../../src/lists/self-presentation';
import { STATES_WITH_OUTLETS } from '../../src/lists/states';
import { stateVoice } from '../../src/signals/state-voice';
import type { Observation } from '../../src/tiktok/observation';
import { DAY_MS, DAY_S } from '../../src/time';
import { assess } from '../../src/verdict';

const NOW = Date.UTC(2026, 5, 1);
const counts = (c: string) => STATES_WITH_OUTLETS.has(c);

describe('self-presentation', () => {
  it.each([
    ['Life in North Korea ❤️🇰🇵', '', 'someone1', 'name'],
    ['DPRK Today', '', 'someone2', 'name'],
    ['Russia Insider 🇷🇺', '', 'someone3', 'name'],
    ['Россия 24/7', '', 'someone4', 'name'],
    ['Ivan', '', 'lifeinrussia', 'handle'],
    ['Venezuela Hermosa 🇻🇪', '', 'someone6', 'name'],
    ['سوريا الجميلة 🇸🇾', '', 'someone7', 'name'],
    ['Global Daily', 'Official channel of the Islamic Republic of Iran', 'someone5', 'bio'],
  ])('%s / %s / @%s presents itself as a state (%s)', (name, bio, handle, where) => {
    expect(readStateIdentity(name, bio, handle, counts).presents?.where).toBe(where);
  });

  it.each([
    ['Yeonmi', 'North Korean defector. Escaped in 2007', 'yeonmi_p'],
    ['Travelling China 🇨🇳', 'next stop: Beijing', 'tom.travels'],
    ['Anna 🇷🇺', 'Moscow | 23', 'anna_m'],
    ['Kim Jong Un', 'parody account, not affiliated with North Korea', 'kim_parody'],
    ['Russia fan page 🇷🇺', '', 'russiafanpage'],
    ['Chinese cooking', 'Recipes from my grandma in Sichuan, China', 'wokwithme'],
    ['North Korea Watch', 'tracking DPRK state TV', 'nkwatch_'],
    ['Expat in China 🇨🇳', '', 'expat.cn'],
    ['Hermosa Beach 🇺🇸', '', 'hermosabeach'], // a framing word alone, and a state without state outlets
    ['Maria 🇻🇪 hermosa', 'Caracas', 'maria.vzla'], // a given name is not a framing word
  ])('%s / %s / @%s does not', (name, bio, handle) => {
    expect(readStateIdentity(name, bio, handle, counts).presents).toBeUndefined();
  });

  it('a mention is reported with 0 points and says why', () => {
    const obs = account({ nickname: 'Yeonmi', signature: 'North Korean defector' });
    const r = stateVoice.evaluate({ obs, history: [], now: NOW })!;
    expect(r.points).toBe(0);
    expect(r.strength).toBeUndefined();
    expect(r.evidence).toContain('defector');
  });
});

/** A young account with manufactured-looking reach: follows nobody, weeks old, most posts past a million views. */
function account(user: { nickname: string; signature?: string; uniqueId?: string }): Observation {
  const created = Math.floor((NOW - 20 * DAY_MS) / 1000);
  const posts = Array.from({ length: 12 }, (_, i) => {
    const t = created + (i + 1) * DAY_S;
    const id = (BigInt(t) << 32n).toString();
    return { id, createTime: t, views: i < 9 ? 2_500_000 : 40_000, hashtags: ['fyp', 'foryou', 'xyzbca', 'viral'] };
  }).reverse();
  return {
    handle: user.uniqueId ?? 'acct_under_test',
    status: 'ok',
    source: 'universal',
    observedAt: NOW,
    user: { uniqueId: user.uniqueId ?? 'acct_under_test', createTime: created, ...user },
    stats: { followers: 200_000, following: 0, likes: 3_400_000, videos: 12 },
    exactCounts: true,
    posts,
  };
}

describe('the cue with strong amplification', () => {
  it('the seed pattern: a state as the name, with manufactured reach, is suspected', () => {
    const a = assess(account({ nickname: 'Life in North Korea 🇰🇵', signature: 'Daily life 🇰🇵' }));
    expect(a.verdict).toBe('suspected');
    expect(a.signals.find((s) => s.id === 'state-voice')?.strength).toBe('cue');
  });

  it.each([
    ['a defector', { nickname: 'Yeonmi 🇰🇵', signature: 'North Korean defector sharing my story' }],
    ['a traveller', { nickname: 'Travelling North Korea 🇰🇵', signature: 'vlogs from Pyongyang' }],
    ['a parody', { nickname: 'Supreme Leader', signature: 'parody of North Korea state TV' }],
    ['a fan', { nickname: 'Russia fan 🇷🇺' }],
    ['a patriot with a flag', { nickname: 'Dima 🇷🇺' }],
  ])('%s with the same reach is unusual, not suspected', (_, user) => {
    expect(assess(account(user)).verdict).toBe('unusual');
  });
});
