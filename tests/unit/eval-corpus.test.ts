/**
 * The out-of-sample evaluation set (tests/fixtures/eval/) is well-formed and renders: size, languages, the fields
 * every case must carry, citations, the tuning/test split, unique ids and handles, and every case through the
 * fixture renderers and the capture readers without throwing. No accuracy is asserted here: the accuracy bar is
 * read off `npm run eval` by people, and the test split must never become a threshold's target.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml as parse } from '../../src/html/lite';
import { readHtmlCapture, readJsonCapture } from '../../src/tiktok/captures';
import freshJson from '../fixtures/eval/accounts-fresh.json';
import fresh2Json from '../fixtures/eval/accounts-fresh2.json';
import fresh3Json from '../fixtures/eval/accounts-fresh3.json';
import fresh4Json from '../fixtures/eval/accounts-fresh4.json';
import fresh5Json from '../fixtures/eval/accounts-fresh5.json';
import fresh6Json from '../fixtures/eval/accounts-fresh6.json';
import fresh7Json from '../fixtures/eval/accounts-fresh7.json';
import fresh8Json from '../fixtures/eval/accounts-fresh8.json';
import fresh9Json from '../fixtures/eval/accounts-fresh9.json';
import fresh10Json from '../fixtures/eval/accounts-fresh10.json';
import fresh11Json from '../fixtures/eval/accounts-fresh11.json';
import fresh12Json from '../fixtures/eval/accounts-fresh12.json';
import fresh13Json from '../fixtures/eval/accounts-fresh13.json';
import fresh14Json from '../fixtures/eval/accounts-fresh14.json';
import {
  buildEvalCases,
  buildFresh2Cases,
  buildFresh3Cases,
  buildFresh4Cases,
  buildFresh5Cases,
  buildFresh6Cases,
  buildFresh7Cases,
  buildFresh8Cases,
  buildFresh9Cases,
  buildFresh10Cases,
  buildFresh11Cases,
  buildFresh12Cases,
  buildFresh13Cases,
  buildFresh14Cases,
  buildFreshCases,
} from '../fixtures/eval/build';
import { HARD_NEGATIVE } from '../fixtures/eval/sources';
import { evalCases } from '../fixtures/evaluate';
import {
  EVAL_CLASSES,
  type EvalCase,
  type Fresh2EvalCase,
  type Fresh3EvalCase,
  type Fresh4EvalCase,
  type Fresh5EvalCase,
  type Fresh6EvalCase,
  type Fresh7EvalCase,
  type Fresh8EvalCase,
  type Fresh9EvalCase,
  type Fresh10EvalCase,
  type Fresh11EvalCase,
  type Fresh12EvalCase,
  type Fresh13EvalCase,
  type Fresh14EvalCase,
  type FreshEvalCase,
  INNOCENT_CLASSES,
  type PageFormat,
} from '../fixtures/model';
import { handleUrl, renderItemList, renderProfileHtml, renderUserDetail } from '../fixtures/render';
import { renderFeedHtml, renderSearchHtml, renderVideoHtml } from '../fixtures/render-feed';

const NOW = Date.UTC(2025, 0, 15, 12);
const VERDICTS = new Set(['state-media', 'suspected', 'unusual', 'clear', 'unknown']);
/** Classes of accounts run by or for a private person: their handles must be invented. */
const PERSONS = new Set([
  'outlet-staff',
  'state-linked-influencer/seed-pattern',
  'former-staff',
  'journalist-at-independent-outlet',
  'critic/researcher/fact-checker',
  'parody/fan',
  'defector/diaspora',
  'traveller/expat',
  'patriot/ordinary-citizen',
  'ordinary-creator',
  'viral-newcomer',
]);

const cases: EvalCase[] = evalCases;

