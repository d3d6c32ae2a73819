/**
 * The accounts in TikTok's web API answers beyond profiles: the comment list (`/api/comment/list/`,
 * `comments[].user`) and the general search (`/api/search/general/full/`, `data[]` of videos with a camelCase
 * `item.author` and of user cards with snake_case `user_list[].user_info`). Shapes as in the two 2026-02 answers of
 * ../shared/real-captures/more (tikhub-*-data.json). The answer is untrusted: every member is type-checked, every
 * list and text capped; anything unexpected is skipped, never thrown on. Mentions (`textExtra`, `text_extra`) and
 * music authors are not read: they are not the answer's accounts.
 */
import { isValidHandle, normaliseHandle } from './handle';

/** TikTok's state-media label, as sent (texts kept raw, only capped). */
export interface StateLabel {
  /** `label_type` 1 = state-controlled media (the Android app's `AccountLabelType.SCM`). */
  labelType: 1;
  /** The label text, e.g. "China state-controlled media"; "" where TikTok sent none. */
  content: string;
  learnMoreUrl?: string;
}

export interface ApiUser {
  handle: string;
  nickname?: string;
  verified?: boolean;
  followers?: number;
  stateLabel?: StateLabel;
}

/** TikTok pages these answers by 20–50; more than this is not an answer we know. */
const MAX_ENTRIES = 200;
const MAX_REPLIES = 50;
const MAX_USER_CARDS = 50;
const MAX_LABELS = 10;
const MAX_USERS = 500;
const MAX_NICKNAME = 100;
const MAX_LABEL_TEXT = 300;
const MAX_URL = 2048;
/** TikHub (and similar relays) wrap the answer in `{code, data: …}`: this many `data` levels are looked through. */
const MAX_ENVELOPES = 3;

type Rec = Record<string, unknown>;

