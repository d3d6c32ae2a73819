/**
 * Every message between the extension's contexts, in one place, by direction (the Dark Reader layout). Each message
 * is declared once, with its request and its response; `send` and the background's router are typed over these
 * maps. This module imports nothing: the payload types are declared here structurally as they travel (the
 * background's own types must be assignable to them, which the compiler checks where it answers).
 *
 * Directions:
 * - `ContentToBackground`: the content script on www.tiktok.com (hostile pages: validated by the background);
 * - `PageToContent`: the MAIN-world tap's copies of the page's API answers, by `window.postMessage`;
 * - `UiToBackground`: the extension's own pages (dashboard, popup, options); refused from content scripts;
 * - `BackgroundToTabs`: told to every tab's content script.
 */

/* ---------------------------------------------------------------------------------------------------------------
 * Payloads
 * ------------------------------------------------------------------------------------------------------------- */

export type Verdict = 'state-media' | 'suspected' | 'unusual' | 'clear' | 'unknown';

/** A sentence as a message key with language-neutral arguments (src/signals/say.ts `Say`, declared again here). */
export type SayArg =
  | string
  | number
  | { n: number; compact?: boolean }
  | { pct: number }
  | { region: string }
  | { text: string }
  | { say: Say };
export interface Say {
  key: string;
  args?: SayArg[];
}

/** One signal's measurement (src/signals/types.ts `SignalResult`). */
export interface SignalResult {
  id: string;
  axis: 'affiliation' | 'amplification';
  value: number | string | boolean | null;
  threshold: number | string;
  points: number;
  evidence: string;
  strength?: 'confirmed' | 'evidence' | 'cue' | 'seed-cue';
  /** The evidence and the threshold in the viewer's language (absent in rows stored before they existed). */
  say?: Say;
  sayThreshold?: Say;
}

/** An account's assessment (src/verdict.ts `Assessment`). */
export interface Assessment {
  handle: string;
  verdict: Verdict;
  score: number;
  affiliation: number;
  amplification: number;
  signals: SignalResult[];
  reason: string;
  reasonSay?: Say;
  observedAt: number;
}

/** What a moderator decided about an account. */
export const DECISIONS = ['state-media', 'not-state-media', 'unsure'] as const;
export type Decision = (typeof DECISIONS)[number];

/** An assessment as shown: a moderator's label, when there is one, with who decided and when. */
export interface LabelledAssessment extends Assessment {
  moderator?: { decision: Decision; by: string; at: number; source?: string; note?: string; computed: Verdict };
}

/**
 * An assessment as a content script receives it (issue 17, finding 1): what the badge shows, and at most that a
 * moderator decided. Who decided, when, the note, the source and the label history stay in extension pages.
 */
export interface ContentAssessment extends Assessment {
  moderator?: boolean;
}

/** The label in force (the `modLabels` row): who decided what, and why. */
export interface ModeratorLabel {
  handle: string;
  /** The verdict the label imposes ('unknown' for unsure: the computed verdict stands). */
  verdict: Verdict;
  decision: Decision;
  by: string;
  at: number;
  source?: string;
  note?: string;
}

/** One moderator action, kept in order: the label history. */
export interface LabelAction {
  at: number;
  by: string;
  action: 'label' | 'remove' | 'undo';
  decision?: Decision;
  source?: string;
  note?: string;
}

/**
 * A profile visit as the page holds it (src/tiktok/snapshot.ts `PageSnapshot`): the embedded JSON's and API
 * answers' texts, unparsed, and the rendered profile's HTML. The background checks its shape, reads it with the
 * scorer's readers and rebuilds the resulting observation field by field (background/validate.ts).
 */
export interface PageSnapshotPayload {
  handle: string;
  documentHandle: string;
  observedAt: number;
  scripts?: { id: string; text: string }[];
  ldJson?: string[];
  html?: string;
  wall?: boolean;
  answers?: { kind: 'user-detail' | 'item-list'; url: string; body: string }[];
  /**
   * This message continues the tab's previous one (background/page-snapshot.ts `TabSnapshots`): absent fields are
   * as sent before, `answers` are only the new ones. Refused with `PAGE_RESEND` when the background has nothing to
   * continue (its worker was restarted): the content script then sends everything.
   */
  delta?: true;
}

