/**
 * The background's one router: a table of handlers keyed by message type (extension/protocol.ts), each with the
 * valibot schema its request must pass first. Content scripts may only record, look up and open the dashboard;
 * everything else (labels, lists, the whole cache) is answered for the extension's own pages only (senders.ts).
 */
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { makeList } from '../../src/lists/format';
import {
  type ContentToBackground,
  DECISIONS,
  type MessageMap,
  type MessageOf,
  PAGE_RESEND,
  typeIn,
  type UiToBackground,
} from '../protocol';
import { accountDetail, accountsCount, accountsGrowth, accountsPage, MAX_PAGE } from './account-views';
import { broadcastVerdicts, rearmWatchlist } from './alarms';
import { exportCsv } from './csv';
import type { LensDb } from './db';
import { asError } from './errors';
import { HeldVisits } from './held-visits';
import type { LabelAction } from './label-history';
import { importListFile, listInfos, OFFERED_LISTS, refreshLists, setEnabled, subscribe, unsubscribe } from './lists';
import { lookupAccounts } from './lookup';
import {
  applyAction,
  broadcastLabel,
  currentLabel,
  labelLookup,
  labelResponse,
  shownAssessment,
} from './moderator-labels';
import { ObserveLimits } from './observe-limits';
import { saveOptions } from './options';
import { readPage, TabSnapshots } from './page-snapshot';
import { prewarm } from './prewarm';
import { LOOKUP_LIMIT, RateLimiter } from './rate-limit';
import { assessUnstored, type Reassessed, recordObservation, storageFull } from './record';
import { clearData, pruneOlderThan } from './retention';
import { fromExtensionPage, type SenderLike, senderAllowed } from './senders';
import { assessExtras, currentOptions, listsChanged } from './settings';
import { noteTabHandle, tabHandle } from './tab-accounts';
import { exportBegin, exportChunk, exportEnd, importBegin, importChunk, importEnd, MAX_CHUNK_ROWS } from './transfer';
import { MAX_SEARCH_HITS, searchHandles, triageCsv, triageInfo } from './triage';
import { bulkLabel, bulkUndo, MAX_BULK } from './triage-labels';
import { HandleSchema, LookupSchema, natural, optionalText, requiredText } from './validate';
import { verdictHistory } from './verdict-history';
import { setViewerSay, ViewerSaySchema, viewerReports } from './viewer-say';
import { pin, unpin } from './watchlist';

export interface Ctx {
  db: LensDb;
  now: number;
  /** The sending tab (content scripts); undefined for the extension's pages. */
  tabId?: number;
}

/** A message's answer: its request checked (a rejection when it fails), then handled. */
type Route<Res> = (raw: unknown, ctx: Ctx) => Promise<Res>;
type Routes<M extends MessageMap<M>> = { [K in keyof M]: Route<M[K]['response']> };

const route =
  <S extends v.GenericSchema, Res>(schema: S, handle: (req: v.InferOutput<S>, ctx: Ctx) => Promise<Res>): Route<Res> =>
  (raw, ctx) => {
    try {
      return handle(v.parse(schema, raw), ctx);
    } catch (e) {
      return Promise.reject(e);
    }
  };

const none = v.object({});
const byHandle = v.object({ handle: HandleSchema });
const tableName = v.pipe(v.string(), v.maxLength(40));
const id = v.pipe(v.string(), v.maxLength(100));

/** Writes per sender tab (rate-limit.ts); a tab without id shares one bucket. */
const writes = new RateLimiter();
/** Handles looked up per tab, and which observations are stored (issue 17, findings 1 and 2). */
const lookups = new RateLimiter(LOOKUP_LIMIT);
const observeLimits = new ObserveLimits();
/** Each database's visits waiting for their page to settle (held-visits.ts): one write per profile load. */
const heldByDb = new WeakMap<LensDb, HeldVisits>();
/** Each tab's latest page message, which a delta continues (page-snapshot.ts). */
const tabSnapshots = new TabSnapshots();

