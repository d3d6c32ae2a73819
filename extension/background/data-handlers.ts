/**
 * Answers to the dashboard's data requests (messages.ts `DataRequest`): export, import, CSV, an account's history
 * and the watchlist. Only the extension's own pages may ask: a content script runs beside TikTok's page and must
 * never be able to read the whole cache or rewrite it.
 */
import type { DataRequest, DataResponses } from '../messages';
import { accountsCsv } from './csv';
import type { LensDb } from './db';
import { exportDb } from './export';
import { importDb } from './import';
import { loadState, pin, setEnabled, unpin } from './watchlist';

export function isDataRequest(msg: unknown): msg is DataRequest {
  return typeof msg === 'object' && msg !== null && String((msg as { type?: unknown }).type).startsWith('data/');
}

const handleOf = (v: unknown): string => {
  if (typeof v !== 'string' || v.length > 100) throw new Error('invalid handle');
  return v;
};

export async function handleData<T extends DataRequest>(
  db: LensDb,
  msg: T,
  now: number,
): Promise<DataResponses[T['type']]> {
  const answer = async (): Promise<DataResponses[DataRequest['type']]> => {
    switch (msg.type) {
      case 'data/export-json':
        return exportDb(db, now);
      case 'data/import-json':
        return importDb(db, msg.file, now);
      case 'data/export-csv': {
        const [accounts, verdicts, labels] = await Promise.all([
          db.accounts.orderBy('lastSeen').reverse().toArray(),
          db.verdicts.toArray(),
          db.modLabels.toArray(),
        ]);
        const v = new Map(verdicts.map((r) => [r.handle, r]));
        const l = new Map(labels.map((r) => [r.handle, r]));
        return {
          csv: accountsCsv(accounts.map((a) => ({ account: a, verdict: v.get(a.handle), label: l.get(a.handle) }))),
        };
      }
      case 'data/history': {
        const handle = handleOf(msg.handle);
        const observations = await db.observations
          .where('[handle+observedAt]')
          .between([handle, -Infinity], [handle, Infinity])
          .toArray();
        const labelEvents = await db.labelEvents
          .where('[handle+at]')
          .between([handle, -Infinity], [handle, Infinity])
          .toArray();
        return { observations, labelEvents };
      }
      case 'data/watchlist-list':
        return { enabled: (await loadState(db)).enabled, accounts: await db.watchlist.toArray() };
      case 'data/watchlist-pin':
        return pin(db, handleOf(msg.handle), now);
      case 'data/watchlist-unpin':
        await unpin(db, handleOf(msg.handle));
        return { ok: true };
      case 'data/watchlist-enable':
        await setEnabled(db, msg.enabled === true);
        return { enabled: msg.enabled === true };
      default:
        throw new Error('unknown request');
    }
  };
  return (await answer()) as DataResponses[T['type']];
}
