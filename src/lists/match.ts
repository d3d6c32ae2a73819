/**
 * Matching page text against the outlet, state and role tables: names (./names.ts), the bio's employer (./bio/) and a
 * bio link's domain (./registry/match-domain.ts), in one place for the signals.
 */
import { type BioEmployment, readBio } from './bio';

/** The employer reading moved to bio/ (src/lists/bio/index.ts: clauses, context, past employment); kept here for existing imports. */
export { type BioEmployment as EmploymentMatch, type BioReading, readBio } from './bio';
export { findOutletMentions, findStateMentions, type Mention } from './names';
/** A bio link against the registry's domains (indexed by domain suffix): moved to registry/match-domain.ts. */
export { hostOf, outletForLink } from './registry/match-domain';

/** The bio's employer, if it names one: `readBio(bio).employment`. */
export function findEmployment(bio: string): BioEmployment | undefined {
  return readBio(bio).employment;
}
