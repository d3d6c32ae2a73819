/**
 * The profile header's handle heading, found the same way by the content script (to know which header to send) and
 * by the page reader (src/tiktok/dom.ts). Kept apart from dom.ts so the content script bundles these few lines, not
 * the readers and the label's renderings it never runs (issue 15: they were ~8 KB of its raw size).
 */
import { normaliseHandle } from './observation';
import { SEL } from './selectors';

/** An element's text, whitespace collapsed; undefined when empty. */
export function text(el: Element | null | undefined): string | undefined {
  const t = el?.textContent?.replace(/\s+/g, ' ').trim();
  return t || undefined;
}

/** The heading whose text is the handle (with or without `@`), if the header shows this account. */
export function findHandleHeading(root: ParentNode, handle: string): Element | undefined {
  for (const el of root.querySelectorAll(SEL.titleHeadings)) {
    const t = text(el);
    if (t && normaliseHandle(t) === handle) return el;
  }
  return undefined;
}
