/**
 * Content script (isolated world) on www.tiktok.com. The isolated world does not see the page's `pushState`, so
 * the URL is checked whenever the page changes: a MutationObserver that only queues, and one batch of work per
 * animation frame (the uBlock Origin pattern). No timers poll the DOM. It starts at document_start, but does only
 * what cannot wait: the page-world tap's messages are listened for (the page's first API answers arrive while it
 * parses) and a known account's cached verdict is asked for. The DOM is neither observed nor read until it is
 * complete (DOMContentLoaded): an observer during parsing gets a record for every node the parser inserts
 * (issue 15's traces: the largest part of the page cost before).
 */
// First: the URL's account is asked for before anything else of this script runs (early-lookup.ts).
import './early-lookup';
import type { Assessment } from '../../src/verdict';
import { type BackgroundToTabs, type MessageOf, OPTIONS_KEY, VIEWER_SAY_KEY } from '../protocol';
import { AUTHOR_CONTEXT, AuthorBadges } from './authors';
import {
  BADGE_TAG,
  badgeDisplayOf,
  hiddenOf,
  setBadgeDisplay,
  setHidden,
  setShowClear,
  setShowUnchecked,
  showClearOf,
  showUncheckedOf,
} from './badge-host';
import { ext } from './ext';
import { locationHandle } from './location-handle';
import { startBridge } from './page-bridge';
import { ProfileSession } from './profile-session';

const BADGE_TAG_NAME = BADGE_TAG.toUpperCase();

let session: ProfileSession | undefined;
let url = '';
let queued = false;
/** Subtrees added or changed since the last frame; the authors scan looks only there. */
let roots = new Set<Element>();
/** Whether anything left the page since the last frame (badges of removed authors go). */
let removed = false;
const authors = new AuthorBadges();

function learnt(a: Assessment): void {
  authors.learn({ handle: a.handle, verdict: a.verdict, score: a.score, lastSeen: a.observedAt, assessment: a });
}

function flush(): void {
  queued = false;
  const changed = roots;
  const gone = removed;
  roots = new Set();
  removed = false;
  try {
    if (location.href !== url) {
      url = location.href;
      const handle = locationHandle();
      if (handle !== session?.handle) {
        session?.end();
        session = handle ? new ProfileSession(handle, learnt) : undefined;
      }
    }
    session?.update();
    // While the document parses, only the profile heading is looked for: the page is scanned once it is complete.
    if (document.readyState !== 'loading') authors.update(changed, gone, session?.handle, queue);
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

function scanAll(): void {
  if (document.body) roots.add(document.body);
  queue();
}

/**
 * A changed text or a removal counts where it can change an author: inside a link or a handle's text. `done`: the
 * targets already looked at in this batch of records (a feed's cards all land in one list: one ancestor walk).
 */
function changedAt(node: Node | null, done: Set<Node>): void {
  if (!node || done.has(node)) return;
  done.add(node);
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const at = el?.closest(AUTHOR_CONTEXT);
  if (at) roots.add(at);
}

// Only the added element subtrees are queued (and the few places where a text, an href or a removal can change an
// author): a feed that grows by a card costs one card's scan, not the whole list's.
const observer = new MutationObserver((records) => {
  let pageChanged = false;
  const done = new Set<Node>();
  for (const r of records) {
    if (r.type !== 'childList') {
      changedAt(r.target, done);
      pageChanged = true;
      continue;
    }
    let text = false;
    for (const n of r.addedNodes) {
      // Our own badges' insertions are not page changes worth a scan (nor a frame's work).
      if (n.nodeType !== Node.ELEMENT_NODE) text = true;
      else if ((n as Element).tagName !== BADGE_TAG_NAME) roots.add(n as Element);
      else continue;
      pageChanged = true;
    }
    if (r.removedNodes.length) pageChanged = true;
    for (const n of r.removedNodes) {
      removed = true;
      // A badge taken out by the page (a re-render) is put back beside its author.
      if ((n as Element).tagName === BADGE_TAG_NAME && r.target.nodeType === Node.ELEMENT_NODE)
        roots.add(r.target as Element);
      else text = true;
    }
    if (text) changedAt(r.target, done);
  }
  if (pageChanged) queue();
});

/** The page is complete: read it now (not a frame later), and watch it from here on. */
function ready(): void {
  if (document.body) roots.add(document.body);
  flush();
  observer.observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['href'],
  });
}

addEventListener('popstate', queue);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready, { once: true });
// The Navigation API (Chromium) reports the page's own pushState to this world too; elsewhere the DOM changes do.
(globalThis as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', queue);
startBridge(queue);

// The options and the handles the viewer hid (extension/background/viewer-say.ts), in one read (issue 15: each
// storage call at document_start is a round trip on the page's main thread); then their changes, in one listener.
ext.storage.local
  .get([OPTIONS_KEY, VIEWER_SAY_KEY])
  .then((got) => {
    if (got[VIEWER_SAY_KEY]) setHidden(hiddenOf(got[VIEWER_SAY_KEY]));
    const showClear = showClearOf(got[OPTIONS_KEY]);
    const display = badgeDisplayOf(got[OPTIONS_KEY]);
    const unchecked = showUncheckedOf(got[OPTIONS_KEY]);
    setShowClear(showClear);
    setBadgeDisplay(display);
    setShowUnchecked(unchecked);
    // Badges drawn so far assumed the defaults: only other options call for a second look at the page.
    if (showClear || unchecked || display !== 'all') scanAll();
  })
  .catch(() => undefined);
ext.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  // A hide in another tab hides here too.
  if (VIEWER_SAY_KEY in changes) setHidden(hiddenOf(changes[VIEWER_SAY_KEY]?.newValue));
  if (!(OPTIONS_KEY in changes)) return;
  setShowClear(showClearOf(changes[OPTIONS_KEY]?.newValue));
  setBadgeDisplay(badgeDisplayOf(changes[OPTIONS_KEY]?.newValue));
  setShowUnchecked(showUncheckedOf(changes[OPTIONS_KEY]?.newValue));
  scanAll();
});

// An account's shown verdict changed (extension/protocol.ts `background/label-changed`): a moderator labelled it in the
// dashboard, or the background re-assessed its cached verdict after the rules, a list or an option changed
// (extension/background/alarms.ts `broadcastVerdicts`). Feed badges take the new assessment; the profile's session
// starts over, and the background answers with the current rules and the label applied.
ext.runtime.onMessage.addListener((m: unknown) => {
  if (!isLabelChanged(m)) return;
  const msg = m;
  if (msg.assessment) learnt(msg.assessment);
  if (session && session.handle === msg.handle) {
    session.end();
    session = new ProfileSession(msg.handle, learnt);
    queue();
  }
});

/** Sent by this extension's background only (a page cannot message a content script), checked for shape all the same. */
function isLabelChanged(m: unknown): m is MessageOf<BackgroundToTabs, 'background/label-changed'> {
  return (
    typeof m === 'object' &&
    m !== null &&
    (m as { type?: unknown }).type === 'background/label-changed' &&
    typeof (m as { handle?: unknown }).handle === 'string'
  );
}

flush(); // the profile session starts (and asks for the cached verdict) before the page has parsed
if (document.readyState !== 'loading') ready(); // injected late (an extension update): the page is already there
