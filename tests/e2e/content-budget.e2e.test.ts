/**
 * The content scripts' cost on every TikTok page (issue 5): under 20 KB of JavaScript gzipped, counting every chunk
 * they load (followed from the built manifest), and none of the background's weight (Dexie, the scoring tables).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentScriptSize } from '../harness/content-size';
import { notE2e } from '../harness/require';

const DIST = resolve(process.env.EXTENSION_DIR ?? 'dist/chrome');
const BUDGET = 20 * 1024;

describe.skipIf(notE2e())('content script budget (built output)', () => {
  it('every file the content scripts load, gzipped, stays under 20 KB', () => {
    const size = contentScriptSize(DIST);
    console.info(
      `[budget] content scripts: ${size.totalGzip} B gzipped in ${size.files.map((f) => `${f.file} ${f.gzip}`).join(', ')}`,
    );
    // Both the MAIN-world tap and the isolated script are counted.
    expect(size.files.some((f) => f.file.includes('page-world'))).toBe(true);
    expect(size.files.length).toBeGreaterThanOrEqual(2);
    expect(size.totalGzip).toBeLessThan(BUDGET);
  });

  it('no Dexie and no scoring tables in them', () => {
    for (const { file } of contentScriptSize(DIST).files) {
      const code = readFileSync(join(DIST, file), 'utf8');
      expect(code, file).not.toMatch(/Dexie|indexedDB/);
      // The signals' thresholds and weights and the outlet lists live in the background only (src/signals,
      // src/lists). The popover may carry the verdict's two amplification marks (VERDICT_RULES) to put points
      // into words ("some" / "strong"): three numbers, not a scoring table.
      expect(code, file).not.toMatch(/zeroFollowsMinFollowers|youngFollowersPerDay|state-controlled media outlet/i);
      expect(code, file).not.toMatch(/xinhuanet|rt\.com|cgtn\.com/i);
    }
  });

  it('the measurement follows imported chunks (checked on a synthetic loader)', async () => {
    const { mkdtempSync, writeFileSync, mkdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'budget-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ content_scripts: [{ js: ['assets/loader.js'] }] }));
    writeFileSync(join(dir, 'assets/loader.js'), 'import(chrome.runtime.getURL("assets/main.js"))');
    writeFileSync(join(dir, 'assets/main.js'), 'import{a}from"./shared.js";a()');
    writeFileSync(join(dir, 'assets/shared.js'), `export const a=()=>${JSON.stringify('x'.repeat(100))}`);
    expect(
      contentScriptSize(dir)
        .files.map((f) => f.file)
        .sort(),
    ).toEqual(['assets/loader.js', 'assets/main.js', 'assets/shared.js']);
  });
});
