/**
 * The content script's `content/page` message: what a profile page holds, unparsed (src/tiktok/snapshot.ts). Its
 * shape and sizes are checked here, it is read with the scorer's readers, and the observation that comes out is
 * rebuilt field by field like any other (validate.ts). The texts come from a hostile page: a body that is not JSON,
 * or JSON about another account, reads as nothing.
 */
import * as v from 'valibot';
import { parseHtml } from '../../src/html/lite';
import type { Observation } from '../../src/tiktok/observation';
import { MAX_JSON_CHARS } from '../../src/tiktok/profile';
import { EMBEDDED_IDS } from '../../src/tiktok/selectors';
import { readSnapshot } from '../../src/tiktok/snapshot';
import { API_TAP_MAX_BODY } from '../protocol';
import { HandleSchema, validObservation } from './validate';

/** The page-bridge keeps 8 answers (extension/content/page-bridge.ts); schema.org blocks are a few per page. */
const MAX_ANSWERS = 8;
const MAX_LD_JSON = 20;
/**
 * The profile's HTML: a real 2025 profile's container is ~110 KB, a whole SIGI-era body (its JSON included) ~900 KB
 * (the shared real captures); anything far larger is not a TikTok profile.
 */
const MAX_HTML_CHARS = 5_000_000;

/** The scorer's parser (htmlparser2 behind the DOM methods the readers use); nothing for what it refuses. */
function parse(html: string): ParentNode | undefined {
  try {
    return parseHtml(html);
  } catch {
    // Nesting past its depth guard (TooDeepError) or worse: a hostile page, read as showing nothing.
    return undefined;
  }
}

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
  html: v.optional(v.pipe(v.string(), v.maxLength(MAX_HTML_CHARS))),
  wall: v.optional(v.boolean()),
  delta: v.optional(v.literal(true)),
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

type Snapshot = v.InferOutput<typeof SnapshotSchema>;

/**
 * Each tab's latest snapshot, so that a page's later messages need carry only what changed (issue 15: each of the
 * page's API answers used to re-send the profile's HTML and JSON, serialised again on the page's main thread). A
 * `delta` snapshot continues the tab's previous one: a field it holds replaces the kept one, its `answers` are added
 * to the kept answers (the newest `MAX_ANSWERS`, as the page-bridge keeps them). One per tab, replaced by each message.
 */
export class TabSnapshots {
  private readonly byTab = new Map<number, Snapshot>();
  /**
   * Each tab's last parsed profile HTML. A delta that brings only the page's API answers (a profile's posts list
   * comes right after its load) keeps the HTML it continues, which is then not parsed again: the parse was a third
   * of the background's reading of such a message (V8 profile of the service worker over fixture loads, issue 15).
   * The readers only read the tree (src/html/lite.ts).
   */
  private readonly parsed = new Map<number, { html: string; root: ParentNode | undefined }>();

  /** The HTML parser for this tab's messages: the same HTML as its last one is not parsed again. */
  parser(tabId: number): (html: string) => ParentNode | undefined {
    return (html) => {
      const kept = this.parsed.get(tabId);
      if (kept?.html === html) return kept.root;
      const root = parse(html);
      this.parsed.set(tabId, { html, root });
      return root;
    };
  }

  /** The full snapshot this one stands for, kept for the next; undefined when a delta has nothing to continue. */
  merge(tabId: number, s: Snapshot): Snapshot | undefined {
    let full = s;
    if (s.delta) {
      const kept = this.byTab.get(tabId);
      // The worker was restarted, or the tab moved on: the content script sends everything again.
      if (!kept || kept.handle !== s.handle || kept.documentHandle !== s.documentHandle) return undefined;
      const { delta: _, answers, ...given } = s;
      full = { ...kept, ...given };
      // A delta sent again (extension/content/ext.ts retries a message the messaging lost) adds nothing twice.
      const before = kept.answers ?? [];
      const added = (answers ?? []).filter((a) => !before.some((k) => k.url === a.url && k.body === a.body));
      const all = [...before, ...added].slice(-MAX_ANSWERS);
      if (all.length) full.answers = all;
    }
    this.byTab.set(tabId, full);
    return full;
  }

  forget(tabId: number): void {
    this.byTab.delete(tabId);
    this.parsed.delete(tabId);
  }

  /** How many tabs are kept (tests). */
  get size(): number {
    return this.byTab.size;
  }
}

/** What a page message reads as: its observation (none when the page does not show the account yet), or a resend. */
export type PageReading = { obs: Observation | undefined } | { resend: true };

/**
 * The visit's observation, validated; undefined when the page does not show the account yet. Throws on a message
 * of the wrong shape (the router answers it with an error). A delta is read on its own here.
 */
export function observationFromSnapshot(raw: unknown, now: number): Observation | undefined {
  const r = readPage(raw, now);
  return 'obs' in r ? r.obs : undefined;
}

/** As `observationFromSnapshot`, with a delta read together with the tab's earlier messages (`TabSnapshots`). */
export function readPage(raw: unknown, now: number, tab?: { tabs: TabSnapshots; tabId: number }): PageReading {
  const r = v.safeParse(SnapshotSchema, raw);
  if (!r.success) throw new Error('invalid page snapshot');
  const full = tab ? tab.tabs.merge(tab.tabId, r.output) : r.output;
  if (!full) return { resend: true };
  const obs = readSnapshot(full, tab ? tab.tabs.parser(tab.tabId) : parse);
  return { obs: obs && validObservation(obs, now) };
}
