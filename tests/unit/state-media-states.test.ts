/**
 * The state's identity for every state that runs state media (round 8a): the states whose government controls a
 * broadcaster though neither the registry nor the data set has a row for it (src/lists/states-state-media.ts) count
 * for the cue like the registry's; states with independent public media do not. Both sides with the seed pattern's
 * reach, and the same names with an ordinary account's. Generic names written here, no corpus handles or wordings.
 */
import { describe, expect, it } from 'vitest';
import { readStateIdentity } from '../../src/lists/self-presentation';
import { STATE_IDENTITIES, STATES_WITH_OUTLETS } from '../../src/lists/states';
import { STATE_LANGUAGES } from '../../src/lists/states-languages';
import { STATE_MEDIA_CODES, STATE_MEDIA_STATES } from '../../src/lists/states-state-media';
import type { Observation } from '../../src/tiktok/observation';
import { DAY_MS, DAY_S } from '../../src/time';
import { assess } from '../../src/verdict';

const NOW = Date.UTC(2026, 5, 1);
const counts = (c: string) => STATES_WITH_OUTLETS.has(c);
const presents = (name: string, bio = '', handle = 'someone') => readStateIdentity(name, bio, handle, counts).presents;

/** Young, follows nobody, most posts far past its audience, bait tags: the seed pattern's reach. */
function seedLike(nickname: string, signature = '', uniqueId = 'acct_under_test'): Observation {
  const created = Math.floor((NOW - 25 * DAY_MS) / 1000);
  const posts = Array.from({ length: 12 }, (_, i) => {
    const t = created + (i + 1) * DAY_S;
    return {
      id: (BigInt(t) << 32n).toString(),
      createTime: t,
      views: i < 9 ? 1_800_000 : 60_000,
      hashtags: ['fyp', 'foryou', 'viral'],
    };
  }).reverse();
  return {
    handle: uniqueId,
    status: 'ok',
    source: 'universal',
    observedAt: NOW,
    user: { uniqueId, createTime: created, nickname, signature },
    stats: { followers: 120_000, following: 0, likes: 2_000_000, videos: 12 },
    exactCounts: true,
    posts,
  };
}

/** Three years old, follows people, views in line with its audience: an ordinary account. */
function ordinary(nickname: string, signature = '', uniqueId = 'acct_under_test'): Observation {
  const created = Math.floor((NOW - 3 * 365 * DAY_MS) / 1000);
  const posts = Array.from({ length: 30 }, (_, i) => {
    const t = created + (i + 1) * 30 * DAY_S;
    return { id: (BigInt(t) << 32n).toString(), createTime: t, views: 2_000 + i * 50, hashtags: ['life'] };
  }).reverse();
  return {
    handle: uniqueId,
    status: 'ok',
    source: 'universal',
    observedAt: NOW,
    user: { uniqueId, createTime: created, nickname, signature },
    stats: { followers: 3_000, following: 280, likes: 40_000, videos: 30 },
    exactCounts: true,
    posts,
  };
}

describe('the sourced table of states that run state media', () => {
  it('gives every row a known state, a reason and a public source, once', () => {
    const codes = new Set(STATE_IDENTITIES.map((s) => s.code));
    expect(STATE_MEDIA_STATES.length).toBe(STATE_MEDIA_CODES.size);
    for (const row of STATE_MEDIA_STATES) {
      expect(codes.has(row.code), row.code).toBe(true);
      expect(row.reason.length, row.code).toBeGreaterThan(40);
      expect(row.source, row.code).toMatch(/https?:\/\/\S+/);
    }
  });

  it('unions with the registry-derived states: each of its states counts for the cue', () => {
    for (const code of STATE_MEDIA_CODES) expect(STATES_WITH_OUTLETS.has(code), code).toBe(true);
    expect([...STATE_MEDIA_CODES]).toEqual(expect.arrayContaining(['ML', 'GN', 'GQ', 'SZ']));
  });

  it('leaves out the states whose public media are independent', () => {
    const free = ['PT', 'IS', 'CA', 'JP', 'KR', 'DE', 'FR', 'SE', 'NO', 'NZ', 'AU', 'CH', 'IE', 'US', 'GB', 'CR', 'CV'];
    expect(free.filter((c) => STATES_WITH_OUTLETS.has(c))).toEqual([]);
  });

  it('gives every state of the table its names in its own languages', () => {
    for (const code of STATE_MEDIA_CODES) expect(STATE_LANGUAGES[code]?.length, code).toBeGreaterThan(0);
  });
});

