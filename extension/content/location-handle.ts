/**
 * The handle of the document's current URL, from `location.pathname`: the browser has parsed it already. The same
 * result as `handleFromProfileUrl(location.href)` (src/tiktok/observation.ts), without its `new URL`: in a fresh
 * isolated world that first URL parse was ~3 ms of the content script's own time on each fixture load (V8 sampling
 * profile, scripts/bench/trace.ts --profile, issue 15), on the path to the early lookup at document_start.
 */
import { normaliseHandle } from '../../src/tiktok/observation';

/** The profile handle of a URL path (`/@handle`, `/@handle/`), normalised; undefined for other pages. */
export function handleFromPath(path: string): string | undefined {
  const m = /^\/@([^/?#]+)\/?$/.exec(path);
  return m?.[1] ? normaliseHandle(m[1]) : undefined;
}

/** The profile handle of the document's URL as it is now (after the page's own pushState too). */
export function locationHandle(): string | undefined {
  return handleFromPath(location.pathname);
}
