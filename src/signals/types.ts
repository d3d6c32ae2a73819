import type { Observation } from '../tiktok/observation';

/** The two questions of design.md, never collapsed into one. */
export type Axis = 'affiliation' | 'amplification';

/** A listed account (bundled seed list or a subscribed list), with the public source that names it. */
export interface ListedAccount {
  handle: string;
  outlet?: string;
  state?: string;
  source: string;
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
}

export interface SignalResult {
  id: string;
  axis: Axis;
  /** The raw value measured (a ratio, a count, the matched text, …). */
  value: number | string | boolean | null;
  /** What the value was held against, in words or as a number. */
  threshold: number | string;
  /** Points added to the axis; 0 when it was seen but does not count (e.g. discounted for a verified account). */
  points: number;
  /** One plain sentence: what was seen and why it counts (or does not). */
  evidence: string;
  /**
   * Affiliation strength: `confirmed` (TikTok's label, a listed account) makes `state-media`; `evidence` (bio link,
   * employer) makes `suspected`; `cue` (presents itself as a state's voice) counts only with strong amplification.
   */
  strength?: 'confirmed' | 'evidence' | 'cue';
}

export interface Signal {
  id: string;
  axis: Axis;
  /** Returns undefined when there is nothing to measure (e.g. no posts on a private account). */
  evaluate(ctx: SignalContext): SignalResult | undefined;
}
