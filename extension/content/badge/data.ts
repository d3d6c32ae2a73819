/** What a badge shows, apart from the components that draw it (Badge and Details both name it). */
import type { Assessment, Verdict } from '../../../src/verdict';

/** A profile's fresh assessment, or a cached verdict (feed, video and search badges). */
export interface BadgeData {
  handle: string;
  verdict: Verdict;
  score: number;
  observedAt?: number;
  assessment?: Assessment;
}

export function toData(a: Assessment): BadgeData {
  return { handle: a.handle, verdict: a.verdict, score: a.score, observedAt: a.observedAt, assessment: a };
}
