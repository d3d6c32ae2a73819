/**
 * What a list's typology makes of a listed account (src/signals/listed-account.ts, src/lists/typology.ts): an
 * account in a State Media Monitor SC or CaPu row is `state-media` with the row as evidence; in a CaPr row
 * `suspected` at most; in an independent row (ISFM, ISF, ISM, IP) never flagged — the verdict stays what the other
 * signals say. The same for the project's JSON lists, whose entries without a type mean SC. Rows are written here
 * in the data set's shape; the real data set's accounts are checked too where ../shared has it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { domainLookup, LIST_FORMAT, listLookup, parseList } from '../../src/lists/format';
import { readListText, SMM_NAME } from '../../src/lists/smm-csv';
import { TYPOLOGIES, type Typology } from '../../src/lists/typology';
import type { ListedDomain, Signal, SignalContext } from '../../src/signals/types';
import type { Observation } from '../../src/tiktok/observation';
import { DAY_S, HOUR_S } from '../../src/time';
import { type AssessOptions, assess } from '../../src/verdict';

const SMM_CSV = resolve(import.meta.dirname, '../../../shared/state-media-profiles/State_Media_Matrix.csv');
const HAVE_SMM = existsSync(SMM_CSV);
if (!HAVE_SMM && process.env.CI) throw new Error(`the State Media Monitor data set is missing: ${SMM_CSV}`);

const AT = Date.UTC(2025, 5, 1);
const HEADER = 'Region,Country,Media company,Main assets,URL,Typology,Tiktok Link';

/** A data-set CSV with one outlet per typology, each with a TikTok account named after its code. */
const CSV = [
  HEADER,
  ...TYPOLOGIES.map(
    (t) =>
      `Europe,Ruritania,Ruritania ${t} Media,${t} One,https://www.${t.toLowerCase()}-one.rr/,${t === 'ISFM' ? 'ISFM?' : t},https://www.tiktok.com/@${t.toLowerCase()}_one`,
  ),
].join('\n');
const LIST = readListText(CSV).list!;

/** An ordinary account: nothing notable of its own. */
const plain = (handle: string): Observation => ({
  handle,
  status: 'ok',
  source: 'universal',
  observedAt: AT,
  user: { uniqueId: handle, nickname: handle, createTime: AT / 1000 - 5 * 365 * DAY_S },
  stats: { followers: 12_000, following: 300, likes: 90_000, videos: 140 },
  posts: [],
});

/** An account whose reach alone looks manufactured (follows nobody, young, posts far past its audience). */
const amplified = (handle: string): Observation => ({
  ...plain(handle),
  user: { uniqueId: handle, nickname: handle, createTime: AT / 1000 - 20 * DAY_S },
  stats: { followers: 40_000, following: 0, likes: 3_000_000, videos: 30 },
  posts: Array.from({ length: 12 }, (_, i) => ({
    id: String(7_000_000_000_000_000_000 + i),
    createTime: AT / 1000 - i * HOUR_S * 6,
    views: 2_000_000 + i,
    hashtags: ['fyp', 'foryou', 'viral'],
    desc: '#fyp #foryou #viral',
  })),
});

const withList = (obs: Observation, opts: AssessOptions = {}) =>
  assess(obs, { lookupList: listLookup([LIST]), lookupDomain: domainLookup([LIST]), ...opts });
const listed = (a: ReturnType<typeof assess>) => a.signals.find((s) => s.id === 'listed-account');

