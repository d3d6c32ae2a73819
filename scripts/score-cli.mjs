// `npm run score`: bundles scripts/score.ts with esbuild (~40 ms) and runs it, instead of starting tsx (~0.5 s,
// a quarter of the scorer's budget for 1,000 captures). Dependencies stay in node_modules (packages: 'external').

import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const outfile = fileURLToPath(new URL('.tmp/score-cli.bundle.mjs', root));
await build({
  entryPoints: [fileURLToPath(new URL('scripts/score.ts', root))],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const { main } = await import(pathToFileURL(outfile).href);
process.exitCode = await main(process.argv.slice(2));
