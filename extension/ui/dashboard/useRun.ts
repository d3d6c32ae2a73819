/**
 * The dashboard's status line for a panel's buttons, in the interface language: "Export…", then "Export: done."
 * or "Export failed: <reason>" (the shared useAction's shape, with catalogue strings; the reason is the
 * background's own message).
 */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';

export function useRun(options: { onSuccess?: () => unknown; always?: () => unknown } = {}) {
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState(false);
  /** `said`: the action's own string answer replaces "done" (an import says what it added). */
  const run = async (what: string, fn: () => Promise<unknown>, said = false) => {
    setFailed(false);
    setStatus(t('dash_status_running', what));
    try {
      const answer = await fn();
      setStatus((s) =>
        said && typeof answer === 'string'
          ? answer
          : s === t('dash_status_running', what)
            ? t('dash_status_done', what)
            : s,
      );
      await options.onSuccess?.();
    } catch (e) {
      setFailed(true);
      setStatus(t('dash_status_failed', [what, (e as Error).message]));
    }
    await options.always?.();
  };
  return { status, failed, setStatus, run };
}
