/** Every signal, in the order their evidence is shown. Each id is its file's name. */
import { growthSpike } from './growth-spike';
import { hashtagBait } from './hashtag-bait';
import { hitRate } from './hit-rate';
import { listedAccount } from './listed-account';
import { outletEmployer } from './outlet-employer';
import { outletLink } from './outlet-link';
import { postingCadence } from './posting-cadence';
import { stateVoice } from './state-voice';
import { tiktokLabel } from './tiktok-label';
import type { Signal } from './types';
import { viewsPerFollower } from './views-per-follower';
import { youngReach } from './young-reach';
import { zeroFollows } from './zero-follows';

export const SIGNALS: readonly Signal[] = [
  tiktokLabel,
  listedAccount,
  outletLink,
  outletEmployer,
  stateVoice,
  zeroFollows,
  youngReach,
  viewsPerFollower,
  hitRate,
  postingCadence,
  hashtagBait,
  growthSpike,
];

export type { Axis, ListedAccount, Signal, SignalContext, SignalResult } from './types';
