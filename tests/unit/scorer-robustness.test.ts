/**
 * The scorer on odd data: generated observations with extreme, missing and contradictory values, alone and with
 * histories, must give a verdict of docs/design.md's vocabulary and a finite 0–100 score, every signal explaining
 * itself. And the command-line scorer must report a bad file and go on with the rest.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { scorePaths } from '../../scripts/score';
import type { Observation, PostSummary } from '../../src/tiktok/observation';
import { DAY_MS, DAY_S } from '../../src/time';
import { assess, VERDICTS } from '../../src/verdict';
import { histories, profiles, renderHar, renderProfileHtml, renderUserDetail } from '../fixtures/render';
import { runs } from './property-helpers';

const NOW = Date.UTC(2026, 0, 15);
vi.setConfig({ testTimeout: 120_000 });
const SEC = NOW / 1000;

/** Counts from the ordinary to the absurd (a reader can only give finite, non-negative ones). */
const countArb = fc.oneof(
  fc.nat({ max: 1000 }),
  fc.nat(),
  fc.constantFrom(0, 1, 2 ** 31, 2 ** 53, 1e15, 1e20, Number.MAX_SAFE_INTEGER, 1.7e308),
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const timeArb = fc.oneof(
  fc.integer({ min: 1_472_688_000, max: Math.floor(SEC) + DAY_S }),
  fc.constantFrom(1, 1_472_688_000, Math.floor(SEC), Math.floor(SEC) + DAY_S),
);
// Short strings: the list matchers cost about 1 ms per 4 characters of bio (reported in issue 9), and the
// properties here are about numbers and shapes; tests/unit/corpus*.test.ts cover the wording.
const textArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom(
    'Russia state-controlled media',
    'Journalist at RT. Views my own',
    'rt.com',
    'https://www.cgtn.com/',
    '#fyp #foryou #viral #trending #fyp',
    '<img src=x onerror=alert(1)>',
  ),
);

const postArb: fc.Arbitrary<PostSummary> = fc.record(
  {
    id: fc.stringMatching(/^\d{1,25}$/),
    createTime: timeArb,
    views: maybe(countArb),
    likes: maybe(countArb),
    desc: maybe(textArb),
    hashtags: fc.array(fc.string({ maxLength: 12 }), { maxLength: 12 }),
    musicTitle: maybe(textArb),
    musicOriginal: maybe(fc.boolean()),
    pinned: maybe(fc.boolean()),
    ad: maybe(fc.boolean()),
  },
  { requiredKeys: ['id', 'createTime', 'hashtags'] },
);

const obsArb = (handle: string, at: fc.Arbitrary<number>): fc.Arbitrary<Observation> =>
  fc.record(
    {
      handle: fc.constant(handle),
      status: fc.constantFrom('ok', 'ok', 'ok', 'private', 'missing', 'banned', 'restricted', 'wall', 'unreadable'),
      source: fc.constantFrom('universal', 'sigi', 'next', 'dom', 'api-user', 'api-posts'),
      observedAt: at,
      user: maybe(
        fc.record(
          {
            uniqueId: fc.constant(handle),
            id: maybe(fc.stringMatching(/^\d{1,20}$/)),
            nickname: maybe(textArb),
            signature: maybe(textArb),
            verified: maybe(fc.boolean()),
            privateAccount: maybe(fc.boolean()),
            bioLink: maybe(textArb),
            commerceUser: maybe(fc.boolean()),
            isOrganization: maybe(fc.boolean()),
            createTime: maybe(timeArb),
            region: maybe(fc.constantFrom('RU', 'CN', 'US', '')),
            stateControlledMedia: maybe(fc.oneof(fc.boolean(), textArb, fc.constant({ text: 'x' }), fc.constant(0))),
            stateControlledMediaText: maybe(textArb),
          },
          { requiredKeys: ['uniqueId'] },
        ),
      ),
      stats: maybe(
        fc.record(
          { followers: maybe(countArb), following: maybe(countArb), likes: maybe(countArb), videos: maybe(countArb) },
          { requiredKeys: [] },
        ),
      ),
      exactCounts: maybe(fc.boolean()),
      posts: fc.array(postArb, { maxLength: 40 }),
    },
    { requiredKeys: ['handle', 'status', 'source', 'observedAt', 'posts'] },
  ) as fc.Arbitrary<Observation>;

