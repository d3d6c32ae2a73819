/**
 * Mozilla's add-on linter (addons-linter, the checks addons.mozilla.org runs on upload) on the built Firefox
 * extension: no errors, and no warning about the manifest. Warnings about bundled code are printed, not failed: today
 * two UNSAFE_VAR_ASSIGNMENT, both Preact's renderer (in the pages' chunk and inlined in the content script) setting
 * `innerHTML` for `dangerouslySetInnerHTML`, which this code base never uses.
 * The linter ships its schemas and rules in the package: nothing is downloaded.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { notE2e } from '../harness/require';

const ROOT = join(import.meta.dirname, '..', '..');
const DIR = process.env.FIREFOX_EXTENSION_DIR ?? join(ROOT, 'dist/firefox');

interface Message {
  code: string;
  message: string;
  description: string | string[];
  file?: string;
  line?: number;
  column?: number;
}
interface LintResult {
  count: number;
  summary: { errors: number; notices: number; warnings: number };
  errors: Message[];
  warnings: Message[];
  notices: Message[];
}
interface AddonsLinter {
  createInstance(opts: { config: Record<string, unknown>; runAsBinary: boolean }): { run(): Promise<LintResult> };
}

const line = (kind: string, m: Message) =>
  `${kind} ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}:${m.column ?? 0}` : ''} ${m.message}`;

describe.skipIf(notE2e())('addons-linter on dist/firefox', () => {
  it('finds no errors and no manifest warnings', async () => {
    expect(existsSync(join(DIR, 'manifest.json')), `${DIR}/manifest.json (npm run build)`).toBe(true);
    const linter = createRequire(import.meta.url)('addons-linter') as AddonsLinter;
    const result = await linter
      .createInstance({
        config: {
          _: [DIR],
          logLevel: 'fatal',
          stack: false,
          pretty: false,
          warningsAsErrors: false,
          metadata: false,
          output: 'none',
          boring: true,
          selfHosted: false,
        },
        runAsBinary: false,
      })
      .run();
    const lines = [
      ...result.errors.map((m) => line('error', m)),
      ...result.warnings.map((m) => line('warning', m)),
      ...result.notices.map((m) => line('notice', m)),
    ];
    console.info(
      `addons-linter: ${result.summary.errors} errors, ${result.summary.warnings} warnings, ${result.summary.notices} notices${lines.length ? `\n  ${lines.join('\n  ')}` : ''}`,
    );
    expect(result.errors.map((m) => line('error', m))).toEqual([]);
    expect(result.warnings.filter((m) => m.file === 'manifest.json').map((m) => line('warning', m))).toEqual([]);
  });
});
