/**
 * The watchlist's scheduler, pure: given the pinned accounts, the politeness state and a clock, what to do next.
 * Polite by construction: one request per minute at most over all accounts, exponential backoff after an error or
 * a verification wall (TikTok asking us to slow down), nothing at all when the user turns it off.
 */
import type { ProfileStatus } from '../../src/tiktok/observation';
import { HOUR_MS as HOUR, MINUTE_MS as MINUTE } from '../../src/time';

export const SCHEDULE = {
  /** At most one request per minute overall (the brief's politeness bound; a person browsing loads more). */
  minGapMs: MINUTE,
  /** Each pinned account is re-read every 6 hours unless the options say otherwise (`ScheduleSettings`): growth
   * spikes are measured over days (src/signals/growth-spike.ts), so four points a day resolve them; more would only add load. */
  recheckMs: 6 * HOUR,
  /** First backoff after a failure, doubled for each further consecutive failure … */
  backoffBaseMs: 5 * MINUTE,
  /** … up to a day: a wall that lasts longer is a block, and daily knocking is enough to notice its end. */
  backoffMaxMs: 24 * HOUR,
} as const;

export interface SchedulerState {
  enabled: boolean;
  /** When the last request started (set before fetching, so a worker killed mid-request still counts it). */
  lastRequestAt?: number;
  /** Consecutive failed checks over all accounts. */
  failures: number;
  backoffUntil?: number;
}

export const INITIAL_STATE: SchedulerState = { enabled: true, failures: 0 };

/** What the user may set (the options page's watchlist interval), passed in by the caller: no storage read here. */
export interface ScheduleSettings {
  /** How long after a successful check an account is re-read; default `SCHEDULE.recheckMs`. */
  recheckMs?: number;
}

/**
 * The re-check interval to use: the setting when it is a positive number, never below the one-request-a-minute
 * floor (which holds over all accounts whatever this says, nextAction); the default otherwise.
 */
export function recheckMsOf(settings: ScheduleSettings = {}): number {
  const v = settings.recheckMs;
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.max(v, SCHEDULE.minGapMs) : SCHEDULE.recheckMs;
}

export interface ScheduledAccount {
  handle: string;
  nextCheckAt: number;
  failures: number;
}

export type Action =
  | { kind: 'off' }
  | { kind: 'idle' }
  | { kind: 'wait'; until: number }
  | { kind: 'check'; handle: string };

/** What a check found: a readable answer (any profile status but a wall), or a failure. */
export type Outcome = Exclude<ProfileStatus, 'wall' | 'unreadable'> | 'wall' | 'unreadable' | 'error';

export function backoffMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(SCHEDULE.backoffMaxMs, SCHEDULE.backoffBaseMs * 2 ** (failures - 1));
}

export function nextAction(state: SchedulerState, accounts: readonly ScheduledAccount[], now: number): Action {
  if (!state.enabled) return { kind: 'off' };
  const due = [...accounts].sort((a, b) => a.nextCheckAt - b.nextCheckAt || a.handle.localeCompare(b.handle))[0];
  if (!due) return { kind: 'idle' };
  const notBefore = Math.max(
    state.lastRequestAt === undefined ? 0 : state.lastRequestAt + SCHEDULE.minGapMs,
    state.backoffUntil ?? 0,
    due.nextCheckAt,
  );
  return notBefore > now ? { kind: 'wait', until: notBefore } : { kind: 'check', handle: due.handle };
}

/** The state to store before fetching. */
export function started(state: SchedulerState, now: number): SchedulerState {
  return { ...state, lastRequestAt: now };
}

const failed = (o: Outcome) => o === 'wall' || o === 'unreadable' || o === 'error';

/** The state and the account's schedule after a check. */
export function finished<A extends ScheduledAccount>(
  state: SchedulerState,
  account: A,
  outcome: Outcome,
  now: number,
  settings: ScheduleSettings = {},
): { state: SchedulerState; account: A } {
  if (!failed(outcome)) {
    const { backoffUntil: _, ...rest } = state;
    return {
      state: { ...rest, failures: 0 },
      account: { ...account, failures: 0, nextCheckAt: now + recheckMsOf(settings) },
    };
  }
  const failures = state.failures + 1;
  const accountFailures = account.failures + 1;
  return {
    state: { ...state, failures, backoffUntil: now + backoffMs(failures) },
    account: {
      ...account,
      failures: accountFailures,
      nextCheckAt: now + Math.max(backoffMs(accountFailures), SCHEDULE.minGapMs),
    },
  };
}
