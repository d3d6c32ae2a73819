/**
 * Local HTTPS stand-in for www.tiktok.com: the browser maps every host to it (--host-resolver-rules), so it answers
 * for any Host header. Pages and API bodies are rendered per request from the corpus at a fixed clock.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { normaliseHandle } from '../../src/tiktok/observation';
import {
  type CorpusCase,
  emptyItemList,
  escapeHtml,
  type PageFormat,
  renderItemList,
  renderProfileHtml,
  renderUserDetail,
  renderWallHtml,
  secUidFor,
} from '../fixtures/render';
import { renderFeedHtml, renderSearchHtml, renderVideoHtml } from '../fixtures/render-feed';

export const WALL_HANDLE = '__wall__';

export interface FixtureServer {
  port: number;
  /** A URL on the server itself (for Node-side requests); browsers use https://www.tiktok.com/... instead. */
  url(path: string): string;
  /** The PEM certificate, to trust the server from Node. */
  cert: string;
  /** Every request path served so far, in order: lets tests see the page's own API calls. */
  requests: string[];
  /** The Host header of every request: the browser maps every host here, so this shows every host contacted. */
  hosts: string[];
  /** Serves `page` at `path` (exact pathname, any query) from now on, before every other route. */
  serve(path: string, page: StaticPage | string | Buffer): void;
  close(): Promise<void>;
}

/** A fixed document, served as it is (e.g. a real capture read at test time), with optional extra headers. */
export interface StaticPage {
  body: string | Buffer;
  /** Default `text/html`. */
  type?: string;
  /** Extra response headers, e.g. a `content-security-policy` that keeps the document's own scripts from running. */
  headers?: Record<string, string>;
}

export interface FixtureServerOptions {
  cases: CorpusCase[];
  /** The clock the corpus is rendered against, Unix ms. */
  now?: number;
  /** Fixed documents by exact pathname (see `serve`); they win over the corpus routes. */
  pages?: Map<string, StaticPage | string | Buffer>;
  /**
   * Requests whose Host is not www.tiktok.com (or this machine): `route` (default) answers them like any other
   * request; `empty-404` answers an empty 404 at once (CDN scripts, styles and images a real capture references).
   */
  otherHosts?: 'route' | 'empty-404';
}

const OWN_HOSTS = new Set(['www.tiktok.com', '127.0.0.1', 'localhost']);

