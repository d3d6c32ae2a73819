/**
 * After the hundred-and-seventy-seventh to hundred-and-eighty-fourth sets' misses were read (RULES_VERSION 93): the
 * cue path counts one viral run once unless bait tags come with it; Albanian "dikur" and the Hindi and Urdu past of
 * "be" after a title; more label renderings (es, fr, pl, zh, vi); titles in Zulu, Luganda, Yoruba and Urdu; Yoruba
 * "ní"; an outlet's host name after an @; an acronym's Latin ending only from a list ("TVPerú" is no TVP); Arabic and
 * Russian "what Western media won't tell you"; OSBC, İdman TV. Both sides of each.
 */
import { describe, expect, it } from 'vitest';
import { readStateIdentity } from '../../src/lists/self-presentation';
import { isLabelText } from '../../src/tiktok/label';
import type { Observation, PostSummary } from '../../src/tiktok/observation';
import { assess } from '../../src/verdict';
import { jobOf } from './bio.helpers';

const NOW = Date.UTC(2026, 11, 6);
const DAY_MS = 86_400_000;
const sec = (ms: number) => Math.floor(ms / 1000);

/** A weeks-old account named with its country, following nobody, whose posts run far past its followers. */
function newcomer(bait: boolean): Observation {
  const posts: PostSummary[] = Array.from({ length: 12 }, (_, i) => {
    const createTime = sec(NOW - (0.5 + i * 2) * DAY_MS);
    const desc = bait ? `baile ${i} #fyp #foryou #viral #xyzbca` : `baile ${i} con pollera`;
    return {
      id: ((BigInt(createTime) << 32n) | BigInt(1000 + i)).toString(),
      createTime,
      views: 900_000,
      desc,
      hashtags: [...desc.matchAll(/#([\p{L}\p{N}_]+)/gu)].map((m) => m[1]!),
    };
  });
  return {
    handle: 'tamborito.panama',
    status: 'ok',
    source: 'universal',
    observedAt: NOW,
    user: {
      uniqueId: 'tamborito.panama',
      nickname: 'Tamborito 🇵🇦 Panamá',
      signature: 'Bailando lo nuestro 💃',
      createTime: sec(NOW - 40 * DAY_MS),
    },
    stats: { followers: 120_000, following: 0, likes: 2_000_000, videos: 12 },
    exactCounts: true,
    posts,
    postList: true,
  };
}

describe('the cue path and one viral run', () => {
  it('a country-named newcomer with one viral run and no bait tags is no seed', () => {
    const a = assess(newcomer(false));
    expect(a.signals.find((s) => s.id === 'state-voice')?.points).toBeGreaterThan(0);
    expect(a.verdict).not.toBe('suspected');
  });
  it('the same with the seed pattern’s bait tags is', () => {
    expect(assess(newcomer(true)).verdict).toBe('suspected');
  });
});

describe('past jobs', () => {
  it.each([
    ['Dikur gazetare në ATSH 📰 Sot mësuese dhe mami i dy vajzave', 'atsh (former)'],
    ['पहले आकाशवाणी में उद्घोषक था 📻 अब बच्चों को हिंदी पढ़ाता हूँ', 'prasar-bharati (former)'],
    ['ریڈیو پاکستان میں نیوز کاسٹر تھا', 'radio-pakistan (former)'],
    // the present stays present, and a word that only starts like the past is no past
    ['Gazetare në ATSH', 'atsh'],
    ['आकाशवाणी में उद्घोषक हूँ', 'prasar-bharati'],
    ['आकाशवाणी में उद्घोषक थाना रोड', 'prasar-bharati'],
  ])('%s', (bio, want) => expect(jobOf(bio)).toBe(want));
});

describe('more label renderings', () => {
  it.each([
    'Prensa oficial salvadoreña, controlada por el Ejecutivo',
    'RCA · information sous tutelle gouvernementale',
    'media zależne od państwa',
    '中国政府控制的媒体机构',
    'Nhà nước Việt Nam nắm quyền kiểm soát kênh này',
  ])('reads %s', (t) => expect(isLabelText(t)).toBe(true));
  it.each([
    'Prensa oficial libre, controlada por el Ejecutivo',
    '不是中国政府控制的媒体',
    'Media zależne od państwa? Nie',
    'Nhà nước Việt Nam nắm quyền kiểm soát kênh này? Không',
  ])('not %s', (t) => expect(isLabelText(t)).toBe(false));
});

describe('titles, connectors and names', () => {
  it.each([
    ['Umbiki wezindaba @ SABC News | KZN 📺', 'sabc'],
    ['Omusomi w’amawulire ku UBC TV 📺 | Kampala', 'ubc'],
    ['Atọ́kùn ìròyìn Yorùbá ní OSBC Radio, Òṣogbo', 'nigeria-state-broadcasters'],
    ['ریڈیو پاکستان کی نیوز ریڈر 📻 اسلام آباد', 'radio-pakistan'],
    ['İdman TV aparıcısı və müxbiri ⚽ | Bakı', 'aztv'],
    ['Conduzco la mañana informativa en Radio Nacional del Paraguay 📻', 'paraguay-state-media'],
    ['Reportera en @tvperu 📡 Cusqueña en Lima', 'irtp'],
    ['Пішу для «Звязды» з Гродна', 'zviazda'],
  ])('%s', (bio, want) => expect(jobOf(bio)).toBe(want));

  it.each([
    // "TVPerú" is no TVP with a case ending; a host name that is an ordinary word is no handle of the outlet
    'Reportera en TVPerú',
    'Reporter @people',
    'Reporter @russia',
    // İdman TV watched is no job
    'İdman TV izləyirəm hər gün',
    'Escucho la mañana informativa en Radio Nacional del Paraguay',
  ])('not %s', (bio) => expect(jobOf(bio)).toBeUndefined());
});

describe('what Western media won’t tell you', () => {
  const presents = (name: string, bio: string, handle: string) =>
    readStateIdentity(name, bio, handle, () => true).presents?.where;
  it('Arabic and Russian, beside the state’s name', () => {
    expect(presents('🇸🇦 المملكة الآن', 'السعودية العظمى 🇸🇦 ما لا يخبرك به الإعلام الغربي عن المملكة', 'a.b')).toBe(
      'bio',
    );
    expect(presents('Русь', 'Горжусь Россией 🇷🇺 Показываю страну без западных фильтров', 'a.b')).toBe('bio');
  });
  it('not with a critic’s words', () => {
    expect(presents('Аня', 'Россия без западных фильтров: политзаключённые и цензура', 'anya')).toBeUndefined();
  });
});
