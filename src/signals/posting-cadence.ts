/**
 * posting-cadence — industrial posting: many posts a day, or batches uploaded within the same hour.
 * What: posts per day over the span of the recent posts (upload times from the video id snowflakes), and the
 * most posts within any one hour. Why: TikTok's creator guidance suggests one to four posts a day; content farms
 * and state-run channels post on a schedule, often in batches. Newsrooms post often too, so verified and
 * organisation accounts are reported but not counted.
 */

import { DAY_S, HOUR_S } from '../time';
import { THRESHOLDS, WEIGHTS } from './thresholds';
import type { Signal } from './types';
import { establishedKind, kindSay, regularPosts, round } from './util';

export const postingCadence: Signal = {
  id: 'posting-cadence',
  axis: 'amplification',
  evaluate({ obs }) {
    const times = regularPosts(obs).map((p) => p.createTime);
    if (times.length < THRESHOLDS.minPosts * 2) return undefined;
    const newest = times[0] ?? 0;
    const oldest = times[times.length - 1] ?? 0;
    const spanDays = Math.max((newest - oldest) / DAY_S, 1 / 24);
    const perDay = (times.length - 1) / spanDays;
    let burst = 0;
    for (let i = 0, j = 0; i < times.length; i++) {
      while ((times[j] ?? 0) - (times[i] ?? 0) > HOUR_S) j++;
      burst = Math.max(burst, i - j + 1);
    }
    const fires = perDay >= THRESHOLDS.postsPerDay || burst >= THRESHOLDS.burstPosts;
    const kind = establishedKind(obs);
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
      evidence: fires && kind ? `${what}; not counted, because it is ${kind}.` : `${what}.`,
      say:
        fires && kind
          ? { key: 'sig_posting_cadence_established', args: [...args, kindSay(kind)] }
          : { key: 'sig_posting_cadence', args },
    };
  },
};
