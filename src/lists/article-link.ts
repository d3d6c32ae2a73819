/**
 * A bio link to one article of an outlet, not to the outlet: a fact-checker, a critic or a reader links the story it
 * talks about ("Ma ezt a közmédiás hírt cáfoljuk 👇" over hirado.hu/belfold/cikk/2026/12/02/…), in whatever words
 * its language has, which no checking-word list keeps up with (docs/calibration.md, "after the third fresh set"; used by src/signals/outlet-link.ts).
 * Structural: the link's path names one story (a date in it, a numeric id, a slug of several words, a page file), and
 * nothing else says the account is the outlet's — no employment or brand of that outlet in the bio, the name or the
 * handle, and no newsroom cadence. An outlet's own account that links an article keeps its link at full weight.
 */
import { readBio } from './bio';
import { checksNamed } from './bio/fact-check';
import { serviceOnly } from './bio/identity';
import type { StateOutlet } from './registry/types';

/** A path of one story: /2026/12/02/, a numeric id of five digits or more, a slug of three words, a page file. */
const ARTICLE_SEGMENT =
  /^(?:(?:19|20)\d{2}|\d{5,}|[^/]*\d{5,}[^/]*|[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+){2,}|.+\.(?:s?html?|php|aspx?))$/u;

/**
 * A query asking to view one article: "view=article" (Joomla), or a module of articles with the action "view" (not a
 * list, a section, a category, a search or a tracking tag: a review of RULES_VERSION 107), and its numeric id.
 */
const VIEW_ARTICLE = /[?&]view=(?:article|story)(?:&|$)/i;
const ARTICLES_MODULE = /[?&]module=(?:articles?|news|stories)(?:&|$)/i;
const VIEW_ACTION = /[?&]action=(?:view|show|read)(?:&|$)/i;
const articleView = (q: string) => VIEW_ARTICLE.test(q) || (ARTICLES_MODULE.test(q) && VIEW_ACTION.test(q));
const ARTICLE_ID = /[?&](?:id|aid|nid|article_?id|news_?id|story_?id)=\d+(?:&|$)/i;

/**
 * … or an opaque id right after an "article" segment: "world.huanqiu.com/article/4JkP7qL2mXv" (the
 * three-hundred-and-twenty-first set's checker): letters of both cases and digits, alternating.
 */
// (the "article" segment only, and an id's own shape: upper and lower case and digits, not a live page's or a topic
// hub's "live2024x", "BRICS2024" under /news/, /story/, /content/; a review of RULES_VERSION 111)
const ARTICLE_SECTION = /^articles?$/i;
const OPAQUE_ID = /^(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*[a-z])\d*(?:[A-Za-z]+\d+){2,}[A-Za-z0-9]*$/;

/** Sections and profiles are the outlet's, not a story: /author/…, /tag/…, /category/…, /@…, /live, /video (one word). */
const NOT_ARTICLE =
  /^(?:author|authors|tag|tags|category|categories|section|topic|topics|profile|user|program|programs|programmes|show|shows)$/i;

/** A site's or a section's front page by its file name (IIS's Default.aspx, Apache's index.html, home.php). */
const FRONT_PAGE = /^(?:index|default|home|main|start|inicio|accueil)\.(?:s?html?|php|aspx?|jsp)$/i;

