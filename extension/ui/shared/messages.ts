/**
 * Messages of the moderator workbench (dashboard, popup, options), by direction. The background answers these
 * only for the extension's own pages. Documented also in extension/messages.ts.
 */
import type { AccountList } from '../../../src/lists/format';
import type { ListedAccount } from '../../../src/signals/types';
import type { StorageFull } from '../../background/record';
import type { Decision, LabelAction, LabelledAssessment, ModeratorLabel } from '../../background/label-history';

/** background -> content scripts (every tab): a moderator label changed; `assessment` is the one to show now. */
export interface LabelChanged {
  type: 'background/label-changed';
  handle: string;
  /** The account's latest assessment with the label applied; absent when the account was never assessed. */
  assessment?: LabelledAssessment;
}

export interface ListInfo {
  /** The list's URL; `bundled` for the seed list, `file:<name>` for an imported file. */
  url: string;
  name: string;
  enabled: boolean;
  /** Accounts it names, and outlet domains (for bio links) when it has any. */
  entries: number;
  domains?: number;
  /** When it was last fetched (ms), and the list's own `updated` date. */
  fetchedAt?: number;
  updated?: string;
  errors?: string[];
  seed?: boolean;
  /** Read from a file the user imported: never fetched. */
  imported?: boolean;
}

/** A list the extension offers to subscribe to (off until the user does). */
export interface OfferedList {
  url: string;
  name: string;
  about: string;
}

export type WorkbenchRequest =
  | { type: 'ui/label'; handle: string; decision: Decision; source?: string; note?: string }
  | { type: 'ui/label-remove'; handle: string }
  | { type: 'ui/label-undo'; handle: string }
  | { type: 'ui/label-history'; handle: string }
  | { type: 'ui/note-add'; handle: string; text: string }
  | { type: 'ui/account'; handle: string }
  | { type: 'ui/tab-account'; tabId: number }
  | { type: 'ui/lists' }
  | { type: 'ui/list-subscribe'; url: string }
  | { type: 'ui/list-import'; name: string; text: string }
  | { type: 'ui/list-unsubscribe'; url: string }
  | { type: 'ui/list-enable'; url: string; enabled: boolean }
  | { type: 'ui/list-refresh' }
  | { type: 'ui/labels-export' }
  | { type: 'ui/clear-data'; labels: boolean }
  | { type: 'ui/retention-run' }
  | { type: 'ui/storage-status' };

export interface WorkbenchResponses {
  'ui/label': { label?: ModeratorLabel };
  'ui/label-remove': { label?: ModeratorLabel };
  'ui/label-undo': { label?: ModeratorLabel };
  'ui/label-history': { history: LabelAction[]; canUndo: boolean };
  'ui/note-add': { ok: true };
  'ui/account': { assessment?: LabelledAssessment; listed?: ListedAccount };
  'ui/tab-account': { handle?: string; assessment?: LabelledAssessment };
  'ui/lists': { lists: ListInfo[]; offered: OfferedList[] };
  'ui/list-subscribe': { list: ListInfo };
  'ui/list-import': { list: ListInfo };
  'ui/list-unsubscribe': { ok: true };
  'ui/list-enable': { ok: true };
  'ui/list-refresh': { lists: ListInfo[] };
  'ui/labels-export': { list: AccountList; skipped: number };
  'ui/clear-data': { ok: true };
  'ui/retention-run': { deleted: number };
  /** `full` while visits could not be stored for lack of space (until "clear data"). */
  'ui/storage-status': { full?: StorageFull };
}
