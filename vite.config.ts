import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { badgeWordsPlugin, localesPlugin } from './scripts/locales';

/** A literal manifest (crxjs also takes a promise or a function). */
type ManifestV3 = Exclude<ManifestV3Export, Promise<unknown> | ((...args: never[]) => unknown)>;

// One manifest; the build target picks the variant (`BROWSER=firefox` for dist/firefox, see issue 7).
const browser = process.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';

/** The add-on's id on addons.mozilla.org: fixed forever once published (storage and updates hang on it). */
export const GECKO_ID = 'provenance-lens@provenance-lens.org';
/**
 * Firefox 140 (an ESR) is the first to read `data_collection_permissions`; it also has everything else used here:
 * MV3 (109), `world: "MAIN"` content scripts (128) and module background scripts.
 */
export const GECKO_MIN_VERSION = '140.0';
export const GECKO_ANDROID_MIN_VERSION = '142.0';

/**
 * The manifest for one browser, derived from manifest.json at build time. Chromium gets it as written; Firefox gets
 * an event page (`background.scripts`: Firefox has no extension service workers) and `browser_specific_settings`
 * with the add-on id and the declaration that nothing is collected or transmitted.
 */
export function manifestFor(target: 'chrome' | 'firefox'): ManifestV3Export {
  if (target === 'chrome') return manifest;
  const { background, ...rest } = manifest;
  return {
    ...rest,
    // crxjs replaces the script with its loader and marks it `type: "module"`, as for the service worker.
    background: { scripts: [background.service_worker] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads `data_collection_permissions` from 142 on.
      gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
    },
  } as ManifestV3; // crxjs's type has no `gecko_android` yet
}

export default defineConfig({
  // The message catalogues are merged per locale into _locales/ (scripts/locales.ts).
  plugins: [
    preact(),
    crx({ manifest: manifestFor(browser), browser }),
    localesPlugin('extension/i18n'),
    badgeWordsPlugin('extension/i18n'),
  ],
  build: {
    outDir: `dist/${browser}`,
    emptyOutDir: true,
    target: 'es2022',
    // Source maps stay out of the package: the store review reads the source zip instead.
    sourcemap: false,
    // The dashboard is linked from the popup, not named in the manifest: an extra page (design.md contract).
    rollupOptions: { input: { dashboard: 'dashboard.html' } },
  },
  // The dev server is never used: the extension is always built.
  server: { port: 5173, strictPort: true, hmr: false },
});
