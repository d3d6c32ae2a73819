/**
 * The moderator queue's background (extension/background/triage.ts and extension/background/triage-labels.ts) over a fake IndexedDB:
 * search beyond handle and nickname, bulk decisions and their undo (a later single decision survives the batch's
 * undo), the CSV of a filtered view, and the watchlist's next-check times.
 */
import { describe, expect, it, vi } from 'vitest';

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
    tabs: { query: async () => [], sendMessage: async () => undefined },
  },
}));

import { recordObservation } from '../../extension/background/record';
import { answer } from '../../extension/background/router';
import { SCHEDULE } from '../../extension/background/schedule';
import { watchSchedule } from '../../extension/background/triage';
import type { Observation } from '../../src/tiktok/observation';
import { freshDb, NOW } from './db-helpers';

const obs = (handle: string, user: Partial<Observation['user'] & object> = {}): Observation => ({
  handle,
  status: 'ok',
  source: 'universal',
  observedAt: NOW,
  user: { uniqueId: handle, nickname: `Nick ${handle}`, ...user },
  stats: { followers: 5000, following: 100, likes: 20_000, videos: 12 },
  posts: [],
});

async function seeded() {
  const { db } = freshDb();
  await recordObservation(db, obs('plain_baker', { signature: 'Sourdough every morning' }), NOW, 'visit');
  await recordObservation(db, obs('news_link', { bioLink: 'https://www.cgtn.com/about' }), NOW, 'visit');
  await recordObservation(db, obs('andes_voice', { region: 'PE' }), NOW, 'visit');
  return db;
}

describe('triage search', () => {
  it('finds accounts by bio words, link domain, outlet and country (code or name)', async () => {
    const db = await seeded();
    const find = async (query: string, locale?: string) =>
      (await answer(db, { type: 'ui/triage-search', query, ...(locale ? { locale } : {}) }, NOW)).handles.sort();
    expect(await find('sourdough')).toEqual(['plain_baker']);
    expect(await find('cgtn.com')).toEqual(['news_link']);
    expect(await find('CGTN')).toContain('news_link');
    // A scoring signal, by id.
    expect(await find('outlet-link')).toEqual(['news_link']);
    expect(await find('peru')).toEqual(['andes_voice']);
    expect(await find('perú', 'es')).toEqual(['andes_voice']);
    // Every word must match: the baker's bio and Peru are on different accounts.
    expect(await find('sourdough peru')).toEqual([]);
    expect(await find('   ')).toEqual([]);
    // A handle or nickname match alone is the page's to find (extension/ui/dashboard/filter.ts): not sent back.
    expect(await find('plain_baker')).toEqual([]);
  });
});

describe('bulk decisions', () => {
  it('labels many accounts at once, and the undo leaves a later single decision alone', async () => {
    const db = await seeded();
    const handles = ['plain_baker', 'news_link', 'andes_voice'];
    const done = await answer(db, { type: 'ui/triage-label', handles, decision: 'not-state-media' }, NOW);
    expect(done.rows.map((r) => [r.handle, r.label, r.verdict])).toEqual(
      handles.map((h) => [h, 'not-state-media', 'clear']),
    );
    // One account is decided again on its own after the batch.
    await answer(db, { type: 'ui/label', handle: 'news_link', decision: 'unsure' }, NOW + 1000);
    const undone = await answer(db, { type: 'ui/triage-undo', handles, at: done.at }, NOW + 2000);
    const label = new Map(undone.rows.map((r) => [r.handle, r.label]));
    expect(label.get('plain_baker')).toBeUndefined();
    expect(label.get('andes_voice')).toBeUndefined();
    expect(label.get('news_link')).toBe('unsure');
  });

  it('confirming state media in bulk needs a source or a note, like one account', async () => {
    const db = await seeded();
    const req = { type: 'ui/triage-label' as const, handles: ['plain_baker'], decision: 'state-media' as const };
    await expect(answer(db, req, NOW)).rejects.toThrow(/source URL or a note/);
    const ok = await answer(db, { ...req, note: 'named on the outlet site' }, NOW);
    expect(ok.rows[0]?.verdict).toBe('state-media');
  });
});

describe('filtered CSV', () => {
  it('holds the asked accounts only, in the asked order', async () => {
    const db = await seeded();
    const { csv } = await answer(db, { type: 'ui/triage-csv', handles: ['andes_voice', 'plain_baker'] }, NOW);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]?.startsWith('andes_voice,')).toBe(true);
    expect(lines[2]?.startsWith('plain_baker,')).toBe(true);
  });
});

describe('viewers’ reports', () => {
  it('accounts marked "looks wrong" are listed for the queue; hidden-only ones are not', async () => {
    const { db } = freshDb();
    store.viewerSay = {
      odd_one: { at: NOW, verdict: 'clear', wrong: NOW },
      hidden_only: { at: NOW + 1, verdict: 'unusual', hidden: NOW + 1 },
    };
    try {
      const info = await answer(db, { type: 'ui/triage-info' }, NOW);
      expect(info.reported).toEqual(['odd_one']);
    } finally {
      delete store.viewerSay;
    }
  });
});

describe('watchlist schedule', () => {
  it('queues overdue accounts a minute apart after the last request, each no earlier than its own due time', () => {
    const gap = SCHEDULE.minGapMs;
    const rows = [
      { handle: 'b', addedAt: 0, nextCheckAt: NOW - 5000, failures: 0 },
      { handle: 'a', addedAt: 0, nextCheckAt: NOW - 9000, failures: 0 },
      { handle: 'later', addedAt: 0, nextCheckAt: NOW + 10 * gap, failures: 0 },
    ];
    const plan = watchSchedule({ enabled: true, failures: 0, lastRequestAt: NOW - gap / 2 }, rows, NOW);
    expect(plan.map((w) => [w.handle, w.nextCheckAt])).toEqual([
      ['a', NOW + gap / 2],
      ['b', NOW + gap / 2 + gap],
      ['later', NOW + 10 * gap],
    ]);
  });
});
