/**
 * The cache, in the extension's own origin (never TikTok's: a content script's IndexedDB would be the page's).
 * Only the background opens it. Every schema version stays declared here: Dexie upgrades a database of any
 * earlier version step by step (migrations.ts), and the migration test opens a real version-1 database.
 */
import Dexie, { type Table } from 'dexie';
import type { TimelineEntry } from '../../src/history/timeline';
import type { ListedAccount } from '../../src/signals/types';
import type {
  Observation,
  ObservationSource,
  ProfileStats,
  ProfileStatus,
  UserInfo,
} from '../../src/tiktok/observation';
import type { Assessment, Verdict } from '../../src/verdict';
import { upgradeToV2 } from './migrations';

export interface AccountRow {
  handle: string;
  nickname?: string;
  firstSeen: number;
  lastSeen: number;
  verdict: Verdict;
  score: number;
  followers?: number;
  /** v2: the profile as last read (bio, link, creation time, label fields): the evidence behind the verdict. */
  user?: UserInfo;
  /** v2: TikTok's state-media label at the last reading that had a profile. */
  labelled?: boolean;
}

/** Version 1 kept whole Observations (every post with its text); only the migration still reads them. */
export interface ObservationRowV1 extends Observation {
  id?: number;
}

/** One visit, compact: counts, label state, the newest posts as [id, createTime, views], source and time. */
export interface ObservationRow {
  id?: number;
  handle: string;
  observedAt: number;
  status: ProfileStatus;
  source: ObservationSource;
  stats?: ProfileStats;
  exactCounts?: boolean;
  /** Whether the reading showed TikTok's label; absent when it carried no profile. */
  labelled?: boolean;
  /** The raw label field and text, when labelled (evidence). */
  label?: { value?: unknown; text?: string };
  timeline: TimelineEntry[];
}

/** The latest assessment of an account, every signal with its evidence. */
export interface VerdictRow {
  handle: string;
  at: number;
  verdict: Verdict;
  score: number;
  assessment: Assessment;
}

/** A moderator's own label: always wins over the computed verdict (design.md). One per account. */
export interface ModLabelRow {
  handle: string;
  verdict: Verdict;
  note?: string;
  at: number;
}

export interface NoteRow {
  id?: number;
  handle: string;
  text: string;
  at: number;
}

/** An imported moderator label that disagreed with the local one: kept, never applied silently. */
export interface LabelConflictRow {
  id?: number;
  handle: string;
  local: ModLabelRow;
  incoming: ModLabelRow;
  at: number;
}

/** TikTok's label appearing (`labelled: true`) or disappearing between readings. */
export interface LabelEventRow {
  id?: number;
  handle: string;
  at: number;
  labelled: boolean;
  text?: string;
  via: 'visit' | 'watchlist' | 'migration';
}

/** An account a moderator pinned: re-checked in the background on a schedule (schedule.ts). */
export interface WatchRow {
  handle: string;
  addedAt: number;
  nextCheckAt: number;
  lastCheckedAt?: number;
  lastStatus?: ProfileStatus | 'error';
  /** Consecutive failed checks of this account (errors, walls). */
  failures: number;
}

export interface SubscriptionRow {
  url: string;
  name?: string;
  enabled: boolean;
  addedAt: number;
  fetchedAt?: number;
  entries: ListedAccount[];
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export const SCHEMA_V1 = {
  accounts: 'handle, lastSeen, verdict, score',
  observations: '++id, [handle+observedAt], observedAt',
};

export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  verdicts: 'handle, at, verdict',
  modLabels: 'handle, at, verdict',
  notes: '++id, handle, at',
  labelConflicts: '++id, handle, at',
  labelEvents: '++id, [handle+at], at',
  watchlist: 'handle, nextCheckAt',
  subscriptions: 'url',
  meta: 'key',
};

export const DB_VERSION = 2;
export const TABLES = Object.keys(SCHEMA_V2) as (keyof typeof SCHEMA_V2)[];
export type TableName = (typeof TABLES)[number];

export class LensDb extends Dexie {
  accounts!: Table<AccountRow, string>;
  observations!: Table<ObservationRow, number>;
  verdicts!: Table<VerdictRow, string>;
  modLabels!: Table<ModLabelRow, string>;
  notes!: Table<NoteRow, number>;
  labelConflicts!: Table<LabelConflictRow, number>;
  labelEvents!: Table<LabelEventRow, number>;
  watchlist!: Table<WatchRow, string>;
  subscriptions!: Table<SubscriptionRow, string>;
  meta!: Table<MetaRow, string>;

  constructor(name = 'provenance-lens', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  }
}
