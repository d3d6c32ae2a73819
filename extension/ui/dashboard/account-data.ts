/** Everything the account view shows, from the background in one answer. */
import type { AccountDetail } from '../../protocol';
import { send } from '../shared/send';

export type AccountData = AccountDetail;

export function loadAccount(handle: string): Promise<AccountData> {
  return send('ui/account-detail', { handle });
}
