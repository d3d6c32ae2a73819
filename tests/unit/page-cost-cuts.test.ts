/**
 * Issue 15, this session's cuts that must not change a result: the content script reads the URL's handle from
 * `location.pathname` (extension/content/location-handle.ts) instead of parsing the URL again, and the background
 * does not parse a tab's unchanged profile HTML twice (extension/background/page-snapshot.ts `TabSnapshots.parser`).
 */
import { describe, expect, it } from 'vitest';
import { readPage, TabSnapshots } from '../../extension/background/page-snapshot';
import { handleFromPath } from '../../extension/content/location-handle';
import { handleFromProfileUrl } from '../../src/tiktok/observation';

describe('handleFromPath', () => {
  const paths = [
    '/@cello.cam',
    '/@Cello.Cam/',
    '/@caf%C3%A9',
    '/@bad%E0%A4',
    '/@a/video/1',
    '/@',
    '/',
    '/foryou',
    '/@user.name_1',
    '/@@double',
    '/@x//',
  ];
  it.each(paths)('reads %s as handleFromProfileUrl reads the URL', (path) => {
    expect(handleFromPath(path)).toBe(handleFromProfileUrl(`https://www.tiktok.com${path}?lang=en#top`));
  });
  it('names the account of a profile path, normalised, and nothing for other pages', () => {
    expect(handleFromPath('/@Cello.Cam/')).toBe('cello.cam');
    expect(handleFromPath('/@a/video/1')).toBeUndefined();
  });
});

describe('TabSnapshots.parser', () => {
  const HTML = '<div id="main-content-others_homepage"><h1 data-e2e="user-title">cello.cam</h1></div>';

  it('parses a tab’s unchanged HTML once, and a changed one again', () => {
    const tabs = new TabSnapshots();
    const parse = tabs.parser(1);
    const first = parse(HTML);
    expect(first).toBeDefined();
    expect(parse(HTML)).toBe(first);
    // Another tab, or other HTML, gets its own parse.
    expect(tabs.parser(2)(HTML)).not.toBe(first);
    const other = parse(`${HTML}<p></p>`);
    expect(other).not.toBe(first);
    expect(parse(HTML)).not.toBe(first);
  });

  it('forgets a closed tab’s parse', () => {
    const tabs = new TabSnapshots();
    const first = tabs.parser(1)(HTML);
    tabs.forget(1);
    expect(tabs.parser(1)(HTML)).not.toBe(first);
  });

  it('reads a delta of API answers alone the same as the full message read afresh', () => {
    const tabs = new TabSnapshots();
    const base = { handle: 'cello.cam', documentHandle: 'cello.cam', observedAt: 1_800_000_000_000, html: HTML };
    const answers = [
      {
        kind: 'user-detail' as const,
        url: 'https://www.tiktok.com/api/user/detail/?uniqueId=cello.cam',
        body: JSON.stringify({
          userInfo: { user: { uniqueId: 'cello.cam', signature: 'Cellist' }, stats: { followerCount: 12 } },
        }),
      },
    ];
    readPage(base, base.observedAt, { tabs, tabId: 1 });
    const { html: _, ...rest } = base;
    const delta = readPage({ ...rest, delta: true, answers }, base.observedAt, { tabs, tabId: 1 });
    const fresh = readPage({ ...base, answers }, base.observedAt);
    expect('obs' in delta && delta.obs).toEqual('obs' in fresh && fresh.obs);
    expect('obs' in fresh && fresh.obs?.stats?.followers).toBe(12);
  });
});