function heldVisits(db: LensDb): HeldVisits {
  let h = heldByDb.get(db);
  if (!h) {
    h = new HeldVisits(async (obs, now) => recordObservation(db, obs, now, 'visit', await assessExtras(db)));
    heldByDb.set(db, h);
  }
  return h;
}

export const forgetWrites = (db: LensDb, tabId: number) => {
  // A closed tab's held visit is written now.
  void heldByDb.get(db)?.flush(tabId);
  tabSnapshots.forget(tabId);
  writes.forget(tabId);
  lookups.forget(tabId);
  observeLimits.forget(tabId);
};

const content: Routes<ContentToBackground> = {
  'content/page': async (raw, { db, now, tabId }) => {
    // The page is hostile: its texts are checked, read with the scorer's readers and the observation rebuilt field
    // by field (page-snapshot.ts, validate.ts). A delta continues the tab's previous message, when there is one.
    const snapshot = typeof raw === 'object' && raw ? Reflect.get(raw, 'snapshot') : undefined;
    const reading = readPage(snapshot, now, { tabs: tabSnapshots, tabId: tabId ?? -1 });
    if ('resend' in reading) throw new Error(PAGE_RESEND);
    const { obs } = reading;
    // The page does not show the account yet (no header, no status): nothing to record or answer.
    if (!obs) return {};
    // Refused writes are retried by the content script on the page's next change.
    if (!writes.take(tabId ?? -1, now)) throw new Error('rate limited');
    noteTabHandle(tabId, obs.handle);
    // Options and lists feed the verdict; a moderator's label wins over it (settings.ts, moderator-labels.ts).
    const extras = await assessExtras(db);
    // Over a per-tab or per-account limit (observe-limits.ts): the badge shows, nothing is stored. Otherwise the
    // visit is written once its page has settled (held-visits.ts); the answer does not wait for that write.
    const admitted = observeLimits.admit(tabId ?? -1, obs.handle, now) === 'store';
    // The moderator's label is read while the visit is assessed, not after (one round trip less to the badge).
    const label = currentLabel(db, obs.handle);
    label.catch(() => undefined); // awaited below; a failure there is the answer's
    const assessed = await assessUnstored(db, obs, now, extras);
    if (admitted) heldVisits(db).hold(tabId ?? -1, obs, now);
    return labelResponse(db, assessed, label);
  },
  'content/lookup': route(v.object({ handles: LookupSchema }), async ({ handles: asked }, { db, now, tabId }) => {
    // What a viewer sees, not the cache: handles past the tab's budget go unanswered (rate-limit.ts LOOKUP_LIMIT).
    const handles = asked.slice(0, lookups.takeUpTo(tabId ?? -1, asked.length, now));
    if (handles.length === 0) return { accounts: [] };
    // Stale verdicts are re-assessed before they are answered; a changed one is told to the other tabs too.
    const fresh = {
      extras: assessExtras(db),
      onChanged: (changed: Reassessed[]) => void broadcastVerdicts(db, changed).catch(() => undefined),
    };
    const answer = await labelLookup(db, await lookupAccounts(db, handles, fresh));
    // A cold worker builds its readers' tables now, after this answer has gone and before the page's own message
    // (prewarm.ts): a task of its own, so the answer is not held up by it.
    setTimeout(() => void prewarm(db), 0);
    return answer;
  }),
  'content/open-dashboard': route(
    v.object({ handle: v.fallback(v.optional(HandleSchema), undefined) }),
    async ({ handle }) => {
      const hash = handle ? `#account=${encodeURIComponent(handle)}` : '';
      await browser.tabs.create({ url: browser.runtime.getURL(`dashboard.html${hash}`) });
      return undefined;
    },
  ),
  // The viewer's own say from the popover (viewer-say.ts); kept in storage.local, capped there.
  'content/viewer-say': route(ViewerSaySchema, async ({ handle, verdict, say }, { now }) => {
    await setViewerSay(handle, verdict, say, now);
    return undefined;
  }),
};

