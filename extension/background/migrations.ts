/**
 * Schema upgrades, one function per version step, run by Dexie inside the upgrade transaction (all or nothing:
 * a worker stopped mid-upgrade leaves the old version intact and the upgrade runs again on the next open).
 */
import type { Transaction } from 'dexie';
import { isLabelled, labelChanges } from '../../src/history/labels';
import type { AccountRow, LabelEventRow, ObservationRow, ObservationRowV1 } from './row-types';
import { toRow } from './rows';
import type { VerdictRowV4 } from './verdict-changes';

/**
 * v1 -> v2: whole Observations become compact rows (same ids, so nothing that points at a row breaks); each
 * account keeps the profile of its latest reading; the label history is derived from the stored readings.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const observations = tx.table<ObservationRowV1 | ObservationRow, number>('observations');
  const latest = new Map<string, ObservationRowV1>();
  const readings = new Map<string, { at: number; labelled?: boolean; text?: string }[]>();
  await observations.toCollection().modify((raw, ref) => {
    if (!('posts' in raw)) return; // already compact
    const old = raw as ObservationRowV1;
    const prev = latest.get(old.handle);
    if (old.user && (!prev || old.observedAt >= prev.observedAt)) latest.set(old.handle, old);
    const list = readings.get(old.handle) ?? [];
    list.push({
      at: old.observedAt,
      labelled: old.user ? isLabelled(old.user) : undefined,
      text: old.user?.stateControlledMediaText,
    });
    readings.set(old.handle, list);
    ref.value = { ...toRow(old), id: old.id };
  });
  const accounts = tx.table<AccountRow, string>('accounts');
  for (const [handle, obs] of latest) {
    await accounts.update(handle, { user: obs.user, labelled: isLabelled(obs.user) });
  }
  const events: LabelEventRow[] = [];
  for (const [handle, list] of readings) {
    labelChanges(list).forEach((c, i) => {
      // The first known state is only an event when the label is there: "unlabelled since first seen" is no news.
      if (i === 0 && !c.labelled) return;
      const text = list.find((r) => r.at === c.at)?.text;
      events.push({ handle, at: c.at, labelled: c.labelled, via: 'migration', ...(text ? { text } : {}) });
    });
  }
  await tx.table<LabelEventRow, number>('labelEvents').bulkAdd(events);
}

/**
 * v2 -> v3: every account's verdict was made under rules nobody recorded: each is marked so (`ctx: ''`, which no
 * context equals), so that the lookup re-assesses it before answering and the sweep re-assesses it in the
 * background (record.ts). Nothing else changes: verdict rows gain their stamp and visit when re-assessed.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table<AccountRow, string>('accounts')
    .toCollection()
    .modify((a) => {
      if (typeof a.ctx !== 'string') a.ctx = '';
    });
}

/**
 * v3 -> v4: verdict rows keep their changes from now on (verdict-changes.ts). Each stored verdict gets the entry that
 * says where its history starts (`start`: the verdict and score as of the row's time), so the account view can say
 * "kept since" instead of implying the verdict never changed before.
 */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  await tx
    .table<VerdictRowV4, string>('verdicts')
    .toCollection()
    .modify((v) => {
      if (!Array.isArray(v.changes)) v.changes = [{ at: v.at, to: v.verdict, toScore: v.score, why: 'start' }];
    });
}
