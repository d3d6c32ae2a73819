/** What a badge shows, apart from the components that draw it (Badge and Details both name it). */
import type { Assessment, Verdict } from '../../../src/verdict';

/** A profile's fresh assessment, or a cached verdict (feed, video and search badges). */
export interface BadgeData {
  handle: string;
  verdict: Verdict;
  score: number;
  observedAt?: number;
  assessment?: Assessment;
  /**
   * A feed author the cache has never seen (verdict `unknown`): drawn as "Not checked" only when the viewer asked
   * for it (the options item's `showUnchecked`), so that it differs from "nothing notable".
   */
  unchecked?: boolean;
}

export function toData(a: Assessment): BadgeData {
  return { handle: a.handle, verdict: a.verdict, score: a.score, observedAt: a.observedAt, assessment: a };
}