async function certificate(): Promise<{ key: string; cert: string }> {
  const pems = await generate([{ name: 'commonName', value: 'www.tiktok.com' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: false },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'www.tiktok.com' },
          { type: 2, value: '*.tiktok.com' },
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...headers,
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

function indexHtml(cases: CorpusCase[]): string {
  const rows = cases
    .map(
      (c) =>
        `<tr><td><a href="/@${encodeURIComponent(c.user.uniqueId)}">@${escapeHtml(c.user.uniqueId)}</a></td>` +
        `<td>${escapeHtml(c.id)}</td><td>${escapeHtml(c.expect.join(' / '))}</td><td>${escapeHtml(c.why)}</td></tr>`,
    )
    .join('');
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Provenance Lens demo profiles</title>` +
    `<style>body{font-family:system-ui,sans-serif;margin:2em}td,th{padding:4px 10px;text-align:left;vertical-align:top}` +
    `tr:nth-child(even){background:#f4f4f4}</style></head><body><h1>Provenance Lens: demo profiles</h1>` +
    `<p>Invented TikTok-shaped pages served locally. Open one to see the badge beside the handle.</p>` +
    `<table><thead><tr><th>profile</th><th>case</th><th>expected</th><th>why</th></tr></thead><tbody>${rows}</tbody></table>` +
    `<p><a href="/@${WALL_HANDLE}">a verification wall</a></p></body></html>`
  );
}

export async function startFixtureServer(opts: FixtureServerOptions): Promise<FixtureServer> {
  const now = opts.now ?? Date.now();
  const byHandle = new Map(opts.cases.map((c) => [normaliseHandle(c.user.uniqueId), c]));
  const bySecUid = new Map(opts.cases.map((c) => [secUidFor(c.user.uniqueId), c]));
  const requests: string[] = [];
  const hosts: string[] = [];
  const pages = new Map<string, StaticPage>();
  const serve = (path: string, page: StaticPage | string | Buffer): void => {
    pages.set(path, typeof page === 'string' || Buffer.isBuffer(page) ? { body: page } : page);
  };
  for (const [path, page] of opts.pages ?? []) serve(path, page);

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'https://www.tiktok.com');
    requests.push(url.pathname + url.search);
    hosts.push(req.headers.host ?? '');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed');
    const path = url.pathname;
    if (opts.otherHosts === 'empty-404') {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
      if (!OWN_HOSTS.has(host)) return send(res, 404, 'text/plain', '');
    }
    const page = pages.get(path);
    if (page) return send(res, 200, page.type ?? 'text/html', page.body, page.headers);
    if (path === '/') return send(res, 200, 'text/html', indexHtml(opts.cases));
    const profile = /^\/@([^/]+)\/?$/.exec(path);
    if (profile?.[1]) {
      const h = normaliseHandle(profile[1]);
      if (h === WALL_HANDLE) return send(res, 200, 'text/html', renderWallHtml());
      const c = byHandle.get(h);
      // `fixture_era` renders the same account in another page era (universal, sigi, next, dom-only).
      const era = url.searchParams.get('fixture_era') as PageFormat | null;
      if (c && era) return send(res, 200, 'text/html', renderProfileHtml(c, { now, format: era }));
      if (c) return send(res, 200, 'text/html', renderProfileHtml(c, { now }));
    }
    if (path === '/api/user/detail/' || path === '/api/user/detail') {
      const c = byHandle.get(normaliseHandle(url.searchParams.get('uniqueId') ?? ''));
      // TikTok answers an unknown handle with 10202, not with an HTTP error.
      const body = c
        ? renderUserDetail(c, now)
        : { statusCode: 10202, status_code: 10202, status_msg: '', userInfo: {} };
      return send(res, 200, 'application/json', JSON.stringify(body));
    }
    if (path === '/api/post/item_list/' || path === '/api/post/item_list') {
      const c = bySecUid.get(url.searchParams.get('secUid') ?? '');
      return send(res, 200, 'application/json', JSON.stringify(c ? renderItemList(c, now) : emptyItemList()));
    }
    // Feed, video and search pages name authors by handle: `authors=a,b` (and `commenters=`) pick the cases.
    const pick = (key: string) =>
      (url.searchParams.get(key) ?? '')
        .split(',')
        .map((x) => byHandle.get(normaliseHandle(x)))
        .filter((c): c is CorpusCase => c !== undefined);
    const dark = url.searchParams.get('theme') === 'dark';
    if (path === '/foryou') return send(res, 200, 'text/html', renderFeedHtml(pick('authors'), { now, dark }));
    if (path === '/search') {
      const q = url.searchParams.get('q') ?? '';
      return send(res, 200, 'text/html', renderSearchHtml(q, pick('authors'), { now, dark }));
    }
    const video = /^\/@([^/]+)\/video\/\d+\/?$/.exec(path);
    const author = video?.[1] ? byHandle.get(normaliseHandle(video[1])) : undefined;
    if (author) return send(res, 200, 'text/html', renderVideoHtml(author, pick('commenters'), { now, dark }));
    send(res, 404, 'text/plain', 'not found');
  };

  const tls = await certificate();
  const server = createServer(tls, (req, res) => {
    try {
      handle(req, res);
    } catch (err) {
      send(res, 500, 'text/plain', String(err));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    cert: tls.cert,
    requests,
    hosts,
    serve,
    url: (path: string) => `https://127.0.0.1:${port}${path.startsWith('/') ? path : `/${path}`}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
