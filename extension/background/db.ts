/**
 * The cache, in the extension's own origin (never TikTok's: a content script's IndexedDB would be the page's).
 * Only the background opens it. Every schema version stays declared here: Dexie upgrades a database of any
 * earlier version step by step (migrations.ts), and the migration test opens a real version-1 database.
 */
import Dexie, { type Table } from 'dexie';
import { upgradeToV2, upgradeToV3, upgradeToV4 } from './migrations';
import type {
  AccountRow,
  LabelConflictRow,
  LabelEventRow,
  MetaRow,
  ModLabelRow,
  NoteRow,
  ObservationRow,
  SubscriptionRow,
  VerdictRow,
  WatchRow,
} from './row-types';
import { verdictChanges } from './verdict-changes';

export type {
  AccountRow,
  LabelConflictRow,
  LabelEventRow,
  MetaRow,
  ModLabelRow,
  NoteRow,
  ObservationRow,
  ObservationRowV1,
  PostColumns,
  SubscriptionRow,
  VerdictRow,
  VerdictStamp,
  VisitRow,
  WatchRow,
} from './row-types';

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

/** v3: verdicts know the rules they were made under; accounts are indexed by that (`ctx`) for the sweep. */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  accounts: 'handle, lastSeen, verdict, score, ctx',
};

/** `meta` key of the settings (options.ts): this browser's, never exported data, kept by "clear data". */
export const OPTIONS_META_KEY = 'options';

/**
 * v4: no new index. Verdict rows keep how the verdict changed and why (`changes`, verdict-changes.ts, appended by
 * its middleware); the upgrade marks where that history starts for the verdicts already stored.
 */
export const SCHEMA_V4 = SCHEMA_V3;

export const DB_VERSION = 4;
export const TABLES = Object.keys(SCHEMA_V3) as (keyof typeof SCHEMA_V3)[];
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
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
    this.use(verdictChanges);
  }
}
