/** Shared by the outlet-link tests: the signal for a profile with this user and no posts, at a fixed clock. */
import { outletLink } from '../../src/signals/outlet-link';
import type { Observation } from '../../src/tiktok/observation';

const NOW = Date.UTC(2026, 11, 5);

/** The outlet-link signal's result for a profile whose user is `user` (handle "someone"). */
export const linkOf = (user: Observation['user']) =>
  outletLink.evaluate({
    obs: { handle: 'someone', status: 'ok', source: 'universal', observedAt: NOW, user, posts: [] },
    history: [],
    now: NOW,
  })!;
