/**
 * tiktok-label — TikTok's own state-media label.
 * What: the `stateControlledMedia` field on the user or post author (any truthy shape: boolean, string, object),
 * or the label text TikTok prints under the name ("China state-controlled media").
 * Why: TikTok applies it to accounts of outlets under a government's editorial control (TikTok's state-affiliated
 * media policy, 2023); it is a confirmation, not a guess. Its absence proves nothing (tiktok-format.md).
 */
import { LABEL_TEXT } from '../tiktok/selectors';
import { WEIGHTS } from './thresholds';
import type { Signal } from './types';

function describe(raw: unknown): string {
  if (typeof raw === 'string') return raw.slice(0, 120);
  if (typeof raw === 'boolean' || typeof raw === 'number') return String(raw);
  try {
    return JSON.stringify(raw).slice(0, 120);
  } catch {
    return 'present';
  }
}

export const tiktokLabel: Signal = {
  id: 'tiktok-label',
  axis: 'affiliation',
  evaluate({ obs }) {
    const raw = obs.user?.stateControlledMedia;
    const text = obs.user?.stateControlledMediaText;
    const textMatches = text !== undefined && LABEL_TEXT.test(text);
    if (raw === undefined && !textMatches) {
      return {
        id: 'tiktok-label',
        axis: 'affiliation',
        value: false,
        threshold: 'label present',
        points: 0,
        evidence: 'TikTok shows no state-media label on this account (many state-linked accounts carry none).',
      };
    }
    const shown = text ?? describe(raw);
    return {
      id: 'tiktok-label',
      axis: 'affiliation',
      value: shown,
      threshold: 'label present',
      points: WEIGHTS['tiktok-label'],
      evidence: `TikTok itself labels this account: “${shown}”.`,
      strength: 'confirmed',
    };
  },
};
