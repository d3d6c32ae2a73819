// Runs `npm ci` when the dependencies are missing, so `npm start` works on a fresh clone.
// Imports nothing but Node built-ins: it runs before any dependency exists.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const needed = ['node_modules/.bin/vite', 'node_modules/.bin/tsx', 'node_modules/playwright-core/package.json'];
const missing = needed.filter((p) => !existsSync(new URL(`../${p}`, import.meta.url)));

if (missing.length > 0) {
  console.log(`Dependencies missing (${missing.join(', ')}): running npm ci`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error('npm ci failed');
    process.exit(r.status ?? 1);
  }
}
