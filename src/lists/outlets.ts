/**
 * State-controlled and state-affiliated media outlets: the affiliation signals' table. It lives in the registry
 * (src/lists/registry/, one file per region, every row typed with the State Media Monitor typology and citing its
 * source); this module keeps the historical import path. STATE_OUTLETS holds the rows whose ties are evidence
 * (SC, CaPu, CaPr); REGISTRY adds the independent public media, which a bio link is matched against too.
 */
export { INDEPENDENT_OUTLETS, REGISTRY, STATE_OUTLETS, type StateOutlet } from './registry/index';
