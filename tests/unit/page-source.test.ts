import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { EMBEDDED_SCRIPTS, parseJson } from '../../src/tiktok/embedded';
import { normaliseHandle } from '../../src/tiktok/observation';
import { extractScriptText, htmlSource } from '../../src/tiktok/page-source';
import { parseEmbedded, readProfile } from '../../src/tiktok/profile';
import { type PageFormat, profiles, renderProfileHtml, renderWallHtml } from '../fixtures/render';

const NOW = Date.UTC(2026, 10, 28, 12);

describe('extractScriptText', () => {
  it('finds the script by id whatever the attribute order and quoting', () => {
    const body = '{"a":1}';
    for (const tag of [
      `<script id="SIGI_STATE" type="application/json">`,
      `<script type="application/json" id="SIGI_STATE">`,
      `<script type='application/json' id='SIGI_STATE' nonce="x">`,
      `<SCRIPT id=SIGI_STATE>`,
    ]) {
      expect(extractScriptText(`<html>${tag}${body}</script ></html>`, 'SIGI_STATE')).toBe(body);
    }
  });

  it('does not take a script whose id only starts with the wanted one, nor another attribute holding it', () => {
    const html =
      '<script id="SIGI_STATE_OLD">{"old":1}</script><script data-x="SIGI_STATE">{"x":1}</script>' +
      '<script id="SIGI_STATE">{"new":1}</script>';
    expect(extractScriptText(html, 'SIGI_STATE')).toBe('{"new":1}');
  });

  it('stops at the first closing tag and returns undefined when the script is absent', () => {
    expect(extractScriptText('<script id="__NEXT_DATA__">{}</script><script>x</script>', '__NEXT_DATA__')).toBe('{}');
    expect(extractScriptText('<p>no scripts</p>', '__NEXT_DATA__')).toBeUndefined();
  });
});

/** The watchlist's way of reading a page: an HTML string, no DOM. */
const readProfileHtml = (html: string, handle: string, observedAt: number) =>
  readProfile(htmlSource(html), { handle, observedAt });

describe('readProfile over an HTML string (the watchlist) on rendered corpus pages', () => {
  const formats: PageFormat[] = ['universal', 'sigi', 'next'];
  for (const c of profiles.slice(0, 12)) {
    for (const format of formats) {
      it(`${c.id} (${format}): the same Observation as the JSON reader on a real DOM`, () => {
        const html = renderProfileHtml(c, { now: NOW, format });
        const handle = normaliseHandle(c.user.uniqueId);
        const fromString = readProfileHtml(html, handle, NOW);
        // The reference: the DOM finds the script element, the same reader reads it.
        const doc = parseHTML(html).document;
        const era = EMBEDDED_SCRIPTS.find((s) => doc.querySelector(`script#${s.id}`))!;
        const expected = era.read(parseJson(doc.querySelector(`script#${era.id}`)!.textContent), handle, NOW);
        expect(expected).toBeDefined();
        expect(fromString).toEqual(expected);
        expect(parseEmbedded(htmlSource(html)).map((e) => e.id)).toEqual([era.id]);
      });
    }
  }

  it('a verification wall is a wall', () => {
    expect(readProfileHtml(renderWallHtml(), 'anyone', NOW).status).toBe('wall');
  });

  it('a page without embedded JSON is unreadable, not ok', () => {
    const html = renderProfileHtml(profiles[0]!, { now: NOW, format: 'dom-only' });
    expect(readProfileHtml(html, normaliseHandle(profiles[0]!.user.uniqueId), NOW).status).toBe('unreadable');
  });

  it('JSON about another account is not read as this one', () => {
    const html = renderProfileHtml(profiles[0]!, { now: NOW, format: 'universal' });
    expect(readProfileHtml(html, 'somebody_else', NOW).user).toBeUndefined();
  });
});
