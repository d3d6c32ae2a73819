/**
 * src/html/query.ts answers the readers' selectors from a page index exactly as css-select does: the same
 * elements in the same order, from the document and from elements inside it, and the same `matches`, on every
 * real capture and corpus page; and every selector the readers use is in its grammar (none falls back).
 */
import { compile, is, selectAll } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { isTag } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { matches, PageIndex, parseSelector } from '../../src/html/query';
import { AUTHOR, SEL } from '../../src/tiktok/selectors';
import { allPages } from './html-tree.helpers';

/** src/tiktok/selectors.ts's selectors, and the literal ones in src/tiktok/dom.ts and src/tiktok/page-source.ts. */
const READERS = [
  ...Object.values(SEL),
  ...Object.values(AUTHOR),
  'script',
  'main',
  '*',
  'h1, h2, h3, h4, p, span, div, strong',
  'link[rel="canonical"]',
  'meta[property="og:url"]',
];
/** More of the grammar: case rules (rel and type compare without case in HTML), ~=, $=, ^=, descendants. */
const MORE = [
  '[data-e2e]',
  '[id]',
  '[constructor]',
  'a[href^="/@"] span',
  'div div [data-e2e*="count"]',
  '[class$="e1"]',
  '.css-0',
  '#app',
  '#app [data-e2e]',
  '[lang=EN]',
  'script[type="APPLICATION/LD+JSON"]',
  'link[rel="CANONICAL"]',
  '[data-e2e="USER-TITLE" i]',
  '[data-e2e="USER-TITLE"]',
  '[rel="canonical" s]',
  '[class~="x y"]',
  '[href*=""]',
  'svg *',
];

function elements(node: AnyNode, out: Element[] = []): Element[] {
  if ('children' in node)
    for (const c of node.children)
      if (isTag(c)) {
        out.push(c);
        elements(c, out);
      }
  return out;
}

describe('html-query: the same answers as css-select', () => {
  it('every selector the readers use is in the grammar', () => {
    for (const s of [...READERS, ...MORE]) expect(parseSelector(s), s).toBeDefined();
    expect(parseSelector('a > b')).toBeUndefined();
    expect(parseSelector('a:first-child')).toBeUndefined();
    expect(parseSelector('A')).toBeUndefined();
  });

  for (const [name, html] of allPages()) {
    it(name, () => {
      const doc = parseDocument(html);
      const index = new PageIndex(doc);
      const all = elements(doc);
      expect(index.elements).toEqual(all);
      const roots = all.filter((_, i) => i % 25 === 0 || all[i]!.attribs['data-e2e'] !== undefined);
      for (const s of [...READERS, ...MORE]) {
        const q = parseSelector(s)!;
        // Compiled without a context, as src/html/lite.ts did: a descendant's ancestors may lie outside the
        // element queried (the DOM's rule; css-select given a string and elements would keep them inside).
        const css = compile<AnyNode, Element>(s);
        const want = selectAll(css, doc.children).filter(isTag);
        expect(index.select(q, null, false), s).toEqual(want);
        expect(index.select(q, null, true), s).toEqual(want.slice(0, 1));
        for (const root of roots) {
          const under = selectAll(css, root.children).filter(isTag);
          const got = index.select(q, root, false);
          if (got.length !== under.length || got.some((g, i) => g !== under[i]))
            expect(got, `${s} under`).toEqual(under);
        }
        for (const el of all)
          if (matches(el, q) !== is(el, css)) expect(matches(el, q), `${s} matches`).toBe(is(el, css));
      }
    });
  }
});
