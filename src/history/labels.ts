/**
 * TikTok's state-media label over time: whether a reading shows it, and the moments it appeared or disappeared.
 * Same test as the tiktok-label signal (any defined raw field, or label text under the name), so the history and
 * the verdict never disagree about what "labelled" means.
 */
import type { UserInfo } from '../tiktok/observation';
import { LABEL_TEXT } from '../tiktok/selectors';

export function isLabelled(user: UserInfo | undefined): boolean {
  if (!user) return false;
  const text = user.stateControlledMediaText;
  return user.stateControlledMedia !== undefined || (text !== undefined && LABEL_TEXT.test(text));
}

export interface LabelReading {
  at: number;
  /** Undefined when the reading carried no profile (a wall, a missing page): it says nothing about the label. */
  labelled?: boolean;
}

export interface LabelChange {
  at: number;
  labelled: boolean;
}

/** The readings at which the label state changed, oldest first (the first known state counts as a change). */
export function labelChanges(readings: readonly LabelReading[]): LabelChange[] {
  const out: LabelChange[] = [];
  let state: boolean | undefined;
  for (const r of [...readings].sort((a, b) => a.at - b.at)) {
    if (r.labelled === undefined || r.labelled === state) continue;
    state = r.labelled;
    out.push({ at: r.at, labelled: r.labelled });
  }
  return out;
}