/** The error message refusing a `delta` page message that has nothing to continue. */
export const PAGE_RESEND = 'page snapshot: send it whole';

/** One cached account; the full assessment when the background kept one (for the details popover). */
export interface LookupEntry {
  handle: string;
  verdict: Verdict;
  score: number;
  lastSeen: number;
  assessment?: ContentAssessment;
}

/** A listed account (src/signals/types.ts `ListedAccount`). */
export interface ListedAccount {
  handle: string;
  outlet?: string;
  state?: string;
  country?: string;
  type?: string;
  source: string;
  list: string;
  note?: string;
}

/** A shareable list in the list format (src/lists/format.ts `AccountList`). */
export interface SharedList {
  format: string;
  version: number;
  name: string;
  updated: string;
  entries: { handle: string; source: string; note?: string }[];
}

export interface ListInfo {
  /** The list's URL; `bundled` for the seed list, `file:<name>` for an imported file. */
  url: string;
  name: string;
  enabled: boolean;
  /** Accounts it names, and outlet domains (for bio links) when it has any. */
  entries: number;
  domains?: number;
  /** When it was last fetched (ms), and the list's own `updated` date. */
  fetchedAt?: number;
  updated?: string;
  errors?: string[];
  seed?: boolean;
  /** Read from a file the user imported: never fetched. */
  imported?: boolean;
}

/** A list the extension offers to subscribe to (off until the user does). */
export interface OfferedList {
  url: string;
  name: string;
  about: string;
}

/** Visits could not be stored for lack of space (kept until "clear data"). */
export interface StorageFull {
  /** When a write last failed for quota even after thinning. */
  at: number;
  /** When history was last thinned for it. */
  thinnedAt: number;
  /** Visits assessed but not stored since the state was set. */
  lost: number;
  /** Observation rows the thinning removed. */
  thinned: number;
}

/** One row of the dashboard's account table, as shown: the moderator's label applied. */
export interface AccountListRow {
  handle: string;
  nickname: string;
  verdict: Verdict;
  computed: Verdict;
  score: number;
  followers?: number;
  /** Followers gained per day between the first and latest observation; undefined until computed. */
  growth?: number;
  lastSeen: number;
  label?: Decision;
  watched: boolean;
}

/** One visit as the account view lists it. */
export interface VisitSummary {
  id?: number;
  observedAt: number;
  source: string;
  status: string;
  stats?: { followers?: number; following?: number; likes?: number; videos?: number };
  labelled?: boolean;
  label?: { text?: string };
}

/** A post seen on any visit: [video id, upload time (s), views]. */
export type PostPoint = [id: string, createTime: number, views: number | null];

/** TikTok's label appearing or disappearing between readings. */
export interface LabelEvent {
  at: number;
  labelled: boolean;
  text?: string;
  via: string;
}

export interface AccountNote {
  id?: number;
  text: string;
  at: number;
  by?: string;
}

/** Everything the dashboard's account view shows. */
export interface AccountDetail {
  nickname?: string;
  assessment?: LabelledAssessment;
  observations: VisitSummary[];
  posts: PostPoint[];
  notes: AccountNote[];
  labelEvents: LabelEvent[];
  history: LabelAction[];
  canUndo: boolean;
  watched: boolean;
  /** The profile as last read (page text: shown as written), for the account view. */
  profile?: AccountProfile;
}

/** What the account view shows of a profile: bio, link, TikTok's region code, creation time (s), verified. */
export interface AccountProfile {
  bio?: string;
  link?: string;
  region?: string;
  createdAt?: number;
  verified?: boolean;
}

/** The export file's head; its tables travel in chunks (`ui/export-chunk`). */
export interface ExportHead {
  format: string;
  version: number;
  exportedAt: string;
  schema: number;
  /** Table names in file order, with their row counts. */
  tables: { name: string; rows: number }[];
}

/** One watched account's schedule, as the dashboard's watchlist view shows it. */
export interface WatchInfo {
  handle: string;
  addedAt: number;
  lastCheckedAt?: number;
  lastStatus?: string;
  /** When the scheduler will read it at the earliest (its own due time, the one-a-minute floor, any backoff). */
  nextCheckAt: number;
  failures: number;
}