describe('the evaluation corpus', () => {
  it('has at least 150 cases in at least 8 languages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(new Set(cases.map((c) => c.lang)).size).toBeGreaterThanOrEqual(8);
  });

  it('covers every class', () => {
    expect(new Set(cases.map((c) => c.class))).toEqual(new Set(EVAL_CLASSES));
  });

  it('has unique ids and unique handles', () => {
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(new Set(cases.map((c) => c.user.uniqueId.toLowerCase())).size).toBe(cases.length);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s carries class, expect, lang, split, source and why', (_id, c) => {
    expect(EVAL_CLASSES).toContain(c.class);
    expect(c.expect.length).toBeGreaterThanOrEqual(1);
    expect(c.expect.length, 'one verdict, two only where both are defensible').toBeLessThanOrEqual(2);
    for (const e of c.expect) expect(VERDICTS.has(e), e).toBe(true);
    expect(c.lang).toMatch(/^[a-z]{2,3}$/);
    expect(['tuning', 'test']).toContain(c.split);
    expect(c.why.length).toBeGreaterThan(20);
    expect(['as-reported', 'invented']).toContain(c.handle);
    // A source is "realistic hard negative" or citations "URL — publication", several joined by "; ".
    const parts = c.source.split('; ');
    for (const p of parts) {
      if (p === HARD_NEGATIVE) continue;
      expect(p, 'a citation: URL — publication').toMatch(/^https?:\/\/\S+ — \S.{5,}/);
    }
    if (c.handle === 'as-reported') {
      expect(PERSONS.has(c.class), 'a private person’s real handle').toBe(false);
      expect(
        parts.some((p) => /^https?:\/\//.test(p)),
        'a real handle is cited',
      ).toBe(true);
    }
  });

  it('cites a public source for every case built on a real case, and only negatives are invented', () => {
    const positives = cases.filter((c) => c.expect.some((e) => e === 'state-media' || e === 'suspected'));
    for (const c of positives) expect(c.source.startsWith('http'), c.id).toBe(true);
  });

  it('private persons have invented handles', () => {
    for (const c of cases) if (PERSONS.has(c.class)) expect(c.handle, c.id).toBe('invented');
  });

  it('was split 50/50 within every class, and only tuning has grown since (the test half is closed)', () => {
    for (const cls of EVAL_CLASSES) {
      const mine = cases.filter((c) => c.class === cls);
      const test = mine.filter((c) => c.split === 'test').length;
      // First build: |tuning - test| <= 1; a case added later goes to tuning (tests/fixtures/eval/build.ts assignSplits).
      expect(mine.length - 2 * test, cls).toBeGreaterThanOrEqual(-1);
    }
  });

  it('has realistic shapes: 5–20 recent posts, counts that fit', () => {
    for (const c of cases) {
      expect(c.items.length, c.id).toBeGreaterThanOrEqual(5);
      expect(c.items.length, c.id).toBeLessThanOrEqual(20);
      expect(c.stats.videoCount, c.id).toBeGreaterThanOrEqual(c.items.length);
      expect(c.stats.followerCount, c.id).toBeGreaterThanOrEqual(0);
      expect(c.stats.heartCount, c.id).toBeGreaterThan(0);
      for (const it of c.items) {
        expect(it.views, c.id).toBeGreaterThanOrEqual(0);
        expect(it.daysAgo, c.id).toBeGreaterThan(0);
        expect(it.daysAgo, `${c.id}: a post older than the account`).toBeLessThanOrEqual(c.user.createdDaysAgo ?? 365);
      }
    }
  });

  it('is what tests/fixtures/eval/build.ts builds (edit the specifications there, then rebuild)', () => {
    expect(JSON.parse(JSON.stringify(buildEvalCases()))).toEqual(JSON.parse(JSON.stringify(cases)));
  });
});

describe('the fresh held-out set (accounts-fresh.json)', () => {
  const fresh = freshJson as unknown as FreshEvalCase[];

  it('is what tests/fixtures/eval/build.ts builds, kept apart from accounts.json', () => {
    expect(JSON.parse(JSON.stringify(buildFreshCases()))).toEqual(fresh);
    expect(fresh.length).toBeGreaterThanOrEqual(40);
    expect(new Set(fresh.map((c) => c.id)).size).toBe(fresh.length);
    expect(new Set(fresh.map((c) => c.user.uniqueId.toLowerCase())).size).toBe(fresh.length);
    const ids = new Set(cases.map((c) => c.id));
    const handles = new Set(cases.map((c) => c.user.uniqueId.toLowerCase()));
    for (const c of fresh) {
      expect(c.split, c.id).toBe('fresh');
      expect(ids.has(c.id), `${c.id} is also in accounts.json`).toBe(false);
      expect(handles.has(c.user.uniqueId.toLowerCase()), `${c.id}: handle also in accounts.json`).toBe(false);
    }
  });

  it.each(fresh.map((c) => [c.id, c] as const))('%s is well-formed and renders', (_id, c) => {
    expect(EVAL_CLASSES).toContain(c.class);
    expect(c.expect.length).toBeGreaterThanOrEqual(1);
    expect(c.expect.length).toBeLessThanOrEqual(2);
    for (const e of c.expect) expect(VERDICTS.has(e), e).toBe(true);
    for (const p of c.source.split('; ')) if (p !== HARD_NEGATIVE) expect(p).toMatch(/^https?:\/\/\S+ — \S.{5,}/);
    if (PERSONS.has(c.class)) expect(c.handle).toBe('invented');
    if (c.expect.some((e) => e === 'state-media' || e === 'suspected')) expect(c.source).toMatch(/^http/);
    expect(c.items.length).toBeGreaterThanOrEqual(5);
    expect(c.stats.videoCount).toBeGreaterThanOrEqual(c.items.length);
    for (const it of c.items) expect(it.daysAgo).toBeLessThanOrEqual(c.user.createdDaysAgo ?? 365);
    const html = renderProfileHtml(c, { now: NOW, format: c.format ?? 'universal' });
    expect(readHtmlCapture(html, parse, NOW, handleUrl(c.user.uniqueId)).status).toBe('ok');
  });
});

