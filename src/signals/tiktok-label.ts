/**
 * tiktok-label — TikTok's own state-media label.
 * What: the label as TikTok carries it (src/tiktok/label.ts): the user's or author's `stateControlledMedia`,
 * `account_labels` with `label_type` 1, a video's `misc_info.scm_tag_info`, the label element under the name or its
 * learn-more link. Never the bio or the nickname, whatever words they use.
 * Why: TikTok applies it to accounts of outlets under a government's editorial control (TikTok's state-affiliated
 * media policy, 2023); it is a confirmation, not a guess. Its absence proves nothing (docs/tiktok-format.md).
 */
import { isLabelled, labelledPost } from '../history/labels';
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
    const user = obs.user;
    const onPost = isLabelled(user) ? undefined : labelledPost(obs);
    if (!isLabelled(user) && onPost === undefined) {
      return {
        id: 'tiktok-label',
        axis: 'affiliation',
        value: false,
        threshold: 'label present',
        sayThreshold: { key: 'sig_th_label' },
        points: 0,
        evidence: 'TikTok shows no state-media label on this account (many state-linked accounts carry none).',
        say: { key: 'sig_tiktok_label_none' },
      };
    }
    const shown = onPost ?? user?.stateControlledMediaText ?? describe(user?.stateControlledMedia);
    return {
      id: 'tiktok-label',
      axis: 'affiliation',
      value: shown,
      threshold: 'label present',
      sayThreshold: { key: 'sig_th_label' },
      points: WEIGHTS['tiktok-label'],
      evidence:
        onPost !== undefined
          ? `TikTok labels this account's videos as state media: “${shown}”.`
          : `TikTok itself labels this account: “${shown}”.`,
      // The label's own words are TikTok's text, in whatever language the page was read in.
      say: { key: onPost !== undefined ? 'sig_tiktok_label_posts' : 'sig_tiktok_label', args: [{ text: shown }] },
      strength: 'confirmed',
    };
  },
};