export function articlePath(link: string): boolean {
  const t = link.trim();
  let u: URL;
  try {
    u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(t) ? t : `https://${t}`);
  } catch {
    return false;
  }
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    path = u.pathname;
  }
  const segs = path.split('/').filter(Boolean);
  // A story's id at the site's root ("canalantv.com.ve/?p=61842", WordPress's short permalink; the sixty-eighth set's
  // fact-checker) is not read as one story: outlets' own accounts link their root so too (a review of RULES_VERSION 51).
  if (segs.some((s) => NOT_ARTICLE.test(s) || s.startsWith('@'))) return false;
  // … but a query that asks for an article's view by its id is one story wherever it is ("/?module=articles&action=view&
  // id=5821", the two-hundred-and-eighty-second set's checker; Joomla's "index.php?option=com_content&view=article&id=").
  if (articleView(u.search) && ARTICLE_ID.test(u.search)) return true;
  if (!segs.length) return false;
  // (a site's front page by its file, at the root or under a language's code, "/EN/Default.aspx", "/index.php", is the
  // outlet's, not one story: the six-hundred-and-fifty-eighth set's agency account linking kpl.gov.la/EN/Default.aspx;
  // a story's own folder before "index.html" is still one story, "/n/BfIcFA-EcA/JGceAA/index.html")
  if (
    FRONT_PAGE.test(segs.at(-1)!) &&
    !u.search &&
    segs.slice(0, -1).every((s) => /^[a-z]{2}(?:[-_][a-z]{2})?$/i.test(s))
  ) {
    return false;
  }
  return (
    segs.some((s) => ARTICLE_SEGMENT.test(s)) ||
    segs.some((s, i) => i > 0 && ARTICLE_SECTION.test(segs[i - 1]!) && OPAQUE_ID.test(s)) ||
    /[?&](?:id|p|article|story)=\d+/i.test(u.search)
  );
}

/** The bio, the name or the handle ties the account to this outlet (a title, a credit, or its brand as identity). */
/**
 * A critic's brand: the outlet "under the magnifying glass" (ТАСС под лупой, the four-hundred-and-sixty-eighth set's
 * checker; ru, uk, en, fr, es, de, pt): its name in such a nickname is the object, not the account's own.
 */
export const UNDER_THE_LENS =
  /(?<![\p{L}])(?:под лупой|під лупою|under the (?:microscope|magnifying glass|lens)|sous la loupe|bajo la lupa|unter der lupe|sob a lupa)(?![\p{L}])/iu;

const OWN_VOICE_BIO =
  /официальн|official|oficial|officiel|offiziell|(?<!\p{L})(?:мы|наш\p{L}*|we|our|nous|notre|nosotros|nuestr\p{L}*|wir|unser\p{L}*)(?!\p{L})/iu;

/** The nickname is the outlet's name and UNDER_THE_LENS only, and the bio speaks in no official or "we" voice. */
export function underTheLens(nick: string, bio: string, outlet: StateOutlet): boolean {
  const lens = UNDER_THE_LENS.exec(nick);
  if (!lens || OWN_VOICE_BIO.test(bio)) return false;
  // The outlet's name before the phrase, nothing else (a sign between at most), and nothing after it.
  const before = nick.slice(0, lens.index);
  if (/[\p{L}\p{N}]/u.test(nick.slice(lens.index + lens[0].length))) return false;
  return readBio(before).mentions.some((m) => m.outlet.id === outlet.id && glued(m.name) === glued(before));
}

export function ownOutlet(
  user: { signature?: string; nickname?: string } | undefined,
  handle: string,
  outlet: StateOutlet,
  host?: string,
): boolean {
  if (!user) return false;
  const reading = readBio(user.signature ?? '', { name: user.nickname, handle });
  if (reading.employments.some((e) => e.outlet.id === outlet.id && !e.former)) return true;
  // (not where the name is what the nickname checks: "Sprawdzam Sputnika", the three-hundred-and-seventieth set's checker)
  const nick = user.nickname ?? '';
  // (nor a critic's brand, the outlet under its magnifying glass, in the name and the handle alike: "ТАСС под лупой",
  // @tass.pod.lupoy; the name nothing but the outlet's and the phrase, the bio in no official or "we" voice: a review
  // of RULES_VERSION 133 found "Официальный аккаунт ТАСС", "Мир под лупой | ТАСС")
  if (underTheLens(nick, user.signature ?? '', outlet)) return false;
  if (nick && readBio(nick).mentions.some((m) => m.outlet.id === outlet.id && !checksNamed(nick, m.name))) return true;
  return host !== undefined && brandInHandle(handle, host, outlet);
}

