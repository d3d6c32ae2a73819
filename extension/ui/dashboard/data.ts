/**
 * The account table's data, from the background (which alone opens the database): the most recent screenful first,
 * then the rest in pages (one message is capped at 64 MiB), then followers per day.
 */
import type { AccountListRow } from '../../protocol';
import { send } from '../shared/send';

export type { AccountListRow };

/** Rows per `ui/accounts-page` request after the first screen. */
const PAGE = 20_000;

/** The `limit` most recently seen accounts. */
export async function loadFirst(limit: number): Promise<AccountListRow[]> {
  return (await send('ui/accounts-page', { offset: 0, limit })).rows;
}

/** How many accounts there are in all. */
export async function loadCount(): Promise<number> {
  return (await send('ui/accounts-count')).total;
}

/** Every account, most recently seen first: pages asked for in parallel once the total is known. */
export async function loadAll(total: number): Promise<AccountListRow[]> {
  const offsets = Array.from({ length: Math.max(1, Math.ceil(total / PAGE)) }, (_, i) => i * PAGE);
  const pages = await Promise.all(offsets.map((offset) => send('ui/accounts-page', { offset, limit: PAGE })));
  const seen = new Set<string>();
  const rows: AccountListRow[] = [];
  // Accounts seen meanwhile shift the pages: a handle is kept once.
  for (const p of pages)
    for (const r of p.rows) {
      if (seen.has(r.handle)) continue;
      seen.add(r.handle);
      rows.push(r);
    }
  return rows;
}

/** Followers per day per account (the slow part at 100,000 accounts: asked for after the table is on screen). */
export async function loadGrowth(): Promise<Map<string, number>> {
  return new Map((await send('ui/accounts-growth')).growth);
}
