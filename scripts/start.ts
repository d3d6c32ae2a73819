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
import { type BadgeState, launchChromiumWithExtension, settleBadges } from '../tests/harness/browser';
import { type FixtureServer, startFixtureServer } from '../tests/harness/server';

const EXTENSION_DIR = resolve('dist/chrome');
const args = new Set(process.argv.slice(2));
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

function manualCommand(port: number): string {
  return (
    `chromium --user-data-dir="$(mktemp -d)" --load-extension="${EXTENSION_DIR}" ` +
    `--host-resolver-rules="MAP www.tiktok.com:443 127.0.0.1:${port}" --ignore-certificate-errors https://www.tiktok.com/`
  );
}

function waitForCtrlC(): Promise<void> {
  return new Promise((done) => {
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
}

async function serveOnly(server: FixtureServer): Promise<void> {
  console.log(`Fixture server: ${server.url('/')} (answers for any host). Open the demo in Chromium with:\n`);
  console.log(`  ${manualCommand(server.port)}\n`);
  console.log('Ctrl-C to stop.');
  await waitForCtrlC();
}

async function headed(server: FixtureServer): Promise<number> {
  const browser = await launchChromiumWithExtension({
    extensionDir: EXTENSION_DIR,
    port: server.port,
    headless: false,
  });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto('https://www.tiktok.com/');
  console.log('Chromium is open on the demo index (https://www.tiktok.com/ is served locally).');
  console.log('Open a profile to see the badge beside the handle. Close the browser or press Ctrl-C to quit.');
  const closed = new Promise<void>((done) => browser.context.once('close', () => done()));
  await Promise.race([closed, waitForCtrlC()]);
  await browser.close();
  return 0;
}

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));

async function headless(server: FixtureServer): Promise<number> {
  const browser = await launchChromiumWithExtension({ extensionDir: EXTENSION_DIR, port: server.port, headless: true });
  try {
    try {
      await browser.extensionId(15_000);
    } catch {
      console.error(`The extension in ${EXTENSION_DIR} did not load (no service worker started).`);
      return 1;
    }
    // A few tabs at a time: each page needs a moment for the extension to read it and draw.
    const results = new Map<string, BadgeState | undefined>();
    const queue = [...profiles];
    const worker = async () => {
      for (let c = queue.shift(); c; c = queue.shift()) {
        const expectation = c.expect;
        const page = await browser.context.newPage();
        page.on('dialog', (d) => void d.dismiss().catch(() => undefined));
        try {
          await page.goto(`https://www.tiktok.com/@${c.user.uniqueId}`, { waitUntil: 'load' });
          const loose = expectation.includes('none') || expectation.includes('any');
          const badges = await settleBadges(page, {
            timeoutMs: 8000,
            minMs: 1500,
            accept: (bs) => loose || expectation.includes(bs[0]?.verdict as never),
          });
          results.set(c.id, badges[0]);
        } finally {
          await page.close();
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);

    const width = Math.max(...profiles.map((c) => c.user.uniqueId.length)) + 2;
    console.log(`\n${pad('handle', width)}${pad('verdict', 13)}${pad('score', 7)}expected`);
    let asExpected = 0;
    for (const c of profiles) {
      const b = results.get(c.id);
      const verdict = b?.verdict ?? '(no badge)';
      const ok =
        c.expect.includes('any') ||
        c.expect.includes(verdict as never) ||
        (!b && c.expect.includes('none')) ||
        (b?.verdict === 'unknown' && c.expect.includes('none'));
      if (ok) asExpected++;
      console.log(
        `${pad(`@${c.user.uniqueId}`, width)}${pad(verdict, 13)}${pad(b?.score ?? '', 7)}${c.expect.join(' | ')}${ok ? '' : '   <- differs'}`,
      );
    }
    console.log(`\n${asExpected} of ${profiles.length} demo profiles as expected.`);
    console.log('To see the badges yourself: run `npm start` on a desktop (with a display), or `npm start -- --serve`');
    console.log('and open the printed Chromium command line.');
    return 0;
  } finally {
    await browser.close();
  }
}

async function main(): Promise<number> {
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    console.error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
    return 1;
  }
  const server = await startFixtureServer({ cases: profiles, now: Date.now() });
  try {
    if (args.has('--serve')) {
      await serveOnly(server);
      return 0;
    }
    return hasDisplay && !args.has('--headless') ? await headed(server) : await headless(server);
  } finally {
    await server.close();
  }
}

process.exitCode = await main();