describe('a seed-pattern account presenting itself as a newly covered state', () => {
  it.each([
    ['Eswatini Today 🇸🇿', 'SZ'],
    ['Sierra Leone Daily 🇸🇱', 'SL'],
    ['Guinea Ecuatorial hoy 🇬🇶', 'GQ'],
    ['Vida em São Tomé 🇸🇹', 'ST'],
    ['ދިވެހިރާއްޖެ 🇲🇻', 'MV'],
    ['Bissau Hoje', 'GW'],
    ['Conakry Today', 'GN'],
  ])('%s presents itself as the state', (name, code) => {
    expect(presents(name)?.state.code).toBe(code);
  });

  it.each([['Eswatini Today 🇸🇿'], ['Guinea Ecuatorial hoy 🇬🇶'], ['Bamako aujourd’hui 🇲🇱']])(
    '%s with the seed pattern’s reach is suspected',
    (name) => {
      const a = assess(seedLike(name));
      expect(a.verdict).toBe('suspected');
      expect(a.signals.find((s) => s.id === 'state-voice')?.points).toBeGreaterThan(0);
    },
  );

  it.each([['Eswatini Today 🇸🇿'], ['Guinea Ecuatorial hoy 🇬🇶'], ['Bamako aujourd’hui 🇲🇱']])(
    '%s with an ordinary account’s reach is clear',
    (name) => {
      expect(assess(ordinary(name)).verdict).toBe('clear');
    },
  );

  it.each([
    ['a traveller', 'Travelling Guinea-Bissau 🇬🇼', ''],
    ['a diaspora page', 'Diaspora comorienne 🇰🇲', ''],
    ['a fan page', 'Sierra Leone fan page 🇸🇱', ''],
    ['a traveller, in the bio', 'Awa', 'Voyage au Mali 🇲🇱 · Bamako'],
  ])('%s naming the state is not suspected with the same reach', (_, name, bio) => {
    expect(presents(name, bio)).toBeUndefined();
    expect(assess(seedLike(name, bio)).verdict).toBe('unusual');
  });
});

describe('a seed-pattern account presenting itself as a state with independent public media', () => {
  it.each([['Portugal Today 🇵🇹'], ['Life in Iceland 🇮🇸'], ['Canada Daily 🇨🇦'], ['Eesti täna 🇪🇪']])(
    '%s is not counted, whatever its reach',
    (name) => {
      expect(presents(name)).toBeUndefined();
      expect(assess(seedLike(name)).verdict).toBe('unusual');
    },
  );
});

describe('mottos and junta slogans beside the state’s own flag', () => {
  it.each([
    ['Awa', '🇲🇱 Un peuple, un but, une foi', 'ML'],
    ['Awa', '🇸🇳 Un peuple – un but – une foi', 'SN'],
    ['Awa', '🇬🇳 Travail, Justice, Solidarité', 'GN'],
    ['Awa', '🇸🇩 النصر لنا', 'SD'],
    ['Awa', '🇲🇲 Non-disintegration of the Union', 'MM'],
    ['Awa', '🇸🇿 Siyinqaba', 'SZ'],
    ['Awa', '🇹🇩 Unité - Travail - Progrès', 'TD'],
  ])('%s / %s is the state’s motto under its flag', (name, bio, code) => {
    expect(presents(name, bio)?.state.code).toBe(code);
  });

  it.each([
    ['Awa', 'Un peuple, un but, une foi'], // no flag
    ['Awa', '🇫🇷 Un peuple, un but, une foi'], // another state's flag
    ['Awa', '🇲🇱🇸🇳 Un peuple, un but, une foi'], // two flags: whose?
    ['Awa', '🇸🇩 النصر لنا 🇪🇬'],
  ])('%s / %s is not', (name, bio) => {
    expect(presents(name, bio)).toBeUndefined();
  });
});

