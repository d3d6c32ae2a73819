/**
 * The content script's `content/page` message: what a profile page holds, unparsed (src/tiktok/snapshot.ts). Its
 * shape and sizes are checked here, it is read with the scorer's readers, and the observation that comes out is
 * rebuilt field by field like any other (validate.ts). The texts come from a hostile page: a body that is not JSON,
 * or JSON about another account, reads as nothing.
 */
import * as v from 'valibot';
import type { Observation } from '../../src/tiktok/observation';
import { MAX_JSON_CHARS } from '../../src/tiktok/profile';
import { EMBEDDED_IDS } from '../../src/tiktok/selectors';
import { readSnapshot } from '../../src/tiktok/snapshot';
import { API_TAP_MAX_BODY } from '../protocol';
import { HandleSchema, validObservation } from './validate';

/** The page-bridge keeps 8 answers (extension/content/page-bridge.ts); schema.org blocks are a few per page. */
const MAX_ANSWERS = 8;
const MAX_LD_JSON = 20;
/** A status text is at most 300 characters and readDom looks at 4,000 of them (src/tiktok/dom.ts). */
const MAX_STATUS_TEXTS = 4000;

const SnapshotSchema = v.object({
  handle: HandleSchema,
  documentHandle: v.pipe(v.string(), v.maxLength(100)),
  observedAt: v.pipe(v.number(), v.finite()),
  scripts: v.optional(
    v.pipe(
      v.array(v.object({ id: v.picklist(EMBEDDED_IDS), text: v.pipe(v.string(), v.maxLength(MAX_JSON_CHARS)) })),
      v.maxLength(EMBEDDED_IDS.length),
    ),
  ),
  ldJson: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(1_000_000))), v.maxLength(MAX_LD_JSON))),
  dom: v.optional(
    v.object({
      obs: v.optional(v.unknown()),
      statusTexts: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.maxLength(MAX_STATUS_TEXTS))),
    }),
  ),
  answers: v.optional(
    v.pipe(
      v.array(
        v.object({
          kind: v.picklist(['user-detail', 'item-list']),
          url: v.pipe(v.string(), v.maxLength(8000)),
          body: v.pipe(v.string(), v.maxLength(API_TAP_MAX_BODY)),
        }),
      ),
      v.maxLength(MAX_ANSWERS),
    ),
  ),
});

/**
 * The visit's observation, validated; undefined when the page does not show the account yet. Throws on a message
 * of the wrong shape (the router answers it with an error).
 */
export function observationFromSnapshot(raw: unknown, now: number): Observation | undefined {
  const r = v.safeParse(SnapshotSchema, raw);
  if (!r.success) throw new Error('invalid page snapshot');
  const s = r.output;
  // The DOM's reading is rebuilt like any observation before it is merged with the rest.
  const domObs = s.dom?.obs === undefined ? undefined : validObservation(s.dom.obs, now);
  const dom = s.dom
    ? { ...(domObs ? { obs: domObs } : {}), ...(s.dom.statusTexts ? { statusTexts: s.dom.statusTexts } : {}) }
    : undefined;
  const { dom: _raw, ...rest } = s;
  const obs = readSnapshot({ ...rest, ...(dom ? { dom } : {}) });
  return obs && validObservation(obs, now);
}
