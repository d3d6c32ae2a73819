/**
 * posting-cadence — industrial posting: many posts a day, or batches uploaded within the same hour.
 * What: posts per day over the span of the recent posts (upload times from the video id snowflakes), and the
 * most posts within any one hour. Why: TikTok's creator guidance suggests one to four posts a day; content farms
 * and state-run channels post on a schedule, often in batches. Newsrooms post often too, so verified, business and
 * organisation accounts are reported but not counted — unless a business account posts like a content farm.
 */

import { farmPosting } from './content-farm';
import { THRESHOLDS, WEIGHTS } from './thresholds';
import type { Signal } from './types';
import { cadenceOf, establishedKind, kindSay, round } from './util';

export const postingCadence: Signal = {
  id: 'posting-cadence',
  axis: 'amplification',
  evaluate({ obs }) {
    const cadence = cadenceOf(obs);
    if (!cadence) return undefined;
    const { perDay, spanDays, burst } = cadence;
    const fires = perDay >= THRESHOLDS.postsPerDay || burst >= THRESHOLDS.burstPosts;
    // A business account posting like a content farm is no brand's schedule (./content-farm.ts).
    const farm = fires ? farmPosting(obs, cadence) : undefined;
    const kind = farm ? undefined : establishedKind(obs);
    const counted = fires && !kind;
    // A span under ten days to a tenth: a batch uploaded within hours read "over the last 0 days".
    const span = spanDays < 10 ? round(spanDays, 1) : Math.round(spanDays);
    const args = [round(perDay, 1), span, burst];
    const what = `Posts: ${round(perDay, 1)} a day on average over the last ${span} days, at most ${burst} within one hour`;
    return {
      id: 'posting-cadence',
      axis: 'amplification',
      value: round(perDay, 1),
      threshold: `≥ ${THRESHOLDS.postsPerDay}/day or ${THRESHOLDS.burstPosts} within an hour`,
      sayThreshold: { key: 'sig_th_posting_cadence', args: [THRESHOLDS.postsPerDay, THRESHOLDS.burstPosts] },
      points: counted ? WEIGHTS['posting-cadence'] : 0,
      evidence:
        fires && kind
          ? `${what}; not counted, because it is ${kind}.`
          : farm
            ? `${what}; counted although it is a business account, because that is a content farm's pace, not a brand's.`
            : `${what}.`,
      say:
        fires && kind
          ? { key: 'sig_posting_cadence_established', args: [...args, kindSay(kind)] }
          : farm
            ? { key: 'sig_posting_cadence_farm', args }
            : { key: 'sig_posting_cadence', args },
    };
  },
};
