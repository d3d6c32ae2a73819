/**
 * The floor (issue 15): an MV3 extension with the same two content scripts as ours — one MAIN-world, one isolated,
 * both at document_start on www.tiktok.com — that do nothing. What a browser pays for giving an extension's
 * scripts a world is measured with it, so the real extension's figures can be read against both "no extension"
 * and "empty extension" in the same run.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes the empty extension into a fresh temporary folder and returns the folder. */
export function writeEmptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'provenance-lens-empty-ext-'));
  const matches = ['https://www.tiktok.com/*'];
  const manifest = {
    manifest_version: 3,
    name: 'Empty content scripts (bench floor)',
    version: '0.0.1',
    // A worker like ours, so the bench's extension-id wait works the same for both.
    background: { service_worker: 'worker.js' },
    content_scripts: [
      { matches, js: ['main.js'], run_at: 'document_start', world: 'MAIN' },
      { matches, js: ['isolated.js'], run_at: 'document_start' },
    ],
    host_permissions: matches,
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'worker.js'), '// empty\n');
  writeFileSync(join(dir, 'main.js'), '// empty\n');
  writeFileSync(join(dir, 'isolated.js'), '// empty\n');
  return dir;
}
