/**
 * Browsers for the benchmark: Debian's Chromium with the built extension (the e2e harness's launcher) and the same
 * Chromium, same flags, without it, for the side-by-side ratios. Main-thread cost comes from the DevTools
 * protocol's `Performance.getMetrics` (`TaskDuration`: seconds the renderer's main thread spent in tasks).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM, chromiumArgs, launchChromiumWithExtension } from '../../tests/harness/browser';

export interface BenchBrowser {
  context: BrowserContext;
  withExtension: boolean;
  extensionId?: string;
  close(): Promise<void>;
}

export async function launch(withExtension: boolean, port: number, extensionDir: string): Promise<BenchBrowser> {
  if (withExtension) {
    const b = await launchChromiumWithExtension({ extensionDir, port, headless: true });
    const extensionId = await b.extensionId(15_000);
    return { context: b.context, withExtension, extensionId, close: () => b.close() };
  }
  const dir = await mkdtemp(join(tmpdir(), 'provenance-lens-bench-'));
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs(port),
  });
  return {
    context,
    withExtension,
    async close() {
      await context.close().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The page's renderer main-thread task time so far, in ms. */
export async function taskMs(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
