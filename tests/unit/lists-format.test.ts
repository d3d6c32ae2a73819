import { describe, expect, it } from 'vitest';
import { LIST_FORMAT, listLookup, makeList, parseList } from '../../src/lists/format';
import { SEED_LIST } from '../../src/lists/seed';
import type { Observation } from '../../src/tiktok/observation';
import { assess } from '../../src/verdict';

const doc = (entries: unknown[], extra: Record<string, unknown> = {}) => ({
  format: LIST_FORMAT,
  version: 1,
  name: 'Team',
  updated: '2025-01-02T00:00:00Z',
  entries,
  ...extra,
});

describe('parseList', () => {
  it('reads a good list and normalises handles', () => {
    const { list, errors } = parseList(
      doc([{ handle: '@Some.Outlet', source: 'https://example.org/a', state: 'cn', outlet: 'X' }]),
    );
    expect(errors).toEqual([]);
    expect(list?.entries).toEqual([
      { handle: 'some.outlet', source: 'https://example.org/a', state: 'CN', outlet: 'X' },
    ]);
  });

  it('skips entries without a usable source, with a bad handle, or repeated, and says which', () => {
    const { list, errors } = parseList(
      doc([
        { handle: 'nosource' },
        { handle: 'js', source: 'javascript:alert(1)' },
        { handle: 'has space', source: 'https://e.org' },
        { handle: 'ok', source: 'Reuters, 2024-03-01' },
        { handle: 'OK', source: 'https://e.org/dup' },
        'nonsense',
      ]),
    );
    expect(list?.entries.map((e) => e.handle)).toEqual(['ok']);
    expect(errors).toHaveLength(5);
    expect(errors.join('\n')).toMatch(/@nosource.*no usable source/);
    expect(errors.join('\n')).toMatch(/@js.*no usable source/);
  });

  it('refuses other formats, newer versions and non-arrays outright', () => {
    expect(parseList(doc([], { format: 'other' })).list).toBeUndefined();
    expect(parseList(doc([], { version: 2 })).errors[0]).toMatch(/newer/);
    expect(parseList(doc([], { version: 0 })).list).toBeUndefined();
    expect(parseList({ ...doc([]), entries: {} }).list).toBeUndefined();
    expect(parseList(null).list).toBeUndefined();
    expect(parseList([]).list).toBeUndefined();
  });

  it('round-trips an export', () => {
    const out = makeList('Mine', [{ handle: 'a_b', source: 'https://e.org/x', note: 'n' }], Date.UTC(2025, 0, 1));
    const back = parseList(JSON.parse(JSON.stringify(out)));
    expect(back.errors).toEqual([]);
    expect(back.list).toEqual(out);
  });
});

describe('SEED_LIST', () => {
  it('is a valid list whose every entry cites an https source', () => {
    const { list, errors } = parseList(SEED_LIST);
    expect(errors).toEqual([]);
    expect(list?.entries.length).toBe(SEED_LIST.entries.length);
    for (const e of SEED_LIST.entries) expect(new URL(e.source).protocol, e.handle).toBe('https:');
  });
});

describe('lists in the verdict', () => {
  const obs: Observation = {
    handle: 'pandaorama',
    status: 'ok',
    source: 'universal',
    observedAt: Date.UTC(2025, 0, 1),
    user: { uniqueId: 'pandaorama', nickname: 'Panda' },
    stats: { followers: 1000, following: 10, likes: 5000, videos: 3 },
    posts: [],
  };

  it('a listed handle is state media, citing list and source; unlisted stays as it was', () => {
    const lookup = listLookup([{ name: SEED_LIST.name, entries: SEED_LIST.entries }]);
    const a = assess(obs, { lookupList: lookup, now: obs.observedAt });
    expect(a.verdict).toBe('state-media');
    expect(a.reason).toContain(SEED_LIST.name);
    expect(a.reason).toContain('forbes.com');
    const b = assess({ ...obs, handle: 'someone_else' }, { lookupList: lookup, now: obs.observedAt });
    expect(b.verdict).not.toBe('state-media');
  });

  it('the first list naming a handle wins, lookups ignore case and @', () => {
    const lookup = listLookup([
      { name: 'A', entries: [{ handle: 'x', source: 'https://a.org' }] },
      { name: 'B', entries: [{ handle: 'x', source: 'https://b.org' }] },
    ]);
    expect(lookup('@X')?.list).toBe('A');
    expect(lookup('y')).toBeUndefined();
  });
});
