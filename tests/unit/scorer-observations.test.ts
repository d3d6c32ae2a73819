/**
 * The scorer's fast page reading (src/html/scan.ts's tree, src/html/lite.ts's indexed queries) reads every
 * page exactly as a full DOM does: the same Observation (or the same refusal) from readHtmlCapture with the
 * scorer's parser and with linkedom (a complete DOM with its own selector engine, which the scorer used before
 * htmlparser2), on every real capture (../shared/real-captures, more/ and orig/) and corpus page of every era.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/html/lite';
import { readHtmlCapture } from '../../src/tiktok/captures';
import { allPages, FIXTURE_NOW } from './html-tree.helpers';

const fullDom = (html: string) => parseHTML(html).document as unknown as ParentNode;

function read(html: string, parse: (html: string) => ParentNode): unknown {
  try {
    return readHtmlCapture(html, parse, FIXTURE_NOW);
  } catch (e) {
    return { refused: (e as Error).message };
  }
}

describe('scorer observations: the fast parser reads what a full DOM reads', () => {
  const pages = allPages();
  it('has real and corpus pages to compare', () => {
    expect(pages.length).toBeGreaterThan(90);
  });
  for (const [name, html] of pages) {
    it(name, () => {
      expect(read(html, parseHtml)).toEqual(read(html, fullDom));
    });
  }
  it('a page read through a HAR entry URL: the same too', () => {
    for (const [, html] of pages.slice(0, 10)) {
      const url = 'https://www.tiktok.com/@someone_else';
      const viaUrl = (parse: (h: string) => ParentNode) => readHtmlCapture(html, parse, FIXTURE_NOW, url);
      expect(viaUrl(parseHtml)).toEqual(viaUrl(fullDom));
    }
  });
});
