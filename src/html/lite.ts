/**
 * Profile pages parsed outside a live page, behind the few DOM methods the readers in src/tiktok use —
 * querySelector(All), matches, getAttribute, textContent, parentElement, children, closest, contains: htmlparser2's
 * tree (built by scan.ts's fast scan, or by htmlparser2 itself for unusual pages) with an index answering the
 * readers' selectors (query.ts; css-select for any other). The command-line scorer reads saved pages with it, the
 * background the HTML a profile page sends (extension/background/page-snapshot.ts); the content script reads the
 * live DOM.
 */
import { compile, is, selectAll, selectOne } from 'css-select';
import type { AnyNode, Document, Element } from 'domhandler';
import { isTag } from 'domhandler';
import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { matches, PageIndex, parseSelector } from './query';
import { canonical, scanDocument } from './scan';

/** Each node's wrapper, kept on the node itself: a WeakMap entry per node made garbage collection a third of a run. */
const WRAPPER = Symbol('lite');
type Wrapped = Element & { [WRAPPER]?: LiteElement };
/** The readers use a handful of selectors over and over: compile each once (compiling was most of the cost). */
const compiled = new Map<string, ReturnType<typeof compile<AnyNode, Element>>>();
/** The same selectors for the page index (query.ts); null: outside its grammar, css-select answers. */
const indexed = new Map<string, ReturnType<typeof parseSelector> | null>();

function query(selector: string) {
  let q = compiled.get(selector);
  if (!q) {
    q = compile<AnyNode, Element>(selector);
    compiled.set(selector, q);
  }
  return q;
}

function forIndex(selector: string) {
  let q = indexed.get(selector);
  if (q === undefined) {
    q = parseSelector(selector) ?? null;
    indexed.set(selector, q);
  }
  return q;
}

function wrap(node: Wrapped, index: PageIndex): LiteElement {
  node[WRAPPER] ??= new LiteElement(node, index);
  return node[WRAPPER];
}

class LiteParent {
  constructor(
    readonly node: Element | Document,
    readonly index: PageIndex,
  ) {}
  private select(selector: string, firstOnly: boolean): Element[] {
    const q = forIndex(selector);
    if (q) return this.index.select(q, isTag(this.node) ? this.node : null, firstOnly);
    if (firstOnly) {
      const found = selectOne(query(selector), this.node.children);
      return found && isTag(found) ? [found] : [];
    }
    return selectAll(query(selector), this.node.children).filter(isTag);
  }
  querySelector(selector: string): LiteElement | null {
    const [found] = this.select(selector, true);
    return found ? wrap(found, this.index) : null;
  }
  querySelectorAll(selector: string): LiteElement[] {
    return this.select(selector, false).map((n) => wrap(n, this.index));
  }
  get textContent(): string {
    return textContent(this.node);
  }
}

class LiteElement extends LiteParent {
  declare readonly node: Element;
  getAttribute(name: string): string | null {
    return this.node.attribs[name] ?? null;
  }
  matches(selector: string): boolean {
    const q = forIndex(selector);
    return q ? matches(this.node, q) : is(this.node, query(selector));
  }
  closest(selector: string): LiteElement | null {
    const q = forIndex(selector);
    for (let n: AnyNode | null = this.node; n && isTag(n); n = n.parent)
      if (q ? matches(n, q) : is(n, query(selector))) return wrap(n, this.index);
    return null;
  }
  contains(other: LiteElement | null): boolean {
    for (let n: AnyNode | null = other?.node ?? null; n; n = n.parent) if (n === this.node) return true;
    return false;
  }
  get parentElement(): LiteElement | null {
    const p = this.node.parent;
    return p && isTag(p) ? wrap(p, this.index) : null;
  }
  get children(): LiteElement[] {
    return this.node.children.filter(isTag).map((n) => wrap(n, this.index));
  }
}

/** Real profile pages nest well under 100 deep (the 2026 capture ~60); htmlparser2 slows quadratically past a few
 * thousand unclosed elements (300,000 nested divs took 45 s), so deeper input is refused before parsing. */
const MAX_DEPTH = 2000;
/** Elements that never hold children, or whose end tag HTML lets a page leave out: they do not deepen a page. */
const FLAT = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd tr td th option'.split(' '),
);

export class TooDeepError extends RangeError {}

const CLOSE_SCRIPT = /<\/script/gi;
const CLOSE_STYLE = /<\/style/gi;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Nesting depth by a character scan (a regex over every tag cost a third of the parse). */
function assertShallow(html: string): void {
  let depth = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const closing = html.charCodeAt(i + 1) === 47; // '/'
    const start = closing ? i + 2 : i + 1;
    if (!isLetter(html.charCodeAt(start))) continue;
    let end = start + 1;
    while (end < html.length && (isLetter(html.charCodeAt(end)) || html.charCodeAt(end) === 45)) end++;
    const name = canonical(html.slice(start, end));
    if (FLAT.has(name)) continue;
    if (closing) {
      depth--;
      continue;
    }
    const gt = html.indexOf('>', end);
    if (gt < 0) break;
    if (html.charCodeAt(gt - 1) === 47) continue; // self-closing
    if (name === 'script' || name === 'style') {
      // Raw text: whatever looks like a tag inside (a JSON string holding "<div>") is not one.
      const closeRe = name === 'script' ? CLOSE_SCRIPT : CLOSE_STYLE;
      closeRe.lastIndex = gt;
      if (!closeRe.exec(html)) break;
      i = closeRe.lastIndex - 1;
      continue;
    }
    if (++depth > MAX_DEPTH) throw new TooDeepError(`nested more than ${MAX_DEPTH} elements deep`);
    i = gt;
  }
}

/** A parsed page, typed as the DOM's ParentNode for the readers (they use only the methods above). */
export function parseHtml(html: string): ParentNode {
  assertShallow(html);
  const doc = scanDocument(html) ?? parseDocument(html);
  return new LiteParent(doc, new PageIndex(doc)) as unknown as ParentNode;
}
