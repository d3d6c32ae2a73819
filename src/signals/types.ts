import type { Typology } from '../lists/typology';
import type { Observation } from '../tiktok/observation';
import type { Say } from './say';
import type { WEIGHTS } from './thresholds';

/** The two questions of docs/design.md, never collapsed into one. */
export type Axis = 'affiliation' | 'amplification';

/** What a list says of an entry, account or outlet domain alike, with the public source that names it. */
export interface ListedFacts {
  outlet?: string;
  state?: string;
  /** The country as the list names it (the State Media Monitor data set names countries, not ISO codes). */
  country?: string;
  /**
   * The outlet's State Media Monitor typology (src/lists/typology.ts); absent means SC, what every list entry meant
   * before lists carried a type.
   */
  type?: Typology;
  source: string;
  /** Anything else the list says about the entry (e.g. other rows of the data set that disagree). */
  note?: string;
}

/** A listed account (bundled seed list or a subscribed list), with the public source that names it. */
export interface ListedAccount extends ListedFacts {
  handle: string;
  list: string;
}

/**
 * A listed outlet domain (a list's `domains`, e.g. the State Media Monitor data set's `URL` column): what
 * `lookupDomain(host)` answers for the host or its nearest listed parent domain.
 */
export interface ListedDomain extends ListedFacts {
  /** The listed domain that matched: the host itself or a parent of it; lower case, without `www.`. */
  domain: string;
  list: string;
}

export interface SignalContext {
  /** The latest reading of the account, all sources of this visit merged. */
  obs: Observation;
  /** Earlier observations of the same account, oldest first (may be empty: a first visit). */
  history: readonly Observation[];
  /** The clock of the evaluation, Unix milliseconds. */
  now: number;
  /** Looks a handle up in the enabled lists. */
  lookupList?: (handle: string) => ListedAccount | undefined;
  /** Looks a host (or its parent domains) up in the enabled lists' outlet domains: for bio links. */
  lookupDomain?: (host: string) => ListedDomain | undefined;
}

/** A signal's id: the name of its file under src/signals/, and its key in WEIGHTS (the one place ids are typed). */
export type SignalId = keyof typeof WEIGHTS;

export interface SignalResult {
  /** The signal's id (a SignalId; plain text here, as results are stored and sent between contexts). */
  id: string;
  axis: Axis;
  /** The raw value measured (a ratio, a count, the matched text, …). */
  value: number | string | boolean | null;
  /** What the value was held against, in words or as a number. */
  threshold: number | string;
  /** Points added to the axis; 0 when it was seen but does not count (e.g. discounted for a verified account). */
  points: number;
  /** One plain sentence: what was seen and why it counts (or does not). English: the CLI, CSV and stored rows. */
  evidence: string;
  /** `evidence` as a message of extension/i18n/signals with language-neutral arguments (src/signals/say.ts). */
  say?: Say;
  /** `threshold` in words, the same way; absent in results stored before it existed (English fallback). */
  sayThreshold?: Say;
  /**
   * Affiliation strength: `confirmed` (TikTok's label, a listed account) makes `state-media`; `evidence` (bio link,
   * employer) makes `suspected`; `cue` (presents itself as a state's voice) counts only with strong amplification;
   * `seed-cue` (a state's name set against the media, src/signals/state-voice.ts) only with the whole seed pattern.
   */
  strength?: 'confirmed' | 'evidence' | 'cue' | 'seed-cue';
}

export interface Signal {
  /** The file's name (tests/unit/signal-ids.test.ts checks it). */
  id: SignalId;
  axis: Axis;
  /** Returns undefined when there is nothing to measure (e.g. no posts on a private account). */
  evaluate(ctx: SignalContext): SignalResult | undefined;
}
