/**
 * Every threshold and weight of the signals and the verdict, in one table so that they are tuned in one place
 * and the options page can offer a sensitivity setting over them. How they were tuned: docs/calibration.md.
 * Each row says where its number comes from; "corpus" means it was set on tests/fixtures/corpus with margin on
 * both sides, never to a single case.
 */
export const THRESHOLDS = {
  /** TikTok's own Creator Rewards programme asks for 10,000 followers: below that, zero follows is unremarkable. */
  zeroFollowsMinFollowers: 10_000,
  /** A young account: half a year (corpus: every manufactured-reach case is under 2 months, every ordinary one but
   * the viral newcomer over 180 days; docs/calibration.md). */
  youngAccountDays: 180,
  /** Average followers gained per day of the account's life that counts as outsized for a young account. The
   * reported North Korea account gained ~9,500/day (200k in 3 weeks); corpus manufactured reach 1,460–9,600/day. The
   * one ordinary account this young, the viral newcomer (11,500/day), fires too: alone it is not enough for a
   * verdict (docs/calibration.md). */
  youngFollowersPerDay: 1_000,
  /** Median views of recent posts as a multiple of followers. Corpus ordinary accounts: 0.02–1.75; state-branded
   * ones 7.7–16.8 (docs/calibration.md); the reported account: ~7. A post that habitually reaches several times its own audience is being pushed to strangers. */
  viewsPerFollower: 2.5,
  /** Fewest regular posts for a statistic over posts. */
  minPosts: 5,
  /** A "hit": a recent post with at least this multiple of the median views of the account's earlier posts. */
  hitMultiple: 5,
  /** Share of recent posts that are hits for the signal to fire. */
  hitShare: 0.5,
  /** Posts per day over the recent posts' span. TikTok's creator guidance suggests 1–4 posts a day; corpus ordinary
   * unverified accounts post at most 0.6/day (verified newsrooms 2.1–3.0, not counted), the manufactured cases
   * 2.7–4.0 (docs/calibration.md). */
  postsPerDay: 2,
  /** Posts within one hour that make a burst (scheduled batch uploads). */
  burstPosts: 5,
  /** A business account is a brand, exempt from the follows and cadence signals, until it posts like a content farm:
   * at least this many posts a day (2.5× the top of TikTok's 1–4 a day guidance; the eval's business content farms
   * 32–57 a day, every verified, business or organisation newsroom and brand of the eval at most 6.7) with bait tags
   * on most of them (baitShare). */
  farmPostsPerDay: 10,
  /** A post is bait-stuffed with at least this many engagement-bait hashtags (#fyp, #foryou, #xyzbca, …). */
  baitTagsPerPost: 2,
  /** Share of recent posts that are bait-stuffed for the signal to fire. */
  baitShare: 0.5,
  /** Growth spike: follower growth per day in the latest interval against the earlier rate. */
  spikeRateMultiple: 10,
  /** … and at least this many new followers in that interval, so that tiny accounts do not spike on noise. */
  spikeMinGain: 10_000,
  /** … and growth of at least half the followers it had: a spike is a jump in size, not only in pace (an old
   * account's lifetime average understates its recent pace; corpus steady growth: +15% in two weeks). */
  spikeMinRelative: 0.5,
  /** A post uploaded before or during the jump with this many views, and at least the follower gain, explains it. */
  viralExplainsViews: 1_000_000,
} as const;

/** Points each signal adds to its axis when it fires. */
export const WEIGHTS = {
  'tiktok-label': 100,
  'listed-account': 100,
  'outlet-link': 60,
  'outlet-employer': 60,
  'state-voice': 20,
  'zero-follows': 25,
  'young-reach': 25,
  'views-per-follower': 20,
  'hit-rate': 15,
  'posting-cadence': 15,
  'hashtag-bait': 10,
  'growth-spike': 30,
} as const;

export const VERDICT_RULES = {
  /** Amplification points for `unusual`. Two strong signals, or one with two weak ones; one alone never does. */
  unusualAt: 40,
  /** "Strong amplification", which with a state-identity cue makes `suspected`: points and independent signals. */
  strongAt: 60,
  strongSignals: 3,
} as const;

export type Thresholds = typeof THRESHOLDS;
