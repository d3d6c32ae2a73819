/**
 * The workbench's requests (extension/ui/shared/messages.ts), answered only for this extension's own pages: a
 * content script runs beside hostile pages and has no business labelling accounts.
 */
import { makeList } from '../../src/lists/format';
import { normaliseHandle } from '../../src/tiktok/observation';
import type { WorkbenchRequest, WorkbenchResponses } from '../ui/shared/messages';
import type { LensDb } from './db';
import { canUndo, DECISIONS, type LabelAction, type ModeratorLabel } from './label-history';
import { importListFile, listInfos, OFFERED_LISTS, refreshLists, setEnabled, subscribe, unsubscribe } from './lists';
import { applyAction, broadcastLabel, currentLabel, labelHistory, shownAssessment } from './moderator-labels';
import { storageFull } from './record';
import { clearData, pruneOlderThan } from './retention';
import { assessExtras, currentOptions, listsChanged } from './settings';
import { tabHandle } from './tab-accounts';

const TYPES = new Set<string>([
  'ui/label',
  'ui/label-remove',
  'ui/label-undo',
  'ui/label-history',
  'ui/note-add',
  'ui/account',
  'ui/tab-account',
  'ui/lists',
  'ui/list-subscribe',
  'ui/list-import',
  'ui/list-unsubscribe',
  'ui/list-enable',
  'ui/list-refresh',
  'ui/labels-export',
  'ui/clear-data',
  'ui/retention-run',
  'ui/storage-status',
]);

export function isWorkbenchRequest(msg: unknown): msg is WorkbenchRequest {
  return typeof msg === 'object' && msg !== null && TYPES.has((msg as { type?: unknown }).type as string);
}

function handleOf(raw: unknown): string {
  const h = typeof raw === 'string' ? normaliseHandle(raw) : '';
  if (!/^[\w.]{1,64}$/.test(h)) throw new Error('not a TikTok handle');
  return h;
}

const str = (v: unknown, max: number) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : undefined);

async function label(db: LensDb, handle: string, action: LabelAction): Promise<{ label?: ModeratorLabel }> {
  const l = await applyAction(db, handle, action);
  await broadcastLabel(db, handle);
  return l ? { label: l } : {};
}

type Answer<T extends WorkbenchRequest['type']> = Promise<WorkbenchResponses[T]>;

export async function handleWorkbench(db: LensDb, msg: WorkbenchRequest, now = Date.now()): Answer<typeof msg.type> {
  const by = (await currentOptions()).moderatorName;
  switch (msg.type) {
    case 'ui/label': {
      if (!DECISIONS.includes(msg.decision)) throw new Error('unknown decision');
      const source = str(msg.source, 1000);
      const note = str(msg.note, 2000);
      if (source && !/^https?:\/\//i.test(source)) throw new Error('a source must be an http(s) URL');
      if (msg.decision === 'state-media' && !source && !note)
        throw new Error('confirming needs a source URL or a note');
      const action: LabelAction = { at: now, by, action: 'label', decision: msg.decision };
      if (source) action.source = source;
      if (note) action.note = note;
      return label(db, handleOf(msg.handle), action);
    }
    case 'ui/label-remove':
      return label(db, handleOf(msg.handle), { at: now, by, action: 'remove' });
    case 'ui/label-undo':
      return label(db, handleOf(msg.handle), { at: now, by, action: 'undo' });
    case 'ui/label-history': {
      const history = await labelHistory(db, handleOf(msg.handle));
      return { history, canUndo: canUndo(history) };
    }
    case 'ui/note-add': {
      const text = str(msg.text, 5000);
      if (!text) throw new Error('empty note');
      await db.notes.add({ handle: handleOf(msg.handle), text, at: now, by } as never);
      return { ok: true };
    }
    case 'ui/account': {
      const handle = handleOf(msg.handle);
      const assessment = await shownAssessment(db, handle);
      const listed = (await assessExtras(db)).lookupList?.(handle);
      return { ...(assessment ? { assessment } : {}), ...(listed ? { listed } : {}) };
    }
    case 'ui/tab-account': {
      const handle = await tabHandle(msg.tabId);
      const assessment = handle ? await shownAssessment(db, handle) : undefined;
      return { ...(handle ? { handle } : {}), ...(assessment ? { assessment } : {}) };
    }
    case 'ui/lists':
      return { lists: await listInfos(db), offered: [...OFFERED_LISTS] };
    case 'ui/list-subscribe':
      return { list: await subscribe(db, String(msg.url), now) };
    case 'ui/list-import':
      return { list: await importListFile(db, String(msg.name), msg.text, now) };
    case 'ui/list-unsubscribe':
      await unsubscribe(db, String(msg.url));
      return { ok: true };
    case 'ui/list-enable':
      await setEnabled(db, String(msg.url), Boolean(msg.enabled));
      return { ok: true };
    case 'ui/list-refresh':
      await refreshLists(db, now, 0);
      return { lists: await listInfos(db) };
    case 'ui/labels-export': {
      const labels = (await db.modLabels.toArray()) as ModeratorLabel[];
      const confirmed = await Promise.all(labels.map((l) => currentLabel(db, l.handle)));
      const shareable = confirmed.filter((l): l is ModeratorLabel => l?.decision === 'state-media');
      const entries = shareable.map((l) => ({
        handle: l.handle,
        // A list entry must cite something: the URL if the moderator gave one, else who decided, when, and why.
        source: l.source ?? `${l.by}, ${new Date(l.at).toISOString().slice(0, 10)}: ${l.note ?? 'moderator label'}`,
        ...(l.note && l.source ? { note: l.note } : {}),
      }));
      return { list: makeList(`${by}'s labels`, entries, now), skipped: labels.length - entries.length };
    }
    case 'ui/clear-data':
      await clearData(db, Boolean(msg.labels));
      listsChanged();
      return { ok: true };
    case 'ui/retention-run':
      return { deleted: await pruneOlderThan(db, (await currentOptions()).retentionDays, now) };
    case 'ui/storage-status': {
      const full = await storageFull(db);
      return full ? { full } : {};
    }
  }
}
