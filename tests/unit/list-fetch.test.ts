/**
 * Subscribed lists are written by strangers (SECURITY.md, "Malicious list URLs"): fetched only from public https
 * URLs, without cookies, never following a redirect, and read no further than 5 MB. The State Media Monitor data set
 * is offered, off until subscribed, fetched from its one URL, refreshed daily, used offline from the stored copy,
 * and the same when imported from a file. No network: the fetcher is a fake serving a string or a file.
 */

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DAY_MS, HOUR_MS } from '../../src/time';

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: { get: async () => ({}), set: async () => undefined },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
  },
}));

const { checkUrl, FETCH_INIT, importListFile, listInfos, OFFERED_LISTS, readLimited, refreshLists, subscribe } =
  await import('../../extension/background/lists');
const { assessExtras } = await import('../../extension/background/settings');
const { answer: answerUi } = await import('../../extension/background/router');
const { LIST_FORMAT } = await import('../../src/lists/format');
const { fetchList, privateAddress } = await import('../../src/lists/fetch');
const { SMM_NAME, SMM_URL } = await import('../../src/lists/smm-csv');
const { assess } = await import('../../src/verdict');
const { freshDb, NOW } = await import('./db-helpers');

const LIST = JSON.stringify({
  format: LIST_FORMAT,
  version: 1,
  name: 'Team list',
  entries: [{ handle: 'listed.one', source: 'https://e.org/report' }],
});

/** A body of `chunks` chunks of `size` bytes (spaces: valid JSON padding), counting how many were pulled. */
function stream(chunks: number, size: number, head = '') {
  const pulled = { n: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      if (pulled.n === 0 && head) c.enqueue(new TextEncoder().encode(head));
      if (pulled.n >= chunks) return c.close();
      pulled.n++;
      c.enqueue(new Uint8Array(size).fill(0x20));
    },
    cancel() {
      pulled.cancelled = true;
    },
  });
  return { body, pulled };
}

const MB = 1_000_000;

describe('list URL check', () => {
  it('accepts public https URLs', () => {
    for (const ok of [
      'https://raw.githubusercontent.com/org/repo/main/list.json',
      'https://gist.githubusercontent.com/u/abc/raw/list.json',
      'https://lists.example.org:8443/l.json',
      'https://8.8.8.8/list.json',
      'https://[2001:4860:4860::8888]/list.json',
      'https://localhost.example.com/list.json',
    ])
      expect(checkUrl(ok)).toBe(new URL(ok).href);
  });

  it('refuses anything but https', () => {
    for (const bad of ['http://e.org/l.json', 'ftp://e.org/l.json', 'file:///etc/passwd', 'data:,{}', 'javascript:1'])
      expect(() => checkUrl(bad), bad).toThrow(/https/);
    expect(() => checkUrl('not a url')).toThrow();
  });

  it('refuses local names, private, loopback and link-local addresses in every spelling', () => {
    for (const bad of [
      'https://localhost/l.json',
      'https://LOCALHOST./l.json',
      'https://api.localhost/l.json',
      'https://printer.local/l.json',
      'https://wiki.corp.internal/l.json',
      'https://127.0.0.1/l.json',
      'https://127.1/l.json', // the URL parser makes it 127.0.0.1
      'https://2130706433/l.json', // 127.0.0.1 as one number
      'https://0x7f.0.0.1/l.json',
      'https://0.0.0.0/l.json',
      'https://10.1.2.3/l.json',
      'https://172.16.0.1/l.json',
      'https://172.31.255.255/l.json',
      'https://192.168.1.1/l.json',
      'https://169.254.169.254/latest/meta-data', // cloud metadata, link-local
      'https://100.64.0.1/l.json',
      'https://[::1]/l.json',
      'https://[::]/l.json',
      'https://[fe80::1]/l.json',
      'https://[fd00::1]/l.json',
      'https://[fc00::abcd]/l.json',
      'https://[::ffff:127.0.0.1]/l.json',
      'https://[::ffff:192.168.0.1]/l.json',
      'https://[64:ff9b::a00:1]/l.json',
      'https://[2002:c0a8:101::1]/l.json',
      // Local-only names (issue 17, finding 8; RFC 6761, 6762, 8375, the IANA special-use names, router defaults).
      'https://router.lan/l.json',
      'https://fritz.box/l.json',
      'https://nas.home.arpa/l.json',
      'https://nas.home/l.json',
      'https://files.corp/l.json',
      'https://wiki.intranet/l.json',
      'https://lists.private/l.json',
      'https://host.localdomain/l.json',
      'https://list.test/l.json',
      'https://abc.onion/l.json',
      'https://speedport.ip/l.json',
      'https://intranet/l.json', // one label: resolved on the local network only
    ])
      expect(() => checkUrl(bad), bad).toThrow(/public host/);
    expect(() => checkUrl('https://user:pw@e.org/l.json')).toThrow(/password/);
  });
});

