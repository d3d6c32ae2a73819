// `npm run score`: runs scripts/score.ts bundled by esbuild, instead of starting tsx (~0.5 s, a quarter of the
// scorer's budget for 1,000 captures). The bundle is kept in .tmp/ with the list of its source files, their sizes
// and modification times: when none changed it is imported at once, without loading esbuild at all (loading and
// building took ~0.2 s of every run). Its dependencies (htmlparser2, css-select, …) are bundled too: one file
// imports in about half the time of their hundred-odd modules.

import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = new URL('../', import.meta.url);
const outfile = fileURLToPath(new URL('.tmp/score-cli.bundle.mjs', root));
const stampFile = fileURLToPath(new URL('.tmp/score-cli.inputs.json', root));
/** Bump when the build options below change: an old bundle is then rebuilt. */
const BUILD = 3;

/** Each input's size and modification time, as the stamp keeps them. */
function fingerprint(path) {
  const st = statSync(fileURLToPath(new URL(path, root)));
  return `${st.size}:${st.mtimeMs}`;
}

function fresh() {
  try {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
    if (stamp.build !== BUILD) return false;
    statSync(outfile);
    return Object.entries(stamp.inputs).every(([path, print]) => fingerprint(path) === print);
  } catch {
    return false; // no stamp, no bundle, or an input gone
  }
}

async function rebuild() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [fileURLToPath(new URL('scripts/score.ts', root))],
    absWorkingDir: fileURLToPath(root),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    metafile: true,
    write: false,
    outfile,
  });
  // Written beside and renamed into place: a run started meanwhile reads the old bundle or the new one, whole.
  const tmp = `${outfile}.${process.pid}`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  renameSync(tmp, outfile);
  const inputs = Object.fromEntries(Object.keys(result.metafile.inputs).map((p) => [p, fingerprint(p)]));
  writeFileSync(`${stampFile}.${process.pid}`, JSON.stringify({ build: BUILD, inputs }));
  renameSync(`${stampFile}.${process.pid}`, stampFile);
}

if (!fresh()) await rebuild();
const { main } = await import(pathToFileURL(outfile).href);
process.exitCode = await main(process.argv.slice(2));
