/**
 * Property tests of the page readers: thousands of mutated embedded states, API bodies, profile pages and HAR
 * files, seeded from the fixture builder. Whatever the input, a reader returns nothing or an Observation of the
 * requested account with finite, non-negative counts; it never throws (a throw would break TikTok's page).
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { CaptureError, readHarCapture, readHtmlCapture, readJsonCapture } from '../../src/tiktok/captures';
import { readDom } from '../../src/tiktok/dom';
import { parseJson, readItemList, readNext, readSigi, readUniversal, readUserDetail } from '../../src/tiktok/embedded';
import { handleFromProfileUrl, normaliseHandle, type Observation } from '../../src/tiktok/observation';
import { domSource } from '../../src/tiktok/page-source';
import { readProfile } from '../../src/tiktok/profile';
import { statusPhrases } from '../../src/tiktok/status-text';

const readProfileDocument = (root: ParentNode, handle: string, observedAt: number) =>
  readProfile(domSource(root), { handle, observedAt });

import { nextState, sigiState, universalState } from '../fixtures/bodies';
import {
  type CorpusCase,
  histories,
  profiles,
  renderHar,
  renderItemList,
  renderProfileHtml,
  renderUserDetail,
} from '../fixtures/render';
import { checkObservation, hostileValue, mutateJson, mutations, runs } from './property-helpers';

const NOW = Date.UTC(2026, 0, 15);
// Sized for ~10 s at PROPERTY_RUNS_SCALE=1; a soak with a larger scale needs the longer timeout.
vi.setConfig({ testTimeout: 120_000 });
const parse = (html: string) => parseHTML(html).document as unknown as ParentNode;
const handleOf = (c: CorpusCase) => normaliseHandle(c.user.uniqueId);

type Reader = (data: unknown, handle: string, at: number) => Observation | undefined;
const seeds: { name: string; body: (c: CorpusCase) => unknown; read: Reader }[] = [
  { name: 'universal', body: (c) => universalState(c, NOW, 'RU'), read: readUniversal },
  { name: 'sigi', body: (c) => sigiState(c, NOW, 'RU'), read: readSigi },
  { name: 'next', body: (c) => nextState(c, NOW), read: readNext },
  { name: 'user/detail', body: (c) => renderUserDetail(c, NOW), read: readUserDetail },
  { name: 'item_list', body: (c) => renderItemList(c, NOW), read: readItemList },
];

const caseArb = fc.constantFrom(...profiles);
/** The requested handle: mostly the seed's own, sometimes another corpus account or a unicode one. */
const requestArb = (c: CorpusCase) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(handleOf(c)) },
    { weight: 1, arbitrary: caseArb.map(handleOf) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).map(normaliseHandle) },
  );

function noThrow<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw new Error(`reader threw: ${(e as Error)?.stack ?? String(e)}`);
  }
}

describe('JSON readers (embedded states of every era, API bodies)', () => {
  for (const seed of seeds) {
    it(`${seed.name}: mutated bodies give nothing or an Observation of the requested account`, () => {
      fc.assert(
        fc.property(
          caseArb.chain((c) => fc.tuple(fc.constant(c), requestArb(c), mutations(6))),
          ([c, handle, ms]) => {
            const data = mutateJson(seed.body(c), ms);
            const obs = noThrow(() => seed.read(data, handle, NOW));
            if (obs) checkObservation(obs, handle);
          },
        ),
        { numRuns: runs(600) },
      );
    });

    it(`${seed.name}: truncated JSON text never throws`, () => {
      fc.assert(
        fc.property(caseArb, fc.double({ min: 0, max: 1, noNaN: true }), (c, cut) => {
          const text = JSON.stringify(seed.body(c));
          const data = parseJson(text.slice(0, Math.floor(text.length * cut)));
          const obs = noThrow(() => seed.read(data, handleOf(c), NOW));
          if (obs) checkObservation(obs, handleOf(c));
        }),
        { numRuns: runs(150) },
      );
    });
  }

  it('unmutated seeds are read (the properties above are not vacuous)', () => {
    for (const c of profiles) {
      if (c.format && c.format !== 'universal') continue;
      const obs = readUserDetail(renderUserDetail(c, NOW), handleOf(c), NOW);
      expect(obs, c.id).toBeDefined();
      checkObservation(obs!, handleOf(c));
    }
  });

  it('another account in the body is never reported as the requested one', () => {
    fc.assert(
      fc.property(caseArb, caseArb, (a, b) => {
        fc.pre(handleOf(a) !== handleOf(b));
        for (const seed of seeds) {
          const obs = seed.read(seed.body(b), handleOf(a), NOW);
          if (obs) {
            checkObservation(obs, handleOf(a));
            // Only a status answer (no user, no posts) may come back for a body about someone else.
            expect(obs.user, seed.name).toBeUndefined();
            if (seed.name !== 'item_list') expect(obs.posts, seed.name).toEqual([]);
          }
        }
      }),
      { numRuns: runs(150) },
    );
  });

  it('readJsonCapture returns a consistent Observation or throws CaptureError, nothing else', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.constantFrom(renderUserDetail, renderItemList),
        mutations(6),
        fc.boolean(),
        (c, render, ms, viaText) => {
          let data = mutateJson(render(c, NOW), ms);
          if (viaText) {
            const text = JSON.stringify(data, (_k, v) => (typeof v === 'bigint' ? String(v) : v));
            data = parseJson(text?.slice(0, text.length - ((ms[0]?.pick ?? 0) % 40)));
          }
          try {
            checkObservation(readJsonCapture(data, NOW));
          } catch (e) {
            if (!(e instanceof CaptureError)) throw e;
          }
        },
      ),
      { numRuns: runs(500) },
    );
  });
});

