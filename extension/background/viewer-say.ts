/**
 * A viewer's own say about a badge (issue 16, item 6): "this looks wrong" and "hide this badge", from the popover.
 * Kept locally in `storage.local` (not the database: no schema change, and the content script reads the hidden
 * handles from it directly, as it reads the options), listed for whoever moderates through `viewerReports()`.
 *
 * Shape of the item (`VIEWER_SAY_KEY`): `{ [handle]: ViewerSay }`, at most `MAX_ENTRIES` handles (oldest dropped).
 */
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { type Verdict, VIEWER_SAY_KEY, type ViewerSayKind, type ViewerSayRow } from '../protocol';
import { HandleSchema } from './validate';

export interface ViewerSay {
  /** When the viewer last said something about the account (ms). */
  at: number;
  /** The verdict the badge showed when they did. */
  verdict: Verdict;
  /** When they marked it "looks wrong" (ms), if they did. */
  wrong?: number;
  /** When they hid its badge (ms), if they did. */
  hidden?: number;
}

/** One account a viewer reported or hid, as the dashboard's queue lists it (extension/protocol.ts `ViewerSayRow`). */
export type ViewerReport = ViewerSayRow;

/** A viewer marks a few accounts, not thousands: a page cannot click inside the closed popover, so this is a cap. */
export const MAX_ENTRIES = 2000;

/** The `content/viewer-say` request, checked by the router before `setViewerSay` runs. */
export const ViewerSaySchema = v.object({
  handle: HandleSchema,
  verdict: v.picklist(['state-media', 'suspected', 'unusual', 'clear', 'unknown'] as const satisfies Verdict[]),
  say: v.picklist(['wrong', 'hide'] as const satisfies ViewerSayKind[]),
});

type Store = Record<string, ViewerSay>;

function isSay(v: unknown): v is ViewerSay {
  const s = v as ViewerSay | null;
  return typeof s === 'object' && s !== null && Number.isFinite(s.at) && typeof s.verdict === 'string';
}

async function load(): Promise<Store> {
  const got = (await browser.storage.local.get(VIEWER_SAY_KEY))[VIEWER_SAY_KEY];
  const out: Store = {};
  if (typeof got === 'object' && got !== null) for (const [h, v] of Object.entries(got)) if (isSay(v)) out[h] = v;
  return out;
}

/** Writes one after another: two says in quick succession must not overwrite each other. */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

/** Records (`on`, the default) or withdraws a say about `handle` (a withdrawal keeps the verdict noted before). */
export function setViewerSay(handle: string, verdict: Verdict, say: ViewerSayKind, now: number, on = true) {
  return serial(async () => {
    const store = await load();
    const before = store[handle];
    const entry: ViewerSay = { ...(before ?? {}), at: now, verdict: on ? verdict : (before?.verdict ?? verdict) };
    const field = say === 'wrong' ? 'wrong' : 'hidden';
    if (on) entry[field] = now;
    else delete entry[field];
    if (entry.wrong === undefined && entry.hidden === undefined) delete store[handle];
    else store[handle] = entry;
    const handles = Object.keys(store);
    if (handles.length > MAX_ENTRIES) {
      handles.sort((x, y) => store[x]!.at - store[y]!.at);
      for (const h of handles.slice(0, handles.length - MAX_ENTRIES)) delete store[h];
    }
    await browser.storage.local.set({ [VIEWER_SAY_KEY]: store });
  });
}

/**
 * Every account a viewer marked "looks wrong" or hid, newest first: `{ handle, at, verdict, wrong?, hidden? }`
 * (times in ms). The dashboard's queue (extension/background/triage.ts) lists those with `wrong`.
 */
export async function viewerReports(): Promise<ViewerReport[]> {
  const store = await load();
  return Object.entries(store)
    .map(([handle, s]) => ({ ...s, handle }))
    .sort((x, y) => y.at - x.at);
}