/** What the moderator queue needs beyond the account rows. */
export interface TriageInfo {
  /** Accounts viewers marked as "looks wrong" (newest first). */
  reported: string[];
  watch: WatchInfo[];
  /** False when the watchlist's re-checks are switched off. */
  watchEnabled: boolean;
}

export interface ImportReport {
  added: Record<string, number | undefined>;
  updated: Record<string, number | undefined>;
  invalid: number;
  conflicts: { handle: string }[];
}

export type Sensitivity = 'low' | 'normal' | 'high';
/** What everyday viewers see on a profile: every shown verdict, only state media, or nothing. */
export type BadgeDisplay = 'all' | 'state-media' | 'off';

/** The user's settings (the background keeps them, in `storage.local` under `options`). */
export interface LensOptions {
  sensitivity: Sensitivity;
  /** Signal ids switched off (assess()'s `disabled`). */
  disabledSignals: string[];
  badgeDisplay: BadgeDisplay;
  /** Show a check mark on accounts with nothing notable. */
  showClear: boolean;
  /** Mark feed authors the extension has never checked ("Not checked"); off by default (no noise). */
  showUnchecked: boolean;
  /** How often the watchlist re-reads each pinned account. */
  watchIntervalHours: number;
  /** Observations older than this are deleted; 0 keeps them forever. */
  retentionDays: number;
  /** The bundled seed list counts in the verdict. */
  seedList: boolean;
  /** Who a moderator label says decided. */
  moderatorName: string;
}

/** Why an account's computed verdict changed (extension/background/verdict-changes.ts). `start`: kept from here on. */
export type VerdictChangeWhy = 'start' | 'visit' | 'rules' | 'lists' | 'label' | 'import' | 'other';
/** A visit's count that moved, as the change that followed the visit shows it. */
export interface CountChange {
  field: 'followers' | 'following' | 'likes' | 'videos';
  from?: number;
  to?: number;
}
/** One change of an account's computed verdict (`from` absent for `start`). */
export interface VerdictChange {
  at: number;
  from?: Verdict;
  to: Verdict;
  fromScore?: number;
  toScore: number;
  why: VerdictChangeWhy;
  /** For `visit`: the counts that differ from the visit the verdict before was made from. */
  counts?: CountChange[];
}
/** The account view's verdict history: the computed changes, when the account was first seen, viewers' says. */
export interface VerdictHistory {
  changes: VerdictChange[];
  firstSeen?: number;
  computed?: { verdict: Verdict; score: number };
  viewer?: ViewerSayRow;
}

/** What a viewer can say about a badge on the popover (extension/background/viewer-say.ts). */
export type ViewerSayKind = 'wrong' | 'hide';
/** An account a viewer marked "looks wrong" or hid (times in ms; `verdict`: what the badge showed then). */
export interface ViewerSayRow {
  handle: string;
  at: number;
  verdict: Verdict;
  wrong?: number;
  hidden?: number;
}
/**
 * Handles per `content/lookup` at most: a feed's new authors go in batches of this size, one request in flight. 200
 * (it was 50) makes the 5,000-card storm's lookups ~8 messages instead of ~30; its V8 profile's lookup `send` time
 * did not drop measurably with it (12.5 against 11.5 ms a storm, issue 15), so the cost is not per message.
 */
export const MAX_LOOKUP = 200;

/** The `storage.local` item of viewers' says; content scripts read the hidden handles from it. */
export const VIEWER_SAY_KEY = 'viewerSay';

/** The `storage.local` item holding the options; content scripts read `badgeDisplay` and `showClear` from it. */
export const OPTIONS_KEY = 'options';

/* ---------------------------------------------------------------------------------------------------------------
 * Message maps: type -> { request, response }. A request is sent as `{ type, ...request }`.
 * ------------------------------------------------------------------------------------------------------------- */

interface Msg<Req extends object, Res> {
  request: Req;
  response: Res;
}
type Empty = Record<never, never>;
type Ok = { ok: true };
type LabelAnswer = { label?: ModeratorLabel };

