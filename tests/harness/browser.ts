/**
 * Debian's Chromium with the built extension loaded, every host mapped to the local fixture server, so the content
 * script runs on real `https://www.tiktok.com/...` URLs. Never downloads a browser.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  /** The unpacked extension (its manifest.json inside). */
  extensionDir?: string;
  /** The fixture server's port: every host:port the browser asks for goes there. */
  port: number;
  headless?: boolean;
  /** Let Playwright kill the browser on Ctrl-C (default); a caller with its own clean-up passes false. */
  handleSignals?: boolean;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's id, from its service worker's URL; waits for the worker to start. */
  extensionId(timeoutMs?: number): Promise<string>;
  close(): Promise<void>;
}

export async function launchChromiumWithExtension(opts: LaunchOptions): Promise<ExtensionBrowser> {
  const dir = resolve(opts.extensionDir ?? process.env.EXTENSION_DIR ?? 'dist/chrome');
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`no extension at ${dir} (manifest.json missing): run \`npm run build\` first`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  const tmpRoot = await mkdtemp(join(tmpdir(), 'provenance-lens-chromium-'));
  const userDataDir = join(tmpRoot, 'profile');
  // Load a copy: a rebuild of dist/ while the browser runs would otherwise swap files under the live extension.
  const extension = join(tmpRoot, 'extension');
  let context: BrowserContext;
  try {
    await cp(dir, extension, { recursive: true });
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: opts.headless ?? true,
      handleSIGINT: opts.handleSignals ?? true,
      handleSIGTERM: opts.handleSignals ?? true,
      handleSIGHUP: opts.handleSignals ?? true,
      // Playwright disables extensions by default.
      ignoreDefaultArgs: ['--disable-extensions'],
      ignoreHTTPSErrors: true,
      viewport: { width: 1280, height: 900 },
      args: [
        `--disable-extensions-except=${extension}`,
        `--load-extension=${extension}`,
        // Maps host *and* port: https://www.tiktok.com/ (443) reaches 127.0.0.1:port.
        `--host-resolver-rules=MAP * 127.0.0.1:${opts.port}`,
        '--ignore-certificate-errors',
        '--no-sandbox', // we run as root in CI containers
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (err) {
    await rm(tmpRoot, { recursive: true, force: true });
    throw err;
  }

  const extensionId = async (timeoutMs = 10_000): Promise<string> => {
    const isOurs = (url: string) => url.startsWith('chrome-extension://');
    let worker = context.serviceWorkers().find((w) => isOurs(w.url()));
    if (!worker) {
      worker = await context.waitForEvent('serviceworker', { predicate: (w) => isOurs(w.url()), timeout: timeoutMs });
    }
    return new URL(worker.url()).host;
  };

  let closed = false;
  return {
    context,
    extensionId,
    async close() {
      if (closed) return;
      closed = true;
      await context.close().catch(() => undefined);
      await rm(tmpRoot, { recursive: true, force: true });
    },
  };
}

export interface BadgeState {
  handle: string | null;
  verdict: string | null;
  score: string | null;
  /** Visible text of the shadow root (style and script contents left out); null without an open shadow root. */
  text: string | null;
}

/** Every `<provenance-badge>` on the page, in document order. */
export function readBadges(page: Page): Promise<BadgeState[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('provenance-badge')].map((el) => {
      const root = el.shadowRoot;
      let text: string | null = null;
      if (root) {
        const parts: string[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const tag = n.parentElement?.tagName;
          if (tag !== 'STYLE' && tag !== 'SCRIPT' && tag !== 'TEMPLATE') parts.push(n.textContent ?? '');
        }
        text = parts.join(' ').replace(/\s+/g, ' ').trim();
      }
      return {
        handle: el.getAttribute('handle'),
        verdict: el.getAttribute('verdict'),
        score: el.getAttribute('score'),
        text,
      };
    }),
  );
}

export interface SettleOptions {
  /** Give up after this long (ms). */
  timeoutMs?: number;
  /** The badge set must stay unchanged this long to count as settled. */
  quietMs?: number;
  /** Keep watching at least this long: an empty page is "settled" before the extension has had its say. */
  minMs?: number;
  /** Stop early once settled and this holds (e.g. the verdict is one of the expected ones). */
  accept?: (badges: BadgeState[]) => boolean;
  /** Called with every distinct reading, for tests that check what was ever shown. */
  onChange?: (badges: BadgeState[]) => void;
}

/**
 * Polls the badges until they stop changing and `accept` holds, or the time is up; returns the last reading
 * either way, so a failing test can say what it saw. The extension may draw a provisional badge first.
 */
export async function settleBadges(page: Page, opts: SettleOptions = {}): Promise<BadgeState[]> {
  const start = Date.now();
  const deadline = start + (opts.timeoutMs ?? 10_000);
  const quiet = opts.quietMs ?? 800;
  let last = '';
  let since = Date.now();
  let badges: BadgeState[] = [];
  while (true) {
    badges = await readBadges(page);
    const key = JSON.stringify(badges);
    if (key !== last) {
      last = key;
      since = Date.now();
      opts.onChange?.(badges);
    }
    const settled = Date.now() - since >= quiet && Date.now() - start >= (opts.minMs ?? 0);
    if (settled && (opts.accept ? opts.accept(badges) : true)) return badges;
    if (Date.now() >= deadline) return badges;
    await page.waitForTimeout(100);
  }
}