/** Fragments a hostile or changed page can carry anywhere in its markup. */
const fragmentArb = fc.oneof(
  fc.constantFrom(
    '<h1 data-e2e="user-title">someone.else</h1>',
    '<h2 data-e2e="user-subtitle">@SOMEONE.ELSE</h2>',
    '<strong data-e2e="followers-count">-5</strong>',
    '<strong data-e2e="followers-count">1e999</strong>',
    '<strong data-e2e="following-count">99999999999999999999999999999B</strong>',
    '<strong data-e2e="likes-count">NaN</strong>',
    '<div data-e2e="user-post-item"><a href="/@someone.else/video/7300000000000000000"><strong data-e2e="video-views">1M</strong></a></div>',
    '<div data-e2e="user-post-item"><a href="/@x/video/99999999999999999999999"></a></div>',
    '<a data-e2e="user-link" href="javascript:alert(1)">x</a>',
    '<a data-e2e="user-link" href="http://[::1">x</a>',
    '<script id="SIGI_STATE" type="application/json">{"UserModule":{"users":{"someone.else":{"uniqueId":"someone.else"}}}}</script>',
    '<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{"__DEFAULT_SCOPE__":',
    '</script>',
    '<!--',
    '<template>',
    '<svg><foreignObject>',
    '<div id="cs">Please wait...</div>',
    '<p>This account is private</p>',
    '<span>Russia state-controlled media</span>',
    '<img src=x onerror=alert(1)>',
    '\u0000',
  ),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

const htmlEdit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  kind: fc.constantFrom('insert', 'insert', 'truncate', 'delete'),
  fragment: fragmentArb,
  length: fc.nat({ max: 400 }),
});
type HtmlEdit = typeof htmlEdit extends fc.Arbitrary<infer T> ? T : never;

function editHtml(html: string, edits: HtmlEdit[]): string {
  let out = html;
  for (const e of edits) {
    const i = Math.floor(out.length * e.at);
    if (e.kind === 'truncate') out = out.slice(0, i);
    else if (e.kind === 'delete') out = out.slice(0, i) + out.slice(i + e.length);
    else out = out.slice(0, i) + e.fragment + out.slice(i);
  }
  return out;
}

const formatArb = fc.constantFrom('universal', 'sigi', 'next', 'dom-only') as fc.Arbitrary<
  'universal' | 'sigi' | 'next' | 'dom-only'
>;

