/**
 * Bugs the property suites pointed at, pinned down. After in-app navigation the embedded JSON still describes the
 * document's first URL (docs/tiktok-format.md): a status-only answer there ("no such account") must not be taken as an
 * answer about the account now in the URL.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readNext, readSigi } from '../../src/tiktok/embedded';
import { domSource } from '../../src/tiktok/page-source';
import { readProfile } from '../../src/tiktok/profile';

const readProfileDocument = (root: ParentNode, handle: string, observedAt: number, documentHandle?: string) =>
  readProfile(domSource(root), { handle, observedAt, documentHandle });

import { nextState, sigiState } from '../fixtures/bodies';
import { type CorpusCase, profiles, renderProfileHtml } from '../fixtures/render';

const NOW = Date.UTC(2026, 0, 15);
const missing = profiles.find((c) => c.statusCode === 10202)!;
const banned = profiles.find((c) => c.statusCode === 10221)!;
const real = profiles.find((c) => c.id === 'northkoreanlife')!;

/** The page of `shown` (rendered DOM only) under the embedded JSON of `first`'s document. */
function navigated(first: CorpusCase, shown: CorpusCase, format: 'universal' | 'sigi' | 'next'): ParentNode {
  const stale = parseHTML(renderProfileHtml(first, { now: NOW, format })).document;
  const doc = parseHTML(renderProfileHtml(shown, { now: NOW, format: 'dom-only' })).document;
  for (const s of stale.querySelectorAll('script[id]')) doc.body.append(s);
  return doc as unknown as ParentNode;
}

describe('stale embedded status after in-app navigation', () => {
  for (const first of [missing, banned]) {
    for (const format of ['universal', 'sigi', 'next'] as const) {
      it(`${first.id} (${format}) then @${real.user.uniqueId}: the shown account, not the first one's status`, () => {
        const obs = readProfileDocument(navigated(first, real, format), real.user.uniqueId, NOW);
        expect(obs.status).toBe('ok');
        expect(obs.user?.uniqueId).toBe(real.user.uniqueId);
        expect(obs.stats?.followers).toBeGreaterThan(0);
      });
    }
  }

  it('the status page itself is still read as such', () => {
    for (const format of ['universal', 'sigi', 'next'] as const) {
      const doc = parseHTML(renderProfileHtml(missing, { now: NOW, format })).document as unknown as ParentNode;
      expect(readProfileDocument(doc, missing.user.uniqueId, NOW).status, format).toBe('missing');
    }
  });

  it('SIGI and Next name the page they describe: another page’s JSON gives nothing', () => {
    const handle = real.user.uniqueId;
    expect(readSigi(sigiState(missing, NOW, 'RU'), handle, NOW)).toBeUndefined();
    expect(readNext(nextState(missing, NOW), handle, NOW)).toBeUndefined();
    expect(readSigi(sigiState(missing, NOW, 'RU'), missing.user.uniqueId, NOW)?.status).toBe('missing');
    expect(readNext(nextState(missing, NOW), missing.user.uniqueId, NOW)?.status).toBe('missing');
  });
});

describe('a saved page with nothing but its rendered header', () => {
  it('is named by the heading that reads as a handle and that the grid agrees with', async () => {
    const { readHtmlCapture } = await import('../../src/tiktok/captures');
    const html = renderProfileHtml(real, { now: NOW, format: 'dom-only' }).replace(/<link[^>]*canonical[^>]*>/gi, '');
    const obs = readHtmlCapture(html, (h) => parseHTML(h).document as unknown as ParentNode, NOW);
    expect(obs.handle).toBe(real.user.uniqueId.toLowerCase());
    // A nickname that reads like a handle but that the grid does not name is not taken.
    const swapped = html.replace(/>Life In North Korea[^<]*</, '>lookalike_name<');
    expect(readHtmlCapture(swapped, (h) => parseHTML(h).document as unknown as ParentNode, NOW).handle).toBe(
      real.user.uniqueId.toLowerCase(),
    );
  });
});
