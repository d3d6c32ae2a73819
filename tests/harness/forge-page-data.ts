/**
 * Issue 17, finding 2, as the attacking page does it (tests/e2e/page-data-gate*.e2e.test.ts, Chromium and Firefox):
 * push `/@<handle>` into the URL, leave no header for it (or, for the control, render its header), and post three
 * forged copies of the MAIN-world tap's `/api/user/detail/` answer for it. `forgeInPage` runs in the page's main
 * world (`page.evaluate` in both drivers); `forgeArgs` builds its argument.
 */
import { type CorpusCase, renderProfileHeader, renderUserDetail } from '../fixtures/render';

export interface ForgeArgs {
  handle: string;
  body: string;
  header: string;
}

/** The account `start`'s data under `handle`; its header only when `withHeader`. */
export function forgeArgs(start: CorpusCase, handle: string, withHeader: boolean, now: number): ForgeArgs {
  const fake = { ...start, user: { ...start.user, uniqueId: handle, nickname: handle } };
  return {
    handle,
    body: JSON.stringify(renderUserDetail(fake, now)),
    header: withHeader ? renderProfileHeader(fake) : '',
  };
}

export async function forgeInPage({ handle, body, header }: ForgeArgs): Promise<void> {
  history.pushState({}, '', `/@${handle}`);
  if (header) {
    const block = document.querySelector('h1[data-e2e="user-title"]')?.closest('[class*="DivShareLayoutHeader"]');
    if (!block) throw new Error('fixture header block not found');
    block.outerHTML = header;
  } else {
    // What the attacker leaves on screen: the first account's header, or none.
    document.querySelector('[data-e2e="user-title"]')?.remove();
  }
  for (let i = 0; i < 3; i++) {
    window.postMessage(
      {
        type: 'provenance-lens/api',
        kind: 'user-detail',
        // location.origin carries the fixture server's port: the bridge wants the page's own origin.
        url: `${location.origin}/api/user/detail/?uniqueId=${handle}`,
        body,
      },
      location.origin,
    );
    await new Promise((r) => setTimeout(r, 100));
  }
}
