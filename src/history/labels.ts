/**
 * TikTok's state-media label over time: whether a reading shows it, and the moments it appeared or disappeared.
 * Same test as the tiktok-label signal (any defined raw field, or label text under the name), so the history and
 * the verdict never disagree about what "labelled" means.
 */
import { STATE_IDENTITIES } from '../lists/states';
import { languageNames } from '../lists/states-languages';
import { colonLabelPrefix, isLabelText, labelSlot } from '../tiktok/label';
import type { Observation, UserInfo } from '../tiktok/observation';

/**
 * The readers fill `stateControlledMedia` and `stateControlledMediaText` only from a label form (src/tiktok/label.ts), never
 * from the bio or the name; a stored row may keep the text alone (schema v1).
 */
export function isLabelled(user: UserInfo | undefined): boolean {
  if (!user) return false;
  return (
    user.stateControlledMedia !== undefined ||
    isLabelText(user.stateControlledMediaText) ||
    stateBeforeColon(user.stateControlledMediaText) ||
    stateInSlot(user.stateControlledMediaText)
  );
}

/** How a state's name is compared: composed, lower case, either apostrophe ("Côte d’Ivoire", "Côte d'Ivoire"). */
function key(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/’/gu, "'");
}

/**
 * The label after a colon's title whose title is a state's own name and nothing more ("Ecuador: medio estatal",
 * "Казахстан: …"): how a page names the state before the label. Not any other title ("Podcast: …", "Satire : …"),
 * nor a capital, a demonym or a person's name (the state tables hold those too: a review found "Moscú:", "Cubano:",
 * "Asunción:"): the country's name as the browser's own ICU data gives it in TikTok's interface languages.
 */
function stateBeforeColon(text: string | undefined): boolean {
  const prefix = colonLabelPrefix(text);
  return prefix !== undefined && countryNames().has(key(prefix));
}

/**
 * A label with the state in its slot (src/tiktok/label.ts, SLOT_LABELS): a demonym the state tables give a state,
 * written in lower case ("Medio salvadoreño bajo control estatal"; not a region's "yucateco", nor a name or a capital:
 * "medio Caracas" is "half of Caracas"), or a country's name as for the colon ("Mauritanie · …"; not "Québec", "Non").
 */
function stateInSlot(text: string | undefined): boolean {
  const found = labelSlot(text);
  if (!found) return false;
  const slot = key(found.slot);
  if (found.kind === 'demonym') return demonyms().has(slot);
  if (found.kind === 'country-es') return spanishNames().has(slot) && !CITIES_TOO.has(slot);
  return countryNames().has(slot);
}

/** States' Spanish names that are also cities' or regions' ("gobierno de Granada", "de Salvador"; a review). */
const CITIES_TOO = new Set(['granada', 'salvador', 'santa lucía', 'georgia', 'brasilia']);

let spanish: Set<string> | undefined;

/** The states' names as ICU gives them in Spanish, for a Spanish label's slot. */
function spanishNames(): Set<string> {
  if (spanish) return spanish;
  const display = new Intl.DisplayNames(['es'], { type: 'region', fallback: 'none' });
  spanish = new Set(
    STATE_IDENTITIES.map(({ code }) => display.of(code))
      .filter((n): n is string => !!n)
      .map(key),
  );
  return spanish;
}

let lowerNames: Set<string> | undefined;

/** The tables' names written in lower case: the demonyms of the languages that write them so (es, pt, fr, it, …). */
function demonyms(): Set<string> {
  lowerNames ??= new Set(
    STATE_IDENTITIES.flatMap(({ code, names }) => [...names, ...languageNames(code)])
      .filter((n) => /^\p{Ll}/u.test(n))
      .map(key),
  );
  return lowerNames;
}

/** TikTok's web interface languages (src/tiktok/label.ts) and the languages of the states' own labels. */
const INTERFACE_LANGUAGES =
  'ar bn ceb cs de el en es fi fil fr he hi hu id it ja jv km ko ms my nl pl pt ro ru sv th tr uk ur vi zh-Hans zh-Hant af az bg ca da et fa hr sr kk lt lv nb sk sw uz mn lo hy ka am';

let names: Set<string> | undefined;

function countryNames(): Set<string> {
  if (names) return names;
  names = new Set();
  for (const lang of INTERFACE_LANGUAGES.split(' ')) {
    let display: Intl.DisplayNames;
    try {
      display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    } catch {
      continue;
    }
    for (const { code } of STATE_IDENTITIES) {
      const name = display.of(code);
      if (name) names.add(key(name));
    }
  }
  return names;
}

/** A video of the account carrying the label (`misc_info.scm_tag_info`), when the profile itself did not. */
export function labelledPost(obs: Observation): string | undefined {
  return obs.posts.find((p) => p.stateLabel !== undefined)?.stateLabel;
}

export interface LabelReading {
  at: number;
  /** Undefined when the reading carried no profile (a wall, a missing page): it says nothing about the label. */
  labelled?: boolean;
}

export interface LabelChange {
  at: number;
  labelled: boolean;
}

/** The readings at which the label state changed, oldest first (the first known state counts as a change). */
export function labelChanges(readings: readonly LabelReading[]): LabelChange[] {
  const out: LabelChange[] = [];
  let state: boolean | undefined;
  for (const r of [...readings].sort((a, b) => a.at - b.at)) {
    if (r.labelled === undefined || r.labelled === state) continue;
    state = r.labelled;
    out.push({ at: r.at, labelled: r.labelled });
  }
  return out;
}
