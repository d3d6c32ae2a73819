/**
 * The bundled seed list: accounts a public source names as state media, in the list format (format.ts). An entry
 * goes in only with a source that names that exact TikTok account; outlets alone belong in outlets.ts. Short on
 * purpose: many state-media accounts TikTok labelled were since removed or renamed, and a wrong entry would
 * brand someone else.
 */
import { type AccountList, LIST_FORMAT } from './format';

/** Forbes (Baker-White & Martin, 2022-12-01): TikTok accounts run by MediaLinks TV, a registered foreign agent
 * for China Central Television, whose bios say the material is distributed on behalf of CCTV. */
const FORBES_MEDIALINKS =
  'https://www.forbes.com/sites/emilybaker-white/2022/12/01/tiktok-chinese-state-media-divisive-politics/';

export const SEED_LIST: AccountList = {
  format: LIST_FORMAT,
  version: 1,
  name: 'Provenance Lens seed list',
  updated: '2025-01-01T00:00:00.000Z',
  entries: [
    { handle: 'pandaorama', outlet: 'CCTV (via MediaLinks TV)', state: 'CN', source: FORBES_MEDIALINKS },
    { handle: 'newstokss', outlet: 'CCTV (via MediaLinks TV)', state: 'CN', source: FORBES_MEDIALINKS },
  ],
};
