// @vitest-environment happy-dom
/**
 * The isolated side of the page-world tap takes `window.postMessage` input that the page can forge: only
 * well-formed same-origin answers of the two known API paths get through (as text), and the background's readers
 * (src/tiktok/snapshot.ts) still refuse another account's data and bodies that are not JSON objects. Also the
 * background's lookup request check.
 */
import { describe, expect, it } from 'vitest';
import { validLookup } from '../../extension/background/lookup';
import { acceptApiMessage, answersNow, startBridge } from '../../extension/content/page-bridge';
import { MAX_LOOKUP } from '../../extension/protocol';
import { answersObservations } from '../../src/tiktok/snapshot';
import { profiles, renderItemList, renderUserDetail, secUidFor } from '../fixtures/render';

const NOW = 1_800_000_000_000;
const c = profiles.find((p) => p.user.uniqueId === 'northkoreanlife')!;
const other = profiles.find((p) => p.user.uniqueId === 'cello.cam')!;
const origin = () => location.origin;
const msg = (kind: string, path: string, body: unknown) => ({
  type: 'provenance-lens/api',
  kind,
  url: `${origin()}${path}`,
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

describe('acceptApiMessage', () => {
  const detail = msg('user-detail', '/api/user/detail/?uniqueId=northkoreanlife', renderUserDetail(c, NOW));

  it('takes a well-formed answer', () => {
    expect(acceptApiMessage(detail)?.kind).toBe('user-detail');
    const list = msg('item-list', `/api/post/item_list/?secUid=${secUidFor('x')}`, renderItemList(c, NOW));
    expect(acceptApiMessage(list)).toMatchObject({ kind: 'item-list', url: list.url, body: list.body });
  });

  it('refuses forged or malformed ones', () => {
    const bad: unknown[] = [
      null,
      'text',
      { ...detail, type: 'other' },
      { ...detail, kind: 'settings' },
      { ...detail, url: 'https://evil.example/api/user/detail/' },
      { ...detail, url: `${origin()}/api/user/detail/../../x` },
      { ...detail, url: `${origin()}/api/post/item_list/` }, // a path that is not its kind's
      { ...detail, url: 'not a url' },
      { ...detail, body: '' },
      { ...detail, body: { userInfo: {} } }, // an object, not the text the tap sends
      { ...detail, body: `"${'x'.repeat(4_000_001)}"` },
    ];
    for (const m of bad) expect(acceptApiMessage(m), JSON.stringify(m)?.slice(0, 120)).toBeUndefined();
  });

  it('the check itself can fail: a good message is not refused', () => {
    expect(() => expect(acceptApiMessage(detail)).toBeUndefined()).toThrow();
  });
});

/** The kept answers, read by the background's readers as a snapshot would bring them. */
const apiObservations = (handle: string, secUid: string | undefined, now: number) =>
  answersObservations(answersNow(), handle, secUid, now);

describe('answers kept by the bridge, read by the background', () => {
  it('reads the handle’s own answers only, and a posts list only for its secUid', async () => {
    startBridge(() => undefined);
    const post = (m: unknown) =>
      window.dispatchEvent(new MessageEvent('message', { data: m, origin: origin(), source: window }));
    post(msg('user-detail', '/api/user/detail/?uniqueId=cello.cam', renderUserDetail(other, NOW)));
    post(msg('item-list', `/api/post/item_list/?secUid=${secUidFor('cello.cam')}`, renderItemList(other, NOW)));
    expect(apiObservations('northkoreanlife', undefined, NOW)).toEqual([]);
    post(msg('user-detail', '/api/user/detail/?uniqueId=northkoreanlife', renderUserDetail(c, NOW)));
    post(msg('item-list', `/api/post/item_list/?secUid=${secUidFor('northkoreanlife')}`, renderItemList(c, NOW)));
    const got = apiObservations('northkoreanlife', undefined, NOW);
    expect(got.map((o) => o.source)).toEqual(['api-user', 'api-posts']);
    expect(got[0]?.exactCounts).toBe(true);
    expect(got[1]?.posts.length).toBeGreaterThan(0);
    // Messages from another window (a frame) are not the page's own.
    const before = apiObservations('cello.cam', undefined, NOW).length;
    window.dispatchEvent(
      new MessageEvent('message', {
        data: msg('user-detail', '/api/user/detail/', renderUserDetail(other, NOW)),
        origin: 'https://evil.example',
        source: window,
      }),
    );
    expect(apiObservations('cello.cam', undefined, NOW).length).toBe(before);
  });

  it('a "no such account" answer is about the handle the page asked for, not the next profile', () => {
    const post = (m: unknown) =>
      window.dispatchEvent(new MessageEvent('message', { data: m, origin: origin(), source: window }));
    const missing = { statusCode: 10202, userInfo: {} };
    post(msg('user-detail', '/api/user/detail/?uniqueId=gone.account', missing));
    expect(apiObservations('gone.account', undefined, NOW).map((o) => o.status)).toEqual(['missing']);
    // After in-app navigation to another profile, the kept answer says nothing about it.
    expect(apiObservations('someone.real', undefined, NOW).some((o) => o.status === 'missing')).toBe(false);
    // Without a uniqueId in the request, a status-only answer names nobody: not taken.
    post(msg('user-detail', '/api/user/detail/?x=1', missing));
    expect(apiObservations('another.one', undefined, NOW)).toEqual([]);
  });

  it('a body that is not a JSON object reads as nothing (the content script passes text through unparsed)', () => {
    const url = `${origin()}/api/user/detail/?uniqueId=northkoreanlife`;
    for (const body of ['{not json', '[1,2]', '"text"'])
      expect(answersObservations([{ kind: 'user-detail', url, body }], 'northkoreanlife', undefined, NOW)).toEqual([]);
    // control: the same URL with the real answer is read
    const body = JSON.stringify(renderUserDetail(c, NOW));
    expect(answersObservations([{ kind: 'user-detail', url, body }], 'northkoreanlife', undefined, NOW)).toHaveLength(
      1,
    );
  });
});

describe('validLookup (background)', () => {
  it('lower-cases and deduplicates handles; refuses anything else', () => {
    expect(validLookup(['A.b', 'a.b', 'c_d'])).toEqual(['a.b', 'c_d']);
    for (const bad of [undefined, 'a', [1], [''], ['a b'], ['<x>'], ['x'.repeat(101)], Array(MAX_LOOKUP + 1).fill('a')])
      expect(validLookup(bad), JSON.stringify(bad)?.slice(0, 40)).toBeUndefined();
  });
});