describe('list fetching', () => {
  it('asks for no cookies and no redirects', async () => {
    const { db } = freshDb();
    const seen: RequestInit[] = [];
    await subscribe(db, 'https://e.org/list.json', NOW, async (_url, init) => {
      seen.push(init);
      return new Response(LIST);
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject(FETCH_INIT);
    expect(FETCH_INIT).toMatchObject({ credentials: 'omit', redirect: 'error' });
  });

  it('a redirect is refused, whether the fetch throws on it or lands elsewhere', async () => {
    const { db } = freshDb();
    // What `redirect: 'error'` does in a browser.
    await expect(
      subscribe(db, 'https://e.org/list.json', NOW, async () => Promise.reject(new TypeError('Failed to fetch'))),
    ).rejects.toThrow(/redirect/);
    const landed = (url: string, redirected: boolean) => async () => {
      const res = new Response(LIST);
      Object.defineProperty(res, 'url', { value: url });
      Object.defineProperty(res, 'redirected', { value: redirected });
      return res;
    };
    await expect(
      subscribe(db, 'https://e.org/list.json', NOW, landed('https://evil.example/l.json', true)),
    ).rejects.toThrow(/redirected/);
    await expect(
      subscribe(db, 'https://e.org/list.json', NOW, landed('https://e.org/other.json', true)),
    ).rejects.toThrow(/redirected/);
    expect(await db.subscriptions.count()).toBe(0);
    // A URL refused by the check is never fetched.
    let calls = 0;
    await expect(
      subscribe(db, 'https://192.168.0.1/l.json', NOW, async () => {
        calls++;
        return new Response(LIST);
      }),
    ).rejects.toThrow(/public host/);
    expect(calls).toBe(0);
  });

  it('a declared Content-Length over 5 MB is refused without reading the body', async () => {
    const { body, pulled } = stream(10, MB);
    const res = new Response(body, { headers: { 'content-length': String(10 * MB) } });
    await expect(readLimited(res)).rejects.toThrow(/larger than 5 MB/);
    expect(pulled.n).toBeLessThanOrEqual(1);
  });

  it('a body without (or lying about) its length stops being read just past 5 MB', async () => {
    const endless = stream(1_000, MB);
    await expect(readLimited(new Response(endless.body))).rejects.toThrow(/larger than 5 MB/);
    expect(endless.pulled.n).toBeLessThanOrEqual(7);
    expect(endless.pulled.cancelled).toBe(true);
    const liar = stream(8, MB);
    await expect(readLimited(new Response(liar.body, { headers: { 'content-length': '100' } }))).rejects.toThrow(
      /larger than 5 MB/,
    );
  });

  it('a list just under 5 MB is read whole, multi-byte text intact', async () => {
    const { body } = stream(4, MB, `${LIST.slice(0, -1)},"note":"é 中"}`);
    const text = await readLimited(new Response(body));
    expect(JSON.parse(text)).toMatchObject({ name: 'Team list', note: 'é 中' });
    const { db } = freshDb();
    const big = stream(4, MB, LIST);
    const info = await subscribe(db, 'https://e.org/list.json', NOW, async () => new Response(big.body));
    expect(info).toMatchObject({ name: 'Team list', entries: 1 });
  });
});

describe('list fetching gives up on slow servers (issue 17, finding 8)', () => {
  const limits = { totalMs: 400, stallMs: 100 };
  /** A body that sends `head`, then a byte every `everyMs` forever, or nothing more at all. */
  function trickle(everyMs: number | undefined, head = '{') {
    let timer: ReturnType<typeof setInterval> | undefined;
    const pulled = { cancelled: false };
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode(head));
        if (everyMs !== undefined) timer = setInterval(() => c.enqueue(new Uint8Array([0x20])), everyMs);
      },
      cancel() {
        pulled.cancelled = true;
        clearInterval(timer);
      },
    });
    return { body, pulled, stop: () => clearInterval(timer) };
  }

  it('a server that stops sending is given up after the stall time, and the body cancelled', async () => {
    const { body, pulled } = trickle(undefined);
    await expect(fetchList('https://e.org/l.json', async () => new Response(body), limits)).rejects.toThrow(
      /sent nothing for/,
    );
    expect(pulled.cancelled).toBe(true);
  });

  it('a server trickling a byte at a time is given up after the total time', async () => {
    const { body, pulled, stop } = trickle(10);
    await expect(fetchList('https://e.org/l.json', async () => new Response(body), limits)).rejects.toThrow(
      /longer than/,
    );
    stop();
    expect(pulled.cancelled).toBe(true);
  });

  it('a server that never answers is given up after the total time, and the request aborted', async () => {
    let signal: AbortSignal | undefined;
    const never = (_url: string, init: RequestInit) => {
      signal = init.signal ?? undefined;
      return new Promise<Response>(() => undefined);
    };
    await expect(fetchList('https://e.org/l.json', never, limits)).rejects.toThrow(/longer than/);
    expect(signal?.aborted).toBe(true);
  });

  it('refreshes fetch several lists at once: a slow one does not hold up the others', async () => {
    const { db } = freshDb();
    const urls = ['https://a.org/l.json', 'https://b.org/l.json', 'https://c.org/l.json'];
    for (const url of urls) await db.subscriptions.put({ url, enabled: true, addedAt: NOW, entries: [] });
    const started: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const refreshing = refreshLists(db, NOW + 2 * DAY_MS, DAY_MS, async (url) => {
      started.push(url);
      // The first list's server is slow; the others answer once every fetch has started.
      if (started.length === urls.length) release();
      await gate;
      return new Response(LIST);
    });
    await refreshing;
    expect(started.sort()).toEqual(urls);
    expect((await db.subscriptions.toArray()).every((s) => s.fetchedAt === NOW + 2 * DAY_MS)).toBe(true);
  });
});

