/**
 * The typed messages between contexts, named by direction. The background checks every payload (the content
 * script reads hostile pages, so what it sends is only as trustworthy as the page).
 */

import type { Observation } from '../src/tiktok/observation';
import type { Assessment } from '../src/verdict';

/** content -> background: record a visit and get the verdict with the account's history and lists. */
export interface ObserveRequest {
  type: 'content/observe';
  observation: Observation;
}

export interface ObserveResponse {
  assessment: Assessment;
  /** How many observations of this account the cache holds, this one included. */
  observations: number;
}

export type ContentToBackground = ObserveRequest;