describe('the cue’s other paths, for states no case has used', () => {
  it.each([
    ['Ozbekiston', '', 'someone', 'UZ'], // the name typed without its apostrophe
    ['Dilnoza', '', 'ozbekiston_today', 'UZ'], // and glued into a handle
    ['Hayastan 🇦🇲', '', 'someone', 'AM'], // a romanized own-language name
    ['Misr Today', '', 'someone', 'EG'],
    ['RPDC hoy', '', 'someone', 'KP'], // the French/Spanish abbreviation of the official name
    ['Comores Infos', '', 'someone', 'KM'], // French news words frame like "news"
    ['Conakry Today', '', 'someone', 'GN'], // the capital with "today"
    ['Malabo Life', '', 'someone', 'GQ'],
    ['Awa', 'Wi Sierra Leone 🇸🇱', 'someone', 'SL'], // Krio "our"
    ['Aishath', 'އަހަރެމެންގެ ދިވެހިރާއްޖެ', 'someone', 'MV'], // Dhivehi "our"
    ['🇬🇳', '', 'conakry_today', 'GN'], // the flag alone as the name, the capital in the handle
  ])('%s / %s / @%s presents itself as the state', (name, bio, handle, code) => {
    expect(presents(name, bio, handle)?.state.code).toBe(code);
  });

  it.each([
    ['Male Today', '', 'someone'], // the capital's name without its accent is an English word: not a name
    ['Bamako Eats 🇲🇱', '', 'someone'], // a food page named after a place
    ['Saveurs du Mali 🇲🇱', '', 'someone'],
    ['Aigles du Mali 🇲🇱', '', 'someone'], // the national team's fans
    ['Lions of Eswatini 🇸🇿', '', 'someone'],
    ['Djurtus Guiné-Bissau FC 🇬🇼', '', 'someone'],
    ['Communauté malienne de Lyon 🇲🇱', '', 'someone'], // a diaspora community page
    ['Aishath', 'Expatriée 🇲🇺 Port Louis', 'someone'],
    ['Viagem a São Tomé 🇸🇹', '', 'someone'], // a traveller, in Portuguese
    ['🇲🇱', '', 'mali_travel'], // the flag alone, a travel handle
    ['🇸🇱', '', 'salone_fanpage'], // the flag alone, a fan page's handle
    ['🇧🇫', '', 'cuisineduburkina'], // the flag alone, a food handle
  ])('%s / %s / @%s does not', (name, bio, handle) => {
    expect(presents(name, bio, handle)).toBeUndefined();
  });

  it.each([
    ['Fatima Maroc 🇲🇦', 'MA'],
    ['Juan Cuba 🇨🇺', 'CU'],
    ['Аня Россия 🇷🇺', 'RU'],
    ['Mehmet Türkiye 🇹🇷', 'TR'],
    ['فاطمة مصر 🇪🇬', 'EG'],
    ['Aminata Mali 🇲🇱', 'ML'],
  ])('a given name beside the state’s name and flag is a person (%s), without it the state', (name, code) => {
    expect(presents(name)).toBeUndefined();
    // The same name with the given name taken out still presents as the state: only the name made the difference.
    const bare = name.split(' ').slice(1).join(' ');
    expect(presents(`${bare}`)?.state.code).toBe(code);
  });

  it.each([
    ['Jasur Oʻzbekiston 🇺🇿', 'jasur.uzb', 'UZ'], // Uzbek "brave", also a given name: left off the list
    ['Wanjiku Kenya 🇰🇪', 'wanjiku.kenya', 'KE'], // Kenya's name for the ordinary citizen
  ])('a given name that is also a slogan word is not on the list: %s (@%s) still presents', (name, handle, code) => {
    expect(presents(name, '', handle)?.state.code).toBe(code);
  });

  it.each([
    ['Zuzia Polska 🇵🇱', 'zuzia.piecze.lodz', undefined], // her own name starts the handle, no state in it: a person
    ['Zuzia Polska 🇵🇱', 'zuzia.polska', 'PL'], // the state in the handle too
    ['Zuzia Polska 🇵🇱', 'zuzia.pl', 'PL'], // the state's code as a part of the handle
    ['Zuzia Polska 🇵🇱', 'someone', undefined], // a handle silent on the state: a word of its own is not the state's
    ['Haqiqiy Oʻzbekiston 🇺🇿', 'haqiqiy.ozbekiston', 'UZ'], // the state's name without its apostrophe
    ['Łucja Polska 🇵🇱', 'lucja.piecze', undefined], // ł compared as l
    ['Velikaya Rossiya 🇷🇺', 'velikaya.rus', 'RU'], // the start of the state's Latin name
    ['Strong Russia 🇷🇺', 'strong.rf', 'RU'], // a short form of the state
    ['Vision Saudi 🇸🇦', 'vision.ksa', 'SA'],
    ['Vatan Azerbaijan 🇦🇿', 'vatan.baku', 'AZ'], // the capital
    ['Hùng Cường Việt Nam 🇻🇳', 'hung.cuong', undefined], // the slogan's words only: the state is not in the handle
    ['Hùng Cường Việt Nam 🇻🇳', 'hungcuong.vn', 'VN'], // … and with it
  ])(
    '%s as @%s: a handle starting with the name’s own word and silent on the state is a person’s',
    (name, handle, code) => {
      expect(presents(name, '', handle)?.state.code).toBe(code);
    },
  );

  // A review's names of people and pages that no list holds: with seed-like reach they were `suspected`.
  it.each([
    ['Fiston Cuba 🇨🇺', 'fiston_243'],
    ['Mwana Kenya 🇰🇪', 'mwana.mzuri'],
    ['Rumba Congo Brazzaville 🇨🇬', 'rumba.mboka'],
    ['Diables Rouges Maroc 🇲🇦', 'diables.rouges'],
  ])('%s as @%s: a word of its own and a handle silent on the state, so not the state', (name, handle) => {
    expect(presents(name, '', handle)).toBeUndefined();
    expect(assess(seedLike(name, '', handle)).verdict).toBe('unusual');
  });

  it('a word of its own with the state in the handle is still read as the state', () => {
    expect(assess(seedLike('Cuba de Verdad 🇨🇺', '', 'cuba.de.verdad')).verdict).toBe('suspected');
    expect(assess(seedLike('Cuba de Verdad 🇨🇺', '', 'de.verdad')).verdict).toBe('unusual');
  });

  it('a given name in Turkish capitals (İ) is still a given name', () => {
    expect(presents('İBRAHİM Türkiye 🇹🇷')).toBeUndefined();
  });

  it('with the seed pattern’s reach, a person named beside their country is not suspected; a slogan still is', () => {
    expect(assess(seedLike('Fatima Maroc 🇲🇦', '', 'fatima.mrc')).verdict).toBe('unusual');
    expect(assess(seedLike('Juan Cuba 🇨🇺', '', 'juanito_22')).verdict).toBe('unusual');
    expect(assess(seedLike('Сильная Россия 🇷🇺', '', 'silnaya.rossiya')).verdict).toBe('suspected');
    expect(assess(seedLike('Yangi Oʻzbekiston 🇺🇿', '', 'yangi.uz')).verdict).toBe('suspected');
  });

  it('with the seed pattern’s reach: the flag and a framed handle are suspected, the flag and a travel handle not', () => {
    expect(assess(seedLike('🇬🇳', '', 'conakry_today')).verdict).toBe('suspected');
    expect(assess(seedLike('🇲🇱', '', 'mali_travel_vlog')).verdict).toBe('unusual');
    expect(assess(seedLike('Aigles du Mali 🇲🇱')).verdict).toBe('unusual');
    expect(assess(seedLike('Bamako Eats 🇲🇱')).verdict).toBe('unusual');
  });
});

