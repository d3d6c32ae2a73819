/**
 * Issue 13's fresh-set classes, each rule from both sides: outlets' own short-link hosts in the registry; a
 * fact-checker of state media linking the story it checks; the state as identity with a Romance adjective after it
 * or "the X they don't show you"; and one viral run counted once for `unusual` (docs/calibration.md, "One viral run").
 */
import { describe, expect, it } from 'vitest';
import { FACT_CHECK, factCheckOf, STATE_MEDIA_CLASS } from '../../src/lists/bio/fact-check';
import { outletForLink } from '../../src/lists/match';
import { readStateIdentity } from '../../src/lists/self-presentation';
import { STATES_WITH_OUTLETS } from '../../src/lists/states';
import { outletLink } from '../../src/signals/outlet-link';
import type { Observation, PostSummary } from '../../src/tiktok/observation';
import { DAY_MS } from '../../src/time';
import { assess } from '../../src/verdict';

const NOW = Date.UTC(2026, 0, 1);
const sec = (ms: number) => Math.floor(ms / 1000);

describe("outlets' own short-link hosts", () => {
  it.each([
    ['sptnkne.ws/KdP7', 'sputnik'],
    ['http://xhne.ws/abc12', 'xinhua'],
    ['tlsur.net/x1', 'telesur'],
    ['https://trt.world/subscribe', 'trt'],
  ])('%s is the outlet %s', (link, id) => expect(outletForLink(link)?.outlet.id).toBe(id));

  it.each(['bit.ly/3abc', 't.co/xyz', 'linktr.ee/someone', 'sptnkne.ws.example.com/x', 'notsptnkne.ws/x'])(
    '%s is no outlet',
    (link) => expect(outletForLink(link)).toBeUndefined(),
  );
});

const linkObs = (signature: string, bioLink: string): Observation => ({
  handle: 'someone',
  status: 'ok',
  source: 'universal',
  observedAt: NOW,
  user: { uniqueId: 'someone', signature, bioLink },
  posts: [],
});
const link = (signature: string, bioLink = 'www.el19digital.com/articulos/ver/titulo:1') =>
  outletLink.evaluate({ obs: linkObs(signature, bioLink), history: [], now: NOW })!;

describe('a fact-checker of state media links the story it checks', () => {
  it.each([
    'Verificamos lo que difunden los medios oficialistas. Hoy desmentimos esta nota 👇',
    'We fact-check state media. Today: this story 👇',
    'Фактчекинг: проверяем госСМИ',
    '事实核查：官媒报道',
  ])('0 points, and the evidence says why: %s', (bio) => {
    const r = link(bio);
    expect(r.points).toBe(0);
    expect(r.say?.key).toBe('sig_outlet_link_factcheck');
  });

  it.each([
    // No class of media named: an outlet's own account may call itself a debunker.
    'Debunking Western fakes every day 👇',
    // State media named, but nothing says the account checks them.
    'Noticias de los medios oficiales de Nicaragua 👇',
    // Staff of the linked outlet who also fact-check: the employer line keeps the link a tie.
    'Periodista de El 19 Digital. Verificamos lo que dicen de los medios oficialistas',
    '',
  ])('the link still counts: %s', (bio) => expect(link(bio).points).toBeGreaterThan(0));

  it('needs both a checking word and state media as a class', () => {
    expect(factCheckOf('We fact-check state media')).toEqual({ verb: 'fact-check', media: 'state media' });
    expect(factCheckOf('We fact-check claims')).toBeUndefined();
    expect(factCheckOf('State media fans')).toBeUndefined();
    expect(factCheckOf('undebunkable state media')).toBeUndefined();
  });

  it('lists are lower case, trimmed and unique', () => {
    for (const list of [FACT_CHECK, STATE_MEDIA_CLASS]) {
      for (const w of list) expect(w, w).toBe(w.toLowerCase().trim());
      expect(new Set(list).size).toBe(list.length);
    }
  });
});

const presents = (name: string, bio = '', handle = 'x') =>
  readStateIdentity(name, bio, handle, (c) => STATES_WITH_OUTLETS.has(c)).presents?.where;