function isRec(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(v: unknown, max: number): unknown[] {
  return Array.isArray(v) ? v.slice(0, max) : [];
}

function text(v: unknown, max: number): string | undefined {
  if (typeof v !== 'string') return undefined;
  return v.length > max ? v.slice(0, max) : v;
}

function count(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? v : undefined;
  // authorStatsV2 sends counts as digit strings.
  if (typeof v === 'string' && /^\d{1,15}$/.test(v)) return Number(v);
  return undefined;
}

/** Only https links are kept: the URL may end up in a link the viewer clicks. */
function httpsUrl(v: unknown): string | undefined {
  const s = text(v, MAX_URL + 1);
  return s !== undefined && s.length <= MAX_URL && /^https:\/\/[^\s]+$/i.test(s) ? s : undefined;
}

function handleOf(v: unknown): string | undefined {
  const raw = text(v, 200);
  if (raw === undefined) return undefined;
  const h = normaliseHandle(raw);
  return isValidHandle(h) ? h : undefined;
}

/** snake_case `account_labels`: null when unlabelled (every user in the captures); the SCM entry when labelled. */
function labelFromAccountLabels(v: unknown): StateLabel | undefined {
  for (const l of list(v, MAX_LABELS)) {
    if (!isRec(l) || l.label_type !== 1) continue;
    const label: StateLabel = { labelType: 1, content: text(l.content, MAX_LABEL_TEXT) ?? '' };
    const url = httpsUrl(l.learn_more_url);
    if (url) label.learnMoreUrl = url;
    return label;
  }
  return undefined;
}

/**
 * camelCase `author.stateControlledMedia`: TikTok's web bundle renders it with `labelType: 1`, but its inner shape
 * was never seen (../shared/real-captures/SOURCES.md, A1): an object's `content`/`learnMoreUrl`, a bare text, or mere presence.
 */
function labelFromWeb(v: unknown): StateLabel | undefined {
  if (v === undefined || v === null || v === false) return undefined;
  if (typeof v === 'string') return { labelType: 1, content: text(v, MAX_LABEL_TEXT) ?? '' };
  const label: StateLabel = { labelType: 1, content: isRec(v) ? (text(v.content, MAX_LABEL_TEXT) ?? '') : '' };
  const url = isRec(v) ? httpsUrl(v.learnMoreUrl ?? v.learn_more_url) : undefined;
  if (url) label.learnMoreUrl = url;
  return label;
}

/** A snake_case user (comment authors, search user cards). */
function snakeUser(u: unknown): ApiUser | undefined {
  if (!isRec(u)) return undefined;
  const handle = handleOf(u.unique_id);
  if (!handle) return undefined;
  const user: ApiUser = { handle };
  const nickname = text(u.nickname, MAX_NICKNAME);
  if (nickname !== undefined) user.nickname = nickname;
  // No `verified` flag here: TikTok's Android app shows the tick when either verification text is set (@tiktok's
  // card in the search answer: enterprise_verify_reason "verified account").
  const custom = u.custom_verify;
  const enterprise = u.enterprise_verify_reason;
  if (typeof custom === 'string' || typeof enterprise === 'string')
    user.verified =
      (typeof custom === 'string' && custom !== '') || (typeof enterprise === 'string' && enterprise !== '');
  const followers = count(u.follower_count);
  if (followers !== undefined) user.followers = followers;
  const label = labelFromAccountLabels(u.account_labels);
  if (label) user.stateLabel = label;
  return user;
}

/** A camelCase video author (search `item.author`), with the item's `authorStats` beside it. */
function camelAuthor(item: Rec): ApiUser | undefined {
  const a = item.author;
  if (!isRec(a)) return undefined;
  const handle = handleOf(a.uniqueId);
  if (!handle) return undefined;
  const user: ApiUser = { handle };
  const nickname = text(a.nickname, MAX_NICKNAME);
  if (nickname !== undefined) user.nickname = nickname;
  if (typeof a.verified === 'boolean') user.verified = a.verified;
  const stats = isRec(item.authorStats) ? item.authorStats : undefined;
  const statsV2 = isRec(item.authorStatsV2) ? item.authorStatsV2 : undefined;
  const followers = count(stats?.followerCount) ?? count(statsV2?.followerCount);
  if (followers !== undefined) user.followers = followers;
  const label = labelFromWeb(a.stateControlledMedia);
  if (label) user.stateLabel = label;
  return user;
}

function isCommentList(v: Rec): boolean {
  return Array.isArray(v.comments);
}

function isSearch(v: Rec): boolean {
  return list(v.data, MAX_ENTRIES).some((e) => isRec(e) && typeof e.type === 'number');
}

/** TikTok's own answer inside whatever relay envelope carries it, found by its shape. */
function unwrap(v: unknown): Rec | undefined {
  let cur = v;
  for (let i = 0; i <= MAX_ENVELOPES && isRec(cur); i++) {
    if (isCommentList(cur) || isSearch(cur)) return cur;
    cur = cur.data;
  }
  return undefined;
}

function* commentUsers(answer: Rec): Generator<ApiUser | undefined> {
  for (const c of list(answer.comments, MAX_ENTRIES)) {
    if (!isRec(c)) continue;
    yield snakeUser(c.user);
    // Inline replies: null in the capture, the same comment shape when present.
    for (const r of list(c.reply_comment, MAX_REPLIES)) if (isRec(r)) yield snakeUser(r.user);
  }
}

function* searchUsers(answer: Rec): Generator<ApiUser | undefined> {
  for (const e of list(answer.data, MAX_ENTRIES)) {
    if (!isRec(e)) continue;
    // type 1: a video (`item`); type 4: a "Users" card (`user_list`). Other types (none in the capture) are skipped.
    if (e.type === 1 && isRec(e.item)) yield camelAuthor(e.item);
    else if (e.type === 4)
      for (const u of list(e.user_list, MAX_USER_CARDS)) if (isRec(u)) yield snakeUser(u.user_info);
  }
}

/**
 * The accounts of a comment-list or general-search answer (bare, or in a relay's envelope), first seen first, one
 * per handle (a later sighting only fills what the first lacked). Anything else gives an empty list.
 */
export function readApiUsers(answer: unknown): ApiUser[] {
  const body = unwrap(answer);
  if (!body) return [];
  const byHandle = new Map<string, ApiUser>();
  for (const u of isCommentList(body) ? commentUsers(body) : searchUsers(body)) {
    if (!u) continue;
    const seen = byHandle.get(u.handle);
    if (seen) byHandle.set(u.handle, { ...u, ...seen });
    else if (byHandle.size < MAX_USERS) byHandle.set(u.handle, u);
  }
  return [...byHandle.values()];
}
