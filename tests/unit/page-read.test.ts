// @vitest-environment happy-dom
/**
 * Issue 15: the content script sends less of a complete profile page — the heading's branch, the grid as links,
 * views and pinned marks, and only the user-detail scope of the universal blob (extension/content/page-read.ts).
 * The background must read exactly what it read from the whole page: each real capture and each fixture page is read
 * both ways and the observations compared.
 */
import { describe, expect, it } from 'vitest';
import {
  compactGrid,
  completeProfile,
  embeddedTexts,
  ldJsonTexts,
  profileHtml,
  profileRoot,
} from '../../extension/content/page-read';
import { parseHtml } from '../../src/html/lite';
import { findHandleHeading } from '../../src/tiktok/heading';
import { SEL } from '../../src/tiktok/selectors';
import { type PageSnapshot, readSnapshot } from '../../src/tiktok/snapshot';
import { userDetailText } from '../../src/tiktok/universal-slice';
import { profiles } from '../fixtures/render';
import { renderProfileHtml } from '../fixtures/render-html';
import { captureText, HAVE_CAPTURES, truth } from './real-captures.helpers';

const NOW = 1_800_000_000_000;

/** What the content script sent before: the profile's root whole, and every embedded text as it is. */
function wholePage(doc: Document, handle: string, observedAt: number): PageSnapshot {
  const html = profileRoot(findHandleHeading(doc, handle), doc)?.outerHTML ?? '';
  return {
    handle,
    documentHandle: handle,
    observedAt,
    html,
    scripts: embeddedTexts(false, doc),
    ldJson: ldJsonTexts(doc),
  };
}

function compactPage(doc: Document, handle: string, observedAt: number): PageSnapshot {
  const heading = findHandleHeading(doc, handle);
  return {
    handle,
    documentHandle: handle,
    observedAt,
    html: profileHtml(heading, doc),
    scripts: embeddedTexts(completeProfile(heading, doc), doc),
    ldJson: ldJsonTexts(doc),
  };
}

const size = (s: PageSnapshot) => (s.html?.length ?? 0) + (s.scripts ?? []).reduce((n, x) => n + x.text.length, 0);
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe.skipIf(!HAVE_CAPTURES)('page-read: the real captures read the same from less', () => {
  const pages = truth.filter((t) => t.file.endsWith('.html'));
  it.each(pages.map((t) => [t.file, t] as const))('%s', (_, t) => {
    const doc = parse(captureText(t.file));
    const at = Date.parse(t.capturedAt);
    const whole = wholePage(doc, t.handle, at);
    const compact = compactPage(doc, t.handle, at);
    const read = readSnapshot(compact, parseHtml);
    expect(read).toBeDefined();
    expect(read).toEqual(readSnapshot(whole, parseHtml));
    expect(size(compact)).toBeLessThanOrEqual(size(whole));
  });

  it('the 2025 rendered capture: a twentieth of the text goes', () => {
    const t = pages.find((p) => p.file.includes('universal-rendered'))!;
    const doc = parse(captureText(t.file));
    const whole = wholePage(doc, t.handle, 0);
    const compact = compactPage(doc, t.handle, 0);
    expect(size(compact)).toBeLessThan(size(whole) / 20);
  });
});

describe('page-read: the fixture pages read the same from less', () => {
  it.each(profiles.map((c) => [c.user.uniqueId, c] as const))('@%s', (handle, c) => {
    const doc = parse(renderProfileHtml(c, { now: NOW }));
    const whole = wholePage(doc, handle.toLowerCase(), NOW);
    const compact = compactPage(doc, handle.toLowerCase(), NOW);
    expect(readSnapshot(compact, parseHtml)).toEqual(readSnapshot(whole, parseHtml));
  });
});

describe('page-read: the grid as links, views and pinned marks', () => {
  it('keeps what the reader reads and escapes the page text', () => {
    const doc = parse(
      '<div data-e2e="user-post-item-list">' +
        '<div data-e2e="user-post-item"><a href="/@a/video/7300000000000000001?x=&quot;1"><img src="x"></a>' +
        '<strong data-e2e="video-views">1.2M<img src=x onerror=alert(1)></strong><div data-e2e="video-card-badge">Pinned</div></div>' +
        '<div data-e2e="user-post-item"><span>no link</span></div>' +
        '</div>',
    );
    const html = compactGrid(doc.querySelector(SEL.postList)!);
    expect(html).toBe(
      '<div data-e2e="user-post-item-list"><div data-e2e="user-post-item">' +
        '<a href="/@a/video/7300000000000000001?x=&quot;1"></a><b data-e2e="video-views">1.2M</b>' +
        '<i data-e2e="video-card-badge"></i></div></div>',
    );
  });

  it('a page without a grid (a status page, a private account) goes whole', () => {
    const doc = parse(
      '<div id="main-content-others_homepage"><h2 data-e2e="user-subtitle">x</h2><p>This account is private</p></div>',
    );
    const heading = findHandleHeading(doc, 'x');
    expect(profileHtml(heading, doc)).toBe(doc.querySelector('#main-content-others_homepage')!.outerHTML);
    expect(embeddedTexts(false, doc)).toEqual([]);
  });
});

describe('userDetailText: the user-detail scope cut out of the blob', () => {
  const detail = { userInfo: { user: { uniqueId: 'a', signature: 'braces } { and "quotes" \\ here' } }, statusCode: 0 };
  const blob = JSON.stringify({
    __DEFAULT_SCOPE__: {
      'webapp.app-context': { x: '"webapp.user-detail":{"fake":1}' },
      'webapp.i18n-translation': { a: '}}}' },
      'webapp.user-detail': detail,
      'webapp.a-b': {},
    },
  });

  it('takes the scope itself, braces and quotes in strings and all', () => {
    expect(JSON.parse(userDetailText(blob)!)).toEqual({ __DEFAULT_SCOPE__: { 'webapp.user-detail': detail } });
  });

  it('gives nothing when the scope is missing, not an object or cut short', () => {
    expect(userDetailText(JSON.stringify({ __DEFAULT_SCOPE__: { 'webapp.app-context': {} } }))).toBeUndefined();
    expect(userDetailText('{"__DEFAULT_SCOPE__":{"webapp.user-detail":null}}')).toBeUndefined();
    expect(userDetailText('{"__DEFAULT_SCOPE__":{"webapp.user-detail":{"a":"}')).toBeUndefined();
    expect(userDetailText('{"__DEFAULT_SCOPE__":{"webapp.user-detail":{"a":{}')).toBeUndefined();
  });

  it('the content script keeps the whole blob when it cannot be cut, or the page is not a complete profile', () => {
    const doc = parse(
      `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">${blob.replace('"webapp.user-detail"', '"webapp.user-detail-2"')}</script>`,
    );
    expect(embeddedTexts(true, doc)[0]!.text).toContain('webapp.i18n-translation');
    const ok = parse(`<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">${blob}</script>`);
    expect(embeddedTexts(false, ok)[0]!.text).toContain('webapp.i18n-translation');
    expect(embeddedTexts(true, ok)[0]!.text).not.toContain('webapp.i18n-translation');
  });
});