/** Letters and digits only, lower case: a name as a handle or a host glues it ("Bolivia TV" → boliviatv). */
export const glued = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The handle is the linked host's own name, and that name is one of the outlet's names glued (`boliviatv.canal7` over
 * boliviatv.bo, the outlet "Bolivia TV"; the hundred-and-sixty-ninth set's labelled channel): the brand as the
 * account's identity. Only a host name that is the outlet's name (people.com.cn, russia.tv, herald.co.zw say nothing
 * of a handle with the word), six letters at least, opening the handle, and after it only what outlets' own handles
 * add: a channel, "official", "news", a language or a number (CHANNEL_WORDS, serviceOnly). Not a critic's or a shop's handle that
 * carries the brand ("presstv_watch", "boliviatv_miente", "granma_cocina", "desde_granma"; a review of RULES_VERSION 92).
 */
export function brandInHandle(handle: string, host: string, outlet: StateOutlet): boolean {
  const names = new Set(
    [outlet.name, ...outlet.aliases, ...(outlet.placed ?? []), ...(outlet.placedInClause ?? [])].map(glued),
  );
  const h = handle.normalize('NFKC').toLowerCase().replace(/^@/, '');
  const brand = host
    .toLowerCase()
    .split('.')
    .map(glued)
    .find((label) => label.length >= 6 && names.has(label) && glued(h).startsWith(label));
  if (!brand) return false;
  // What follows the brand, in the handle's own pieces: each a service word (a language, a region, "official"), a
  // channel's word or a short code.
  let letters = 0;
  let at = 0;
  while (letters < brand.length && at < h.length) if (/[\p{L}\p{N}]/u.test(h[at++]!)) letters++;
  return h
    .slice(at)
    .split(/[._\-\d]+/u)
    .filter(Boolean)
    .every((piece) => piece.length <= 3 || serviceOnly(piece) || CHANNEL_WORDS.has(piece));
}

/**
 * The account's handle or name carries the linked outlet's brand, glued or as a piece of its own ("rt_verificacion",
 * "actualidadrt_verifica", "ebc_verifica", "EBC · Verificação"): an outlet's own checking desk, whatever else its name
 * says (a review of RULES_VERSION 108). The outlet's names and its host's own labels (not www, com, gob …).
 */
export function brandedByName(handle: string, nickname: string, host: string, outlet: StateOutlet): boolean {
  const names = [outlet.name, ...outlet.aliases, ...(outlet.placed ?? []), ...(outlet.placedInClause ?? [])]
    .map(glued)
    .filter((n) => n.length >= 2);
  const labels = host
    .toLowerCase()
    .split('.')
    .filter((l) => l.length >= 3 && !HOST_WORDS.has(l))
    .map(glued);
  const brands = [...names, ...labels];
  const pieces = [...handle.split(/[._\-\d]+/u), ...nickname.split(/[\s·•|–—:：｜]+/u)].map(glued).filter(Boolean);
  // (a brand's prefix from five letters on: "hini" begins the surname Hinić; a review of RULES_VERSION 110)
  return pieces.some((p) => brands.some((b) => p === b || (b.length >= 5 && p.startsWith(b))));
}

const HOST_WORDS = new Set(['www', 'com', 'net', 'org', 'gob', 'gov', 'edu', 'mil', 'info', 'news', 'web']);

/** Words outlets' own handles add after their name besides service words (`boliviatv.canal7`, `presstv_news`). */
const CHANNEL_WORDS = new Set([
  'canal',
  'channel',
  'kanal',
  'officielle',
  'ufficiale',
  'news',
  'noticias',
  'noticia',
  'nouvelles',
  'novosti',
  'haber',
  'live',
  'online',
  'radio',
  'tv',
  'hd',
  'media',
  'press',
  'digital',
  'world',
  'global',
  'plus',
]);
