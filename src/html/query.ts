/**
 * The readers' selectors answered from an index of the parsed page instead of css-select walking the whole tree
 * per query (a dozen walks a page were a third of the scorer's reading). The index holds every element in
 * document order, each with the end of its subtree, and the elements by tag, id and `data-e2e` value; a selector
 * in the small grammar the readers use (tags, `*`, `#id`, `.class`, `[attr]`, `[attr=|*=|^=|$=|~="v" i]`,
 * descendant combinators, comma lists) is matched as css-select 5 matches it (its attributes.js: the same
 * case-insensitive attributes, empty values matching nothing); any other selector returns undefined and the
 * caller asks css-select.
 */
import type { AnyNode, Document, Element } from 'domhandler';
import { isTag } from 'domhandler';

type Test = (el: Element) => boolean;

interface Compound {
  tag?: string;
  tests: Test[];
  /** An exact value the index can look up. */
  key?: { kind: 'data-e2e' | 'id'; value: string };
}
/** A complex selector, rightmost compound first. */
type Complex = Compound[];

/** css-select 5 attributes.js: attribute values compared without case in HTML when no flag says otherwise. */
const CASE_INSENSITIVE = new Set(
  (
    'accept accept-charset align alink axis bgcolor charset checked clear codetype color compact declare defer dir ' +
    'direction disabled enctype face frame hreflang http-equiv lang language link media method multiple nohref ' +
    'noresize noshade nowrap readonly rel rev rules scope scrolling selected shape target text type valign ' +
    'valuetype vlink'
  ).split(' '),
);
const escapeRegex = (v: string) => v.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');

function attrTest(name: string, op: string, value: string, ignoreCase: boolean): Test | undefined {
  const get = (el: Element): string | undefined => el.attribs[name];
  const lower = value.toLowerCase();
  switch (op) {
    case '':
      // domutils hasAttrib: an own attribute (never `constructor` from Object.prototype)
      return (el) => Object.hasOwn(el.attribs, name) && get(el) != null;
    case '=':
      return ignoreCase
        ? (el) => {
            const a = get(el);
            return a != null && a.length === value.length && a.toLowerCase() === lower;
          }
        : (el) => get(el) === value;
    case '~=': {
      if (/\s/.test(value)) return () => false;
      const re = new RegExp(`(?:^|\\s)${escapeRegex(value)}(?:$|\\s)`, ignoreCase ? 'i' : '');
      return (el) => {
        const a = get(el);
        return a != null && a.length >= value.length && re.test(a);
      };
    }
    case '^=':
      if (!value) return () => false;
      return ignoreCase
        ? (el) => {
            const a = get(el);
            return a != null && a.length >= value.length && a.substr(0, value.length).toLowerCase() === lower;
          }
        : (el) => !!get(el)?.startsWith(value);
    case '$=':
      if (!value) return () => false;
      return ignoreCase
        ? (el) => get(el)?.substr(-value.length).toLowerCase() === lower
        : (el) => !!get(el)?.endsWith(value);
    case '*=': {
      if (!value) return () => false;
      if (!ignoreCase) return (el) => !!get(el)?.includes(value);
      const re = new RegExp(escapeRegex(value), 'i');
      return (el) => {
        const a = get(el);
        return a != null && a.length >= value.length && re.test(a);
      };
    }
    default:
      return undefined;
  }
}