function checkAssessment(a: ReturnType<typeof assess>, handle: string): void {
  expect(a.handle).toBe(handle);
  expect(VERDICTS).toContain(a.verdict);
  for (const n of [a.score, a.affiliation, a.amplification]) {
    expect(Number.isFinite(n), `score part ${n}`).toBe(true);
    expect(n).toBeGreaterThanOrEqual(0);
    expect(n).toBeLessThanOrEqual(100);
  }
  expect(Number.isInteger(a.score)).toBe(true);
  expect(typeof a.reason).toBe('string');
  expect(a.reason.length).toBeGreaterThan(0);
  for (const s of a.signals) {
    expect(Number.isFinite(s.points), `${s.id} points ${s.points}`).toBe(true);
    expect(s.points, s.id).toBeGreaterThanOrEqual(0);
    expect(typeof s.evidence, s.id).toBe('string');
    expect(s.evidence.length, s.id).toBeGreaterThan(0);
    if (typeof s.value === 'number') expect(Number.isNaN(s.value), `${s.id} value is NaN`).toBe(false);
  }
}

describe('assess on generated observations', () => {
  it('a single observation of any shape gets a valid verdict and a finite 0–100 score', () => {
    fc.assert(
      fc.property(obsArb('acct', fc.constant(NOW)), (obs) => {
        checkAssessment(assess(obs, { now: NOW }), 'acct');
      }),
      { numRuns: runs(400) },
    );
  });

  it('with a history (out of order, duplicates, same instant, counts going down) too', () => {
    const at = fc.integer({ min: NOW - 400 * DAY_MS, max: NOW });
    fc.assert(
      fc.property(obsArb('acct', fc.constant(NOW)), fc.array(obsArb('acct', at), { maxLength: 12 }), (obs, hist) => {
        checkAssessment(assess(obs, { now: NOW, history: hist }), 'acct');
        const sorted = [...hist].sort((x, y) => x.observedAt - y.observedAt);
        checkAssessment(assess(obs, { now: NOW, history: sorted }), 'acct');
      }),
      { numRuns: runs(150) },
    );
  });

  it('a clock earlier than the observation (skewed device) does not break it', () => {
    fc.assert(
      fc.property(obsArb('acct', fc.constant(NOW)), fc.integer({ min: 0, max: NOW }), (obs, now) => {
        checkAssessment(assess(obs, { now }), 'acct');
      }),
      { numRuns: runs(150) },
    );
  });

  it('TikTok’s label always wins, whatever else the observation says', () => {
    fc.assert(
      fc.property(obsArb('acct', fc.constant(NOW)), (obs) => {
        const labelled: Observation = {
          ...obs,
          status: 'ok',
          user: { ...(obs.user ?? { uniqueId: 'acct' }), stateControlledMedia: 'China state-controlled media' },
        };
        expect(assess(labelled, { now: NOW }).verdict).toBe('state-media');
      }),
      { numRuns: runs(100) },
    );
  });
});

describe('scorePaths (npm run score)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lens-score-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports malformed and foreign files on warn and scores the rest', () => {
    const good = profiles.find((c) => !c.statusCode && !c.format)!;
    const goodApi = profiles.filter((c) => !c.statusCode && !c.format)[1]!;
    writeFileSync(join(dir, 'good.html'), renderProfileHtml(good, { now: NOW }));
    writeFileSync(join(dir, 'good-api.json'), JSON.stringify(renderUserDetail(goodApi, NOW)));
    writeFileSync(join(dir, 'good.har'), JSON.stringify(renderHar(histories[0]!, NOW)));
    const bad: Record<string, string> = {
      'truncated.json': JSON.stringify(renderUserDetail(good, NOW)).slice(0, 200),
      'foreign.json': JSON.stringify({ hello: 'world', itemList: 'no' }),
      'array.json': '[1,2,3]',
      'empty.json': '',
      'truncated.har': JSON.stringify(renderHar(histories[0]!, NOW)).slice(0, 500),
      'not-a-har.har': JSON.stringify({ log: { entries: 'x' } }),
      'foreign.html': '<!doctype html><title>My blog</title><p>Hello</p>',
      'binary.html': '\u0000\u0001\u0002\uFFFD',
    };
    for (const [name, text] of Object.entries(bad)) writeFileSync(join(dir, name), text);
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'ignored.txt'), 'not a capture extension: never read');

    const warnings: string[] = [];
    const lines = scorePaths([dir, join(dir, 'does-not-exist')], (m) => warnings.push(m));

    for (const name of Object.keys(bad))
      expect(
        warnings.some((w) => w.includes(name)),
        name,
      ).toBe(true);
    expect(warnings.some((w) => w.includes('does-not-exist'))).toBe(true);
    expect(warnings.some((w) => w.includes('ignored.txt'))).toBe(false);
    expect(warnings.length).toBe(Object.keys(bad).length + 1);
    const handles = lines.map((l) => l.handle);
    expect(handles).toContain(good.user.uniqueId.toLowerCase());
    expect(handles).toContain(goodApi.user.uniqueId.toLowerCase());
    expect(handles).toContain(histories[0]!.user.uniqueId.toLowerCase());
    for (const l of lines) {
      expect(VERDICTS).toContain(l.verdict);
      expect(Number.isFinite(l.score)).toBe(true);
    }
  });
});
