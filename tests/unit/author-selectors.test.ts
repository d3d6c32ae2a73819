/**
 * The author selectors (src/tiktok/selectors.ts AUTHOR) against the feed, video and search fixture pages: each
 * page's authors are found by handle text or by profile link, and video links are not mistaken for profiles.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { handleFromProfileUrl, normaliseHandle } from '../../src/tiktok/observation';
import { AUTHOR } from '../../src/tiktok/selectors';
import { profiles } from '../fixtures/render';
import { renderFeedHtml, renderSearchHtml, renderVideoHtml } from '../fixtures/render-feed';

const NOW = 1_800_000_000_000;
const cases = ['northkoreanlife', 'cello.cam', 'markup_test'].map((h) => profiles.find((c) => c.user.uniqueId === h)!);
const handles = cases.map((c) => c.user.uniqueId);

function found(html: string) {
  const { document } = parseHTML(html);
  const byText = [...document.querySelectorAll(AUTHOR.handleText)].map((el) => normaliseHandle(el.textContent ?? ''));
  const byLink = [...document.querySelectorAll(AUTHOR.profileLink)]
    .map((a) => handleFromProfileUrl(a.getAttribute('href') ?? ''))
    .filter((h): h is string => h !== undefined);
  return { byText, byLink: [...new Set(byLink)] };
}

describe('author selectors', () => {
  it('feed: handle text and profile links of every card', () => {
    const { byText, byLink } = found(renderFeedHtml(cases, { now: NOW }));
    expect(byText).toEqual(handles);
    expect(byLink).toEqual(handles);
  });

  it('video page: the author by text, commenters by link', () => {
    const [author, ...commenters] = cases;
    const { byText, byLink } = found(renderVideoHtml(author!, commenters, { now: NOW }));
    expect(byText).toEqual([handles[0]]);
    expect(byLink).toEqual(handles);
  });

  it('search results: the card authors', () => {
    const { byText, byLink } = found(renderSearchHtml('q', cases, { now: NOW }));
    expect(byText).toEqual(handles);
    expect(byLink).toEqual(handles);
  });

  it('video links are not profile links', () => {
    expect(handleFromProfileUrl('/@northkoreanlife/video/7300000000000000000')).toBeUndefined();
    expect(handleFromProfileUrl('https://www.tiktok.com/@northkoreanlife?lang=en')).toBe('northkoreanlife');
  });
});