/** Content script -> background. */
export interface ContentToBackground {
  /**
   * Record a visit from what the page holds; answered with the verdict (the moderator's label applied) and the
   * account's history size, or with neither when the page does not show the account yet.
   */
  'content/page': Msg<{ snapshot: PageSnapshotPayload }, { assessment?: ContentAssessment; observations?: number }>;
  /** What the cache holds about these handles (feed, video and search badges); unknown handles are absent. */
  'content/lookup': Msg<{ handles: string[] }, { accounts: LookupEntry[] }>;
  /** Open the dashboard at this account (a web page may not open extension pages itself). */
  'content/open-dashboard': Msg<{ handle: string }, undefined>;
  /** The viewer's own say from the popover, kept locally (background/viewer-say.ts): "looks wrong" or "hide". */
  'content/viewer-say': Msg<{ handle: string; verdict: Verdict; say: ViewerSayKind }, undefined>;
}

/** The extension's own pages -> background. */
export interface UiToBackground {
  'ui/label': Msg<{ handle: string; decision: Decision; source?: string; note?: string }, LabelAnswer>;
  'ui/label-remove': Msg<{ handle: string }, LabelAnswer>;
  'ui/label-undo': Msg<{ handle: string }, LabelAnswer>;
  'ui/note-add': Msg<{ handle: string; text: string }, Ok>;
  /** The popup's account: the latest assessment with the label applied, and the list naming it. */
  'ui/account': Msg<{ handle: string }, { assessment?: LabelledAssessment; listed?: ListedAccount }>;
  /** The account of a tab's last profile visit. */
  'ui/tab-account': Msg<{ tabId: number }, { handle?: string; assessment?: LabelledAssessment }>;
  /** A page of the account table, most recently seen first. */
  'ui/accounts-page': Msg<{ offset: number; limit: number }, { rows: AccountListRow[] }>;
  /** How many accounts there are (the first page does not wait for the count). */
  'ui/accounts-count': Msg<Empty, { total: number }>;
  /** Followers per day, for the accounts with two readings at least an hour apart. */
  'ui/accounts-growth': Msg<Empty, { growth: [handle: string, perDay: number][] }>;
  'ui/account-detail': Msg<{ handle: string }, AccountDetail>;
  'ui/watch': Msg<{ handle: string; watched: boolean }, Ok>;
  'ui/lists': Msg<Empty, { lists: ListInfo[]; offered: OfferedList[] }>;
  'ui/list-subscribe': Msg<{ url: string }, { list: ListInfo }>;
  'ui/list-import': Msg<{ name: string; text: string }, { list: ListInfo }>;
  'ui/list-unsubscribe': Msg<{ url: string }, Ok>;
  'ui/list-enable': Msg<{ url: string; enabled: boolean }, Ok>;
  'ui/list-refresh': Msg<Empty, { lists: ListInfo[] }>;
  'ui/labels-export': Msg<Empty, { list: SharedList; skipped: number }>;
  'ui/clear-data': Msg<{ labels: boolean }, Ok>;
  'ui/retention-run': Msg<Empty, { deleted: number }>;
  /** `full` while visits could not be stored for lack of space (until "clear data"). */
  'ui/storage-status': Msg<Empty, { full?: StorageFull }>;
  /** Export: the file's head (a snapshot is taken), then its rows a chunk at a time. */
  'ui/export-begin': Msg<Empty, { id: string; head: ExportHead }>;
  'ui/export-chunk': Msg<{ id: string; table: string; offset: number; limit: number }, { rows: unknown[] }>;
  'ui/export-end': Msg<{ id: string }, Ok>;
  /** Import: rows sent a chunk at a time into a session, merged when it ends. */
  'ui/import-begin': Msg<{ head: unknown }, { id: string }>;
  'ui/import-chunk': Msg<{ id: string; table: string; rows: unknown[] }, Ok>;
  'ui/import-end': Msg<{ id: string }, ImportReport>;
  'ui/export-csv': Msg<Empty, { csv: string }>;
  'ui/options': Msg<Empty, LensOptions>;
  /** Store the options (normalised: the answer is what was stored). */
  'ui/options-save': Msg<{ options: Partial<LensOptions> }, LensOptions>;
  /** Triage (background/triage.ts): accounts whose bio, link domain, country, outlet or signals match the words
   * (those matched by handle and nickname alone are left to the page). */
  'ui/triage-search': Msg<{ query: string; locale?: string }, { handles: string[] }>;
  /** Triage: accounts viewers reported, and the watchlist with each account's last and next check. */
  'ui/triage-info': Msg<Empty, TriageInfo>;
  /** Triage: one decision for many accounts (`at` identifies the batch for its undo); the rows as they now show. */
  'ui/triage-label': Msg<
    { handles: string[]; decision: Decision; source?: string; note?: string },
    { at: number; rows: AccountListRow[] }
  >;
  /** Triage: undo a batch, for each account whose latest action is still that batch's. */
  'ui/triage-undo': Msg<{ handles: string[]; at: number }, { rows: AccountListRow[] }>;
  /** Triage: the CSV export (background/csv.ts) of these accounts only, in this order. */
  'ui/triage-csv': Msg<{ handles: string[] }, { csv: string }>;
  /** How the account's computed verdict changed and why (background/verdict-history.ts). */
  'ui/verdict-history': Msg<{ handle: string }, VerdictHistory>;
  /** Viewers' says (background/viewer-say.ts `viewerReports`), newest first. */
  'ui/viewer-says': Msg<Empty, { says: ViewerSayRow[] }>;
  /** Withdraw a viewer's say: unhide a badge, or drop a "looks wrong". */
  'ui/viewer-unsay': Msg<{ handle: string; say: ViewerSayKind }, Ok>;
}