describe('"our <state>" in the official languages of every counted state', () => {
  it.each([
    ['हाम्रो नेपाल 🇳🇵', 'NP'], // Nepali, before
    ['අපේ ශ්‍රී ලංකාව', 'LK'], // Sinhala, before
    ['sunu Senegaal', 'SN'], // Wolof, before
    ['ons Suid-Afrika', 'ZA'], // Afrikaans, before
    ['Shqipëria jonë', 'AL'], // Albanian, after
    ['u Rwanda rwacu', 'RW'], // Kinyarwanda, after
    ['Тоҷикистони мо', 'TJ'], // Tajik, after the izafet
    ['ኢትዮጵያችን ትቅደም', 'ET'], // Amharic, the suffix glued to the name
  ])('%s speaks as the state', (bio, code) => {
    expect(presents('Awa', bio)?.state.code).toBe(code);
  });

  it.each([
    ['Kenya tamu sana'], // Swahili "sweet", not Hausa "our"
    ['ልጆችን ኢትዮጵያ ውስጥ'], // the same letters ending another word
    ['हाम्रो नेपाल टोली भर्ना गर्दैछ काठमाडौं कार्यालय'], // a firm's sentence, not a slogan
    ['Shqipëria jonë restaurant'], // a trade's word beside it
  ])('%s does not', (bio) => {
    expect(presents('Awa', bio)).toBeUndefined();
  });
});

