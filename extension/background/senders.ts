/**
 * Who may talk to the background. Content scripts run beside TikTok's page, so they may only record and look up;
 * reading or rewriting the whole cache (export, import, labels, lists) is for the extension's own pages.
 * `ownBase` is `runtime.getURL('')`.
 */

/** The parts of `runtime.MessageSender` the check needs. */
export interface SenderLike {
  id?: string;
  url?: string;
}

/**
 * Messages are taken only from this extension's own contexts: its id, and a sender URL (when the browser gives one)
 * that is one of its own pages or a content script's page on www.tiktok.com. `ownBase` is `runtime.getURL('')`.
 */
export function senderAllowed(sender: SenderLike, ownId: string, ownBase: string): boolean {
  if (!ownId || sender.id !== ownId) return false;
  if (sender.url === undefined) return true;
  try {
    const u = new URL(sender.url);
    const own = new URL(ownBase);
    // Compared by scheme and host: `origin` is "null" for chrome-extension: and moz-extension: URLs outside browsers.
    if (u.protocol === own.protocol && u.host === own.host) return true;
    // Any port: the manifest's match pattern allows any, and the Firefox e2e serves TikTok's host on its own port.
    return u.protocol === 'https:' && u.hostname === 'www.tiktok.com';
  } catch {
    return false;
  }
}

/** One of this extension's own pages (same scheme and host as `ownBase`), never a content script. */
export function fromExtensionPage(sender: SenderLike, ownId: string, ownBase: string): boolean {
  if (!ownId || sender.id !== ownId || !sender.url) return false;
  try {
    const u = new URL(sender.url);
    const own = new URL(ownBase);
    return u.protocol === own.protocol && u.host === own.host;
  } catch {
    return false;
  }
}
