/**
 * Evidence and reasons in the viewer's language. A signal result keeps its English `evidence` sentence (the CLI,
 * CSV and stored rows read it) and may also carry `say`: a message key of the catalogues (extension/i18n/signals)
 * with its arguments. The UIs render through `sayEvidence` with their own `t`, so src/ needs no extension API.
 *
 * CONTRACT (shared by the popover, popup and dashboard): call `sayEvidence(result, t)` and `sayReason(a, t)`;
 * until a result carries `say`, or when the catalogue lacks the key, the English sentence is shown.
 */
import type { Assessment } from '../verdict';
import type { SignalResult } from './types';

/** A message key and its substitutions, as `chrome.i18n.getMessage` takes them. */
export interface Say {
  key: string;
  args?: string[];
}

/** The caller's message lookup: returns '' (or the key itself) when the catalogue has no such message. */
export type Translate = (key: string, args?: string[]) => string;

function render(say: Say | undefined, fallback: string, t: Translate): string {
  if (!say) return fallback;
  const text = t(say.key, say.args);
  return text && text !== say.key && !text.startsWith(`${say.key}: `) ? text : fallback;
}

export function sayEvidence(r: SignalResult & { say?: Say }, t: Translate): string {
  return render(r.say, r.evidence, t);
}

export function sayReason(a: Pick<Assessment, 'reason'> & { reasonSay?: Say }, t: Translate): string {
  return render(a.reasonSay, a.reason, t);
}
