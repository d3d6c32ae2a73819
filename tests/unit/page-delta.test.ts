// @vitest-environment happy-dom
/**
 * Issue 15: a profile page's later messages carry only what changed. The content script sends the profile's HTML and
 * JSON once; an API answer that arrives afterwards goes alone (`delta`), and the background reads it together with
 * the tab's earlier message (extension/background/page-snapshot.ts `TabSnapshots`). A background with nothing to
 * continue (a restarted worker) refuses the delta, and the content script sends everything again.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readPage, TabSnapshots } from '../../extension/background/page-snapshot';
import type { ProfileSession } from '../../extension/content/profile-session';
import { PAGE_RESEND, type PageSnapshotPayload } from '../../extension/protocol';
import { profiles, renderItemList, renderUserDetail } from '../fixtures/render';

const NOW = 1_800_000_000_000;
const acct = profiles.find((p) => p.user.uniqueId === 'cello.cam')!;
const HANDLE = 'cello.cam';
const sent: { type: string; snapshot?: PageSnapshotPayload }[] = [];
/** The background's answer to each `content/page`: a reply, or a refusal with this message. */
let refuse: string | undefined;

let Session: typeof ProfileSession;

beforeAll(async () => {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(`https://www.tiktok.com/@${HANDLE}`);
  (globalThis as { chrome?: unknown }).chrome = {
    runtime: {
      sendMessage: vi.fn(async (m: (typeof sent)[number]) => {
        sent.push(m);
        if (m.type === 'content/page' && refuse) {
          const message = refuse;
          refuse = undefined;
          // How the background's polyfill answers a rejected promise (extension/content/ext.ts).
          return { __mozWebExtensionPolyfillReject__: true, message };
        }
        return m.type === 'content/lookup' ? { accounts: [] } : {};
      }),
      getURL: (p: string) => `chrome-extension://x/${p}`,
    },
    storage: { local: { get: async () => ({}) }, onChanged: { addListener: () => undefined } },
    i18n: { getMessage: () => '', getUILanguage: () => 'en' },
  };
  ({ ProfileSession: Session } = await import('../../extension/content/profile-session'));
  const { startBridge } = await import('../../extension/content/page-bridge');
  startBridge(() => undefined);
});

afterEach(() => {
  document.body.innerHTML = '';
  sent.length = 0;
  refuse = undefined;
});

const settle = () => new Promise((r) => setTimeout(r, 0));
const pages = () => sent.flatMap((m) => (m.type === 'content/page' && m.snapshot ? [m.snapshot] : []));

/** The page's own answer, as the MAIN-world tap posts it. */
function answer(kind: 'user-detail' | 'item-list'): void {
  const body = JSON.stringify(kind === 'user-detail' ? renderUserDetail(acct, NOW) : renderItemList(acct, NOW));
  const path = kind === 'user-detail' ? `/api/user/detail/?uniqueId=${HANDLE}` : '/api/post/item_list/?count=35';
  const data = { type: 'provenance-lens/api', kind, url: `${location.origin}${path}`, body };
  window.dispatchEvent(new MessageEvent('message', { data, origin: location.origin, source: window }));
}

/** The document's embedded JSON: sent with the first message only. */
const BLOB = JSON.stringify({ __DEFAULT_SCOPE__: { 'webapp.app-context': { language: 'en' } } });

function renderHeader(): void {
  document.body.innerHTML =
    `<div id="main-content-others_homepage"><h1 data-e2e="user-title">${HANDLE}</h1>` +
    '<strong data-e2e="followers-count">12K</strong></div>' +
    `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">${BLOB}</script>`;
}

describe('content script: only what changed goes again', () => {
  it('an answer after the first message goes alone, marked as a delta', async () => {
    renderHeader();
    const s = new Session(HANDLE);
    s.update();
    await settle();
    answer('user-detail');
    s.update();
    await settle();
    const [first, second] = pages();
    expect(pages()).toHaveLength(2);
    expect(first?.html).toContain('user-title');
    expect(first?.delta).toBeUndefined();
    expect(second).toMatchObject({ handle: HANDLE, delta: true });
    expect(second?.html).toBeUndefined();
    expect(second?.scripts).toBeUndefined();
    expect(second?.answers?.map((a) => a.kind)).toEqual(['user-detail']);
    // Nothing new: nothing sent.
    s.update();
    await settle();
    expect(pages()).toHaveLength(2);
    s.end();
  });

  it('a changed page goes as a delta: its new HTML and schema.org blocks, not the JSON again, and only new answers', async () => {
    renderHeader();
    const s = new Session(HANDLE);
    answer('item-list');
    s.update();
    await settle();
    expect(pages()[0]?.scripts).toHaveLength(1);
    // The bridge keeps the page's answers for the document (earlier tests' too): all go with the first message.
    expect(pages()[0]?.answers?.map((a) => a.kind)).toContain('item-list');
    document.querySelector('[data-e2e="followers-count"]')!.textContent = '13K';
    answer('user-detail');
    s.update();
    await settle();
    const last = pages().at(-1);
    expect(pages()).toHaveLength(2);
    expect(last).toMatchObject({ delta: true, wall: false, ldJson: [] });
    expect(last?.html).toContain('13K');
    expect(last?.scripts).toBeUndefined();
    expect(last?.answers?.map((a) => a.kind)).toEqual(['user-detail']);
    s.end();
  });

  it('a page whose first message was not gated (no header yet) goes whole once the header shows', async () => {
    document.body.innerHTML = `<div id="main-content-others_homepage"><p>Loading</p></div>`;
    const s = new Session(HANDLE);
    s.update();
    await settle();
    expect(pages()).toHaveLength(1);
    renderHeader();
    answer('user-detail');
    s.update();
    await settle();
    const last = pages().at(-1);
    expect(pages()).toHaveLength(2);
    expect(last?.delta).toBeUndefined();
    expect(last?.html).toContain('user-title');
    expect(last?.answers?.map((a) => a.kind)).toContain('user-detail');
    s.end();
  });

  it('a refused delta (the worker restarted) is followed by the whole page at once', async () => {
    renderHeader();
    const s = new Session(HANDLE);
    s.update();
    await settle();
    refuse = PAGE_RESEND;
    answer('user-detail');
    s.update();
    await settle();
    await settle();
    const all = pages();
    expect(all.map((p) => !!p.delta)).toEqual([false, true, false]);
    expect(all[2]?.html).toContain('user-title');
    expect(all[2]?.answers?.at(-1)?.kind).toBe('user-detail');
    s.end();
  });
});