type LaterFreshCase =
  | Fresh2EvalCase
  | Fresh3EvalCase
  | Fresh4EvalCase
  | Fresh5EvalCase
  | Fresh6EvalCase
  | Fresh7EvalCase
  | Fresh8EvalCase
  | Fresh9EvalCase
  | Fresh10EvalCase
  | Fresh11EvalCase
  | Fresh12EvalCase
  | Fresh13EvalCase
  | Fresh14EvalCase;

/**
 * The later fresh held-out sets, each written blind in one sitting (tests/fixtures/eval/README.md): the same checks of
 * shape for each, none of accuracy. `innocent`: the share of innocent cases each writer was asked for.
 */
const LATER_FRESH: {
  name: string;
  split: LaterFreshCase['split'];
  cases: LaterFreshCase[];
  build: () => unknown;
  innocent: [number, number];
  /** Fewest cases: 48 as asked of the second to ninth writers; the tenth was asked for about 46. */
  min?: number;
}[] = [
  {
    name: 'second',
    split: 'fresh2',
    cases: fresh2Json as unknown as Fresh2EvalCase[],
    build: buildFresh2Cases,
    innocent: [0.4, 0.6],
  },
  {
    name: 'third',
    split: 'fresh3',
    cases: fresh3Json as unknown as Fresh3EvalCase[],
    build: buildFresh3Cases,
    innocent: [0.45, 0.65],
  },
  {
    name: 'fourth',
    split: 'fresh4',
    cases: fresh4Json as unknown as Fresh4EvalCase[],
    build: buildFresh4Cases,
    innocent: [0.45, 0.65],
  },
  {
    name: 'fifth',
    split: 'fresh5',
    cases: fresh5Json as unknown as Fresh5EvalCase[],
    build: buildFresh5Cases,
    innocent: [0.45, 0.65],
  },
  {
    name: 'sixth',
    split: 'fresh6',
    cases: fresh6Json as unknown as Fresh6EvalCase[],
    build: buildFresh6Cases,
    innocent: [0.45, 0.65],
  },
  {
    name: 'seventh',
    split: 'fresh7',
    cases: fresh7Json as unknown as Fresh7EvalCase[],
    build: buildFresh7Cases,
    innocent: [0.45, 0.65],
  },
  {
    name: 'eighth',
    split: 'fresh8',
    cases: fresh8Json as unknown as Fresh8EvalCase[],
    build: buildFresh8Cases,
    innocent: [0.45, 0.65],
  },
  {
    name: 'ninth',
    split: 'fresh9',
    cases: fresh9Json as unknown as Fresh9EvalCase[],
    build: buildFresh9Cases,
    innocent: [0.45, 0.65],
  },
  {
    name: 'tenth',
    split: 'fresh10',
    cases: fresh10Json as unknown as Fresh10EvalCase[],
    build: buildFresh10Cases,
    innocent: [0.45, 0.65],
    min: 44,
  },
  {
    name: 'eleventh',
    split: 'fresh11',
    cases: fresh11Json as unknown as Fresh11EvalCase[],
    build: buildFresh11Cases,
    innocent: [0.45, 0.65],
    min: 44,
  },
  {
    name: 'twelfth',
    split: 'fresh12',
    cases: fresh12Json as unknown as Fresh12EvalCase[],
    build: buildFresh12Cases,
    innocent: [0.45, 0.65],
    min: 44,
  },
  {
    name: 'thirteenth',
    split: 'fresh13',
    cases: fresh13Json as unknown as Fresh13EvalCase[],
    build: buildFresh13Cases,
    innocent: [0.45, 0.65],
    min: 44,
  },
  {
    name: 'fourteenth',
    split: 'fresh14',
    cases: fresh14Json as unknown as Fresh14EvalCase[],
    build: buildFresh14Cases,
    innocent: [0.45, 0.65],
    min: 44,
  },
];

