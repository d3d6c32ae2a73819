/**
 * young-reach — a young account with outsized reach.
 * What: followers gained per day of the account's life, for accounts younger than half a year. Age comes from
 * `createTime` or the user id snowflake (top 32 bits = creation time), else from the first upload.
 * Why: the reported North Korea account reached ~200k followers three weeks after its first upload (~9,500 a
 * day); organic accounts rarely sustain four figures a day from a standing start. A single viral hit can, so this
 * signal alone never makes a verdict (see VERDICT_RULES).
 */
import { THRESHOLDS, WEIGHTS } from './thresholds';
import type { Signal } from './types';
import { accountAge, basisSay, fmt, round } from './util';

export const youngReach: Signal = {
  id: 'young-reach',
  axis: 'amplification',
  evaluate({ obs, now }) {
    const age = accountAge(obs, now);
    const followers = obs.stats?.followers;
    if (!age || followers === undefined) return undefined;
    const days = Math.max(1, age.days);
    const perDay = followers / days;
    const fires = age.days < THRESHOLDS.youngAccountDays && perDay >= THRESHOLDS.youngFollowersPerDay;
    const ageText = `${Math.round(age.days)} days (from its ${age.basis})`;
    return {
      id: 'young-reach',
      axis: 'amplification',
      value: round(perDay, 0),
      threshold: `≥ ${fmt(THRESHOLDS.youngFollowersPerDay)} followers/day while younger than ${THRESHOLDS.youngAccountDays} days`,
      sayThreshold: {
        key: 'sig_th_young_reach',
        args: [THRESHOLDS.youngFollowersPerDay, THRESHOLDS.youngAccountDays],
      },
      points: fires ? WEIGHTS['young-reach'] : 0,
      evidence: fires
        ? `${fmt(followers)} followers in ${ageText}: about ${fmt(perDay)} a day.`
        : `Account age ${ageText}, ${fmt(perDay)} followers a day on average.`,
      say: fires
        ? {
            key: 'sig_young_reach',
            args: [{ n: followers, compact: true }, Math.round(age.days), basisSay(age.basis), Math.round(perDay)],
          }
        : { key: 'sig_young_reach_not', args: [Math.round(age.days), basisSay(age.basis), Math.round(perDay)] },
    };
  },
};
