/**
 * Moderator labels and lists in the background, over a fake IndexedDB: a label wins over the computed verdict and
 * says who decided, undo restores the previous state, a subscribed list feeds the verdict, and the export of own
 * labels is a valid list.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const sent: unknown[] = [];
const store: Record<string, unknown> = {};
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async (k: string) => (k in store ? { [k]: store[k] } : {}),
        set: async (v: Record<string, unknown>) => Object.assign(store, v),
      },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
    tabs: {
      query: async () => [{ id: 1 }, { id: 2 }],
      sendMessage: async (_id: number, m: unknown) => {
        sent.push(m);
      },
    },
  },
}));

import {
  applyModeratorLabel,
  canUndo,
  type LabelAction,
  labelFromHistory,
} from '../../extension/background/label-history';
import type { Fetcher } from '../../extension/background/lists';
import { subscribe } from '../../extension/background/lists';
import { labelResponse } from '../../extension/background/moderator-labels';
import { recordObservation } from '../../extension/background/record';
import { answer } from '../../extension/background/router';
import { assessExtras } from '../../extension/background/settings';
import { LIST_FORMAT, parseList } from '../../src/lists/format';
import type { Observation } from '../../src/tiktok/observation';
import { freshDb, NOW } from './db-helpers';

const obs = (handle: string): Observation => ({
  handle,
  status: 'ok',
  source: 'universal',
  observedAt: NOW,
  user: { uniqueId: handle, nickname: 'Someone' },
  stats: { followers: 5000, following: 100, likes: 20_000, videos: 12 },
  posts: [],
});

beforeEach(() => {
  sent.length = 0;
});

describe('label history', () => {
  const a = (action: LabelAction['action'], decision?: LabelAction['decision']): LabelAction => ({
    at: NOW,
    by: 'Ann',
    action,
    ...(decision ? { decision } : {}),
  });

  it('undo steps back through labels and removals, and stops at nothing', () => {
    const h = [a('label', 'unsure'), a('label', 'state-media'), a('remove')];
    expect(labelFromHistory('x', h)).toBeUndefined();
    expect(labelFromHistory('x', [...h, a('undo')])?.decision).toBe('state-media');
    expect(labelFromHistory('x', [...h, a('undo'), a('undo')])?.decision).toBe('unsure');
    expect(labelFromHistory('x', [...h, a('undo'), a('undo'), a('undo')])).toBeUndefined();
    expect(canUndo([...h, a('undo'), a('undo'), a('undo')])).toBe(false);
    expect(canUndo(h)).toBe(true);
  });

  it('a label overrides the verdict and names the moderator; unsure keeps the computed verdict', () => {
    const base = {
      handle: 'x',
      verdict: 'clear' as const,
      score: 3,
      affiliation: 0,
      amplification: 5,
      signals: [],
      reason: 'Nothing notable.',
      observedAt: NOW,
    };
    const confirmed = applyModeratorLabel(base, {
      handle: 'x',
      decision: 'state-media',
      verdict: 'state-media',
      by: 'Ann',
      at: NOW,
      source: 'https://e.org/s',
    });
    expect(confirmed).toMatchObject({
      verdict: 'state-media',
      score: 100,
      moderator: { by: 'Ann', computed: 'clear' },
    });
    expect(confirmed.reason).toMatch(/Ann \(moderator\).*https:\/\/e\.org\/s/);
    const unsure = applyModeratorLabel(base, {
      handle: 'x',
      decision: 'unsure',
      verdict: 'unknown',
      by: 'Ann',
      at: NOW,
    });
    expect(unsure.verdict).toBe('clear');
    expect(unsure.reason).toMatch(/unsure/);
    // Another account's label never applies.
    expect(
      applyModeratorLabel(base, { handle: 'y', decision: 'state-media', verdict: 'state-media', by: 'A', at: NOW }),
    ).toBe(base);
  });
});

describe('workbench in the background', () => {
  it('labels win where the verdict goes to content scripts, are broadcast, and undo restores the computed one', async () => {
    const { db } = freshDb();
    const first = await labelResponse(db, await recordObservation(db, obs('plain.account'), NOW));
    expect(first.assessment.verdict).not.toBe('state-media');

    await expect(
      answer(db, { type: 'ui/label', handle: 'plain.account', decision: 'state-media' }, NOW),
    ).rejects.toThrow(/source URL or a note/);
    await answer(
      db,
      { type: 'ui/label', handle: '@Plain.Account', decision: 'state-media', source: 'https://e.org/a' },
      NOW,
    );
    expect(sent).toHaveLength(2); // one per tab
    expect(sent[0]).toMatchObject({
      type: 'background/label-changed',
      handle: 'plain.account',
      assessment: { verdict: 'state-media' },
    });

    const again = await labelResponse(db, await recordObservation(db, obs('plain.account'), NOW + 1000));
    expect(again.assessment.verdict).toBe('state-media');
    expect(again.assessment.reason).toMatch(/moderator/);

    await answer(db, { type: 'ui/label-undo', handle: 'plain.account' }, NOW + 2000);
    expect(await db.modLabels.get('plain.account')).toBeUndefined();
    const after = await labelResponse(db, await recordObservation(db, obs('plain.account'), NOW + 3000));
    expect(after.assessment.verdict).toBe(first.assessment.verdict);
    const h = await answer(db, { type: 'ui/account-detail', handle: 'plain.account' });
    expect(h).toMatchObject({ canUndo: false });
  });

  it('a subscribed list makes its accounts state media, citing the source; a bad list is refused', async () => {
    const { db } = freshDb();
    const list = {
      format: LIST_FORMAT,
      version: 1,
      name: 'Team list',
      updated: '2026-01-01T00:00:00Z',
      entries: [{ handle: 'listed.one', source: 'https://e.org/report' }, { handle: 'nosource' }],
    };
    const fetcher: Fetcher = async (url) =>
      new Response(url.endsWith('bad.json') ? '{"format":"x"}' : JSON.stringify(list));
    await expect(subscribe(db, 'http://e.org/list.json', NOW, fetcher)).rejects.toThrow(/https/);
    await expect(subscribe(db, 'https://e.org/bad.json', NOW, fetcher)).rejects.toThrow(/format/);
    const info = await subscribe(db, 'https://e.org/list.json', NOW, fetcher);
    expect(info).toMatchObject({ name: 'Team list', entries: 1, enabled: true });
    expect(info.errors?.[0]).toMatch(/nosource/);

    const res = await recordObservation(db, obs('listed.one'), NOW, 'visit', await assessExtras(db));
    expect(res.assessment.verdict).toBe('state-media');
    expect(res.assessment.reason).toContain('https://e.org/report');
  });

  it('exports confirmed labels as a valid list and leaves the others out', async () => {
    const { db } = freshDb();
    await answer(db, { type: 'ui/label', handle: 'a.one', decision: 'state-media', note: 'bio says CGTN host' }, NOW);
    await answer(db, { type: 'ui/label', handle: 'b.two', decision: 'not-state-media' }, NOW);
    const out = (await answer(db, { type: 'ui/labels-export' }, NOW)) as { list: unknown; skipped: number };
    const parsed = parseList(JSON.parse(JSON.stringify(out.list)));
    expect(parsed.errors).toEqual([]);
    expect(parsed.list?.entries.map((e) => e.handle)).toEqual(['a.one']);
    expect(parsed.list?.entries[0]?.source).toContain('bio says CGTN host');
    expect(out.skipped).toBe(1);
  });
});