describe.each(LATER_FRESH)('the $name fresh held-out set (split $split)', (set) => {
  const mine = set.cases;
  const others = [
    ...cases,
    ...(freshJson as unknown as FreshEvalCase[]),
    ...LATER_FRESH.filter((s) => s !== set).flatMap((s) => s.cases),
  ];

  it('is what tests/fixtures/eval/build.ts builds, sharing no id or handle with the other sets', () => {
    expect(JSON.parse(JSON.stringify(set.build()))).toEqual(mine);
    expect(new Set(mine.map((c) => c.id)).size).toBe(mine.length);
    expect(new Set(mine.map((c) => c.user.uniqueId.toLowerCase())).size).toBe(mine.length);
    const ids = new Set(others.map((c) => c.id));
    const handles = new Set(others.map((c) => c.user.uniqueId.toLowerCase()));
    for (const c of mine) {
      expect(c.split, c.id).toBe(set.split);
      expect(ids.has(c.id), `${c.id} is also in another set`).toBe(false);
      expect(handles.has(c.user.uniqueId.toLowerCase()), `${c.id}: handle also in another set`).toBe(false);
    }
  });

  it('has at least 48 cases (the tenth 44) in at least 12 languages, every class, innocent and flagged in the share asked for', () => {
    expect(mine.length).toBeGreaterThanOrEqual(set.min ?? 48);
    expect(new Set(mine.map((c) => c.lang)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(mine.map((c) => c.class))).toEqual(new Set(EVAL_CLASSES));
    const innocent = mine.filter((c) => INNOCENT_CLASSES.has(c.class)).length;
    expect(innocent / mine.length).toBeGreaterThanOrEqual(set.innocent[0]);
    expect(innocent / mine.length).toBeLessThanOrEqual(set.innocent[1]);
  });

  it('never expects an innocent account to be flagged, and expects the flag each affiliated class calls for', () => {
    for (const c of mine) {
      if (INNOCENT_CLASSES.has(c.class)) {
        expect(c.expect, c.id).not.toContain('suspected');
        expect(c.expect, c.id).not.toContain('state-media');
      }
      if (c.class === 'labelled-state-media') expect(c.expect, c.id).toEqual(['state-media']);
      if (c.class === 'captured-private-outlet') expect(c.expect, c.id).not.toContain('state-media');
      if (['unlabelled-state-outlet-account', 'outlet-staff', 'state-linked-influencer/seed-pattern'].includes(c.class))
        expect(c.expect, c.id).toContain('suspected');
    }
  });

  it.each(mine.map((c) => [c.id, c] as const))('%s is well-formed and renders', (_id, c) => {
    expect(EVAL_CLASSES).toContain(c.class);
    expect(c.expect.length).toBeGreaterThanOrEqual(1);
    expect(c.expect.length).toBeLessThanOrEqual(2);
    for (const e of c.expect) expect(VERDICTS.has(e), e).toBe(true);
    expect(c.lang).toMatch(/^[a-z]{2,3}$/);
    expect(c.why.length).toBeGreaterThan(20);
    const parts = c.source.split('; ');
    for (const p of parts) if (p !== HARD_NEGATIVE) expect(p).toMatch(/^https?:\/\/\S+ — \S.{5,}/);
    if (PERSONS.has(c.class)) expect(c.handle).toBe('invented');
    if (c.handle === 'as-reported') expect(parts.some((p) => /^https?:\/\//.test(p))).toBe(true);
    if (c.expect.some((e) => e === 'state-media' || e === 'suspected')) expect(c.source).toMatch(/^http/);
    expect(c.items.length).toBeGreaterThanOrEqual(5);
    expect(c.items.length).toBeLessThanOrEqual(20);
    expect(c.stats.videoCount).toBeGreaterThanOrEqual(c.items.length);
    for (const it of c.items) expect(it.daysAgo).toBeLessThanOrEqual(c.user.createdDaysAgo ?? 365);
    const format = c.format ?? 'universal';
    const html = renderProfileHtml(c, { now: NOW, format });
    const obs = readHtmlCapture(html, parse, NOW, handleUrl(c.user.uniqueId));
    expect(obs.status).toBe('ok');
    expect(obs.handle).toBe(c.user.uniqueId.toLowerCase());
    expect(readJsonCapture(renderItemList(c, NOW), NOW).posts.length).toBe(c.items.length);
  });
});

describe('every case renders and reads back', () => {
  const FORMATS: PageFormat[] = ['universal', 'sigi', 'next', 'dom-only'];

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    for (const format of FORMATS) {
      const html = renderProfileHtml(c, { now: NOW, format });
      const obs = readHtmlCapture(html, parse, NOW, handleUrl(c.user.uniqueId));
      expect(obs.handle, format).toBe(c.user.uniqueId.toLowerCase());
      expect(obs.status, format).toBe('ok');
    }
    const posts = readJsonCapture(renderItemList(c, NOW), NOW);
    expect(posts.posts.length).toBe(c.items.length);
    const detail = readJsonCapture(renderUserDetail(c, NOW), NOW);
    expect(detail.stats?.followers).toBe(c.stats.followerCount);
    expect(() => renderFeedHtml([c], { now: NOW })).not.toThrow();
    expect(() => renderVideoHtml(c, [c], { now: NOW })).not.toThrow();
    expect(() => renderSearchHtml('q', [c], { now: NOW })).not.toThrow();
  });
});