describe('a listed account, by its outlet’s typology', () => {
  for (const t of ['SC', 'CaPu'] as Typology[]) {
    it(`${t}: state media, with the row as evidence`, () => {
      const a = withList(plain(`${t.toLowerCase()}_one`));
      expect(a.verdict).toBe('state-media');
      expect(a.reason).toBe(listed(a)!.evidence);
      // The list, outlet, country, typology and the row's citation.
      for (const part of [
        `“${SMM_NAME}”`,
        `${t} One (Ruritania)`,
        `typology ${t}`,
        `State Media Monitor via ASD state-media-profiles: Ruritania ${t} Media (Ruritania), typology ${t}`,
      ])
        expect(a.reason).toContain(part);
      expect(listed(a)).toMatchObject({ strength: 'confirmed', points: 100 });
    });
  }

  it('CaPr: suspected at most, as captured private media', () => {
    const a = withList(plain('capr_one'));
    expect(a.verdict).toBe('suspected');
    expect(listed(a)).toMatchObject({ strength: 'evidence' });
    expect(listed(a)!.points).toBeGreaterThan(0);
    expect(listed(a)!.evidence).toContain('captured private media');
    expect(listed(a)!.evidence).toContain('typology CaPr');
    expect(a.reason).toContain('Ruritania CaPr Media (Ruritania)');
    // However manufactured its reach looks, the list does not make it state media.
    expect(withList(amplified('capr_one')).verdict).toBe('suspected');
  });

  for (const t of ['ISFM', 'ISF', 'ISM', 'IP'] as Typology[]) {
    it(`${t}: never flagged; the verdict is what the other signals say`, () => {
      const h = `${t.toLowerCase()}_one`;
      const a = withList(plain(h));
      expect(a.verdict).toBe('clear');
      expect(listed(a)).toMatchObject({ points: 0 });
      expect(listed(a)!.strength).toBeUndefined();
      expect(listed(a)!.evidence).toBe(
        `Listed as publicly funded, editorially independent media (State Media Monitor: ${t}): ${t} One (Ruritania) ` +
          `on “${SMM_NAME}”; not counted (source: State Media Monitor via ASD state-media-profiles: ` +
          `Ruritania ${t} Media (Ruritania), typology ${t === 'ISFM' ? 'ISFM?' : t}).`,
      );
      // Unlisted, the same account gets the same verdict and score; with manufactured reach, still no affiliation.
      const bare = assess(plain(h));
      expect([a.verdict, a.score]).toEqual([bare.verdict, bare.score]);
      const amp = withList(amplified(h));
      expect(amp.verdict).toBe(assess(amplified(h)).verdict);
      expect(amp.verdict).not.toBe('state-media');
      expect(amp.verdict).not.toBe('suspected');
    });
  }

  it('an account no list names is untouched', () => {
    const a = withList(plain('someone_else'));
    expect(listed(a)).toBeUndefined();
    expect(a.verdict).toBe('clear');
  });
});

describe('the project’s JSON lists carry a typology too', () => {
  const doc = (entries: unknown[], extra: Record<string, unknown> = {}) => ({
    format: LIST_FORMAT,
    version: 1,
    name: 'Team',
    updated: '2025-01-02T00:00:00Z',
    entries,
    ...extra,
  });

  it('an entry without a type is SC, as lists always meant; a typed entry is read by its type', () => {
    const { list, errors } = parseList(
      doc([
        { handle: 'plain_entry', source: 'https://e.org/a' },
        { handle: 'capr_entry', source: 'https://e.org/b', type: 'CaPr' },
        { handle: 'isf_entry', source: 'https://e.org/c', type: 'ISF', country: 'Ruritania', outlet: 'R1' },
        { handle: 'unsure_entry', source: 'https://e.org/d', type: 'ISFM?' },
      ]),
    );
    expect(errors).toEqual([]);
    const lookup = listLookup([list!]);
    expect(lookup('plain_entry')?.type).toBeUndefined();
    expect(lookup('unsure_entry')?.type).toBe('ISFM');
    const verdict = (h: string) => assess(plain(h), { lookupList: lookup }).verdict;
    expect(verdict('plain_entry')).toBe('state-media');
    expect(verdict('capr_entry')).toBe('suspected');
    expect(verdict('isf_entry')).toBe('clear');
    expect(verdict('unsure_entry')).toBe('clear');
  });

  it('a list-wide type applies to entries without their own; an unknown type is never read as SC', () => {
    const { list } = parseList(
      doc(
        [
          { handle: 'a_one', source: 'https://e.org/a' },
          { handle: 'b_one', source: 'https://e.org/b', type: 'SC' },
        ],
        { type: 'IP' },
      ),
    );
    const lookup = listLookup([list!]);
    expect(lookup('a_one')?.type).toBe('IP');
    expect(lookup('b_one')?.type).toBe('SC');
    const bad = parseList(doc([{ handle: 'x_one', source: 'https://e.org/x', type: 'state' }]));
    expect(bad.list?.entries).toEqual([]);
    expect(bad.errors).toEqual(['entry 0 (@x_one): unknown type "state"']);
    expect(parseList(doc([], { type: 'independent' }))).toEqual({
      errors: ['unknown type "independent" for the whole list'],
    });
    // A stored entry with a junk type (an imported backup) is left out, not read as SC.
    const stored = listLookup([{ name: 'Old', entries: [{ handle: 'y_one', source: 's', type: 'XX' as Typology }] }]);
    expect(stored('y_one')).toBeUndefined();
  });

  it('domains: outlets’ own domains for bio links, never a platform, an IP or a registry suffix', () => {
    const { list, errors } = parseList(
      doc([], {
        domains: [
          { domain: 'https://WWW.Outlet.example/news', source: 'https://e.org/o', type: 'CaPu', outlet: 'Outlet' },
          { domain: 'youtube.com', source: 'https://e.org/y' },
          { domain: 'm.facebook.com', source: 'https://e.org/f' },
          { domain: '203.0.113.7', source: 'https://e.org/i' },
          { domain: 'gov.uk', source: 'https://e.org/g' },
          { domain: 'outlet.example', source: 'https://e.org/dup' },
          { domain: 'nosource.example' },
          { domain: 'weird.example', source: 'https://e.org/w', type: 'X' },
        ],
      }),
    );
    expect(list?.domains).toEqual([
      { domain: 'outlet.example', source: 'https://e.org/o', type: 'CaPu', outlet: 'Outlet' },
    ]);
    expect(errors).toHaveLength(7);
    const lookup = domainLookup([list!]);
    expect(lookup('live.outlet.example')).toMatchObject({ domain: 'outlet.example', list: 'Team', type: 'CaPu' });
    expect(lookup('outlet.example.evil.example')).toBeUndefined();
  });
});

