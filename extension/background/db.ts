/**
 * The cache, in the extension's own origin (never TikTok's: a content script's IndexedDB would be the page's).
 * Only the background opens it.
 */
import Dexie, { type Table } from 'dexie';
import type { Observation } from '../../src/tiktok/observation';
import type { Verdict } from '../../src/verdict';

export interface AccountRow {
  handle: string;
  nickname?: string;
  firstSeen: number;
  lastSeen: number;
  verdict: Verdict;
  score: number;
  followers?: number;
}

export interface ObservationRow extends Observation {
  id?: number;
}

export class LensDb extends Dexie {
  accounts!: Table<AccountRow, string>;
  observations!: Table<ObservationRow, number>;

  constructor(name = 'provenance-lens') {
    super(name);
    this.version(1).stores({
      accounts: 'handle, lastSeen, verdict, score',
      observations: '++id, [handle+observedAt], observedAt',
    });
  }
}
