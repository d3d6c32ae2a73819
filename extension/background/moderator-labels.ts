/**
 * Moderator labels in the database: the label in force lives in the DB owner's `modLabels` table (one per
 * account, what import/export and record.ts read); every action is appended to a history kept in `meta` under
 * `label-history:<handle>`, which is what makes undo possible. Every change is broadcast to tabs so the badge
 * follows without a reload.
 */
import browser from 'webextension-polyfill';
import type { Assessment } from '../../src/verdict';
import type { BackgroundToTabs, ContentAssessment, ContentToBackground, MessageOf, ResponseOf } from '../protocol';
import { contentAssessment } from './content-view';
import type { LensDb, ModLabelRow } from './db';
import {
  applyModeratorLabel,
  canUndo,
  decisionOf,
  type LabelAction,
  type LabelledAssessment,
  labelFromHistory,
  type ModeratorLabel,
} from './label-history';
import type { LookupResult } from './lookup';
import { type Recorded, reassessHandles } from './record';
import { assessExtras } from './settings';

const historyKey = (handle: string) => `label-history:${handle}`;

export async function labelHistory(db: LensDb, handle: string): Promise<LabelAction[]> {
  const row = await db.meta.get(historyKey(handle));
  return Array.isArray(row?.value) ? row.value : [];
}

export async function currentLabel(db: LensDb, handle: string): Promise<ModeratorLabel | undefined> {
  const row = await db.modLabels.get(handle);
  return row && labelOf(row);
}

/** A stored label as a complete one: labels imported from another browser may lack `decision` and `by`. */
export function labelOf(row: ModLabelRow): ModeratorLabel {
  const label: ModeratorLabel = {
    handle: row.handle,
    verdict: row.verdict,
    decision: decisionOf(row),
    by: row.by ?? 'imported',
    at: row.at,
  };
  if (row.source) label.source = row.source;
  if (row.note) label.note = row.note;
  return label;
}

/** Append an action and store the label it leaves in force (or none), atomically. */
export async function applyAction(
  db: LensDb,
  handle: string,
  action: LabelAction,
): Promise<ModeratorLabel | undefined> {
  return db.transaction('rw', db.meta, db.modLabels, async () => {
    const history = await labelHistory(db, handle);
    if (action.action === 'undo' && !canUndo(history)) return currentLabel(db, handle);
    history.push(action);
    await db.meta.put({ key: historyKey(handle), value: history });
    const label = labelFromHistory(handle, history);
    if (label) await db.modLabels.put(label);
    else await db.modLabels.delete(handle);
    return label;
  });
}

/** The latest stored assessment of an account, with the moderator's label applied. */
export async function shownAssessment(db: LensDb, handle: string): Promise<LabelledAssessment | undefined> {
  const row = await db.verdicts.get(handle);
  if (!row) return undefined;
  return applyModeratorLabel(row.assessment, await currentLabel(db, handle));
}

/** The latest stored assessment of an account as a content script may see it (content-view.ts). */
export async function contentShown(db: LensDb, handle: string): Promise<ContentAssessment | undefined> {
  const row = await db.verdicts.get(handle);
  if (!row) return undefined;
  return contentAssessment(row.assessment, await currentLabel(db, handle));
}

/** An assessment about to go to a content script: the moderator's decision applied, nothing of who or why. */
export async function forContent(db: LensDb, a: Assessment): Promise<ContentAssessment> {
  return contentAssessment(a, await currentLabel(db, a.handle));
}

/**
 * Tell every tab. `tabs.query({})` needs no permission for ids; tabs without our content script reject the
 * message, which is fine.
 */
export async function broadcastLabel(db: LensDb, handle: string): Promise<void> {
  // The stored verdict predates this label: made again first (record.ts), so the tabs get the current rules' call.
  await assessExtras(db)
    .then((extras) => reassessHandles(db, [handle], extras, Date.now()))
    .catch(() => undefined);
  const message: MessageOf<BackgroundToTabs, 'background/label-changed'> = { type: 'background/label-changed', handle };
  // Tabs run beside TikTok's page: the decision only, never the moderator's name or note (content-view.ts).
  const assessment = await contentShown(db, handle);
  if (assessment) message.assessment = assessment;
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((t) => (t.id === undefined ? undefined : browser.tabs.sendMessage(t.id, message).catch(() => undefined))),
  );
}

/**
 * An observe answer as sent to the content script: the moderator's decision, if any, applied (content-view.ts).
 * `label`: the account's label, when the caller read it alongside the assessment (one round trip less).
 */
export async function labelResponse(
  db: LensDb,
  res: Recorded,
  label?: Promise<ModeratorLabel | undefined>,
): Promise<Required<ResponseOf<ContentToBackground, 'content/page'>>> {
  const assessment = label ? contentAssessment(res.assessment, await label) : await forContent(db, res.assessment);
  return { assessment, observations: res.observations };
}

/**
 * Feed, video and search badges: cached verdicts with the moderator's decisions applied (content-view.ts). The
 * labels the lookup read with the rows are used as they are (lookup.ts `LookupResult`); read here otherwise.
 */
export async function labelLookup(
  db: LensDb,
  res: LookupResult,
): Promise<ResponseOf<ContentToBackground, 'content/lookup'>> {
  const given = res.labels;
  const labels = given
    ? res.accounts.map((e) => given.get(e.handle))
    : await db.modLabels.bulkGet(res.accounts.map((e) => e.handle));
  const accounts = res.accounts.map((e, i) => {
    const row = labels[i];
    const label = row ? labelOf(row) : undefined;
    const entry = { handle: e.handle, verdict: e.verdict, score: e.score, lastSeen: e.lastSeen };
    if (!label && !e.assessment) return entry;
    const base: Assessment = e.assessment ?? {
      handle: e.handle,
      verdict: e.verdict,
      score: e.score,
      affiliation: 0,
      amplification: 0,
      signals: [],
      reason: '',
      observedAt: e.lastSeen,
    };
    const a = contentAssessment(base, label);
    return { ...entry, verdict: a.verdict, score: a.score, assessment: a };
  });
  return { accounts };
}
