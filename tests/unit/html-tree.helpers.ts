/** A parsed tree as plain data, for comparing src/html/scan.ts with htmlparser2 (every field domhandler sets). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyNode } from 'domhandler';
import { isComment, isDocument, isTag, isText } from 'domhandler';
import { type PageFormat, profiles, renderProfileHtml, renderWallHtml } from '../fixtures/render';
import { CAPTURES, HAVE_CAPTURES } from './real-captures.helpers';

export type Shape = string | { tag: string; type: string; attribs: [string, string][]; children: Shape[] };

export function shape(node: AnyNode): Shape {
  if (isText(node)) return `#text ${JSON.stringify(node.data)}`;
  if (isComment(node)) return `#comment ${JSON.stringify(node.data)}`;
  if (isTag(node))
    return {
      tag: node.name,
      type: node.type,
      // Object.entries keeps insertion order: the order htmlparser2 met the attributes in.
      attribs: Object.entries(node.attribs),
      children: node.children.map(shape),
    };
  if (isDocument(node)) return { tag: '#document', type: node.type, attribs: [], children: node.children.map(shape) };
  if ('name' in node && 'data' in node) return `#${node.type} ${node.name} ${JSON.stringify(node.data)}`;
  return `#${node.type}`;
}

/** Whether every node's parent, prev and next links agree with the children arrays (DomHandler sets all three). */
export function linksConsistent(node: AnyNode): boolean {
  if (!('children' in node)) return true;
  const kids = node.children;
  return kids.every(
    (k, i) =>
      k.parent === node && k.prev === (kids[i - 1] ?? null) && k.next === (kids[i + 1] ?? null) && linksConsistent(k),
  );
}

const ERAS: PageFormat[] = ['universal', 'sigi', 'next', 'dom-only'];
/** A fixed clock for the fixture pages: the same markup on every run. */
export const FIXTURE_NOW = Date.UTC(2026, 0, 15);

/**
 * Every HTML page the tests have: the real captures (../shared/real-captures, its `more/` and the raw `orig/`
 * responses; read at test time, never copied) and the corpus's profiles rendered in every era, plus a wall.
 */
export function allPages(): [name: string, html: string][] {
  const out: [string, string][] = [];
  if (HAVE_CAPTURES)
    for (const dir of ['', 'more', 'orig'])
      for (const f of readdirSync(join(CAPTURES, dir)).sort())
        if (/\.html?(\.orig)?$/.test(f)) out.push([join(dir, f), readFileSync(join(CAPTURES, dir, f), 'utf8')]);
  for (const c of profiles)
    for (const format of ERAS)
      out.push([`corpus ${c.user.uniqueId} ${format}`, renderProfileHtml(c, { now: FIXTURE_NOW, format })]);
  out.push(['wall', renderWallHtml()]);
  return out;
}
