import { describe, expect, it } from 'vitest';
import { readItemList, readSigi, readUniversal, readUserDetail } from '../../src/tiktok/embedded';
import { DAY_S } from '../../src/time';

const AT = Date.UTC(2026, 10, 28);
const created = Math.floor(AT / 1000) - 30 * DAY_S;
const userId = ((BigInt(created) << 32n) | 77n).toString();

function universal(user: object, stats: object, statsV2?: object, statusCode = 0) {
  return {
    __DEFAULT_SCOPE__: {
      'webapp.app-context': { region: 'US' },
      'webapp.user-detail': { statusCode, userInfo: { user, stats, statsV2, itemList: [] } },
    },
  };
}

describe('universal era', () => {
  it('prefers exact statsV2 strings over rounded stats and reads the id snowflake as the creation time', () => {
    const obs = readUniversal(
      universal(
        { id: userId, uniqueId: 'Someone', nickname: 'S' },
        { followerCount: 201000, followingCount: 0, heartCount: -1, videoCount: 20 },
        { followerCount: '201344', followingCount: '0', heartCount: '3412000', videoCount: '20' },
      ),
      'someone',
      AT,
    );
    expect(obs?.stats).toEqual({ followers: 201344, following: 0, likes: 3412000, videos: 20 });
    expect(obs?.exactCounts).toBe(true);
    expect(obs?.user?.createTime).toBe(created);
    expect(obs?.status).toBe('ok');
  });

  it('drops an overflowed negative heartCount rather than storing it', () => {
    const obs = readUniversal(universal({ uniqueId: 'a' }, { followerCount: 5, heartCount: -2147483000 }), 'a', AT);
    expect(obs?.stats?.likes).toBeUndefined();
    expect(obs?.stats?.followers).toBe(5);
  });

  it('refuses JSON that describes another account than the URL (after in-app navigation)', () => {
    expect(readUniversal(universal({ uniqueId: 'first.account' }, {}), 'second.account', AT)).toBeUndefined();
  });

  it.each([
    [10202, 'missing'],
    [10221, 'banned'],
  ])('status %d without a user is %s', (code, status) => {
    const data = { __DEFAULT_SCOPE__: { 'webapp.user-detail': { statusCode: code, userInfo: {} } } };
    expect(readUniversal(data, 'x', AT)?.status).toBe(status);
  });

  it('a private account keeps its user and counts', () => {
    const obs = readUniversal(
      universal({ uniqueId: 'q', privateAccount: true }, { followerCount: 140 }, {}, 10222),
      'q',
      AT,
    );
    expect(obs?.status).toBe('private');
    expect(obs?.stats?.followers).toBe(140);
  });

  it.each([true, 'China state-controlled media', { labelType: 1, text: 'Russia state-controlled media' }])(
    'keeps the label in any truthy shape: %j',
    (label) => {
      const obs = readUniversal(universal({ uniqueId: 'l', stateControlledMedia: label }, {}), 'l', AT);
      expect(obs?.user?.stateControlledMedia).toEqual(label);
    },
  );

  it.each([false, null, '', {}])('an empty label value is no label: %j', (label) => {
    const obs = readUniversal(universal({ uniqueId: 'l', stateControlledMedia: label }, {}), 'l', AT);
    expect(obs?.user?.stateControlledMedia).toBeUndefined();
  });

  it('finds the user by shape when the scope is renamed', () => {
    const data = {
      __DEFAULT_SCOPE__: {
        'webapp.user-detail-v2': { statusCode: 0, userInfo: { user: { uniqueId: 'r' }, stats: { followerCount: 3 } } },
      },
    };
    expect(readUniversal(data, 'r', AT)?.stats?.followers).toBe(3);
  });

  it('never throws on junk', () => {
    for (const junk of [
      null,
      42,
      'x',
      [],
      { __DEFAULT_SCOPE__: 5 },
      { __DEFAULT_SCOPE__: { 'webapp.user-detail': [] } },
    ]) {
      expect(() => readUniversal(junk, 'a', AT)).not.toThrow();
    }
  });
});

describe('SIGI era', () => {
  it('reads users, stats and posts keyed by handle, case-insensitively', () => {
    const vid = ((BigInt(created + DAY_S) << 32n) | 5n).toString();
    const data = {
      UserModule: {
        users: { Clips: { uniqueId: 'Clips', stateControlledMedia: 'Russia state-controlled media' } },
        stats: { Clips: { followerCount: 330000 } },
      },
      ItemModule: { [vid]: { id: vid, author: 'Clips', desc: 'x #news #fyp', stats: { playCount: 9000 } } },
      ItemList: { 'user-post': { list: [vid] } },
      UserPage: { statusCode: 0 },
    };
    const obs = readSigi(data, 'clips', AT);
    expect(obs?.user?.stateControlledMedia).toBe('Russia state-controlled media');
    expect(obs?.posts).toHaveLength(1);
    expect(obs?.posts[0]).toMatchObject({ views: 9000, createTime: created + DAY_S, hashtags: ['news', 'fyp'] });
  });
});

describe('API answers', () => {
  it('user detail of another account is refused', () => {
    expect(readUserDetail({ userInfo: { user: { uniqueId: 'b' } }, statusCode: 0 }, 'a', AT)).toBeUndefined();
  });

  it('item_list keeps only the handle’s own posts, without pinned/ad flags lost', () => {
    const mk = (n: number, author: string, extra = {}) => ({
      id: ((BigInt(created + n) << 32n) | 1n).toString(),
      createTime: created + n,
      author: { uniqueId: author },
      stats: { playCount: n },
      statsV2: { playCount: String(n + 1) },
      ...extra,
    });
    const obs = readItemList(
      { itemList: [mk(10, 'a', { isPinnedItem: true }), mk(20, 'a'), mk(30, 'other')] },
      'a',
      AT,
    );
    expect(obs?.posts.map((p) => p.views)).toEqual([21, 11]);
    expect(obs?.posts[1]?.pinned).toBe(true);
  });
});
