/**
 * `npm start`: the demo. Serves the corpus's demo profiles as TikTok pages from a local HTTPS server and opens them
 * in Chromium with the built extension (dist/chrome).
 *   - with a display: a visible Chromium on the demo index, until the browser is closed or Ctrl-C;
 *   - without one (or with --headless): visits every demo profile and prints handle, verdict, score, expected;
 *   - --serve: only the server, with the Chromium command line to use by hand.
 * Exits 1 only when the extension could not be loaded at all.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { profiles } from '../tests/fixtures/render';
import {
  type BadgeState,
  type ExtensionBrowser,
  launchChromiumWithExtension,
  settleBadges,
} from '../tests/harness/browser';
import { type FixtureServer, startFixtureServer } from '../tests/harness/server';

const EXTENSION_DIR = resolve('dist/chrome');
const args = new Set(process.argv.slice(2));
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

// Registered first thing, so Ctrl-C at any moment closes the browser and removes its profile directory.
let stopping = false;
const interrupted = new Promise<void>((done) => {
  const stop = () => {
    stopping = true;
    done();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
});

function manualCommand(port: number): string {
  return (
    `chromium --user-data-dir="$(mktemp -d)" --load-extension="${EXTENSION_DIR}" ` +
    `--host-resolver-rules="MAP www.tiktok.com:443 127.0.0.1:${port}" --ignore-certificate-errors https://www.tiktok.com/`
  );
}

async function serveOnly(server: FixtureServer): Promise<void> {
  console.log(`Fixture server: ${server.url('/')} (answers for any host). Open the demo in Chromium with:\n`);
  console.log(`  ${manualCommand(server.port)}\n`);
  console.log('Ctrl-C to stop.');
  await interrupted;
}

async function headed(browser: ExtensionBrowser): Promise<number> {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto('https://www.tiktok.com/');
  console.log('Chromium is open on the demo index (https://www.tiktok.com/ is served locally).');
  console.log('Open a profile to see the badge beside the handle. Close the browser or press Ctrl-C to quit.');
  await new Promise<void>((done) => browser.context.once('close', () => done()));
  return 0;
}

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));

/** Visits every demo profile, a few tabs at a time, and returns the badge each one ended with. */
async function visitAll(browser: ExtensionBrowser): Promise<Map<string, BadgeState | undefined>> {
  const results = new Map<string, BadgeState | undefined>();
  const queue = [...profiles];
  const worker = async () => {
    for (let c = queue.shift(); c && !stopping; c = queue.shift()) {
      const expectation = c.expect;
      const loose = expectation.includes('none') || expectation.includes('any');
      const page = await browser.context.newPage();
      page.on('dialog', (d) => void d.dismiss().catch(() => undefined));
      try {
        await page.goto(`https://www.tiktok.com/@${c.user.uniqueId}`, { waitUntil: 'load' });
        const badges = await settleBadges(page, {
          timeoutMs: 8000,
          minMs: 1500,
          accept: (bs) => loose || expectation.includes(bs[0]?.verdict as never),
        });
        results.set(c.id, badges[0]);
      } catch (err) {
        if (!stopping) console.error(`@${c.user.uniqueId}: ${String(err)}`);
      } finally {
        await page.close().catch(() => undefined);
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return results;
}

function printTable(results: Map<string, BadgeState | undefined>): void {
  const width = Math.max(...profiles.map((c) => c.user.uniqueId.length)) + 2;
  console.log(`\n${pad('handle', width)}${pad('verdict', 13)}${pad('score', 7)}expected`);
  let asExpected = 0;
  for (const c of profiles) {
    const b = results.get(c.id);
    const verdict = b?.verdict ?? '(no badge)';
    const ok =
      c.expect.includes('any') ||
      c.expect.includes(verdict as never) ||
      (c.expect.includes('none') && (!b || b.verdict === 'unknown'));
    if (ok) asExpected++;
    const mark = ok ? '' : '   <- differs';
    console.log(
      `${pad(`@${c.user.uniqueId}`, width)}${pad(verdict, 13)}${pad(b?.score ?? '', 7)}${c.expect.join(' | ')}${mark}`,
    );
  }
  console.log(`\n${asExpected} of ${profiles.length} demo profiles as expected.`);
}

async function headless(browser: ExtensionBrowser): Promise<number> {
  try {
    await browser.extensionId(15_000);
  } catch {
    console.error(`The extension in ${EXTENSION_DIR} did not load (no service worker started).`);
    return 1;
  }
  const results = await visitAll(browser);
  if (stopping) return 130; // interrupted: half a table would mislead
  printTable(results);
  console.log('To see the badges yourself: run `npm start` on a desktop (with a display), or `npm start -- --serve`');
  console.log('and open the printed Chromium command line.');
  return 0;
}

async function main(): Promise<number> {
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    console.error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
    return 1;
  }
  const server = await startFixtureServer({ cases: profiles, now: Date.now() });
  let browser: ExtensionBrowser | undefined;
  try {
    if (args.has('--serve')) {
      await serveOnly(server);
      return 0;
    }
    const visible = hasDisplay && !args.has('--headless');
    const launching = launchChromiumWithExtension({
      extensionDir: EXTENSION_DIR,
      port: server.port,
      headless: !visible,
      handleSignals: false, // ours: close the context and remove its profile directory
    });
    // Ctrl-C is how the visible demo is meant to end; it only interrupts the headless table.
    const stop = interrupted.then(() => (visible ? 0 : 130));
    const launched = await Promise.race([launching, stop]);
    if (typeof launched === 'number') {
      await launching.then((b) => b.close()).catch(() => undefined);
      return launched;
    }
    browser = launched;
    return await Promise.race([visible ? headed(browser) : headless(browser), stop]);
  } finally {
    await browser?.close();
    await server.close();
  }
}

process.exitCode = await main();
