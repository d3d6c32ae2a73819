import { defineConfig } from 'vitest/config';

// End-to-end tests: one Chromium with the built extension against the local fixture server, run serially.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The e2e files skip themselves unless run through this config (e.g. under a plain `vitest`).
    env: { PROVENANCE_E2E: '1' },
  },
});
