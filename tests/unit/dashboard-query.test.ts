/**
 * The dashboard's list query (extension/ui/dashboard/filter.ts and extension/ui/dashboard/query-url.ts): the moderator queue holds flagged or
 * reported accounts without a decision; every word of a search must match; the query survives a trip through the
 * URL hash, and only what differs from a view's defaults is written.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: () => '', getUILanguage: () => 'en' } } }));

import type { AccountListRow } from '../../extension/protocol';
import { applyQuery, DEFAULT_QUERY, QUEUE_QUERY } from '../../extension/ui/dashboard/filter';
import { hashOfQuery, viewFromHash } from '../../extension/ui/dashboard/query-url';

const row = (
  handle: string,
  computed: AccountListRow['verdict'],
  extra: Partial<AccountListRow> = {},
): AccountListRow => ({
  handle,
  nickname: `Nick ${handle}`,
  verdict: computed,
  computed,
  score: 10,
  lastSeen: 0,
  watched: false,
  ...extra,
});

const rows = [
  row('flagged_open', 'suspected', { score: 40 }),
  row('flagged_done', 'unusual', { label: 'not-state-media', verdict: 'clear' }),
  row('state_open', 'state-media', { score: 100 }),
  row('calm', 'clear'),
  row('calm_reported', 'clear'),
  row('watched_one', 'clear', { watched: true }),
];

describe('the moderator queue', () => {
  it('holds flagged and reported accounts without a decision, strongest first', () => {
    const shown = applyQuery(rows, QUEUE_QUERY, { reported: new Set(['calm_reported']) });
    expect(shown.map((r) => r.handle)).toEqual(['state_open', 'flagged_open', 'calm_reported']);
  });

  it('the watchlist view holds watched accounts only', () => {
    expect(applyQuery(rows, { ...DEFAULT_QUERY, view: 'watch' }).map((r) => r.handle)).toEqual(['watched_one']);
  });

  it('search: every word must match the handle or nickname, or the background found the account', () => {
    const q = { ...DEFAULT_QUERY, search: 'nick flagged' };
    expect(
      applyQuery(rows, q)
        .map((r) => r.handle)
        .sort(),
    ).toEqual(['flagged_done', 'flagged_open']);
    const deep = { deep: new Set(['calm']) };
    expect(applyQuery(rows, { ...DEFAULT_QUERY, search: 'sourdough' }, deep).map((r) => r.handle)).toEqual(['calm']);
  });
});

describe('the query in the URL', () => {
  it('round-trips every field, and writes nothing for the defaults', () => {
    const q = {
      view: 'queue' as const,
      search: 'cgtn news',
      verdict: 'suspected',
      label: '',
      sort: 'followers' as const,
      desc: false,
    };
    const hash = hashOfQuery(q);
    expect(hash).toBe('#queue?q=cgtn+news&verdict=suspected&sort=followers&dir=asc');
    expect(viewFromHash(hash)).toEqual({ kind: 'accounts', query: q });
    expect(hashOfQuery(DEFAULT_QUERY)).toBe('#');
    expect(hashOfQuery(QUEUE_QUERY)).toBe('#queue');
    expect(viewFromHash('#watch')).toEqual({ kind: 'accounts', query: { ...DEFAULT_QUERY, view: 'watch' } });
  });

  it('reads accounts, lists and data, and ignores an unknown sort', () => {
    expect(viewFromHash('#account=some.one')).toEqual({ kind: 'account', handle: 'some.one' });
    expect(viewFromHash('#lists')).toEqual({ kind: 'lists' });
    expect(viewFromHash('#?sort=bogus')).toEqual({ kind: 'accounts', query: DEFAULT_QUERY });
  });
});
