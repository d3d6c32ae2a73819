/**
 * Content script (isolated world) on www.tiktok.com. The isolated world does not see the page's `pushState`, so
 * the URL is checked whenever the page changes: a MutationObserver that only queues, and one batch of work per
 * animation frame (the uBlock Origin pattern). No timers poll the DOM.
 */
import { handleFromProfileUrl } from '../../src/tiktok/observation';
import { ProfileSession } from './profile-session';

let session: ProfileSession | undefined;
let url = '';
let queued = false;

function flush(): void {
  queued = false;
  try {
    if (location.href !== url) {
      url = location.href;
      const handle = handleFromProfileUrl(url);
      if (handle !== session?.handle) {
        session?.end();
        session = handle ? new ProfileSession(handle) : undefined;
      }
    }
    session?.update();
  } catch (e) {
    // A changed page must never break TikTok: leave it as it was.
    console.debug('[provenance-lens]', e);
  }
}

function queue(): void {
  if (queued) return;
  queued = true;
  requestAnimationFrame(flush);
}

new MutationObserver(queue).observe(document.documentElement, { childList: true, subtree: true });
addEventListener('popstate', queue);
flush(); // the page is parsed (document_end): badge now, not a frame later