describe('profile pages (HTML of every era, rendered DOM)', () => {
  // Rendering and parsing a page costs about a millisecond: render each seed once.
  const pages = new Map<string, string>();
  const page = (c: CorpusCase, format: string) => {
    const key = `${c.id}|${format}`;
    if (!pages.has(key)) pages.set(key, renderProfileHtml(c, { now: NOW, format: format as never }));
    return pages.get(key)!;
  };

  it('mutated pages give an Observation of the URL account, never another', () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) => fc.tuple(fc.constant(c), requestArb(c))),
        formatArb,
        fc.array(htmlEdit, { minLength: 1, maxLength: 5 }),
        ([c, handle], format, edits) => {
          const html = editHtml(page(c, format), edits);
          const root = parse(html);
          const obs = noThrow(() => readProfileDocument(root, handle, NOW));
          checkObservation(obs, handle);
          const dom = noThrow(() => readDom(root, handle, NOW, statusPhrases()));
          if (dom) checkObservation(dom, handle);
        },
      ),
      { numRuns: runs(500) },
    );
  });

  it('readHtmlCapture keeps to the URL handle when given one, and throws only CaptureError', () => {
    fc.assert(
      fc.property(
        caseArb,
        formatArb,
        fc.array(htmlEdit, { maxLength: 4 }),
        fc.boolean(),
        (c, format, edits, withUrl) => {
          const html = editHtml(page(c, format), edits);
          const url = withUrl ? `https://www.tiktok.com/@${c.user.uniqueId}?lang=en` : undefined;
          try {
            const obs = readHtmlCapture(html, parse, NOW, url);
            checkObservation(obs, url ? handleFromProfileUrl(url) : undefined);
          } catch (e) {
            if (!(e instanceof CaptureError)) throw e;
          }
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('accounts with unicode, dotted or odd-case handles are read back as themselves', () => {
    const base = profiles.find((c) => !c.statusCode && !c.format)!;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.stringMatching(/^[A-Za-z0-9._]{1,24}$/),
          fc.string({ unit: 'grapheme', minLength: 1, maxLength: 16 }),
        ),
        formatArb,
        (uniqueId, format) => {
          fc.pre(uniqueId.trim() === uniqueId && !/^@|[\s/?#%<>&"']/.test(uniqueId));
          const c = { ...base, user: { ...base.user, uniqueId } };
          const handle = normaliseHandle(uniqueId);
          const obs = readProfileDocument(parse(renderProfileHtml(c, { now: NOW, format })), handle, NOW);
          checkObservation(obs, handle);
          expect(obs.user?.uniqueId, `@${uniqueId} in ${format}`).toBeDefined();
        },
      ),
      { numRuns: runs(150) },
    );
  });
});

describe('HAR files', () => {
  const hars = histories.map((h) => renderHar(h, NOW));

  it('mutated HARs give Observations consistent with themselves, or CaptureError for a non-HAR', () => {
    fc.assert(
      fc.property(fc.constantFrom(...hars), mutations(8), (har, ms) => {
        const data = mutateJson(har, ms);
        let out: { observations: Observation[]; skipped: number };
        try {
          out = readHarCapture(data, parse);
        } catch (e) {
          if (!(e instanceof CaptureError)) throw e;
          return;
        }
        for (const obs of out.observations) checkObservation(obs);
        expect(out.skipped).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: runs(400) },
    );
  });

  it('entries whose body text is truncated or base64 garbage are skipped, the rest still read', () => {
    fc.assert(
      fc.property(fc.constantFrom(...hars), fc.nat(), fc.nat({ max: 200 }), fc.boolean(), (har, pick, cut, b64) => {
        const data = structuredClone(har) as { log: { entries: { response: { content: Record<string, unknown> } }[] } };
        const entries = data.log.entries;
        const victim = entries[pick % entries.length]!;
        const text = String(victim.response.content.text);
        victim.response.content.text = b64 ? '%%%not base64' : text.slice(0, Math.max(0, text.length - 1 - cut));
        if (b64) victim.response.content.encoding = 'base64';
        const out = readHarCapture(data, parse);
        for (const obs of out.observations) checkObservation(obs);
        expect(out.observations.length + out.skipped).toBe(entries.length);
        expect(out.skipped).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: runs(100) },
    );
  });

  it('hostile values in any single slot of a HAR never escape as a non-CaptureError', () => {
    fc.assert(
      fc.property(fc.constantFrom(...hars), fc.nat(), hostileValue, (har, pick, value) => {
        const data = mutateJson(har, [{ pick, action: 'replace', value }]);
        try {
          readHarCapture(data, parse);
        } catch (e) {
          if (!(e instanceof CaptureError)) throw e;
        }
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('a uniqueId longer than the readers keep', () => {
  // Found by a property soak (PROPERTY_RUNS_SCALE=60, seed 2066056137): a 400-character uniqueId named the account
  // in full while its user kept the first 200 characters, so the observation's handle was not its user's.
  it('names the account from the same 200 characters its user keeps', () => {
    const long = '9'.repeat(400);
    const obs = readJsonCapture({ userInfo: { user: { uniqueId: long }, stats: { followerCount: 5 } } }, NOW);
    expect(obs.user?.uniqueId).toHaveLength(200);
    expect(obs.handle).toBe(normaliseHandle(obs.user!.uniqueId));
  });
});
