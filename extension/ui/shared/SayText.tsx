/**
 * A message of src/signals/say.ts rendered as text, page text (outlet names, bio clauses, list names) marked
 * `data-page-text` in a span of its own: what the page or a list wrote stays as written, and the i18n tests skip it.
 * Text only: never markup from the page (issue 16; page text is hostile).
 */
import { type Say, sayPieces } from '../../../src/signals/say';
import { t, uiLocale } from './i18n';

/**
 * `say` with its English `fallback`; or a signal result (`of`: its `say`, else its `evidence`) or an assessment
 * (`of`: its `reasonSay`, else its `reason`). `of` is typed structurally, so the payload types of
 * extension/protocol.ts, which do not declare `say` yet, pass as they are and the `say` they carry is used.
 */
export function SayText(
  props:
    | { say?: Say; fallback: string }
    | { of: { evidence: string; say?: Say } }
    | { of: { reason: string; reasonSay?: Say } },
) {
  let say: Say | undefined;
  let fallback: string;
  if ('fallback' in props) ({ say, fallback } = props);
  else if ('evidence' in props.of) ({ say, evidence: fallback } = props.of);
  else ({ reasonSay: say, reason: fallback } = props.of);
  return (
    <>
      {sayPieces(say, fallback, t, uiLocale()).map((p, i) =>
        p.page ? (
          // The pieces of one sentence, in order: their index is their identity.
          <span key={i} data-page-text>
            {p.text}
          </span>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