async function label(db: LensDb, handle: string, action: LabelAction) {
  const l = await applyAction(db, handle, action);
  await broadcastLabel(db, handle);
  return l ? { label: l } : {};
}

const moderator = async () => (await currentOptions()).moderatorName;

/** A moderator's decision as the dashboard and the triage page send it: the source, when given, is a web address. */
const DecisionFields = {
  decision: v.picklist(DECISIONS),
  source: v.optional(
    v.pipe(
      optionalText(1000),
      v.check((s) => !s || /^https?:\/\//i.test(s), 'a source must be an http(s) URL'),
    ),
  ),
  note: optionalText(2000),
};

/** The label action of one decision, for one account or many; confirming state media needs a source or a note. */
async function labelAction(
  { decision, source, note }: { decision: (typeof DECISIONS)[number]; source?: string; note?: string },
  now: number,
): Promise<LabelAction> {
  if (decision === 'state-media' && !source && !note) throw new Error('confirming needs a source URL or a note');
  const action: LabelAction = { at: now, by: await moderator(), action: 'label', decision };
  if (source) action.source = source;
  if (note) action.note = note;
  return action;
}

const ui: Routes<UiToBackground> = {
  'ui/label': route(
    v.object({
      handle: HandleSchema,
      ...DecisionFields,
    }),
    async ({ handle, ...fields }, { db, now }) => label(db, handle, await labelAction(fields, now)),
  ),
  'ui/label-remove': route(byHandle, async ({ handle }, { db, now }) =>
    label(db, handle, { at: now, by: await moderator(), action: 'remove' }),
  ),
  'ui/label-undo': route(byHandle, async ({ handle }, { db, now }) =>
    label(db, handle, { at: now, by: await moderator(), action: 'undo' }),
  ),
  'ui/note-add': route(
    v.object({ handle: HandleSchema, text: requiredText(5000, 'note') }),
    async ({ handle, text }, { db, now }) => {
      await db.notes.add({ handle, text, at: now, by: await moderator() });
      return { ok: true as const };
    },
  ),
  'ui/account': route(byHandle, async ({ handle }, { db }) => {
    const assessment = await shownAssessment(db, handle);
    const listed = (await assessExtras(db)).lookupList?.(handle);
    return { ...(assessment ? { assessment } : {}), ...(listed ? { listed } : {}) };
  }),
  'ui/tab-account': route(v.object({ tabId: natural(Number.MAX_SAFE_INTEGER) }), async ({ tabId }, { db }) => {
    const handle = await tabHandle(tabId);
    const assessment = handle ? await shownAssessment(db, handle) : undefined;
    return { ...(handle ? { handle } : {}), ...(assessment ? { assessment } : {}) };
  }),
  'ui/accounts-page': route(
    v.object({ offset: natural(Number.MAX_SAFE_INTEGER), limit: natural(MAX_PAGE) }),
    ({ offset, limit }, { db }) => accountsPage(db, offset, limit),
  ),
  'ui/accounts-count': route(none, (_, { db }) => accountsCount(db)),
  'ui/accounts-growth': route(none, async (_, { db }) => ({ growth: await accountsGrowth(db) })),
  'ui/account-detail': route(byHandle, ({ handle }, { db }) => accountDetail(db, handle)),
  'ui/watch': route(
    v.object({ handle: HandleSchema, watched: v.boolean() }),
    async ({ handle, watched }, { db, now }) => {
      if (watched) await pin(db, handle, now);
      else await unpin(db, handle);
      await rearmWatchlist(db);
      return { ok: true as const };
    },
  ),
  'ui/lists': route(none, async (_, { db }) => ({ lists: await listInfos(db), offered: [...OFFERED_LISTS] })),
  'ui/list-subscribe': route(
    v.object({ url: v.pipe(v.string(), v.maxLength(2000)) }),
    async ({ url }, { db, now }) => ({
      list: await subscribe(db, url, now),
    }),
  ),
  'ui/list-import': route(
    v.object({ name: v.pipe(v.string(), v.maxLength(300)), text: v.string() }),
    async ({ name, text }, { db, now }) => ({ list: await importListFile(db, name, text, now) }),
  ),
  'ui/list-unsubscribe': route(v.object({ url: v.string() }), async ({ url }, { db }) => {
    await unsubscribe(db, url);
    return { ok: true as const };
  }),
  'ui/list-enable': route(v.object({ url: v.string(), enabled: v.boolean() }), async ({ url, enabled }, { db }) => {
    if (url === 'bundled') await saveOptions({ seedList: enabled });
    else await setEnabled(db, url, enabled);
    return { ok: true as const };
  }),
  'ui/list-refresh': route(none, async (_, { db, now }) => {
    await refreshLists(db, now, 0);
    return { lists: await listInfos(db) };
  }),
  'ui/labels-export': route(none, async (_, { db, now }) => {
    const labels = await db.modLabels.toArray();
    const confirmed = await Promise.all(labels.map((l) => currentLabel(db, l.handle)));
    const shareable = confirmed.filter((l) => l?.decision === 'state-media').map((l) => l!);
    const entries = shareable.map((l) => ({
      handle: l.handle,
      // A list entry must cite something: the URL if the moderator gave one, else who decided, when, and why.
      source: l.source ?? `${l.by}, ${new Date(l.at).toISOString().slice(0, 10)}: ${l.note ?? 'moderator label'}`,
      ...(l.note && l.source ? { note: l.note } : {}),
    }));
    return { list: makeList(`${await moderator()}'s labels`, entries, now), skipped: labels.length - entries.length };
  }),
  'ui/clear-data': route(v.object({ labels: v.boolean() }), async ({ labels }, { db }) => {
    await clearData(db, labels);
    listsChanged();
    return { ok: true as const };
  }),
  'ui/retention-run': route(none, async (_, { db, now }) => ({
    deleted: await pruneOlderThan(db, (await currentOptions()).retentionDays, now),
  })),
  'ui/storage-status': route(none, async (_, { db }) => {
    const full = await storageFull(db);
    return full ? { full } : {};
  }),
  'ui/export-begin': route(none, (_, { db, now }) => exportBegin(db, now)),
  'ui/export-chunk': route(
    v.object({ id, table: tableName, offset: natural(Number.MAX_SAFE_INTEGER), limit: natural(MAX_CHUNK_ROWS) }),
    ({ id, table, offset, limit }, { db, now }) => exportChunk(db, id, table, offset, limit, now),
  ),
  'ui/export-end': route(v.object({ id }), async ({ id }) => {
    exportEnd(id);
    return { ok: true as const };
  }),
  'ui/import-begin': route(v.object({ head: v.unknown() }), async ({ head }, { now }) => importBegin(head, now)),
  'ui/import-chunk': route(
    v.object({ id, table: tableName, rows: v.pipe(v.array(v.unknown()), v.maxLength(MAX_CHUNK_ROWS)) }),
    async ({ id, table, rows }, { db, now }) => {
      await importChunk(db, id, table, rows, now);
      return { ok: true as const };
    },
  ),
  'ui/import-end': route(v.object({ id }), async ({ id }, { now }) => importEnd(id, now)),
  'ui/export-csv': route(none, (_, { db }) => exportCsv(db)),
  'ui/options': route(none, () => currentOptions()),
  'ui/options-save': route(v.object({ options: v.record(v.string(), v.unknown()) }), ({ options }) =>
    saveOptions(options),
  ),
  'ui/triage-search': route(
    v.object({ query: v.pipe(v.string(), v.maxLength(500)), locale: v.optional(v.pipe(v.string(), v.maxLength(35))) }),
    async ({ query, locale }, { db }) => ({ handles: await searchHandles(db, query, locale) }),
  ),
  'ui/triage-info': route(none, (_, { db, now }) => triageInfo(db, now)),
  'ui/triage-label': route(
    v.object({
      handles: v.pipe(v.array(HandleSchema), v.maxLength(MAX_BULK)),
      ...DecisionFields,
    }),
    async ({ handles, ...fields }, { db, now }) => bulkLabel(db, [...new Set(handles)], await labelAction(fields, now)),
  ),
  'ui/triage-undo': route(
    v.object({ handles: v.pipe(v.array(HandleSchema), v.maxLength(MAX_BULK)), at: natural(Number.MAX_SAFE_INTEGER) }),
    async ({ handles, at }, { db, now }) =>
      bulkUndo(db, [...new Set(handles)], at, { at: now, by: await moderator(), action: 'undo' }),
  ),
  'ui/triage-csv': route(
    v.object({ handles: v.pipe(v.array(HandleSchema), v.maxLength(MAX_SEARCH_HITS)) }),
    ({ handles }, { db }) => triageCsv(db, handles),
  ),
  'ui/verdict-history': route(byHandle, ({ handle }, { db }) => verdictHistory(db, handle)),
  'ui/viewer-says': route(none, async () => ({ says: await viewerReports() })),
  'ui/viewer-unsay': route(v.omit(ViewerSaySchema, ['verdict']), async ({ handle, say }, { now }) => {
    await setViewerSay(handle, 'unknown', say, now, false);
    return { ok: true as const };
  }),
};

async function run<M extends MessageMap<M>, K extends keyof M>(
  routes: Routes<M>,
  type: K,
  raw: unknown,
  ctx: Ctx,
): Promise<M[K]['response']> {
  // Every rejection an Error, so the page that asked gets its message (errors.ts).
  return routes[type](raw, ctx).catch((e: unknown) => Promise.reject(asError(e)));
}

/** Writes every visit held for its page to settle (held-visits.ts). */
export function flushHeld(db: LensDb): Promise<void> {
  return heldByDb.get(db)?.flushAll() ?? Promise.resolve();
}

/** Answer one message from the extension's own pages (no sender check: the unit tests' entry). */
export function answer<K extends keyof UiToBackground>(
  db: LensDb,
  message: MessageOf<UiToBackground, K>,
  now = Date.now(),
): Promise<UiToBackground[K]['response']> {
  return runUi(db, message.type, message, now);
}

/** The extension's pages read the cache: visits still held for their page to settle are written first. */
async function runUi<K extends keyof UiToBackground>(
  db: LensDb,
  type: K,
  raw: unknown,
  now: number,
): Promise<UiToBackground[K]['response']> {
  await flushHeld(db);
  return run(ui, type, raw, { db, now });
}

/**
 * The `runtime.onMessage` listener's work: the answer's promise, or undefined (no answer) for a message of no known
 * type or from a sender not allowed to send it.
 */
export function routeMessage(db: LensDb, message: unknown, sender: SenderLike & { tab?: { id?: number } }) {
  const own = { id: browser.runtime.id, base: browser.runtime.getURL('') };
  const now = Date.now();
  const uiType = typeIn<UiToBackground>(ui, message);
  if (uiType) {
    if (!fromExtensionPage(sender, own.id, own.base)) return undefined;
    return runUi(db, uiType, message, now);
  }
  const contentType = typeIn<ContentToBackground>(content, message);
  if (!contentType || !senderAllowed(sender, own.id, own.base)) return undefined;
  const ctx: Ctx = { db, now };
  if (sender.tab?.id !== undefined) ctx.tabId = sender.tab.id;
  return run(content, contentType, message, ctx);
}
