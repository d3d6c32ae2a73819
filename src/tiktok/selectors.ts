/**
 * Every selector and page text the readers rely on, in one place (tiktok-format.md). TikTok's class names are
 * hashed per build, so only `data-e2e` attributes and ids are matched. Each selector is exercised against the
 * fixture pages of every era in tests/unit/dom-reader.test.ts.
 */
export const SEL = {
  /** Scrapers disagree on which of these holds the handle: the reader picks the one whose text is the handle. */
  titleHeadings: 'h1[data-e2e="user-title"], h2[data-e2e="user-subtitle"], h1[data-e2e="user-subtitle"]',
  bio: '[data-e2e="user-bio"]',
  link: 'a[data-e2e="user-link"]',
  followingCount: '[data-e2e="following-count"]',
  followersCount: '[data-e2e="followers-count"]',
  likesCount: '[data-e2e="likes-count"]',
  postItem: '[data-e2e="user-post-item"]',
  postLink: 'a[href*="/video/"]',
  postViews: '[data-e2e="video-views"]',
  /** Verification walls carry no profile data at all. */
  wall: '#cs, .captcha-verify-container, #captcha-verify-container-main-page',
  /** A verified mark inside the title: TikTok draws it as an svg (newer builds) or a badge element. */
  verifiedMark: 'svg, [data-e2e*="verif" i], [class*="Verif"]',
} as const;

/** Status pages identified by their text (English UI); the embedded statusCode is preferred when present. */
export const STATUS_TEXT = {
  missing: /couldn['’]t find this account/i,
  private: /this account is private/i,
  banned: /account (?:was|has been) banned|account is banned/i,
} as const;

/** TikTok's label text under the name: "China state-controlled media", "Russia state-affiliated media", … */
export const LABEL_TEXT = /\bstate[- ](?:controlled|affiliated) media\b/i;

/** Video links: `https://www.tiktok.com/@handle/video/<id>`. */
export const VIDEO_HREF = /\/@([^/?#]+)\/video\/(\d{6,25})/;

/**
 * Author handles outside profile pages (the For You feed, video pages, search results, comments). The badge goes
 * after the enclosing link, never inside it (a click inside would open the profile).
 */
export const AUTHOR = {
  /** The handle as text: feed cards (`video-author-uniqueid`), video pages (`browse-username`), search cards. */
  handleText:
    '[data-e2e="video-author-uniqueid"], [data-e2e="browse-username"], [data-e2e="search-card-user-unique-id"]',
  /** Profile links; video links (`/@h/video/<id>`) match too and are told apart by their path. */
  profileLink: 'a[href^="/@"], a[href^="https://www.tiktok.com/@"]',
} as const;

/** TikTok's theme switch: `data-theme="dark"` on the root or body in current builds; else the body colour decides. */
export const THEME_ATTR = 'data-theme';