describe('private addresses as a resolver writes them (the CLI checks what a list host resolves to)', () => {
  it('tells public from private, v4 and v6, dotted or hex', () => {
    for (const ip of ['8.8.8.8', '2001:4860:4860::8888', '[2606:4700::1111]', '185.199.108.133'])
      expect(privateAddress(ip), ip).toBe(false);
    for (const ip of ['127.0.0.1', '10.0.0.8', '192.168.1.1', '::1', '::ffff:127.0.0.1', 'fe80::1', 'fd00::2', 'x', ''])
      expect(privateAddress(ip), ip).toBe(true);
  });
});

/** The data set's shape: two SC outlets (one on TikTok), one CaPr, one ISF. */
const SMM = [
  'Region,Country,Media company,Main assets,URL,Typology,Status,Tiktok Link',
  'Europe,Russia,RT,RT International,https://www.rt.com/,SC,,https://www.tiktok.com/@russian_rt',
  'Asia,Cambodia,Fresh News,Fresh News,http://www.freshnewsasia.com/,CaPr,,',
  'Oceania,Australia,Australian Broadcasting Corporation,ABC,https://www.abc.net.au/,ISF,,https://www.tiktok.com/@abc',
  'Europe,Belarus,Belteleradio,Belarus 1,https://www.tvr.by/,SC,,',
].join('\r\n');

