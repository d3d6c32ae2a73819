/**
 * A whole profile page -> one Observation of the account in its URL: embedded JSON of whichever era is present
 * (only if it describes that account), completed by the rendered header and grid.
 */
import { readDom } from './dom';
import { EMBEDDED_SCRIPTS, parseJson } from './embedded';
import { mergeObservations } from './merge';
import type { Observation } from './observation';

/** Largest embedded JSON we parse: real pages carry well under 1 MB; a bigger one is hostile or broken. */
const MAX_JSON_CHARS = 8_000_000;

export function readProfileDocument(root: ParentNode, handle: string, observedAt: number): Observation {
  let fromJson: Observation | undefined;
  for (const { id, read } of EMBEDDED_SCRIPTS) {
    const script = root.querySelector(`script#${id}`);
    const textContent = script?.textContent;
    if (!textContent || textContent.length > MAX_JSON_CHARS) continue;
    fromJson = safely(() => read(parseJson(textContent), handle, observedAt));
    if (fromJson) break;
  }
  const fromDom = safely(() => readDom(root, handle, observedAt));
  // A status-only answer ("no such account") beside this account's rendered header is stale: after in-app
  // navigation the embedded JSON still describes the document's first URL.
  if (fromJson && !fromJson.user && fromDom?.user) fromJson = undefined;
  // The JSON is authoritative (exact counts, status code); the DOM only fills what it lacks, such as the grid.
  if (fromJson && fromDom)
    return { ...mergeObservations(fromDom, fromJson), status: fromJson.status, source: fromJson.source };
  return fromJson ?? fromDom ?? { handle, status: 'unreadable', source: 'dom', observedAt, posts: [] };
}

function safely<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined; // a changed page shape must never throw out of a reader
  }
}
