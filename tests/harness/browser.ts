/**
 * Debian's Chromium with the built extension loaded, every host mapped to the local fixture server, so the content
 * script runs on real `https://www.tiktok.com/...` URLs. Never downloads a browser.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import {
  type BadgeState,
  playwrightTab,
  readBadges as readTabBadges,
  type SettleOptions,
  settleBadges as settleTabBadges,
} from './badges';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for every test browser: every host and port goes to the fixture server, and none of Chromium's own
 * background connections (refused by this machine's closed network, many at a time).
 */
export function chromiumArgs(port: number): string[] {
  return [
    // Maps host *and* port: https://www.tiktok.com/ (443) reaches 127.0.0.1:port.
    `--host-resolver-rules=MAP * 127.0.0.1:${port}`,
    '--ignore-certificate-errors',
    '--no-sandbox', // we run as root in CI containers
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

export interface LaunchOptions {
  /** The unpacked extension (its manifest.json inside). */
  extensionDir?: string;
  /** The fixture server's port: every host:port the browser asks for goes there. */
  port: number;
  headless?: boolean;
  /** Let Playwright kill the browser on Ctrl-C (default); a caller with its own clean-up passes false. */
  handleSignals?: boolean;
  /**
   * The browser's interface language (`--lang`, which picks the extension's messages) and the pages' own locale
   * (navigator.language, Intl), e.g. 'es', 'ko', 'zh-CN'; the system's when absent.
   */
  lang?: string;
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
      ...(opts.lang ? { locale: opts.lang } : {}),
      args: [
        `--disable-extensions-except=${extension}`,
        `--load-extension=${extension}`,
        ...(opts.lang ? [`--lang=${opts.lang}`] : []),
        ...chromiumArgs(opts.port),
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

export type { BadgeState, SettleOptions };

/** Every `<provenance-badge>` on a Playwright page, in document order (tests/harness/badges.ts). */
export function readBadges(page: Page): Promise<BadgeState[]> {
  return readTabBadges(playwrightTab(page));
}

/** Polls a Playwright page's badges until they settle (tests/harness/badges.ts). */
export function settleBadges(page: Page, opts: SettleOptions = {}): Promise<BadgeState[]> {
  return settleTabBadges(playwrightTab(page), opts);
}
