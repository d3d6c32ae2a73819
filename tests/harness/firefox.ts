/**
 * Debian's Firefox ESR with the built extension installed as a temporary add-on, driven by puppeteer-core over
 * WebDriver BiDi. Never downloads a browser.
 *
 * Firefox cannot map a host to another port (Chromium's --host-resolver-rules can), so every name resolves to
 * 127.0.0.1 (`network.dns.forceResolve`) and pages are opened on the fixture server's port:
 * `https://www.tiktok.com:PORT/@handle`. The content scripts match `https://www.tiktok.com/*`, which matches any
 * port. The server's self-signed certificate is accepted through BiDi's `acceptInsecureCerts`.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxLaunchOptions {
  /** The unpacked Firefox build (its manifest.json inside); default dist/firefox. */
  extensionDir?: string;
  /** The fixture server's port: pages are opened as https://www.tiktok.com:PORT/... */
  port: number;
  headless?: boolean;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id Firefox installed it under (the manifest's gecko id). */
  extensionId: string;
  /** The extension's origin, `moz-extension://<uuid>`: the uuid is fixed at launch so pages can be opened. */
  extensionOrigin: string;
  /** `https://www.tiktok.com:PORT` + path. */
  url(path: string): string;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(opts: FirefoxLaunchOptions): Promise<FirefoxWithExtension> {
  const dir = resolve(opts.extensionDir ?? process.env.FIREFOX_EXTENSION_DIR ?? 'dist/firefox');
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`no extension at ${dir} (manifest.json missing): run \`npm run build\` first`);
  }
  if (!existsSync(FIREFOX)) throw new Error(`no Firefox at ${FIREFOX} (apt-get install firefox-esr)`);
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id`);

  const tmpRoot = await mkdtemp(join(tmpdir(), 'provenance-lens-firefox-'));
  // Install a copy: a temporary add-on is read from its folder, which a rebuild of dist/ would swap underneath it.
  const extension = join(tmpRoot, 'extension');
  const uuid = randomUUID();
  let browser: Browser | undefined;
  try {
    await cp(dir, extension, { recursive: true });
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: opts.headless ?? true,
      acceptInsecureCerts: true,
      userDataDir: join(tmpRoot, 'profile'),
      // WebDriver BiDi navigates only to web URLs unless allowed more: the extension's own pages are moz-extension:.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        // Every host name is this machine: www.tiktok.com:PORT reaches the fixture server.
        'network.dns.forceResolve': '127.0.0.1',
        // The extension's internal uuid, chosen here, so its pages have a known moz-extension:// origin.
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
        // Nothing leaves the machine: no captive-portal or connectivity probes, no safe-browsing lists.
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
      },
    });
    const extensionId = await browser.installExtension(extension);
    if (extensionId !== geckoId) throw new Error(`installed as ${extensionId}, expected ${geckoId}`);
    let closed = false;
    const launched = browser;
    return {
      browser: launched,
      extensionId,
      extensionOrigin: `moz-extension://${uuid}`,
      url: (path: string) => `https://www.tiktok.com:${opts.port}${path.startsWith('/') ? path : `/${path}`}`,
      async close() {
        if (closed) return;
        closed = true;
        await launched.close().catch(() => undefined);
        await rm(tmpRoot, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await browser?.close().catch(() => undefined);
    await rm(tmpRoot, { recursive: true, force: true });
    throw err;
  }
}

/** A new tab that records uncaught page errors and dismisses (and records) dialogs. */
export async function watchedPage(
  ff: FirefoxWithExtension,
): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
  const page = await ff.browser.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  return { page, errors, dialogs };
}
