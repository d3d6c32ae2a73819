/**
 * A tiny element helper for the badge, in place of Preact (issue 5: the content scripts' 20 KB budget). Attributes
 * go through setAttribute, listeners through addEventListener, and text only ever becomes a text node: page text
 * (names, bios, evidence quoting them) is hostile, so nothing here parses markup.
 */

/** A child: a node, text (a text node), or nothing (false, null, undefined are skipped, as in JSX). */
export type Child = Node | string | false | null | undefined;

/** An attribute (string; true is present and empty; false, null, undefined absent) or an `on…` listener. */
type Attr = string | boolean | null | undefined | ((e: Event) => void);

function fill<E extends Element>(node: E, attrs: Record<string, Attr> | null | undefined, children: Child[]): E {
  for (const [name, v] of Object.entries(attrs ?? {})) {
    if (typeof v === 'function') node.addEventListener(name.slice(2).toLowerCase(), v);
    else if (v === true) node.setAttribute(name, '');
    else if (typeof v === 'string') node.setAttribute(name, v);
  }
  for (const c of children) if (c !== false && c !== null && c !== undefined) node.append(c);
  return node;
}

/** An HTML element with its attributes, listeners and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Record<string, Attr> | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  return fill(document.createElement(tag), attrs, children);
}

/** An SVG element (the badge's icons). */
export function svg(tag: 'svg' | 'path', attrs: Record<string, string>, ...children: Child[]): SVGElement {
  return fill(document.createElementNS('http://www.w3.org/2000/svg', tag), attrs, children);
}