describe('"<capital> today / news / life" in the state’s own language', () => {
  it.each([
    ['አዲስ አበባ ዛሬ', 'ET'],
    ['Niamey Labarai', 'NE'],
    ['Dakar Tey', 'SN'],
    ['Ulaanbaatar өнөөдөр', 'MN'],
    ['Երևան այսօր', 'AM'],
    ['Tbilisi დღეს', 'GE'],
    ['Бишкек жаңылыктары', 'KG'],
    ['Душанбе имрӯз', 'TJ'],
    ['Мінск сёння', 'BY'],
    ['Kigali uyu munsi', 'RW'],
  ])('%s presents itself as the state', (name, code) => {
    expect(presents(name)?.state.code).toBe(code);
  });

  it.each([
    ['Երևան այսօր', 'Yerevan travel diary ✈️'], // a traveller's diary
    ['Tbilisi Food დღეს', ''], // a food page: 'food' in the name
    ['Dakar Tey 🇸🇳', 'Lions de la Teranga 🦁 supporters'], // the team's supporters
  ])('%s / %s does not', (name, bio) => {
    expect(presents(name, bio)).toBeUndefined();
  });

  it('the short words do not glue into handles: the surname Bukenya is not "bu" + Kenya', () => {
    expect(presents('Peter', '', 'bukenya')).toBeUndefined();
    expect(presents('Awa', '', 'dakar_labarai')?.state.code).toBe('SN');
  });
});

describe('a state’s name that is also a person’s name', () => {
  it.each([
    ['Mali ✨', 'someone'], // Thai มะลิ, "jasmine"
    ['Kenya 💕', 'someone'],
    ['India', 'someone'],
    ['Maria', 'mali_1999'], // the name alone as the handle
  ])('%s / @%s alone is a person', (name, handle) => {
    expect(presents(name, '', handle)).toBeUndefined();
    expect(assess(seedLike(name, '', handle)).verdict).toBe('unusual');
  });

  it.each([
    ['Mali 🇲🇱', 'someone', 'ML'], // with its flag
    ['Mali Today', 'someone', 'ML'], // with a framing word
    ['Awa', 'mali_today', 'ML'], // a framed handle
    ['Россия', 'someone', 'RU'], // a name that is no one's given name stays the state alone
  ])('%s / @%s is the state', (name, handle, code) => {
    expect(presents(name, '', handle)?.state.code).toBe(code);
  });
});

describe('the short framing words of round 8a that are also people’s names', () => {
  it.each([['Ons 🇹🇳'], ['Bu 🇨🇳'], ['Yau 🇭🇰'], ['Jeta 🇦🇱'], ['Tey 🇸🇳'], ['Durmuş 🇹🇷'], ['Өмір 🇰🇿'], ['Həyat 🇦🇿']])(
    '%s is a person beside a flag',
    (name) => {
      expect(presents(name)).toBeUndefined();
    },
  );

  it.each([
    ['Dakar Tey', 'SN'],
    ['Shqipëria jonë 🇦🇱', 'AL'],
    ['Baku bu gün', 'AZ'],
  ])('%s still frames the state’s name', (name, code) => {
    expect(presents(name)?.state.code).toBe(code);
  });
});
