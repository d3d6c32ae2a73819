/**
 * Every selector the readers rely on, in one place (docs/tiktok-format.md). TikTok's class names are hashed per
 * build, so only `data-e2e` attributes and ids are matched. tests/unit/real-captures.test.ts runs them on the real
 * captures of every era; tests/unit/embedded.test.ts and the e2e tests on the project's own fixture pages.
 */
export const SEL = {
  /**
   * The two header headings. Their roles swapped between eras: 2022–23 `h2[user-title]` is the handle and
   * `h1[user-subtitle]` the nickname (the SIGI captures), 2026 `h1[user-title]` the nickname and `h2[user-subtitle]`
   * the handle (the browser-saved capture). The reader picks the one whose text is the handle.
   */
  titleHeadings: '[data-e2e="user-title"], [data-e2e="user-subtitle"]',
  bio: '[data-e2e="user-bio"]',
  link: 'a[data-e2e="user-link"]',
  /** The avatar image: its URL carries `userId=<snowflake>` in some builds (the id, hence the creation date). */
  avatar: '[data-e2e="user-avatar"] img',
  followingCount: '[data-e2e="following-count"]',
  followersCount: '[data-e2e="followers-count"]',
  likesCount: '[data-e2e="likes-count"]',
  postList: '[data-e2e="user-post-item-list"]',
  postItem: '[data-e2e="user-post-item"]',
  postLink: 'a[href*="/video/"], a[href*="/photo/"]',
  postViews: '[data-e2e="video-views"]',
  /** The grid card's corner badge: "Pinned" in the viewer's language ("Épinglé" in the 2026 French capture). */
  pinnedBadge: '[data-e2e="video-card-badge"]',
  /** Verification walls carry no profile data at all. */
  wall: '#cs, .captcha-verify-container, #captcha-verify-container-main-page',
  /** A verified mark inside the title: TikTok draws it as an svg (newer builds) or a badge element. */
  verifiedMark: 'svg, [data-e2e*="verif" i], [class*="Verif"]',
  /** The state-media label's learn-more link (label.ts LEARN_MORE_PATH), drawn beside the label under the name. */
  labelLink: 'a[href*="/tns-inapp/pages/state-affiliated-media"]',
  /** Schema.org blocks: `ProfilePage` (2025–26, exact counts) and `Person` (2022–23, no counts). */
  ldJson: 'script[type="application/ld+json"]',
} as const;

/** Post links: `https://www.tiktok.com/@handle/video/<id>`, and `/photo/<id>` for photo posts (2026 captures). */
export const VIDEO_HREF = /\/@([^/?#]+)\/(?:video|photo)\/(\d{6,25})/;

/**
 * Author handles outside profile pages: the For You feed, video pages, comments, search results, /discover and the
 * Following sidebar. Only these places name an author; every other `/@` link is the viewer's own (`nav-profile`), an
 * avatar, a video thumbnail, an inbox notification or a mention in text. The badge goes after the enclosing link,
 * never inside it (a click inside would open the profile). tests/unit/real-authors.test.ts runs them on real pages.
 */
export const AUTHOR = {
  /**
   * Elements whose text is the handle: feed cards (`video-author-uniqueid` inside the name link, 2025-11 video
   * capture), /discover cards (`discover-user-subtitle` "@jbalvin", 2025-09 capture). `browse-username` and the
   * search cards' ids come from scrapers' selectors: no capture shows them.
   */
  handleText:
    '[data-e2e="video-author-uniqueid"], [data-e2e="discover-user-subtitle"], [data-e2e="browse-username"], ' +
    '[data-e2e="search-card-user-unique-id"], [data-e2e="search-user-unique-id"]',
  /**
   * Elements showing a nickname, with the handle only in the profile link around or inside them: comments
   * (`comment-username-1`, replies `-2`: a div around the link in the 2025-11 capture, inside it in older builds)
   * and the Following sidebar (`following-user-title`, same capture).
   */
  nameText: '[data-e2e^="comment-username-"], [data-e2e="following-user-title"]',
  /** Profile links; video links (`/@h/video/<id>`) match too and are told apart by their path. */
  profileLink: 'a[href^="/@"], a[href^="https://www.tiktok.com/@"]',
} as const;

/** TikTok's theme switch: `data-theme="dark"` on the root or body in current builds; else the body colour decides. */
export const THEME_ATTR = 'data-theme';

/** The embedded JSON's script ids, one per era (docs/tiktok-format.md); embedded.ts pairs each with its reader. */
export const EMBEDDED_IDS = ['__UNIVERSAL_DATA_FOR_REHYDRATION__', 'SIGI_STATE', '__NEXT_DATA__'] as const;
