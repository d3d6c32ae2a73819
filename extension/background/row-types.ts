/**
 * The shapes of the database's rows, apart from the database (db.ts) so that the migrations and the row
 * converters can name them without importing the schema that imports them.
 */
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
import type { Decision } from '../protocol';

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
  /**
   * v3: the rules and inputs `verdict` was made under (record.ts `contextOf`: the rules key and the fingerprint of
   * lists and options). Indexed: the background sweep finds the accounts whose verdict another context made. `''`
   * for verdicts stored before v3 (rules unknown).
   */
  ctx?: string;
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

/** v3: what an assessment was made under, kept with it. */
export interface VerdictStamp {
  /** RULES_VERSION (src/signals/rules-version.ts) at the time. */
  rules: number;
  /** `contextOf` (record.ts): the rules key and the fingerprint of the enabled lists and the verdict options. */
  ctx: string;
  /** The moderator label in force for the account (`labelStamp`), if any. */
  label?: string;
}

/**
 * v3: a visit's posts by field (rows.ts `toVisit`): one array per field, a post's value at its index, null where
 * it has none. Field names are stored once instead of once per post: about half the size.
 */
export type PostColumns = Record<string, unknown[]>;

/**
 * v3: the visit an assessment was made from, as assess() saw it, less what other rows keep: the profile is the
 * account row's `user` (when `profile`), and posts keep every field but their text (`desc` is '' where the post had
 * one, so "had a caption" survives) and music title, by field. Re-assessing it with the history before it gives the
 * visit's own answer under the rules of the day (record.ts `reassessOnly`). ~2 kB for a grid of 35 posts.
 */
export interface VisitRow extends Omit<Observation, 'handle' | 'user' | 'posts'> {
  profile: boolean;
  posts: PostColumns;
}

/** The latest assessment of an account, every signal with its evidence. */
export interface VerdictRow {
  handle: string;
  at: number;
  verdict: Verdict;
  score: number;
  assessment: Assessment;
  /** v3: rules, lists, options and moderator label it was made under; absent before v3. */
  stamp?: VerdictStamp;
  /** v3: the visit it was made from; absent before v3 (re-assessed then from the newest observation row). */
  visit?: VisitRow;
}

/** A moderator's own label: always wins over the computed verdict (docs/design.md). One per account. */
export interface ModLabelRow {
  handle: string;
  verdict: Verdict;
  note?: string;
  at: number;
  /** Who decided what, and the source cited (label-history.ts); labels imported from older files may lack them. */
  decision?: Decision;
  by?: string;
  source?: string;
}

export interface NoteRow {
  id?: number;
  handle: string;
  text: string;
  at: number;
  /** The moderator who wrote it. */
  by?: string;
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