describe('lookupDomain reaches the signals', () => {
  it('assess passes AssessOptions.lookupDomain into the signal context', () => {
    let seen: SignalContext['lookupDomain'];
    const probe: Signal = {
      id: 'outlet-link', // any id: the probe only looks at its context
      axis: 'affiliation',
      evaluate(ctx) {
        seen = ctx.lookupDomain;
        return undefined;
      },
    };
    const lookupDomain = domainLookup([LIST]);
    assess(plain('x_one'), { lookupDomain, signals: [probe] });
    expect(seen).toBe(lookupDomain);
    expect(seen?.('shop.sc-one.rr')).toMatchObject({
      domain: 'sc-one.rr',
      type: 'SC',
      outlet: 'SC One',
      country: 'Ruritania',
      list: SMM_NAME,
      source: 'State Media Monitor via ASD state-media-profiles: Ruritania SC Media (Ruritania), typology SC',
    });
    expect(seen?.('isfm-one.rr')?.type).toBe('ISFM');
  });
});

describe.skipIf(!HAVE_SMM)('the real data set’s accounts', () => {
  const list = HAVE_SMM ? readListText(readFileSync(SMM_CSV, 'utf8')).list! : LIST;
  const verdict = (h: string) => assess(plain(h), { lookupList: listLookup([list]) });

  it('RT (SC) and The Straits Times (CaPu) are state media via the list; Komsomolskaya Pravda (CaPr) suspected', () => {
    expect(verdict('russian_rt').verdict).toBe('state-media');
    expect(verdict('russian_rt').reason).toContain('RT (Russia), typology SC');
    expect(verdict('straitstimes').verdict).toBe('state-media');
    expect(verdict('rukptok').verdict).toBe('suspected');
  });

  it('ABC (ISF), Kan (ISFM), Thai PBS (IP) and Radio Svoboda (ISFM, ISFM?) are never flagged', () => {
    for (const h of ['abc', 'kan_il', 'thaipbs', 'radio_svaboda']) {
      const a = verdict(h);
      expect(a.verdict, h).toBe('clear');
      expect(listed(a)?.evidence, h).toContain('publicly funded, editorially independent');
    }
  });
});

describe('outlet-link with a subscribed list’s domains', () => {
  const user = (bioLink: string) => ({ uniqueId: 'plain_account', bioLink });
  const obs = (bioLink: string): Observation => ({
    handle: 'plain_account',
    status: 'ok',
    source: 'universal',
    observedAt: Date.UTC(2026, 0, 1),
    user: user(bioLink),
    stats: { followers: 900, following: 120, likes: 4000, videos: 30 },
    posts: [],
  });
  const rows: Record<string, ListedDomain> = {
    'example-state-tv.test': {
      domain: 'example-state-tv.test',
      outlet: 'Example State TV',
      country: 'Nowhere',
      type: 'SC',
      source: 'test row',
      list: 'Test list',
    },
    'example-public.test': {
      domain: 'example-public.test',
      outlet: 'Example Public Radio',
      type: 'IP',
      source: 'test row',
      list: 'Test list',
    },
  };
  const lookupDomain = (host: string) =>
    rows[
      host
        .replace(/^www\./, '')
        .split('.')
        .slice(-2)
        .join('.')
    ];

  it('a domain only the list knows is evidence, naming the list row', () => {
    const a = assess(obs('https://news.example-state-tv.test/live'), { lookupDomain });
    const s = a.signals.find((x) => x.id === 'outlet-link')!;
    expect(s.points).toBeGreaterThan(0);
    expect(s.evidence).toContain('Example State TV');
    expect(s.evidence).toContain('Test list');
    expect(a.verdict).toBe('suspected');
  });

  it('an independent row is named for 0 points; without the list nothing is known', () => {
    const independent = assess(obs('example-public.test'), { lookupDomain }).signals.find(
      (x) => x.id === 'outlet-link',
    )!;
    expect(independent.points).toBe(0);
    expect(independent.evidence).toContain('editorially independent');
    expect(assess(obs('https://news.example-state-tv.test/live')).verdict).toBe('clear');
  });
});
