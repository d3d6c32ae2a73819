/**
 * Subscribed lists are written by strangers (SECURITY.md, "Malicious list URLs"): fetched only from public https
 * URLs, without cookies, never following a redirect, and read no further than 5 MB.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const { checkUrl, FETCH_INIT, readLimited, subscribe } = await import('../../extension/background/ui-lists');
const { LIST_FORMAT } = await import('../../src/lists/format');
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
    expect(seen).toEqual([FETCH_INIT]);
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
