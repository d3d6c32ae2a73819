/** Shared by the state-cue tests: what a name, bio and handle present, for the states the registry has outlets of. */
import { readStateIdentity } from '../../src/lists/self-presentation';
import { STATES_WITH_OUTLETS } from '../../src/lists/states';

/** The state the account presents itself as (its name, bio or handle), or undefined. */
export const presents = (name: string, bio = '', handle = 'someone') =>
  readStateIdentity(name, bio, handle, (c) => STATES_WITH_OUTLETS.has(c)).presents;

/** … as its ISO code, or undefined. */
export const presentsAs = (name: string, bio = '', handle = 'someone') => presents(name, bio, handle)?.state.code;
