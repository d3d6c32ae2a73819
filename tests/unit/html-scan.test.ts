/**
 * src/html/scan.ts builds the very tree htmlparser2's parseDocument builds, or declines (undefined) and the
 * scorer parses with htmlparser2: on every real capture and corpus page (none declined), and on generated markup
 * full of the cases its rules copy (implied end tags, void and raw-text elements, svg, entities, odd attributes).
 */
import fc from 'fast-check';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { scanDocument } from '../../src/html/scan';
import { allPages, linksConsistent, shape } from './html-tree.helpers';

describe('html-scan: the same tree as htmlparser2', () => {
  for (const [name, html] of allPages()) {
    it(name, () => {
      const fast = scanDocument(html);
      expect(fast, 'the fast path declined a real page').toBeDefined();
      expect(shape(fast!)).toEqual(shape(parseDocument(html)));
      expect(linksConsistent(fast!)).toBe(true);
    });
  }

  const TAGS = [
    'div',
    'DIV',
    'p',
    'P',
    'li',
    'ul',
    'td',
    'tr',
    'th',
    'table',
    'tbody',
    'thead',
    'tfoot',
    'option',
    'optgroup',
    'select',
    'input',
    'button',
    'dd',
    'dt',
    'rt',
    'rp',
    'h1',
    'h2',
    'span',
    'a',
    'b',
    'br',
    'BR',
    'img',
    'hr',
    'meta',
    'link',
    'body',
    'head',
    'html',
    'svg',
    'math',
    'path',
    'g',
    'title',
    'desc',
    'foreignObject',
    'mi',
    'script',
    'SCRIPT',
    'style',
    'textarea',
    'xmp',
    'tmp',
    'xitle',
    'main',
    'section',
    'scripts',
    'x-y',
    'a:b',
  ];
  const name = fc.constantFrom(...TAGS);
  const attrValue = fc.constantFrom(
    '',
    'x',
    'a b',
    '&amp;',
    '&amp',
    '&ampx',
    '&amp=',
    '&lt;b&gt;',
    '&#60;',
    '&#x3C;',
    '&#0;',
    '&notit;',
    '&notit',
    'a&b',
    '/x/',
    'é',
    '"',
    "'",
    '=',
    '<',
    '>',
  );
  const attrName = fc.constantFrom('id', 'class', 'data-e2e', 'HREF', 'href', 'x', '=x', 'constructor', '__proto__');
  const attr = fc
    .tuple(
      attrName,
      attrValue,
      fc.constantFrom('"', "'", '', 'none'),
      fc.constantFrom(' ', '  ', '\n', '\t', ' / ', '/'),
    )
    .map(([n, v, q, sep]) => {
      if (q === 'none') return `${sep}${n}`;
      if ((q === '"' && v.includes('"')) || (q === "'" && v.includes("'"))) return `${sep}${n}=${q}${q}`;
      return `${sep}${n}${sep === '\n' ? ' = ' : '='}${q}${v}${q}`;
    });
  const openTag = fc
    .tuple(name, fc.array(attr, { maxLength: 3 }), fc.constantFrom('>', '/>', ' >', ' />'))
    .map(([n, attrs, end]) => `<${n}${attrs.join('')}${end}`);
  const closeTag = fc.tuple(name, fc.constantFrom('>', ' >', ' x>', '/>')).map(([n, end]) => `</${n}${end}`);
  const text = fc.constantFrom(
    'hi',
    ' ',
    '\n',
    'a < b',
    '<3',
    '&amp;',
    '&amp',
    '&lt;i&gt;',
    '&#169;',
    '&copy',
    '&notit;',
    '&',
    '&#',
    'x&y',
    '</script',
    '</scriptx>',
    '<</',
    '-->',
    'é 🇨🇳',
    '<!-- c -->',
    '<!---->',
    '<!-->',
    '<!--->',
    '<!DOCTYPE html>',
    '<!doctype\thtml>',
    '<!x>',
    '<![CDATA[x]]>',
    '<?xml?>',
    '</>',
    '</ x>',
    '<',
    '<!',
  );
  const doc = fc.array(fc.oneof(openTag, openTag, closeTag, text), { maxLength: 40 }).map((parts) => parts.join(''));

  it('generated markup: the fast path declines or agrees, and takes most documents', () => {
    let fast = 0;
    let all = 0;
    fc.assert(
      fc.property(doc, (html) => {
        all++;
        const got = scanDocument(html);
        if (!got) return;
        fast++;
        expect(shape(got)).toEqual(shape(parseDocument(html)));
        expect(linksConsistent(got)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(fast / all).toBeGreaterThan(0.3);
  });
});
