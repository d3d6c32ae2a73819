/**
 * outlet-employer — the bio names a state outlet as the writer's employer ("Presenter @CGTN", "RT correspondent",
 * "新华社记者"), as opposed to merely mentioning it ("how RT spins a story").
 * Why: outlets run staff "personalities" whose lifestyle accounts carry no label; the employer line in the bio is
 * often the only tie shown. Former employment is reported but not counted.
 */
import { findEmployment } from '../lists/match';
import { WEIGHTS } from './thresholds';
import type { Signal } from './types';

export const outletEmployer: Signal = {
  id: 'outlet-employer',
  axis: 'affiliation',
  evaluate({ obs }) {
    const bio = [obs.user?.signature, obs.user?.nickname].filter(Boolean).join('\n');
    if (!bio) return undefined;
    const job = findEmployment(bio);
    if (!job) return undefined;
    const outlet = `${job.outlet.name} (state media of ${job.outlet.state})`;
    return {
      id: 'outlet-employer',
      axis: 'affiliation',
      value: job.phrase.slice(0, 200),
      threshold: 'a media role at a state outlet',
      points: job.former ? 0 : WEIGHTS['outlet-employer'],
      evidence: job.former
        ? `The bio names a past role at ${outlet}: “${job.phrase}”; not counted, as it is former.`
        : `The bio names ${outlet} as employer: “${job.phrase}”.`,
      strength: job.former ? undefined : 'evidence',
    };
  },
};
