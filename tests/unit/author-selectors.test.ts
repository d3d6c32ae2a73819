/**
 * The author selectors (src/tiktok/selectors.ts AUTHOR) against the feed, video and search fixture pages: each
 * page's authors are found by handle text or by profile link, and video links are not mistaken for profiles.
 * tests/unit/real-authors.test.ts runs the finder on real pages; here, the cases no real capture shows.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findAuthors } from '../../extension/content/authors';
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

  it('the finder: one author per name link (not the avatar link beside it), on every fixture page', () => {
    const [author, ...commenters] = cases;
    for (const html of [
      renderFeedHtml(cases, { now: NOW }),
      renderVideoHtml(author!, commenters, { now: NOW }),
      renderSearchHtml('q', cases, { now: NOW }),
    ]) {
      const found = findAuthors(parseHTML(html).document);
      expect(found.map((a) => a.handle)).toEqual(handles);
      for (const { anchor } of found) expect(anchor.textContent?.trim()).not.toBe('');
    }
  });

  it('the finder: not the viewer, mentions, hashtags or music (shapes no real capture shows with a handle)', () => {
    // Mentions modelled on the real description's hashtag link (`search-common-link`, 2025-11 video capture).
    const html =
      '<a data-e2e="nav-profile" href="/@viewer"><button>Profile</button></a>' +
      '<article data-e2e="recommend-list-item-container"><a href="/@author1" data-e2e="video-author-avatar"><img></a>' +
      '<a href="/@author1"><h3 data-e2e="video-author-uniqueid">author1</h3><span> · </span>5-23</a>' +
      '<div data-e2e="video-desc"><a data-e2e="search-common-link" href="/@mentioned1"><strong>@mentioned1</strong></a>' +
      '<a data-e2e="search-common-link" href="/tag/news"><strong>#news</strong></a></div>' +
      '<a href="/music/original-sound-1">original sound - someone</a></article>' +
      '<div><div data-e2e="comment-username-1"><div><a href="/@commenter1"><p>Nick</p></a></div></div>' +
      '<div data-e2e="comment-level-1"><span>hi <a href="/@mentioned2">@mentioned2</a></span></div></div>' +
      '<div data-e2e="inbox-list-item"><p data-e2e="inbox-title"><a href="/@liker">Liker</a></p></div>';
    expect(findAuthors(parseHTML(html).document).map((a) => a.handle)).toEqual(['author1', 'commenter1']);
  });

  it('the finder: a handle heading outside any profile link is read by its text; a changed link by its box', () => {
    const { document } = parseHTML(
      '<div><span data-e2e="browse-username">@Loose.Handle</span></div>' +
        '<div data-e2e="comment-username-2"><div><a href="/@replier"><p>R</p></a></div></div>',
    );
    expect(findAuthors(document).map((a) => [a.handle, a.anchor.tagName])).toEqual([
      ['loose.handle', 'SPAN'],
      ['replier', 'A'],
    ]);
    // A mutation inside a comment's name box: the link alone is the changed root, the box around it names it.
    const link = document.querySelector('a[href="/@replier"]')!;
    expect(findAuthors(link).map((a) => a.handle)).toEqual(['replier']);
  });
});