describe('background: a delta continues the tab it came from', () => {
  const base = { handle: HANDLE, documentHandle: HANDLE, observedAt: NOW };
  const detail = {
    kind: 'user-detail' as const,
    url: `https://www.tiktok.com/api/user/detail/?uniqueId=${HANDLE}`,
    body: JSON.stringify(renderUserDetail(acct, NOW)),
  };
  const html = `<div id="main-content-others_homepage"><h1 data-e2e="user-title">${HANDLE}</h1></div>`;

  it('with nothing kept for the tab, a delta is refused', () => {
    const tabs = new TabSnapshots();
    expect(readPage({ ...base, delta: true, answers: [detail] }, NOW, { tabs, tabId: 1 })).toEqual({ resend: true });
    // Another tab's message is nothing for this one either.
    readPage({ ...base, html }, NOW, { tabs, tabId: 2 });
    expect(readPage({ ...base, delta: true, answers: [detail] }, NOW, { tabs, tabId: 1 })).toEqual({ resend: true });
  });

  it('a delta about another account than the kept message is refused', () => {
    const tabs = new TabSnapshots();
    readPage({ ...base, html }, NOW, { tabs, tabId: 1 });
    const other = { ...base, handle: 'someone.else', documentHandle: HANDLE, delta: true as const, answers: [detail] };
    expect(readPage(other, NOW, { tabs, tabId: 1 })).toEqual({ resend: true });
  });

  it('a DOM delta replaces the HTML and the wall and keeps the JSON and the answers', () => {
    const tabs = new TabSnapshots();
    const scripts = [{ id: '__UNIVERSAL_DATA_FOR_REHYDRATION__' as const, text: '{}' }];
    readPage({ ...base, html, wall: true, scripts, answers: [detail] }, NOW, { tabs, tabId: 1 });
    const html2 = html.replace('</h1>', '</h1><strong data-e2e="followers-count">13K</strong>');
    const next = readPage({ ...base, delta: true, html: html2, wall: false, ldJson: [] }, NOW, { tabs, tabId: 1 });
    const kept = (tabs as unknown as { byTab: Map<number, Record<string, unknown>> }).byTab.get(1);
    expect(kept).toMatchObject({ html: html2, wall: false, scripts, answers: [detail] });
    // No longer a wall: read from the new HTML, with the kept answer's exact counts.
    expect(next).toMatchObject({ obs: { handle: HANDLE, status: 'ok', exactCounts: true } });
  });

  it('reads the kept HTML with the new answer, and keeps the newest eight answers', () => {
    const tabs = new TabSnapshots();
    const first = readPage({ ...base, html }, NOW, { tabs, tabId: 1 });
    expect('obs' in first && first.obs?.exactCounts).toBeFalsy();
    const next = readPage({ ...base, observedAt: NOW + 5, delta: true, answers: [detail] }, NOW + 5, {
      tabs,
      tabId: 1,
    });
    // The answer's exact counts, on the reading of the page the first message held.
    expect(next).toMatchObject({ obs: { handle: HANDLE, exactCounts: true, observedAt: NOW + 5 } });
    // The same answer again (a retried message) is kept once; nine others leave the newest eight.
    readPage({ ...base, delta: true, answers: [detail] }, NOW, { tabs, tabId: 1 });
    const kept1 = (tabs as unknown as { byTab: Map<number, { answers?: unknown[] }> }).byTab.get(1);
    expect(kept1?.answers).toHaveLength(1);
    for (let i = 0; i < 9; i++) {
      const other = { ...detail, url: `${detail.url}&n=${i}` };
      readPage({ ...base, delta: true, answers: [other] }, NOW, { tabs, tabId: 1 });
    }
    tabs.forget(2);
    expect(tabs.size).toBe(1);
    const kept = (tabs as unknown as { byTab: Map<number, { answers?: unknown[]; html?: string }> }).byTab.get(1);
    expect(kept?.answers).toHaveLength(8);
    expect(kept?.html).toBe(html);
    tabs.forget(1);
    expect(tabs.size).toBe(0);
  });
});
