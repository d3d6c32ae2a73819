/**
 * The registry of state and public media: one typed row per outlet, by region, each citing its public source.
 *
 * What it is for: a bio link is matched against `domains` (the host or any subdomain; match-domain.ts), and the
 * affiliation signals read `aliases` of the outlets whose ties are evidence (STATE_OUTLETS). Every row carries the
 * State Media Monitor typology (src/lists/typology.ts): SC and CaPu rows are state media, CaPr rows captured private media
 * (at most `suspected`), and ISFM / ISF / ISM / IP rows publicly funded, editorially independent media, listed so
 * that a link to them is recognised and explicitly NOT counted.
 *
 * How it is maintained: by hand, facts only. A row's `type` is the State Media Monitor's assessment, cited from the
 * ASD state-media-profiles data set (sources.ts `smm`), or, for an outlet it does not assess, its criteria applied
 * to cited ownership facts (`criteria`). Domains are the outlet's own: those of the assessment, and documented
 * mirrors, sister domains, short-link hosts, language editions, subsidiaries and regional and municipal outlets
 * named in the outlet's imprint or a cited source; never a generic host (video platforms, link-in-bio services,
 * blog hosts, government portals, parliaments, armies or state companies that are not media). When in doubt, a
 * domain stays out. Domains are lower-case hosts without scheme or path, never repeated and never under another
 * listed domain; tests/unit/lists.test.ts and tests/unit/registry.test.ts check the rows, and tests/unit/registry.test.ts
 * measures them against the data set (no copy of which is in the repository: it is read at test time).
 *
 * Aliases, names as they appear in bios, are matched as whole words (short all-caps acronyms case-sensitively) and
 * must not be ordinary words, given names or another outlet's name. Kept on purpose but worth knowing:
 * - 'RT' is also Twitter/X slang for "retweet" ("RTs ≠ endorsements"); pair it with a role or employer cue.
 * - 'CCTV' is also closed-circuit television ("CCTV installer").
 * - 'Granma' is also informal English for grandmother.
 * - 'Sputnik' is also the Russian word for satellite and a common brand name.
 * - 'SANA' is also a given name and a transliteration of Sana'a (Yemen); only the all-caps form is listed.
 * - 'Россия сегодня' literally means "Russia today".
 * Deliberately NOT aliases because they are ordinary words, other names or other outlets' acronyms: 'AA' (Anadolu),
 * 'CNS', 'CRI', 'RIA' (also "registered investment adviser"), 'NTV' (Russian, Turkish, Kenyan, Nepali, Japanese
 * channels), 'KCTV' (also a Kansas City station), 'CNA' (Taiwan, Cyprus, Singapore), 'MBC', 'CBC', 'NBC', 'PBS', 'ABC',
 * 'PTV', 'ATV', 'APS', 'MAP', 'TAP', 'RTS', 'TVM', 'RTB' (each several broadcasters), bare 'Fars' (an Iranian
 * province), bare 'Tasnim' (a given name), bare 'Mehr' (German "more"), bare 'Rodong' ("labour"), 'Vesti'/'Вести'
 * ("news"), 'РГ' (Rossiyskaya Gazeta's own short form; also a working group, firms' and event hosts' initials, other
 * papers: a review of RULES_VERSION 48), 'Смотрим' ("we watch"), 'Первый' ("first"), 'العالم' ("the world", Al-Alam),
 * 'Nhân Dân' ("the people"), 'Daily News', 'The Star', 'The Herald', 'The Nation', 'Today', 'Sabah', 'Star', 'Posta',
 * 'Index', 'Kurir', 'Politika', 'Informer' (ordinary words or other papers' names), Persian bare 'کیهان' ("the
 * cosmos"), 'تسنیم', 'باختر' (a given name, "the west": bound by a title they read "… سابق", former, as current; taken
 * back in the thirty-eighth session).
 */
import { affiliationOf } from '../typology';
import { AFRICA } from './africa';
import { AMERICAS } from './americas';
import { ASIA } from './asia';
import { CHINA } from './china';
import { EUROPE } from './europe';
import { MENA } from './mena';
import { OCEANIA } from './oceania';
import { RUSSIA_CIS } from './russia-cis';
import type { StateOutlet } from './types';

export type { StateOutlet } from './types';

/** Every row, by region. */
export const REGIONS: Readonly<Record<string, readonly StateOutlet[]>> = {
  china: CHINA,
  asia: ASIA,
  'russia-cis': RUSSIA_CIS,
  europe: EUROPE,
  mena: MENA,
  africa: AFRICA,
  americas: AMERICAS,
  oceania: OCEANIA,
};

/** Every row of the registry: state, captured and independent public media. */
export const REGISTRY: readonly StateOutlet[] = Object.values(REGIONS).flat();

/**
 * The outlets a tie to which is affiliation evidence (SC, CaPu: state media; CaPr: captured private media, at most
 * `suspected`). Independent public media are left out: naming or working for them is no cue at all.
 */
export const STATE_OUTLETS: readonly StateOutlet[] = REGISTRY.filter((o) => affiliationOf(o.type) !== 'independent');

/** Publicly funded, editorially independent media (ISFM, ISF, ISM, IP): recognised, never counted. */
export const INDEPENDENT_OUTLETS: readonly StateOutlet[] = REGISTRY.filter(
  (o) => affiliationOf(o.type) === 'independent',
);
