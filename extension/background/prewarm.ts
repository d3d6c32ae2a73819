/**
 * A service worker that starts cold (MV3 stops it after 30 s without events) builds the readers' tables on their
 * first use: the outlet registry's index, the state names in every official language, the bio lexicon, the HTML
 * reader's code. Measured in Node on a corpus profile that names an outlet (issue 15): in a fresh process its first
 * assessment took 140-160 ms, the next ones 5-15 ms; after this warm-up (200-220 ms itself), the first took 13-20 ms.
 *
 * A profile page asks for its cached verdict at document_start (`content/lookup`) and sends itself at
 * DOMContentLoaded (`content/page`). The warm-up runs between the two, once per worker, after the lookup's answer
 * has gone (so a known account's badge does not wait for it): the page's own message then finds the tables built.
 * It reads a made-up account that names a registry outlet and links its domain, so that every table the matching
 * walks is built for the lists in force; its verdict is thrown away and nothing is stored.
 */
import { parseHtml } from '../../src/html/lite';
import { STATE_OUTLETS } from '../../src/lists/outlets';
import type { Observation } from '../../src/tiktok/observation';
import { readSnapshot } from '../../src/tiktok/snapshot';
import { assess } from '../../src/verdict';
import type { LensDb } from './db';
import { assessExtras } from './settings';

const HANDLE = 'provenance-lens.warm-up';

/** The regional-indicator flag of an ISO 3166-1 alpha-2 code ('FR' -> 🇫🇷). */
function flagOf(code: string): string {
  return String.fromCodePoint(...[...code.toUpperCase()].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/** A made-up visit to an account that presents as staff of the registry's first outlet, linking its first domain. */
export function warmUpObservation(now: number): Observation {
  const outlet = STATE_OUTLETS[0];
  const name = outlet?.aliases[0] ?? outlet?.name ?? '';
  const day = 86_400;
  return {
    handle: HANDLE,
    status: 'ok',
    source: 'dom',
    observedAt: now,
    user: {
      uniqueId: HANDLE,
      nickname: 'Warm-up',
      signature: `Reporter at ${name} | ${flagOf(outlet?.state ?? 'FR')}. Formerly at a local paper (2014–2020).`,
      bioLink: outlet?.domains[0] ?? '',
      createTime: Math.floor(now / 1000) - 30 * day,
    },
    stats: { followers: 200_000, following: 0, likes: 3_400_000, videos: 3 },
    posts: [0, 1, 2].map((i) => ({
      id: String(7_000_000_000_000_000_000 + i),
      createTime: Math.floor(now / 1000) - (i + 1) * day,
      views: 1_500_000 + i,
      desc: 'A day in the capital #fyp #foryou',
      hashtags: ['fyp', 'foryou'],
    })),
    postList: true,
  };
}

/** A rendered header with a bio and one grid item, and a universal-era blob: the HTML and JSON readers' paths. */
const PAGE =
  `<div id="main-content-others_homepage"><h1 data-e2e="user-title">${HANDLE}</h1>` +
  '<h2 data-e2e="user-bio">Reporter</h2>' +
  `<div data-e2e="user-post-item"><a href="/@${HANDLE}/video/7000000000000000001">` +
  '<strong data-e2e="video-views">1.2M</strong></a></div></div>';
const BLOB = JSON.stringify({
  __DEFAULT_SCOPE__: {
    'webapp.user-detail': { userInfo: { user: { uniqueId: HANDLE }, stats: { followerCount: 1 } } },
  },
});

let started = false;

/**
 * Builds the readers' tables once per worker; true when this call did the work. Never throws: a warm-up that fails
 * leaves the first real visit to build them, as it would have.
 */
export async function prewarm(db: LensDb, now = Date.now()): Promise<boolean> {
  if (started) return false;
  started = true;
  try {
    const extras = await assessExtras(db);
    readSnapshot(
      {
        handle: HANDLE,
        documentHandle: HANDLE,
        observedAt: now,
        html: PAGE,
        scripts: [{ id: '__UNIVERSAL_DATA_FOR_REHYDRATION__', text: BLOB }],
      },
      parseHtml,
    );
    assess(warmUpObservation(now), { ...extras, history: [], now });
  } catch {
    // nothing was stored; the first visit builds what is missing
  }
  return true;
}

/** For tests: a fresh worker's state. */
export function resetPrewarm(): void {
  started = false;
}