const IDENT = /[a-z0-9_-]+/y;
const ATTR = /\[\s*([a-z0-9_-]+)\s*(?:([*^$~]?=)\s*(?:"([^"\\]*)"|'([^'\\]*)'|([A-Za-z0-9_-]+))\s*(?:([is])\s*)?)?\]/y;

/** One compound at `pos`, or undefined when it uses anything outside the grammar. */
function compound(sel: string, start: number): { c: Compound; end: number } | undefined {
  const c: Compound = { tests: [] };
  let pos = start;
  if (sel[pos] === '*') pos++;
  else {
    IDENT.lastIndex = pos;
    const m = IDENT.exec(sel);
    if (m) {
      c.tag = m[0];
      pos += m[0].length;
    }
  }
  for (;;) {
    const ch = sel[pos];
    if (ch === '#' || ch === '.') {
      IDENT.lastIndex = pos + 1;
      const m = IDENT.exec(sel);
      if (!m) return undefined;
      // css-what: `#x` is [id="x"] and `.x` is [class~="x"], both case-sensitive outside quirks mode.
      c.tests.push(attrTest(ch === '#' ? 'id' : 'class', ch === '#' ? '=' : '~=', m[0], false)!);
      if (ch === '#') c.key ??= { kind: 'id', value: m[0] };
      pos += 1 + m[0].length;
    } else if (ch === '[') {
      ATTR.lastIndex = pos;
      const m = ATTR.exec(sel);
      if (!m) return undefined;
      const [all, name, op = '', dq, sq, bare, flag] = m;
      const value = dq ?? sq ?? bare ?? '';
      const ignoreCase = flag === 'i' ? true : flag === 's' ? false : CASE_INSENSITIVE.has(name!);
      const test = attrTest(name!, op, value, ignoreCase);
      if (!test) return undefined;
      c.tests.push(test);
      if (op === '=' && !ignoreCase && (name === 'data-e2e' || name === 'id')) c.key ??= { kind: name, value };
      pos += all.length;
    } else break;
  }
  return pos > start ? { c, end: pos } : undefined;
}

/** A selector in the grammar above, as its alternatives; undefined otherwise (css-select answers it). */
export function parseSelector(selector: string): Complex[] | undefined {
  const out: Complex[] = [];
  for (const part of selector.split(',')) {
    const chain: Compound[] = [];
    const s = part.trim();
    let pos = 0;
    while (pos < s.length) {
      const r = compound(s, pos);
      if (!r) return undefined;
      chain.unshift(r.c);
      pos = r.end;
      const gap = /\s*/y;
      gap.lastIndex = pos;
      const ws = gap.exec(s)![0].length;
      if (pos + ws < s.length && ws === 0) return undefined; // another combinator (`>`, `+`, `~`) or a pseudo-class
      pos += ws;
    }
    if (!chain.length) return undefined;
    out.push(chain);
  }
  return out;
}

function matchesCompound(el: Element, c: Compound): boolean {
  if (c.tag !== undefined && el.name !== c.tag) return false;
  for (const t of c.tests) if (!t(el)) return false;
  return true;
}

/** Whether `el` matches the chain: its first compound, then each further one by some ancestor (css-select). */
function matchesChain(el: Element, chain: Complex): boolean {
  if (!matchesCompound(el, chain[0]!)) return false;
  let k = 1;
  for (let p: AnyNode | null = el.parent; k < chain.length && p && isTag(p); p = p.parent)
    if (matchesCompound(p, chain[k]!)) k++;
  return k === chain.length;
}

export function matches(el: Element, alternatives: Complex[]): boolean {
  return alternatives.some((chain) => matchesChain(el, chain));
}

const push = (map: Map<string, number[]>, key: string, i: number) => {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
};

/** Each element's position in document order, kept on the node (a Map lookup per query cost more). */
const ORDER = Symbol('order');
type Ordered = Element & { [ORDER]?: number };

/** The page's elements in document order, where each one's subtree ends, and lookups by tag, id and data-e2e. */
export class PageIndex {
  readonly elements: Element[] = [];
  /** One past each element's last descendant's position. */
  readonly end: number[] = [];
  private readonly byTag = new Map<string, number[]>();
  private readonly byId = new Map<string, number[]>();
  private readonly byE2e = new Map<string, number[]>();

  constructor(doc: Document) {
    const visit = (nodes: AnyNode[]) => {
      for (const n of nodes) {
        if (!isTag(n)) continue;
        const i = this.elements.length;
        this.elements.push(n);
        (n as Ordered)[ORDER] = i;
        push(this.byTag, n.name, i);
        const attribs = n.attribs;
        if (Object.hasOwn(attribs, 'id')) push(this.byId, attribs.id!, i);
        if (Object.hasOwn(attribs, 'data-e2e')) push(this.byE2e, attribs['data-e2e']!, i);
        this.end.push(0);
        visit(n.children);
        this.end[i] = this.elements.length;
      }
    };
    visit(doc.children);
  }

  /** Positions in [lo, hi) that may match `c` (a superset), ascending. */
  private candidates(c: Compound, lo: number, hi: number): number[] {
    if (!c.key && c.tag === undefined) {
      const all: number[] = [];
      for (let i = lo; i < hi; i++) all.push(i);
      return all;
    }
    const list = c.key ? (c.key.kind === 'id' ? this.byId : this.byE2e).get(c.key.value) : this.byTag.get(c.tag!);
    return list ? within(list, lo, hi) : [];
  }

  /** The elements under `root` (the document when null) matching any alternative, in document order. */
  select(alternatives: Complex[], root: Element | null, firstOnly: boolean): Element[] {
    const lo = root ? (root as Ordered)[ORDER]! + 1 : 0;
    const hi = root ? this.end[lo - 1]! : this.elements.length;
    const found: number[] = [];
    for (const chain of alternatives) {
      for (const i of this.candidates(chain[0]!, lo, hi)) {
        if (!matchesChain(this.elements[i]!, chain)) continue;
        found.push(i);
        if (firstOnly) break;
      }
    }
    if (alternatives.length > 1) found.sort((a, b) => a - b);
    const out: Element[] = [];
    for (let k = 0; k < found.length; k++)
      if (k === 0 || found[k] !== found[k - 1]) out.push(this.elements[found[k]!]!);
    return firstOnly ? out.slice(0, 1) : out;
  }
}

/** The entries of an ascending list in [lo, hi). */
function within(list: number[], lo: number, hi: number): number[] {
  let a = 0;
  let b = list.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (list[mid]! < lo) a = mid + 1;
    else b = mid;
  }
  let e = a;
  while (e < list.length && list[e]! < hi) e++;
  return a === 0 && e === list.length ? list : list.slice(a, e);
}