const profile = (handle: string, bioLink?: string) => ({
  handle,
  status: 'ok' as const,
  source: 'universal' as const,
  observedAt: NOW,
  user: { uniqueId: handle, nickname: handle, ...(bioLink ? { bioLink } : {}) },
  stats: { followers: 5000, following: 100, likes: 20_000, videos: 12 },
  posts: [],
});

/** A fetcher that serves `body` for the data set's URL and counts its calls; `fail` makes it act offline. */
function server(body = SMM) {
  const calls: string[] = [];
  const state = { fail: false, body };
  const fetcher = async (url: string) => {
    calls.push(url);
    if (state.fail) throw new TypeError('Failed to fetch');
    return new Response(state.body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
  };
  return { fetcher, calls, state };
}

describe('the State Media Monitor data set as a subscription', () => {
  it('is offered by name and URL, off by default: nothing is fetched until the user subscribes', async () => {
    expect(OFFERED_LISTS).toEqual([expect.objectContaining({ url: SMM_URL, name: SMM_NAME })]);
    expect(checkUrl(SMM_URL)).toBe(SMM_URL);
    const { db } = freshDb();
    const { fetcher, calls } = server();
    await refreshLists(db, NOW, 0, fetcher);
    expect(calls).toEqual([]);
    expect((await listInfos(db)).map((l) => l.url)).toEqual(['bundled']);
    const answer = (await answerUi(db, { type: 'ui/lists' }, NOW)) as { offered: { url: string }[] };
    expect(answer.offered.map((o) => o.url)).toEqual([SMM_URL]);
  });

  it('subscribing fetches its one URL, stores accounts and outlet domains, and feeds the verdict', async () => {
    const { db } = freshDb();
    const { fetcher, calls } = server();
    const info = await subscribe(db, SMM_URL, NOW, fetcher);
    expect(calls).toEqual([SMM_URL]);
    expect(info).toMatchObject({ url: SMM_URL, name: SMM_NAME, entries: 2, domains: 4, enabled: true });
    expect(info.errors).toBeUndefined();
    const extras = await assessExtras(db);
    expect(extras.lookupList?.('russian_rt')).toMatchObject({ type: 'SC', list: SMM_NAME, country: 'Russia' });
    expect(extras.lookupDomain?.('news.tvr.by')).toMatchObject({ domain: 'tvr.by', type: 'SC', list: SMM_NAME });
    expect(assess(profile('russian_rt'), extras).verdict).toBe('state-media');
    expect(assess(profile('abc'), extras).verdict).toBe('clear');
  });

  it('refreshes daily on the schedule, and works offline from the stored copy when a refresh fails', async () => {
    const { db } = freshDb();
    const { fetcher, calls, state } = server();
    await subscribe(db, SMM_URL, NOW, fetcher);
    await refreshLists(db, NOW + HOUR_MS, undefined, fetcher); // an hour later: not due
    expect(calls).toHaveLength(1);
    state.fail = true;
    await refreshLists(db, NOW + 25 * HOUR_MS, undefined, fetcher); // a day later, offline
    expect(calls).toHaveLength(2);
    const [, row] = await listInfos(db);
    expect(row).toMatchObject({ entries: 2, domains: 4, fetchedAt: NOW });
    expect(row?.errors?.[0]).toMatch(/^refresh failed: could not fetch the list/);
    expect(assess(profile('russian_rt'), await assessExtras(db)).verdict).toBe('state-media');
    // Back online, with a changed data set: the new copy replaces the old.
    state.fail = false;
    state.body = SMM.replace('https://www.tiktok.com/@russian_rt', 'https://www.tiktok.com/@rt_new');
    await refreshLists(db, NOW + 26 * HOUR_MS, undefined, fetcher);
    const extras = await assessExtras(db);
    expect(extras.lookupList?.('russian_rt')).toBeUndefined();
    expect(extras.lookupList?.('rt_new')?.type).toBe('SC');
  });

  it('a response that is neither format keeps the stored copy', async () => {
    const { db } = freshDb();
    const { fetcher, state } = server();
    await subscribe(db, SMM_URL, NOW, fetcher);
    state.body = '<html>rate limited</html>';
    await expect(subscribe(db, SMM_URL, NOW + 1, fetcher)).rejects.toThrow(/neither/);
    expect((await listInfos(db))[1]).toMatchObject({ entries: 2, fetchedAt: NOW });
  });

  it('an imported file works the same, is never fetched, and stays until removed', async () => {
    const { db } = freshDb();
    const { fetcher, calls } = server();
    const answer = (await answerUi(db, { type: 'ui/list-import', name: 'State_Media_Matrix.csv', text: SMM }, NOW)) as {
      list: { url: string; imported?: boolean; entries: number; domains?: number };
    };
    expect(answer.list).toMatchObject({ url: 'file:State_Media_Matrix.csv', imported: true, entries: 2, domains: 4 });
    await refreshLists(db, NOW + 30 * DAY_MS, 0, fetcher);
    expect(calls).toEqual([]);
    const extras = await assessExtras(db);
    expect(assess(profile('russian_rt'), extras).verdict).toBe('state-media');
    expect(extras.lookupDomain?.('rt.com')?.list).toBe(`${SMM_NAME}, imported from State_Media_Matrix.csv`);
    await expect(importListFile(db, 'x.csv', 'a,b\n1,2\n', NOW)).rejects.toThrow(/neither/);
    await expect(importListFile(db, 'big.csv', 'x'.repeat(5_000_001), NOW)).rejects.toThrow(/larger than 5 MB/);
    await answerUi(db, { type: 'ui/list-unsubscribe', url: 'file:State_Media_Matrix.csv' }, NOW);
    expect((await assessExtras(db)).lookupList?.('russian_rt')).toBeUndefined();
  });

  it('a list switched off stops counting, accounts and domains alike', async () => {
    const { db } = freshDb();
    await subscribe(db, SMM_URL, NOW, server().fetcher);
    await answerUi(db, { type: 'ui/list-enable', url: SMM_URL, enabled: false }, NOW);
    const extras = await assessExtras(db);
    expect(extras.lookupList?.('russian_rt')).toBeUndefined();
    expect(extras.lookupDomain?.('rt.com')).toBeUndefined();
  });
});

const SMM_CSV = resolve(import.meta.dirname, '../../../shared/state-media-profiles/State_Media_Matrix.csv');
if (!existsSync(SMM_CSV) && process.env.CI) throw new Error(`the State Media Monitor data set is missing: ${SMM_CSV}`);

describe.skipIf(!existsSync(SMM_CSV))('the real data set, served from its file as a stream', () => {
  it('subscribes to all of it: every TikTok account and outlet domain', async () => {
    const { db } = freshDb();
    const bytes = readFileSync(SMM_CSV);
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        // In uneven chunks, cutting multi-byte characters.
        for (let i = 0; i < bytes.length; i += 7_777) c.enqueue(new Uint8Array(bytes.subarray(i, i + 7_777)));
        c.close();
      },
    });
    const info = await subscribe(db, SMM_URL, NOW, async () => new Response(body));
    expect(info).toMatchObject({ name: SMM_NAME, entries: 34, domains: 973 });
    expect(info.errors).toBeUndefined();
    const extras = await assessExtras(db);
    expect(extras.lookupList?.('tass_agency')?.type).toBe('SC');
    expect(extras.lookupDomain?.('www.xinhuanet.com')?.type).toBe('SC');
    expect(extras.lookupDomain?.('abc.net.au')?.type).toBe('ISF');
  });
});
