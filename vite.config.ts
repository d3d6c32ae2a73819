import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

// One manifest; the build target picks the variant (`BROWSER=firefox` for dist/firefox, see issue 7).
const browser = process.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';

export default defineConfig({
  plugins: [preact(), crx({ manifest, browser })],
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