describe('the state as the identity', () => {
  it('a Romance adjective after the name frames it; before it or alone it is a given name', () => {
    expect(presents('Nicaragua Linda 🇳🇮')).toBe('name');
    expect(presents('Cuba Querida')).toBe('name');
    expect(presents('Linda Nicaragua')).toBeUndefined();
    expect(presents('Linda 🇳🇮')).toBeUndefined();
    expect(presents('Nicaragua Linda ✈️ viajes')).toBeUndefined();
  });

  it("a demonym with framing words is the identity; with a person's words it is a mention", () => {
    expect(presents('Eritrean Life 🇪🇷')).toBe('name');
    expect(presents('Ethiopian News Today')).toBe('name');
    expect(presents('Eritrean mom in Oslo')).toBeUndefined();
    expect(presents('Greek Life at UCLA')).toBeUndefined();
  });

  it('framing words in more languages; their travel and exile words make a mention', () => {
    expect(presents('Habari Rasmi Tanzania 🇹🇿')).toBe('name');
    expect(presents('Prava Srbija danas')).toBe('name');
    expect(presents('Tanzania Safari Vibes')).toBeUndefined();
    expect(presents('Srbija danas', 'Putovanje kroz Balkan')).toBeUndefined();
  });

  it("\"the X they don't show you\" in the bio is a voice; with a critic's or a fact-checker's words it is not", () => {
    expect(presents('Ana', 'La Nicaragua que no te muestran 🇳🇮 paz y progreso')).toBe('bio');
    expect(presents('Ana', 'The Russia the media don’t show you'.replace('’', "'"))).toBe('bio');
    expect(presents('Ana', 'La Nicaragua que no te muestran: presos políticos y exilio')).toBeUndefined();
    expect(
      presents('Verifica Nica', 'Verificamos lo que difunden los medios oficialistas de Nicaragua'),
    ).toBeUndefined();
    expect(presents('Ana', 'Nicaragua 🇳🇮 mi tierra')).toBeUndefined();
  });
});

/** A young account with one viral run: followers fast (young-reach) and views far past them (views-per-follower). */
function viral(extra: { following?: number; bait?: boolean } = {}): Observation {
  const posts: PostSummary[] = Array.from({ length: 12 }, (_, i) => {
    const createTime = sec(NOW - (0.5 + i * 2) * DAY_MS);
    const desc = extra.bait ? `clip ${i} #fyp #foryou #viral #xyzbca` : `clip ${i}`;
    return {
      id: ((BigInt(createTime) << 32n) | BigInt(1000 + i)).toString(),
      createTime,
      views: 900_000,
      desc,
      hashtags: [...desc.matchAll(/#([\p{L}\p{N}_]+)/gu)].map((m) => m[1]!),
    };
  });
  return {
    handle: 'new.account',
    status: 'ok',
    source: 'universal',
    observedAt: NOW,
    user: {
      uniqueId: 'new.account',
      nickname: 'Mina',
      signature: 'grew up in Seoul',
      createTime: sec(NOW - 40 * DAY_MS),
    },
    stats: { followers: 120_000, following: extra.following ?? 180, likes: 2_000_000, videos: 12 },
    exactCounts: true,
    posts,
    postList: true,
  };
}

describe('one viral run counted once for `unusual`', () => {
  const fired = (o: Observation) =>
    assess(o)
      .signals.filter((s) => s.points > 0)
      .map((s) => s.id);

  it('young-reach and views-per-follower alone: clear, and the reason says the run was counted once', () => {
    const a = assess(viral());
    expect(fired(viral())).toEqual(expect.arrayContaining(['young-reach', 'views-per-follower']));
    expect(a.verdict).toBe('clear');
    expect(a.reasonSay?.key).toBe('reason_clear_one_run');
  });

  it('the same pair with another amplification signal still makes `unusual`', () => {
    expect(assess(viral({ following: 0 })).verdict).toBe('unusual');
  });

  it('without the rule the pair alone would be `unusual` (the rule is what changes it)', () => {
    const a = assess(viral());
    expect(a.amplification).toBeGreaterThanOrEqual(40);
  });
});

describe('every UN member state has an identity row (the cue can read it once its media are listed)', () => {
  // The 193 member states of the United Nations, ISO 3166-1 alpha-2 (UN, "Member States", un.org/en/about-us/member-states).
  const UN_MEMBERS =
    'AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL CN CO KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN YE ZM ZW'.split(
      ' ',
    );
  it('193 codes, each with a row', async () => {
    const { STATE_IDENTITIES } = await import('../../src/lists/states');
    const have = new Set(STATE_IDENTITIES.map((s) => s.code));
    expect(new Set(UN_MEMBERS).size).toBe(193);
    expect(UN_MEMBERS.filter((c) => !have.has(c))).toEqual([]);
  });
});
