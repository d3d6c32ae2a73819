/**
 * A second floor (issue 15): the least any extension must do to badge a profile the way ours does, with nothing of
 * ours in it. Its isolated script asks its worker about the URL's handle at document_start, and at DOMContentLoaded
 * finds the handle heading, sends the profile container's HTML and the embedded JSON's text, and draws a pill in a
 * closed shadow root beside the heading; its worker answers every message at once with a fixed verdict (no reading,
 * no assessing, no database). The MAIN-world script is empty, like the empty extension's. Between "empty" and this,
 * the cost of the round trips and of one badge; between this and ours, the cost of our code.
 */
import { writeBenchExtension } from './empty-extension';

const WORKER = `chrome.runtime.onMessage.addListener((m, s, reply) => { reply({ verdict: 'suspected' }); });\n`;

const ISOLATED = `(() => {
  const handle = decodeURIComponent(location.pathname.replace(/^\\/@/, '').replace(/\\/.*$/, '')).toLowerCase();
  if (!location.pathname.startsWith('/@')) return;
  chrome.runtime.sendMessage({ type: 'lookup', handles: [handle] }).catch(() => undefined);
  const CSS = ':host{all:initial;display:inline-block;vertical-align:middle;margin-inline-start:8px;' +
    'font:600 13px/1.3 system-ui,sans-serif}.pill{display:inline-flex;gap:4px;align-items:center;' +
    'border:1px solid #d97706;border-radius:999px;padding:2px 10px;background:#fff4e0;color:#7a3e00;font:inherit}';
  const ready = () => {
    let heading;
    for (const el of document.querySelectorAll('[data-e2e="user-title"], [data-e2e="user-subtitle"]'))
      if ((el.textContent || '').trim().replace(/^@/, '').toLowerCase() === handle) { heading = el; break; }
    if (!heading) return;
    const html = (document.querySelector('#main-content-others_homepage') || document.body).outerHTML;
    const scripts = [...document.querySelectorAll('script[type="application/json"]')].map((s) => s.textContent);
    chrome.runtime.sendMessage({ type: 'page', handle, html, scripts }).then((r) => {
      const host = document.createElement('provenance-badge');
      host.setAttribute('handle', handle);
      host.setAttribute('verdict', r.verdict);
      host.setAttribute('score', '50');
      const root = host.attachShadow({ mode: 'closed' });
      root.innerHTML = '<style>' + CSS + '</style><button class="pill" type="button"><span></span></button>';
      root.querySelector('span').textContent = 'Possible state link';
      heading.after(host);
    }).catch(() => undefined);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready, { once: true });
  else ready();
})();
`;

/** Writes the minimal extension into a fresh temporary folder and returns the folder. */
export function writeMinimalExtension(): string {
  return writeBenchExtension('Minimal badge (bench floor)', { worker: WORKER, main: '// empty\n', isolated: ISOLATED });
}
