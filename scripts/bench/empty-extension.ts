/**
 * The floor (issue 15): an MV3 extension with the same two content scripts as ours — one MAIN-world, one isolated,
 * both at document_start on www.tiktok.com — that do nothing. What a browser pays for giving an extension's
 * scripts a world is measured with it, so the real extension's figures can be read against both "no extension"
 * and "empty extension" in the same run.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The scripts of a bench extension: its worker, its MAIN-world script and its isolated one. */
export interface BenchScripts {
  worker: string;
  main: string;
  isolated: string;
}

/**
 * Writes an MV3 extension with our manifest's shape — a worker, and a MAIN-world and an isolated script at
 * document_start on www.tiktok.com — into a fresh temporary folder, and returns the folder.
 */
export function writeBenchExtension(name: string, scripts: BenchScripts): string {
  const dir = mkdtempSync(join(tmpdir(), 'provenance-lens-bench-ext-'));
  const matches = ['https://www.tiktok.com/*'];
  const manifest = {
    manifest_version: 3,
    name,
    version: '0.0.1',
    // A worker like ours, so the bench's extension-id wait works the same for every extension.
    background: { service_worker: 'worker.js' },
    content_scripts: [
      { matches, js: ['main.js'], run_at: 'document_start', world: 'MAIN' },
      { matches, js: ['isolated.js'], run_at: 'document_start' },
    ],
    host_permissions: matches,
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'worker.js'), scripts.worker);
  writeFileSync(join(dir, 'main.js'), scripts.main);
  writeFileSync(join(dir, 'isolated.js'), scripts.isolated);
  return dir;
}

/** Writes the empty extension into a fresh temporary folder and returns the folder. */
export function writeEmptyExtension(): string {
  return writeBenchExtension('Empty content scripts (bench floor)', {
    worker: '// empty\n',
    main: '// empty\n',
    isolated: '// empty\n',
  });
}
