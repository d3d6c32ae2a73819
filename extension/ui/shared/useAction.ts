/**
 * One status line for a panel's buttons: "Export…", then "Export: done." or "Export failed: <reason>". Shared by
 * the dashboard's data tools, lists and moderator actions (it was written three times).
 */
import { useState } from 'preact/hooks';

export interface ActionOptions {
  /** Called after a success (e.g. reload what the action changed). */
  onSuccess?: () => unknown;
  /** Called after success and failure alike. */
  always?: () => unknown;
}

export function useAction(options: ActionOptions = {}) {
  const [status, setStatus] = useState('');
  /** `said`: the action's own string answer replaces "done" (an export says what it wrote). */
  const run = async (what: string, fn: () => Promise<unknown>, said = false) => {
    setStatus(`${what}…`);
    try {
      const answer = await fn();
      setStatus(said && typeof answer === 'string' ? answer : `${what}: done.`);
      await options.onSuccess?.();
    } catch (e) {
      setStatus(`${what} failed: ${(e as Error).message}`);
    }
    await options.always?.();
  };
  return { status, setStatus, run };
}