/** Background -> every tab's content script. */
export interface BackgroundToTabs {
  /** An account's shown verdict changed (a moderator label, or a re-assessment): `assessment` is the one to show. */
  'background/label-changed': Msg<{ handle: string; assessment?: ContentAssessment }, undefined>;
}

/**
 * MAIN-world tap -> content script (`window.postMessage`, so the page can post the same: the content script checks
 * every field). One way only: the content script listens from document_start and posts nothing the page could see.
 */
export const API_TAP = 'provenance-lens/api';
/** Longest API answer body copied across, in characters; a real answer is far smaller. */
export const API_TAP_MAX_BODY = 4_000_000;

export interface PageToContent {
  [API_TAP]: { kind: 'user-detail' | 'item-list'; url: string; body: string };
}

/* ---------------------------------------------------------------------------------------------------------------
 * Helpers over the maps
 * ------------------------------------------------------------------------------------------------------------- */

/** Any of the maps above (`MessageMap<M>` holds for each). */
export type MessageMap<M> = { [K in keyof M]: Msg<object, unknown> };

/** The message of `type` as sent: its request with its type. */
export type MessageOf<M extends MessageMap<M>, K extends keyof M> = { type: K } & M[K]['request'];
/** Any message of a map. */
export type AnyMessage<M extends MessageMap<M>> = { [K in keyof M]: MessageOf<M, K> }[keyof M];
export type RequestOf<M extends MessageMap<M>, K extends keyof M> = M[K]['request'];
export type ResponseOf<M extends MessageMap<M>, K extends keyof M> = M[K]['response'];

/** A typed send over a transport: `send(type, request)` answers with that message's response. */
export type Send<M extends MessageMap<M>> = <K extends keyof M & string>(
  type: K,
  ...request: keyof M[K]['request'] extends never ? [request?: M[K]['request']] : [request: M[K]['request']]
) => Promise<M[K]['response']>;

/** One handler per message type: the validated request in, the response out. */
export type Handlers<M extends MessageMap<M>, Ctx> = {
  [K in keyof M]: (request: M[K]['request'], ctx: Ctx) => Promise<M[K]['response']> | M[K]['response'];
};

/** The message's type, if it is an object with a string `type` that the map declares. */
export function typeIn<M extends MessageMap<M>>(
  keys: { readonly [K in keyof M]: unknown },
  msg: unknown,
): keyof M | undefined {
  if (typeof msg !== 'object' || msg === null) return undefined;
  const t = (msg as { type?: unknown }).type;
  return typeof t === 'string' && Object.hasOwn(keys, t) ? (t as keyof M) : undefined;
}
