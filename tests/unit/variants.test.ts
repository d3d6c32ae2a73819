/**
 * Accounts that resemble the corpus but are not in it: other outlets, other states, other languages and other
 * wordings. The signals must hold for them without any tuning to the corpus's names.
 */
import { describe, expect, it } from 'vitest';
import type { Observation, PostSummary, UserInfo } from '../../src/tiktok/observation';
import { DAY_MS } from '../../src/time';
import { assess, type Verdict } from '../../src/verdict';

const NOW = Date.UTC(2026, 10, 28, 12);
interface Spec {
  user: Partial<UserInfo>;
  ageDays: number;
  followers: number;
  following: number;
  /** Views of the recent posts, newest first, one post per `everyDays`. */
  views?: number[];
  everyDays?: number;
  tags?: string;
}

function account(s: Spec): Observation {
  const views = s.views ?? Array.from({ length: 20 }, (_, i) => Math.round(s.followers * (0.1 + (i % 5) * 0.05)));
  const posts: PostSummary[] = views.map((v, i) => ({
    id: String(7_000_000_000_000_000_000n + BigInt(i)),
    createTime: Math.floor((NOW - (i + 0.5) * (s.everyDays ?? 1) * DAY_MS) / 1000),
    views: v,
    desc: `post ${i} ${s.tags ?? ''}`,
    hashtags: (s.tags ?? '').match(/#(\S+)/g)?.map((t) => t.slice(1)) ?? [],
  }));
  return {
    handle: 'someone',
    status: 'ok',
    source: 'universal',
    observedAt: NOW,
    user: { uniqueId: 'someone', createTime: Math.floor((NOW - s.ageDays * DAY_MS) / 1000), ...s.user },
    stats: { followers: s.followers, following: s.following, likes: s.followers * 15, videos: views.length },
    exactCounts: true,
    posts,
  };
}

const ordinary = { ageDays: 1200, followers: 90_000, following: 300 };
const manufactured = {
  ageDays: 25,
  followers: 150_000,
  following: 0,
  views: Array.from({ length: 20 }, (_, i) => 600_000 + i * 40_000),
  tags: '#fyp #foryou #viral',
};

const cases: [string, Observation, Verdict[]][] = [
  [
    'Spanish-language presenter of another state broadcaster',
    account({ ...ordinary, user: { signature: 'Presentadora de teleSUR 🇻🇪 | viajes y cocina' } }),
    ['suspected'],
  ],
  [
    'Russian-language correspondent',
    account({ ...ordinary, user: { signature: 'Корреспондент RT в Африке' } }),
    ['suspected'],
  ],
  [
    'Chinese-language reporter of a news agency',
    account({ ...ordinary, user: { signature: '新华社记者，带你看中国' } }),
    ['suspected'],
  ],
  [
    'Turkish: outlet with a case suffix, then the role',
    account({ ...ordinary, user: { signature: "TRT'de muhabir, İstanbul" } }),
    ['suspected'],
  ],
  [
    'outlet named before the role',
    account({ ...ordinary, user: { signature: 'CGTN reporter based in Nairobi' } }),
    ['suspected'],
  ],
  [
    'link to a language edition of a state broadcaster',
    account({ ...ordinary, user: { signature: 'Actualité', bioLink: 'https://francais.rt.com/international' } }),
    ['suspected'],
  ],
  [
    'link to another state’s outlet with a path',
    account({ ...ordinary, user: { bioLink: 'www.presstv.ir/Section/Iran' } }),
    ['suspected'],
  ],
  [
    // One story of it, from an account nothing else ties to the outlet: what a reader links (src/lists/article-link.ts).
    'link to one article of another state’s outlet, nothing else tying the account to it',
    account({ ...ordinary, user: { bioLink: 'www.presstv.ir/Detail/2024/01/01/1' } }),
    ['clear'],
  ],
  [
    'another state-branded channel with manufactured reach',
    account({ ...manufactured, user: { nickname: 'Beautiful Iran 🇮🇷', signature: 'Daily life' } }),
    ['suspected'],
  ],
  ['label as a boolean', account({ ...ordinary, user: { stateControlledMedia: true } }), ['state-media']],
  [
    'label only as text',
    account({ ...ordinary, user: { stateControlledMediaText: 'Iran state-affiliated media' } }),
    ['state-media'],
  ],

  [
    'fact-checker naming outlets',
    account({ ...ordinary, user: { signature: 'Fact-checking Xinhua and CGTN claims. Former journalist.' } }),
    ['clear'],
  ],
  [
    'journalist who debunks an outlet',
    account({ ...ordinary, user: { signature: 'Journalist. I debunk RT propaganda every week' } }),
    ['clear'],
  ],
  [
    'reporter covering an outlet',
    account({ ...ordinary, user: { signature: 'Reporter covering Sputnik disinformation' } }),
    ['clear'],
  ],
  ['former staff', account({ ...ordinary, user: { signature: 'Former presenter at RT, now independent' } }), ['clear']],
  [
    'past employment in other words',
    account({ ...ordinary, user: { signature: 'I used to host at RT. Now I cook' } }),
    ['clear'],
  ],
  [
    'past employment in Chinese',
    account({ ...ordinary, user: { signature: '曾任新华社记者，现在自由撰稿' } }),
    ['clear'],
  ],
  ['“RT” as retweet slang', account({ ...ordinary, user: { signature: 'RT if you agree 😂' } }), ['clear']],
  ['a domain that merely contains an outlet’s', account({ ...ordinary, user: { bioLink: 'www.art.com' } }), ['clear']],
  ['a look-alike host', account({ ...ordinary, user: { bioLink: 'rt.com.shop.example' } }), ['clear']],
  [
    'diaspora food creator with a flag',
    account({ ...ordinary, user: { nickname: 'Mei 🇨🇳 home cooking', signature: 'Chinese food at home' } }),
    ['clear'],
  ],
  [
    'country-branded channel of a state without listed outlets, manufactured reach',
    account({ ...manufactured, user: { nickname: 'Life in Japan 🇯🇵' } }),
    ['unusual'],
  ],
  [
    'a celebrity’s new verified account',
    account({
      ageDays: 20,
      followers: 2_000_000,
      following: 0,
      user: { verified: true, nickname: 'Famous Person' },
      views: Array.from({ length: 10 }, () => 1_500_000),
    }),
    ['clear', 'unusual'],
  ],
  [
    'a new account of a state-branded name but an ordinary audience',
    account({ ageDays: 30, followers: 800, following: 40, user: { nickname: 'Pyongyang fan 🇰🇵' } }),
    ['clear'],
  ],
];

describe('generalisation beyond the corpus', () => {
  it.each(cases)('%s', (_name, obs, want) => {
    const a = assess(obs, { now: NOW });
    const fired = a.signals.filter((s) => s.points > 0).map((s) => `${s.id}: ${s.evidence}`);
    expect(want, `got ${a.verdict}; ${JSON.stringify(fired, null, 1)}`).toContain(a.verdict);
  });
});
