/**
 * The typed messages between contexts, named by direction. The background checks every payload (the content
 * script reads hostile pages, so what it sends is only as trustworthy as the page).
 */

import type { Observation } from '../src/tiktok/observation';
import type { Assessment } from '../src/verdict';
import type { LabelEventRow, ModLabelRow, ObservationRow, WatchRow } from './background/db';
import type { ExportFile } from './background/export';
import type { ImportReport } from './background/import';

/** content -> background: record a visit and get the verdict with the account's history and lists. */
export interface ObserveRequest {
  type: 'content/observe';
  observation: Observation;
}

export interface ObserveResponse {
  assessment: Assessment;
  /** How many observations of this account the cache holds, this one included. */
  observations: number;
  /** A moderator's own label of this account: it wins over the computed verdict (design.md). */
  moderatorLabel?: ModLabelRow;
}

/** content -> background: open the dashboard at this account (a web page may not open extension pages itself). */
export interface OpenDashboardRequest {
  type: 'content/open-dashboard';
  handle: string;
}

/** content -> background: what the cache holds about these handles (feed, video and search badges). */
export interface LookupRequest {
  type: 'content/lookup';
  handles: string[];
}

/** One cached account; the full assessment when the background kept one (for the details popover). */
export interface LookupEntry {
  handle: string;
  verdict: Assessment['verdict'];
  score: number;
  lastSeen: number;
  assessment?: Assessment;
}

/** Only the handles the cache knows; the others are simply absent. */
export interface LookupResponse {
  accounts: LookupEntry[];
}

export type ContentToBackground = ObserveRequest | LookupRequest | OpenDashboardRequest;

/** ui -> background: the dashboard's data requests (export, import, history, watchlist). Extension pages only. */
export type DataRequest =
  | { type: 'data/export-json' }
  | { type: 'data/import-json'; file: unknown }
  | { type: 'data/export-csv' }
  | { type: 'data/history'; handle: string }
  | { type: 'data/watchlist-list' }
  | { type: 'data/watchlist-pin'; handle: string }
  | { type: 'data/watchlist-unpin'; handle: string }
  | { type: 'data/watchlist-enable'; enabled: boolean };

/** The answer to each data request, by type. */
export interface DataResponses {
  'data/export-json': ExportFile;
  'data/import-json': ImportReport;
  'data/export-csv': { csv: string };
  'data/history': { observations: ObservationRow[]; labelEvents: LabelEventRow[] };
  'data/watchlist-list': { enabled: boolean; accounts: WatchRow[] };
  'data/watchlist-pin': WatchRow;
  'data/watchlist-unpin': { ok: true };
  'data/watchlist-enable': { enabled: boolean };
}

/**
 * The moderator workbench's messages, defined in extension/ui/shared/messages.ts:
 * - ui -> background `WorkbenchRequest` (`ui/label`, `ui/label-undo`, `ui/lists`, …), answered for the
 *   extension's own pages only (extension/background/ui-workbench.ts);
 * - background -> content scripts `LabelChanged`, `{ type: 'background/label-changed', handle, assessment? }`,
 *   sent to every tab when a moderator label changes: the badge shows `assessment` (the label applied) without a
 *   reload (extension/content/index.iife.ts listens).
 */
export type { LabelChanged, WorkbenchRequest, WorkbenchResponses } from './ui/shared/messages';
