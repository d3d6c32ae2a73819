/**
 * Tests that cannot run here (no build in dist/, not run through the e2e config): skipped visibly on a developer's
 * machine, a failure under CI (`CI` set, as .ci/run's caller sets it), where every test must run.
 *
 *   describe.skipIf(requireOrSkip(built, 'dist/ is not built: run `npm run build`'))('the built bundles', () => …);
 *
 * Under CI a missing condition throws while the file is collected, so the file fails with `reason` and nothing of it
 * is reported as skipped.
 */

/** CI=true (or any value but "false" and "0"). */
export const IN_CI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';

/** Whether to skip: false when `ready`; otherwise true with a warning, or under CI an error saying `reason`. */
export function requireOrSkip(ready: boolean, reason: string): boolean {
  if (ready) return false;
  if (IN_CI) throw new Error(`cannot run under CI: ${reason}`);
  console.warn(`[skipped] ${reason} (a failure under CI)`);
  return true;
}

/** The e2e files run through vitest.e2e.config.ts, which sets PROVENANCE_E2E=1: `describe.skipIf(notE2e())`. */
export const notE2e = (): boolean =>
  requireOrSkip(
    process.env.PROVENANCE_E2E === '1',
    'an e2e file run without vitest.e2e.config.ts (PROVENANCE_E2E=1): use `npm run test:e2e`',
  );
