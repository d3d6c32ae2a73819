/** Shared by the database tests: a fresh in-memory IndexedDB per database, and real observations to store. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LensDb } from '../../extension/background/db';
import { normaliseHandle, type Observation } from '../../src/tiktok/observation';
import { htmlSource } from '../../src/tiktok/page-source';
import { readProfile } from '../../src/tiktok/profile';
import { DAY_MS } from '../../src/time';
import { type PageFormat, profiles, renderProfileHtml } from '../fixtures/render';

export const NOW = Date.UTC(2026, 10, 28, 12);

let n = 0;

/** A LensDb in its own fake IndexedDB (so tests never share state), plus the factory to reopen it. */
export function freshDb(): { db: LensDb; indexedDB: IDBFactory; name: string } {
  const indexedDB = new IDBFactory();
  const name = `lens-test-${++n}`;
  return { db: new LensDb(name, { indexedDB, IDBKeyRange }), indexedDB, name };
}

/**
 * Observations as the extension reads them: corpus profile pages rendered at `visits` past moments and read by
 * the same reader the watchlist uses, each visit in another page era (SIGI pages carry posts). Followers grow
 * between visits so that each visit is a new row.
 */
const ERAS: PageFormat[] = ['sigi', 'universal', 'next'];

export function corpusObservations(visits: number[] = [20, 10, 1]): Observation[] {
  const out: Observation[] = [];
  for (const c of profiles) {
    for (const [i, daysAgo] of visits.entries()) {
      const at = NOW - daysAgo * DAY_MS;
      const grown = { ...c, stats: { ...c.stats, followerCount: c.stats.followerCount + i * 137 } };
      const html = renderProfileHtml(grown, { now: at, format: ERAS[i % 3]! });
      const obs = readProfile(htmlSource(html), { handle: normaliseHandle(c.user.uniqueId), observedAt: at });
      if (obs.status !== 'unreadable') out.push(obs);
    }
  }
  return out;
}
