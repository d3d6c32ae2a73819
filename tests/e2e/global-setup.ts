/** Builds the extension once for the whole e2e run (SKIP_BUILD=1 when the caller has just built it). */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default function setup(): void {
  if (process.env.SKIP_BUILD !== '1') execSync('npm run build', { cwd: root, stdio: 'inherit' });
  const manifest = join(process.env.EXTENSION_DIR ?? join(root, 'dist/chrome'), 'manifest.json');
  if (!existsSync(manifest))
    throw new Error(`${manifest} is missing: the build did not produce the Chromium extension`);
}
