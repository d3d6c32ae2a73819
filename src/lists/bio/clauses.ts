/**
 * Clauses: a bio split at line breaks, sentence ends, "|", "•", "·", ";", emoji bullets and "/" between items,
 * never inside an outlet's name.
 */
import { findStateMentions } from '../names';
import { cityAt } from '../state-cities';
import { BULLETIN_HOUR, exRole, MEDIA_EMOJIS, NOT_THE_HOST, postedIn } from './employment';
import { find, type Hit } from './lexicon';
import { getTables, type OutletName, type OutletTables, outletsIn, type Tables, ties } from './tables';
import { MAX_BIO_CHARS } from './types';
import { type Clause, clauseOf, has, keyOf } from './words';

/**
 * Hard breaks between statements. An emoji run ends the clause before it and stays with it, so "RT 🤡" keeps its
 * clown and "📍Moscow 🎙Host @RT" gives "Host @RT". A dot ends a sentence only before a space ("rt.com" stays), and
 * not after a year's abbreviation that closes a clause holding only a date ("До 2021 г. – водещ в БНР": Bulgarian,
 * Russian and Serbian година/год, Ukrainian рік, Polish rok): the date heads the sentence after it (after the
 * thirty-first set). A longer clause keeps its own date ("Журналистка НТВ до 2020 г. Журналистка RT": a review).
 */
// (… and a flag after three words or more, before a capitalised word: "Courts reporter, The Herald 🇿🇼 Personal
// account." ends the byline at the flag, as an emoji would; not a flag after a title alone, "Reportero 🇬🇹 Agencia
// Guatemalteca de Noticias", "Sports editor 🇿🇼 The Herald"; nor before an end date or a past's, a refusal's or a
// present's word, which belong to the job before the flag: "… 🇦🇴 Until 2019", "… 🇺🇬 Not anymore"; nor before one
// word alone, a place the job is in: "… journaliste 🇷🇺 Moscou"; after the six-hundred-and-fifty-ninth set and a review
// of RULES_VERSION 166)
const PAST_OR_NOW = [
  'Until',
  'Till',
  'Hasta',
  'Até',
  'Jusqu',
  'Bis',
  'До',
  'Retired',
  'Previously',
  'Formerly',
  'Former',
  'Ex',
  'Not',
  'No',
  'Now',
  'Today',
  'Since',
  'Left',
  'Hoy',
  'Ahora',
  'Hoje',
  'Agora',
  'Ancien',
  'Ancienne',
  'Aujourd',
  'Maintenant',
  'Jubilado',
  'Jubilada',
  'Aposentado',
  'Aposentada',
  'Retraité',
  'Retraitée',
  'Бывший',
  'Бывшая',
  'Сейчас',
  'Теперь',
]
  // (whole words: "Jusqu’en", "Aujourd’hui" end at their apostrophe)
  .map((w) => `${w}(?![\\p{Ll}])`)
  .join('|');
const BREAK = new RegExp(
  String.raw`([\n\r|•·;；。！？!?؟؛۔¦‖│…]+|\.(?=\s|$))|(\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|[\u{1f3fb}-\u{1f3ff}]|\ufe0f|\u200d)*|(?<=[\p{L}\p{N}]+[\s,]+[\p{L}\p{N}]+[\s,]+[\p{L}\p{N}]+\s*)(?:\p{Regional_Indicator}{2})+(?=\s+(?!${PAST_OR_NOW})\p{Lu}[\p{L}\p{M}'’-]*[\s,]+[\p{L}\p{N}]))`,
  'gu',
);

/**
 * A clause that is only a date ending in a year's abbreviation: "До 2021 г", "С 2010 по 2020 г", "2019 р", "Od 2018 r":
 * years and the prepositions of a date (Russian, Bulgarian, Serbian, Ukrainian, Polish "until", "from", "since",
 * "in"), nothing else.
 */
/** A clause that is only "until" and a year: South Slavic, Czech, Slovak, Polish "do", Russian "до", English "until". */
// (lower case, and ending its clause: "… od 2015. u mirovini mi je mama", "Umirovljenica u duši", "umirovljeni vojnik mi
// je tata" are another's or a joke; a review of RULES_VERSION 147)
const RETIRED_AFTER_YEAR =
  /^\s*(?:u mirovini|u penziji|v pokoju|у пензији)(?=\s*(?:$|[,.;|•·!\n]|\p{Extended_Pictographic}))/u;
const UNTIL_YEAR_ONLY = /^\s*(?:do|до|until|till|až do)\s(?:19|20)\d{2}$/iu;

const DATE_ONLY =
  /^\s*(?:(?:до|с|со|по|от|від|з|од|у|в|през|след|после|do|od|w|z|til|until|since|from|(?:19|20)\d{2}|[-–—])\s?){0,5}(?:19|20)\d{2}\s?(?:г|р|r|gr)$/iu;

/**
 * A title's abbreviation whose dot closes no sentence: Russian "корр." (correspondent), "спецкорр.", "ред." (editor),
 * "обоз." (Ozhegov's abbreviations); Vietnamese bylines write theirs without a dot.
 */
const TITLE_ABBREVIATION = /(?:^|\s)(?:корр|спецкорр|собкорр|ред|обоз)$/iu;

/** … and "former" abbreviated (src/lists/bio/cues.ts, FORMER): "Ehem. Redakteurin bei IRNA", "Fmr. reporter at CGTN". */
const FORMER_ABBREVIATION = /(?:^|\s)(?:fmr|frmr|ehem|voorm|tidl|fhv|býv)$/iu;

/**
 * A hyphen and an Armenian genitive or locative ending (-ի "of", -ում "at") after a closing guillemet; not -ից "from",
 * -ին "to", -ով "by" ("«Արմենպրես»-ից հեռացած լրագրող", who left it; a review of RULES_VERSION 86).
 */
const ARMENIAN_QUOTED_CASE = /»-(?:ի|ում)(?![\u0561-\u0587])/gu;

/** "/" between items, not inside a date ("12/2020"). */
const SLASH = /(?<!\d)\/|\/(?!\d)/gu;

function tidy(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–—*>]+|[\s\-–—*]+$/g, '')
    .trim();
}

/** A stretch of text made only of titles ("Presenter", "Ex-anchor", "reporter & producer"). */
function onlyRoles(c: Clause, t: Tables): boolean {
  if (!c.toks.length) return false;
  const roles = find(t.roles, c).filter((h) => h.item.kind === 'role');
  const cues = find(t.cues, c).filter((h) => h.item.kind === 'former');
  return c.toks.every(
    (tok) =>
      [...roles, ...cues].some((h) => h.index <= tok.index && tok.end <= h.end) ||
      /^(?:and|y|et|und|и|و)$/i.test(tok.raw) ||
      exRole(tok),
  );
}

/** A run of media emoji (television, radio, microphone, newspaper, camera, antenna) used as a byline's tie. */
const MEDIA_RUN = new RegExp(`^(?:(?:${MEDIA_EMOJIS})\\ufe0f?)+$`, 'u');

/** The piece is one outlet's name and nothing else ("CRTV"): what a byline puts after a media emoji. */
function onlyName(text: string, outlets: OutletTables): boolean {
  return !!nameAlone(text, outlets);
}

/**
 * The piece is one outlet's name and its own acronym in brackets, the acronym opening with the name's initials
 * ("Rádio Nacional (RNA)", "Jornal de Angola (JA)": the hundred-and-forty-fourth set's "🎙️ Rádio Nacional (RNA) |
 * Luanda"). Not another body's or a judgement ("CGTN (CCP)").
 */
function ownAcronymAfter(text: string, outlets: OutletTables): boolean {
  const m = /^(.*?)\s*[(（]([\p{Lu}][\p{Lu}\p{N}.&-]{0,15})[)）]\s*$/u.exec(text);
  if (!m || !nameAlone(m[1]!, outlets)) return false;
  const initials = (m[1]!.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).join('');
  return initials.length >= 2 && m[2]!.replace(/[.&\- ]/g, '').startsWith(initials);
}

/** The piece is one outlet's name, a comma and its own state's name or city: "Rádio Nacional de Angola, Luanda". */
function nameThenOwnPlace(text: string, outlets: OutletTables): boolean {
  const m = HEAD_COMMA_TAIL.exec(text.trim());
  return !!m && onlyName(m[1]!, outlets) && ownPlace(m[2]!, m[1]!, outlets);
}

/** The piece is titles alone ("repórter", "reporter & producer"), then where they are posted at most (postedIn). */
function titlesPosted(text: string): boolean {
  const t = tidy(text.replace(TRAILING_EMOJI, ''));
  const c = clauseOf(t);
  const tables = getTables();
  return c.toks.some((tok) => {
    const rest = t.slice(tok.end);
    return (!rest || postedIn(rest) === rest.length) && onlyRoles(clauseOf(t.slice(0, tok.end)), tables);
  });
}

/** The one outlet name a piece is made of, if it is made of nothing else. */
function nameAlone(text: string, outlets: OutletTables): Hit<OutletName> | undefined {
  const c = clauseOf(text.trim());
  const names = dashGlossed(c, outletsIn(c, outlets));
  return names.length === 1 && c.toks.every((tok) => names[0]!.index <= tok.index && tok.end <= names[0]!.end)
    ? names[0]
    : undefined;
}

/**
 * An acronym across a dash from a name it spells, the initials of the name's capitalised words ("RNA – Rádio Nacional
 * de Angola"): the bio writes out what it stands for, so it is the name's own short form even where the acronym alone
 * is not read (ribonucleic acid's; a review of RULES_VERSION 76).
 */
export function spelledOut(c: Clause, name: Hit<OutletName>): Hit<OutletName> {
  const written = c.text.slice(name.index, name.end);
  const initials = (written.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).join('');
  if (initials.length < 2) return name;
  const before = c.toks.filter((t) => t.end <= name.index).at(-1);
  if (before?.raw === initials && NAME_DASH.test(c.text.slice(before.end, name.index)))
    return { ...name, index: before.index };
  const after = c.toks.find((t) => t.index >= name.end);
  if (after?.raw === initials && NAME_DASH.test(c.text.slice(name.end, after.index)))
    return { ...name, end: after.end };
  return name;
}

/** A dash between two names: "RNA – Rádio Nacional de Angola". */
const NAME_DASH = /^\s[-–—]\s$/u;
/**
 * … or a comma or a slash, between two names of one outlet only: a programme and its company ("M1 Híradó, MTVA"), an
 * agency and its parent ("Agência Brasil/EBC", the hundred-and-twenty-seventh set); or "&" between two of one
 * broadcaster's channels ("KBC Channel 1 & Radio Taifa", the hundred-and-fifty-ninth set).
 */
const NAME_JOIN = /^(?:\s[-–—]\s|,\s|\s?\/\s?|\s&\s)$/u;

/**
 * Two names of one outlet joined by a dash or a comma are one name, its acronym and its full name ("Jornalista | RNA –
 * Rádio Nacional de Angola 📻", the hundred-and-eleventh set) or a programme and its company ("Riporter | M1 Híradó,
 * MTVA 🎤", the hundred-and-thirteenth), as a bracket glosses one (src/lists/bio/employment.ts glossed). Two outlets'
 * names so joined stay two ("RT – Sputnik", "Journalist | RT, CNN", "RT/Sputnik").
 */
export function dashGlossed(c: Clause, names: Hit<OutletName>[]): Hit<OutletName>[] {
  if (names.length === 1) return [spelledOut(c, names[0]!)];
  if (names.length !== 2) return names;
  const [a, b] = names as [Hit<OutletName>, Hit<OutletName>];
  const owner = oneOutlet(c.text, a, b);
  if (!owner || !NAME_JOIN.test(c.text.slice(a.end, b.index))) return names;
  const full = a.item.outlet === owner && (!a.item.ordinary || b.item.outlet !== owner) ? a : b;
  return [{ ...full, index: a.index, end: b.end }];
}

/**
 * Where a name ends with the names of its outlet joined after it ("TV Brasil/EBC 👎", "RNA – Rádio Nacional de
 * Angola"): what follows the run is said of that name too (a review of RULES_VERSION 80: a symbol after the second
 * name was read of the second alone).
 */
export function joinedRunEnd(c: Clause, name: Hit<OutletName>, names: Hit<OutletName>[]): number {
  let end = name.end;
  for (const next of names.filter((n) => n.index >= name.end).sort((x, y) => x.index - y.index)) {
    if (!NAME_JOIN.test(c.text.slice(end, next.index)) || !oneOutlet(c.text, name, next)) break;
    end = next.end;
  }
  return end;
}

/**
 * The outlet two names both name: one row, or a shared acronym (StateOutlet.placed) written beside a name of the row
 * that places it — "Agência Brasil/EBC" is Brazil's EBC, though "EBC" alone is read as Ethiopia's as readily.
 */
export function oneOutlet(text: string, a: Hit<OutletName>, b: Hit<OutletName>): OutletName['outlet'] | undefined {
  if (a.item.outlet === b.item.outlet) return a.item.outlet;
  if (a.item.outlet.placed?.includes(text.slice(b.index, b.end))) return a.item.outlet;
  if (b.item.outlet.placed?.includes(text.slice(a.index, a.end))) return b.item.outlet;
  return undefined;
}

interface Piece {
  text: string;
  at: number;
  /** The piece ends at a bar or bullet ("|", "•", "·") or a single line break, not at a sentence end. */
  bar?: boolean;
  /** The piece ends at a bar or bullet on its line (not a line break). */
  inLine?: boolean;
  /** The piece ends at a question mark. */
  question?: boolean;
}

/** A break made of bars and bullets only, or a single line break: where a signature puts its parts. */
const BAR = /^(?:[|•·¦‖│]+|\r?\n)$/u;

const TRAILING_EMOJI = /(?:\s|\p{Extended_Pictographic}|[\u{1f3fb}-\u{1f3ff}]|\ufe0f|\u200d)+$/u;

/**
 * A name's acronym or short form in brackets after it: "Đài Truyền hình TP.HCM (HTV)", "News Agency of Nigeria (NAN)".
 * Capitals, digits and dots only, as an acronym is written: not "(ex)", "(intern)", "(бывший)" or "(fan)", which a
 * review of RULES_VERSION 53 found dropped as if they were the name's ("Reporter | CGTN (ex), Beijing").
 */
const BRACKETED_TAIL = /\s*[(（]\s?[\p{Lu}\p{N}][\p{Lu}\p{N}.&\- ]{0,15}[)）]\s*$/u;

/**
 * A broadcaster's channel by its number after a dash, as a signature glosses the name: "تلفزيون الكويت – القناة
 * الأولى" (Channel One; the hundred-and-fifty-ninth set), "… – Channel 2". A number or an ordinal word only: a dash
 * before anything else is the clause's ("… – my opinions").
 */
const CHANNEL_TAIL =
  /\s[-–—]\s(?:(?:ال)?قناة\s(?:ال)?(?:أولى|ثانية|ثالثة|رابعة|\d{1,2})|channel\s(?:\d{1,2}|one|two|three)|canal\s\d{1,2}|kanal\s\d{1,2}|канал\s\d{1,2})(?:\s|[\u{1F1E6}-\u{1F1FF}])*$/iu;

/** Any short bracket closing a piece, in any script. */
const ANY_BRACKET_TAIL = /^(.*[^\s(（])\s*[(（]\s?([^()（）]{1,24}?)\s?[)）]\s*$/u;

/**
 * The piece without its bracketed acronym (BRACKETED_TAIL), or without a bracket that holds another name of the same
 * outlet in a script without capitals: "বাংলাদেশ টেলিভিশন (বিটিভি)" (the hundred-and-fifty-ninth set), as
 * src/lists/bio/employment.ts glossed reads such a pair in a clause. Anything else in brackets stays ("(সাবেক)", former).
 */
function withoutGloss(text: string, outlets: OutletTables): string {
  const bare = text.replace(BRACKETED_TAIL, '').replace(CHANNEL_TAIL, '');
  if (bare !== text) return bare;
  const m = ANY_BRACKET_TAIL.exec(text);
  if (!m) return text;
  const name = nameAlone(m[1]!, outlets);
  const gloss = name && nameAlone(m[2]!, outlets);
  return gloss && gloss.item.outlet === name.item.outlet ? m[1]! : text;
}

/**
 * A byline written as "titles | outlet": the titles alone before a bar and the outlet's name alone after it, written as
 * a signature is — the name with its acronym in brackets ("Biên tập viên | Đài Truyền hình TP.HCM (HTV)"), or after
 * two titles or more ("BTV - MC | …", "Reporter & Producer • Xinhua"). The two pieces are one statement, joined with
 * the bar kept. One title and a bare name stay a list ("Reporter | CGTN", "journalist | politics | RT": topics), and so
 * does a bar before anything more than the name ("Journalist | RT, CNN"). A single line break joins like a bar (a
 * signature set on two lines: "Phóng viên - BTV⏎Đài Tiếng nói Việt Nam (VOV)"); a blank line does not.
 */
function joinBylines(pieces: Piece[], text: string, outlets: OutletTables): void {
  for (let i = 0; i + 1 < pieces.length; i++) {
    const a = pieces[i]!;
    const b = pieces[i + 1]!;
    if (!a.bar || !a.text.trim() || !b.text.trim()) continue;
    // Either order: "titles | outlet" or "outlet | titles" ("Đài Tiếng nói Việt Nam (VOV) | PV - BTV").
    // A line of just two pieces across one bar ("Correspondent | Xinhua News Agency", "记者 | 新华社") is a byline too:
    // a list of topics has three items or more. The name must not be an ordinary word ("Journalist | RT": a retweet,
    // "Reporter | Sputnik": a satellite), which a bar alone does not make a name.
    const lineOfTwo = a.inLine && !b.inLine && !(i > 0 && pieces[i - 1]!.inLine);
    // … and "titles | name | <the outlet's own city or state>", the line's last piece (the hundred-and-twenty-ninth
    // set's GPB reporter, "… | ქუთაისი"; the hundred-and-forty-second's "Новинар | … | Београд 📺").
    const placeLast =
      a.inLine &&
      b.inLine &&
      !(i > 0 && pieces[i - 1]!.inLine) &&
      i + 2 < pieces.length &&
      !pieces[i + 2]!.inLine &&
      ownPlace(pieces[i + 2]!.text, b.text, outlets);
    const signing = signedByline(a.text, b.text, outlets) || signedByline(b.text, a.text, outlets);
    // "Health reporter | CGTN (中国国际电视台) | BBC": a list after a beat's signature (a review of RULES_VERSION 88)
    const signed = signing === 'beat' ? !nextListed(pieces, i + 2, outlets) : signing;
    const beatFirst = !signed && titleWithBeat(a.text) && beatByline(b.text, pieces, i + 2, outlets);
    const two =
      !signed &&
      !beatFirst &&
      lineOfTwo &&
      (titleAndName(a.text, b.text, outlets) || titleAndName(b.text, a.text, outlets));
    const withPlace = !signed && !beatFirst && !two && placeLast && titleAndName(a.text, b.text, outlets);
    if (!signed && !beatFirst && !two && !withPlace) continue;
    // The place joins too: what follows it (a critic's 👎) is said of the byline (a review of RULES_VERSION 84).
    const last = withPlace ? pieces[i + 2]! : b;
    pieces.splice(i, withPlace ? 3 : 2, {
      text: text.slice(a.at, last.at + last.text.length),
      at: a.at,
      bar: last.bar,
      inLine: last.inLine,
      question: last.question,
    });
  }
}

/** Words that join a title to its beat ("writer of sports", "mwandishi wa michezo", "periodista de deportes"). */
const BEAT_LINK = /^(?:of|for|wa|ya|de|del|da|do|di|du|des|der|für|по|в)$/iu;

/** Titles whose adjective says nothing of a staff job ("Senior contributor | CGTN": a review). */
const NOT_STAFF = /contribut|comment|columnist|kolumn|analyst|pundit|guest|colaborador|chroniqueur|محلل|كاتب/iu;

/**
 * Adjectives a title takes that say which kind of the job it is, not a topic: field, senior, chief, special,
 * parliamentary (en, fr "de terrain", es/pt "de campo", ar ميداني(ة), أول(ى); after the forty-fourth set's "مراسلة
 * ميدانية | قناة الإخبارية").
 */
const TITLE_ADJECTIVE =
  /^(?:field|senior|chief|principal|special|parliamentary|parlementaire|terrain|campo|ميداني|ميدانية|أول|أولى)$/iu;

/**
 * A title with its own beat (or a kind-of-job adjective, TITLE_ADJECTIVE) as one phrase, nothing else: "Mwandishi wa
 * michezo", "Sports writer", "Periodista de deportes", "Field reporter". A job, where a bar after a bare title may
 * start a list of topics ("journalist | politics | RT"): so "title with beat | outlet" is a byline, unless another
 * outlet's name follows as a list would (after the forty-second set's "Mwandishi wa michezo | Spoti Leo ⚽ …").
 */
function titleWithBeat(text: string): boolean {
  const c = clauseOf(tidy(text.replace(TRAILING_EMOJI, '')));
  if (!c.toks.length || /[,;/&+]/.test(c.text)) return false;
  const roles = find(getTables().roles, c).filter((h) => h.item.kind === 'role');
  if (!roles.length) return false;
  const tie = ties();
  const staff = !NOT_STAFF.test(c.text);
  let beat = false;
  for (const tok of c.toks) {
    if (roles.some((h) => h.index <= tok.index && tok.end <= h.end)) continue;
    if (has(tie.beats, tok) || (staff && TITLE_ADJECTIVE.test(tok.raw))) beat = true;
    // (a bulletin's hour after its beat: "Présentateur JT 20h • RTNC", the three-hundred-and-ninety-ninth set)
    else if (beat && BULLETIN_HOUR.test(tok.raw)) continue;
    else if (!has(tie.articles, tok) && !BEAT_LINK.test(tok.raw)) return false;
  }
  return beat;
}

/** The piece after a title with its beat is one outlet's name alone, not an ordinary word, and no list follows it. */
function beatByline(text: string, pieces: Piece[], next: number, outlets: OutletTables): boolean {
  const name = nameAlone(withoutPlace(text.replace(TRAILING_EMOJI, '')), outlets);
  return !!name && !name.item.ordinary && !nextListed(pieces, next, outlets);
}

/** The next piece with words after `from` may be a list's next item (an emoji ends a piece as a bar does). */
function nextListed(pieces: Piece[], from: number, outlets: OutletTables): boolean {
  const next = pieces.slice(from).find((p) => /[\p{L}\p{N}]/u.test(p.text));
  return !!next && listedName(next.text, outlets);
}

/**
 * A piece that may be the next item of a list of outlets: another outlet's name, or a short run of capitalised words
 * ("Sports journalist | CGTN | BBC"), unless they are a place of a state ("| Dar es Salaam").
 */
function listedName(text: string, outlets: OutletTables): boolean {
  const t = tidy(text.replace(/[\u{1F1E6}-\u{1F1FF}]/gu, '').replace(TRAILING_EMOJI, ''));
  if (nameAlone(t, outlets)) return true;
  const ws = t.split(' ');
  if (ws.length > 3 || !ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return false;
  const place = findStateMentions(t);
  return !(place.length && place[0]!.index === 0 && place[0]!.end === t.length) && !cityAt(` ${t}`);
}

/**
 * The name piece without a place after a comma, where the place is a state's name or capital or one of its cities
 * (STATE_CITIES): "Kenya News Agency, Kisumu" is the agency's bureau, as a byline signs it (the seventy-third set), not a
 * second outlet of a list.
 */
/** A piece's head, then one comma and a last part with no comma: "Rádio Nacional de Angola, Luanda". */
const HEAD_COMMA_TAIL = /^(.*[^\s,])\s*,\s*([^,]+)$/u;

function withoutPlace(text: string): string {
  const m = HEAD_COMMA_TAIL.exec(text);
  if (!m) return text;
  const tail = placeText(m[2]!);
  if (!tail) return text;
  return stateAlone(tail) || cityAt(` ${tail}`)?.length === tail.length + 1 ? m[1]! : text;
}

/** A place piece as it is compared: flags and trailing emoji set aside, spaces tidied. */
function placeText(text: string): string {
  return tidy(text.replace(/[\u{1F1E6}-\u{1F1FF}]/gu, '').replace(TRAILING_EMOJI, ''));
}

/** The state whose name or capital the text is, and nothing else besides. */
function stateAlone(text: string): string | undefined {
  const place = findStateMentions(text);
  return place.length === 1 && place[0]!.index === 0 && place[0]!.end === text.length ? place[0]!.item.code : undefined;
}

/**
 * The one outlet name a byline's name piece holds: the name alone, after its emoji, a place after a comma, an acronym in
 * brackets or its own site in brackets (BRACKETED_DOMAIN) are set aside; undefined if anything else is left.
 */
function namePiece(nameText: string, outlets: OutletTables): Hit<OutletName> | undefined {
  let text = withoutGloss(withoutPlace(nameText.replace(TRAILING_EMOJI, '')), outlets);
  const domain = BRACKETED_DOMAIN.exec(text);
  if (domain) text = text.slice(0, domain.index);
  const name = nameAlone(text, outlets);
  return name && (!domain || ownDomain(name.item.outlet, domain[1]!)) ? name : undefined;
}

/** The piece is only a city or the name of the state whose outlet the name piece names (flags and emoji aside). */
function ownPlace(piece: string, nameText: string, outlets: OutletTables): boolean {
  const name = namePiece(nameText, outlets);
  const t = placeText(piece);
  if (!name || !t) return false;
  const state = name.item.outlet.state;
  const whole = stateAlone(t);
  if (whole) return whole === state;
  const city = cityAt(` ${t}`);
  return city?.state === state && city.length === t.length + 1;
}

/** The state a piece names and nothing else: its name or capital, or "capital, state" (flags, emoji aside). */
function placeOnly(text: string): string | undefined {
  const t = placeText(text);
  if (!t) return undefined;
  const one = stateAlone(t);
  if (one) return one;
  const m = /^([^,،]+)[,،]\s*([^,،]+)$/u.exec(t);
  if (!m) return undefined;
  const a = stateAlone(m[1]!.trim());
  return a && a === stateAlone(m[2]!.trim()) ? a : undefined;
}

/**
 * Words that make a line someone else's or no job (dictionary senses): the audience (viewer, reader, listener in en, pt,
 * es, fr, ru), kin (mother, father), a pupil, "affiliated" (said of a tie, mostly to deny it).
 */
const LINE_NOT_MINE =
  /(?<![\p{L}])(?:mãe|pai|mom|mum|mother|father|dad|madre|padre|mamá|papá|mamã|estudante|alun[oa]s?|affiliat\p{L}*|afiliad\p{L}*|filiad\p{L}*|viewers?|watchers?|readers?|listeners?|ouvintes?|leitor\p{L}*|oyentes?|lector\p{L}*|telespectador\p{L}*|auditeur\p{L}*|auditrice\p{L}*|téléspectat\p{L}*|зрител\p{L}*|слушател\p{L}*|читател\p{L}*)(?![\p{L}])/iu;

/** What a line's first piece follows: nothing, a line break or a bar (spaces aside). */
const LINE_OPENS = /(?:^|[\n\r|•·¦‖│])\s*$/u;

/** A traveller's arrows: "Luanda ✈️ Lisboa", "Dakar → Québec". */
const TRAVEL = /[✈➡→⇒]|\u{1F6EB}|\u{1F6EC}/u;

/**
 * A name that counts only with its state in its own clause (StateOutlet.placedInClause), ending a piece, and the line's
 * last piece only that state's name or capital: the byline's place, set apart by a bar or a media emoji ("Locutora na
 * Rádio Mais | Luanda", "jornalista d’O País 📰 Luanda, Angola": the hundred-and-forty-fifth set). The place joins the
 * name's clause, as a comma would have put it there ("jornalista do O País, Luanda"). Not where the piece places the
 * name already ("Presenter, Radio Ghana | Accra" stays as it was read), nor a list of places or a traveller's ("… |
 * Zimbabwe | Glasgow", "Luanda 🇦🇴 ✈️ Lisboa 🇵🇹", another state anywhere after it), nor across another emoji (✨ 🙏 🕊️:
 * wishes, thanks, memorials; a review of RULES_VERSION 85).
 */
function joinOwnPlace(pieces: Piece[], text: string, outlets: OutletTables): void {
  for (let i = 0; i + 1 < pieces.length; i++) {
    const a = pieces[i]!;
    const emoji = TRAILING_EMOJI.exec(a.text)?.[0].trim();
    if (!(a.bar || (emoji && MEDIA_RUN.test(emoji)))) continue;
    // an empty piece between ("Rádio Mais 📻 | Luanda")
    let k = i + 1;
    while (k < pieces.length - 1 && !tidy(pieces[k]!.text)) k++;
    const b = pieces[k]!;
    if (b.inLine || TRAVEL.test(b.text)) continue;
    const state = placeOnly(b.text);
    if (!state) continue;
    if (findStateMentions(a.text).some((m) => m.item.code === state)) continue;
    const after = text.slice(b.at + b.text.length);
    if (TRAVEL.test(after) || findStateMentions(after).some((m) => m.item.code !== state)) continue;
    const head = withoutGloss(a.text.replace(TRAILING_EMOJI, ''), outlets);
    const c = clauseOf(head);
    const names = outletsIn(c, outlets);
    const last = names.at(-1);
    if (!last || c.text.slice(last.end).trim()) continue;
    const sharing = outlets.placed.get(last.item) ?? [];
    const own = sharing.find((o) => o.clausePlaced && o.outlet.state === state);
    // Not where the piece already names that outlet otherwise ("HRT – HR1 | Zagreb"): the name is read by its gloss.
    if (!own || names.some((n) => n.end <= last.index && n.item.outlet === own.outlet)) continue;
    pieces.splice(i, k - i + 1, {
      text: text.slice(a.at, b.at + b.text.length),
      at: a.at,
      bar: b.bar,
      inLine: b.inLine,
      question: b.question,
    });
  }
}

/**
 * Titles alone on one side (where they are posted at most: "RNA | repórter em Luanda"), one outlet's name alone on the
 * other, the name not an ordinary word.
 */
function titleAndName(titlesText: string, nameText: string, outlets: OutletTables): boolean {
  const name = namePiece(nameText, outlets);
  if (!name || name.item.ordinary) return false;
  return titlesPosted(titlesText);
}

/**
 * The outlet's own site in brackets after its name, as a byline writes it: "M1 Híradó (hirado.hu)" (the
 * hundred-and-forty-first set). Only a domain of the name's own row (StateOutlet.domains) glosses it.
 */
const DOMAIN_IN_BRACKETS = String.raw`[(（]\s?((?:[a-z0-9-]+\.)+[a-z]{2,})\s?[)）]`;
const BRACKETED_DOMAIN = new RegExp(String.raw`\s*${DOMAIN_IN_BRACKETS}\s*$`, 'iu');
/** … and right after a name in a clause (src/lists/bio/index.ts siteGlossed). */
export const DOMAIN_AFTER = new RegExp(String.raw`^\s?${DOMAIN_IN_BRACKETS}`, 'iu');

export function ownDomain(outlet: OutletName['outlet'], host: string): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  return (outlet.domains ?? []).some((d) => h === d || h.endsWith(`.${d}`));
}

/** A signature's byline: true, or 'beat' where the titles are a title with its beat (then no list may follow). */
function signedByline(titlesText: string, nameText: string, outlets: OutletTables): boolean | 'beat' {
  // The emoji a piece keeps ("… (HTV) 🎙️") is no part of the name.
  const named = nameText.replace(TRAILING_EMOJI, '');
  const bare = withoutGloss(named, outlets);
  if (!onlyName(bare, outlets)) return false;
  const t = getTables();
  const titles = clauseOf(tidy(titlesText.replace(TRAILING_EMOJI, '')));
  // … a title with its beat before a glossed name too ("News presenter | Bangladesh Television (BTV) 📺 Dhaka", the
  // hundred-and-fifty-ninth set's, in Bengali), when no list follows (nextListed, in joinBylines)
  if (!onlyRoles(titles, t)) return bare !== named && titleWithBeat(titlesText) ? 'beat' : false;
  return bare !== named || find(t.roles, titles).filter((h) => h.item.kind === 'role').length >= 2;
}

/**
 * Korean bylines run a title into the outlet's name as often as they space it ("로동신문기자", "조선중앙TV기자"; the
 * Korean spacing rule writes a title after a proper noun apart, 한글 맞춤법 제5장, but bylines glue them): a Hangul word
 * that ends in a title and whose beginning closes an outlet's name is spaced before the title. Only after a name, so
 * "기자회견" (press conference) and words that merely end in the syllables stay whole.
 */
const HANGUL_TITLE =
  /((?:\p{Script=Hangul}|[A-Za-z0-9])+)(기자|앵커|특파원|아나운서|피디)(?![\p{Script=Hangul}\p{L}])/gu;

/**
 * German and Dutch write a title's beat into one word with it ("Nachrichtenredakteurin für RT DE": news editor, the
 * hundred-and-eighth set; "Wirtschaftskorrespondent"): the head is spaced from the title, which the lexicon then reads
 * as it reads "Sport reporter". Only a head that is a beat of the lexicon (src/lists/roles/beats.ts), with or without
 * the linking "s": any other head may undo the job ("Altredakteur", retired; "Möchtegernreporterin", would-be;
 * "Leserreporterin", a reader; "Chatmoderatorin": a review of RULES_VERSION 75), so it stays one word, as before.
 * Titles of those languages only (Duden, Van Dale), not moderators (a chat's as often as a programme's).
 */
const COMPOUND_TITLE =
  /(?<![\p{L}\p{N}])(\p{Script=Latin}{3,}?)(redakteurin|redakteur|korrespondentin|korrespondent|reporterin|journalistin|redacteur|redactrice|verslaggever|verslaggeefster)(?![\p{L}\p{N}])/giu;

function spaceCompoundTitles(text: string): string {
  if (!/(?:redakt|korrespondent|reporterin|journalistin|redact|verslagge)/i.test(text)) return text;
  const beats = ties().beats;
  const beat = (head: string) => [head, head.replace(/s$/i, '')].some((h) => beats.has(keyOf(h)));
  return text.replace(COMPOUND_TITLE, (whole, head: string, title: string) =>
    beat(head) ? `${head} ${title}` : whole,
  );
}

function spaceHangulTitles(text: string, outlets: OutletTables): string {
  if (!/\p{Script=Hangul}/u.test(text)) return text;
  return text.replace(HANGUL_TITLE, (whole, head: string, title: string, at: number) => {
    const upTo = at + head.length;
    const window = text.slice(Math.max(0, upTo - 40), upTo);
    const c = clauseOf(window);
    return outletsIn(c, outlets).some((n) => n.end === window.length) ? `${head} ${title}` : whole;
  });
}

export function splitClauses(bio: string, outlets: OutletTables): Clause[] {
  let text = bio.normalize('NFKC');
  if (text.length > MAX_BIO_CHARS) text = text.slice(0, MAX_BIO_CHARS).replace(/[\ud800-\udbff]$/, '');
  // A hashtag that is an outlet's name with "_" between its words ("#إذاعة_قطر", "#Radio_Ghana") is that name, at the
  // same places; any other hashtag stays one word ("#Against_CGTN", "#Radio_Ghana_listener": a review).
  if (text.includes('_'))
    text = text.replace(/#[\p{L}\p{M}\p{N}_]+/gu, (tag) => {
      const words = tag.replace(/_/g, ' ');
      return words !== tag && onlyName(words.slice(1), outlets) ? words : tag;
    });
  text = spaceHangulTitles(text, outlets);
  text = spaceCompoundTitles(text);
  // Armenian writes a quoted name's case ending after a hyphen ("«Արմենպրես»-ի թղթակից", Armenpress's correspondent;
  // the hundred-and-fifty-first set): the name is read as if the ending were not there (spaces keep the offsets).
  if (text.includes('»-')) text = text.replace(ARMENIAN_QUOTED_CASE, (m) => `»${' '.repeat(m.length - 1)}`);
  // A break inside a name is not a break: "СБ. Беларусь сегодня", "RFE/RL".
  const names = /[./]/.test(text) ? outletsIn(clauseOf(text), outlets) : [];
  const inName = (at: number) => names.some((n) => n.index < at && at < n.end);
  // … nor a slash between two names of one outlet ("Agência Brasil/EBC": NAME_JOIN).
  const sameOutletSlash = (at: number) =>
    names.some(
      (a) =>
        a.end <= at &&
        /^\s?$/u.test(text.slice(a.end, at)) &&
        names.some((b) => b.index > at && /^\s?$/u.test(text.slice(at + 1, b.index)) && !!oneOutlet(text, a, b)),
    );
  const pieces: Piece[] = [];
  let start = 0;
  for (const m of text.matchAll(BREAK)) {
    const at = m.index ?? 0;
    if (inName(at)) continue;
    if (m[1] === '.' && DATE_ONLY.test(text.slice(start, at))) continue;
    // A year's own dot, as Serbian, Croatian, Bosnian, Slovene, Czech and Slovak write ordinals, after a clause that is
    // only "until <year>" and before a lower-case word: "Do 2022. novinarka na TV Pink" (until 2022 …; the
    // hundred-and-fourth set's former staffer read as current). Only then: any year's dot read so joined a viewer's
    // "Novinar od 2012. mrzim RTS" to its outlet, and a past "until 2019." to the next job (a review).
    if (m[1] === '.' && UNTIL_YEAR_ONLY.test(text.slice(start, at)) && /^\s*\p{Ll}/u.test(text.slice(at + 1))) continue;
    // … and a year's dot right before the South Slavic "retired" (a pension's start date: "Dvadeset godina spikerica
    // Hrvatskog radija, od 2022. u mirovini", the three-hundred-and-ninety-fifth set's former staffer): the pension is
    // the clause's, which makes its job past.
    if (m[1] === '.' && /(?:19|20)\d{2}$/u.test(text.slice(start, at)) && RETIRED_AFTER_YEAR.test(text.slice(at + 1))) {
      continue;
    }
    if (m[1] === '.' && TITLE_ABBREVIATION.test(text.slice(start, at))) continue;
    if (m[1] === '.' && FORMER_ABBREVIATION.test(text.slice(start, at))) continue;
    // "Présentatrice du JT de 20h 📺 CRTV | …": a media emoji between a title and an outlet standing alone is the
    // byline's tie, not a break (src/lists/bio/employment.ts, the 'emoji' tie). Only when nothing but the name follows
    // up to the next break, so "📺 CRTV fan" or "🎙 | CGTN" stay apart.
    if (m[2] && MEDIA_RUN.test(m[2])) {
      BREAK.lastIndex = 0;
      const next = text.slice(at + m[0].length).search(BREAK);
      const piece = text.slice(at + m[0].length, next < 0 ? undefined : at + m[0].length + next);
      if (/^\s/.test(piece) && (onlyName(piece, outlets) || ownAcronymAfter(piece, outlets))) continue;
      // … the name and its own state's place after a comma ("Locutora 📻 Rádio Nacional de Angola, Luanda"), on a line
      // of no dream, kin, pupil or joke (a review of RULES_VERSION 138) …
      const lineEnd = text.indexOf('\n', at);
      const line = text.slice(text.lastIndexOf('\n', at) + 1, lineEnd < 0 ? undefined : lineEnd);
      const lineMine = !NOT_THE_HOST.test(line) && !LINE_NOT_MINE.test(line);
      if (/^\s/.test(piece) && lineMine && nameThenOwnPlace(piece, outlets)) continue;
      // … and the other order, the outlet alone before the emoji, its titles alone after it, where they are posted at
      // most: "Rádio Nacional de Angola 🎙️ repórter em Luanda" (three of the four-hundred-and-ninety-eighth to
      // five-hundred-and-fourth sets). Not an ordinary word's ("RT 🎙 journalist"); the outlet opening its line, no
      // emoji right after the titles ("CGTN 📺 reporter 📰 books", "… 😂") and no other outlet on the line ("… | BBC"):
      // a list or a joke otherwise (a review of RULES_VERSION 138).
      // (nor a line that says it is a fan's, a viewer's, kin's, a dream, a joke, a past: NOT_THE_HOST, LINE_NOT_MINE)
      const restOfLine = text.slice(at + m[0].length + piece.length, lineEnd < 0 ? undefined : lineEnd);
      const outlet =
        /^\s/.test(piece) &&
        LINE_OPENS.test(text.slice(0, start)) &&
        lineMine &&
        !/^\p{Extended_Pictographic}/u.test(restOfLine) &&
        !outletsIn(clauseOf(restOfLine), outlets).length &&
        titlesPosted(piece)
          ? nameAlone(text.slice(start, at), outlets)
          : undefined;
      if (outlet && !outlet.item.ordinary) continue;
    }
    pieces.push({
      text: text.slice(start, m[2] ? at + m[0].length : at),
      at: start,
      bar: !m[2] && BAR.test(m[0]),
      inLine: !m[2] && /^[|•·¦‖│]+$/u.test(m[0]),
      question: !m[2] && /[?？؟]/u.test(m[0]),
    });
    start = at + m[0].length;
  }
  pieces.push({ text: text.slice(start), at: start, bar: false });
  joinBylines(pieces, text, outlets);
  joinOwnPlace(pieces, text, outlets);
  const out: Clause[] = [];
  for (const piece of pieces) {
    // "/" separates items ("news / politics / RT") unless it joins titles that lead to an outlet ("Presenter /
    // Producer @CGTN"); the titles are looked for only in a piece that names an outlet.
    const parts: string[] = [];
    let from = 0;
    for (const m of piece.text.matchAll(SLASH)) {
      const at = m.index ?? 0;
      if (inName(piece.at + at) || sameOutletSlash(piece.at + at)) continue;
      parts.push(tidy(piece.text.slice(from, at)));
      from = at + 1;
    }
    parts.push(tidy(piece.text.slice(from)));
    const t = parts.length > 1 && outletsIn(clauseOf(piece.text), outlets).length ? getTables() : undefined;
    let carry = '';
    for (let i = 0; i < parts.length; i++) {
      const joined = carry ? `${carry} / ${parts[i]}` : parts[i]!;
      if (t && i < parts.length - 1 && onlyRoles(clauseOf(parts[i]!), t)) {
        carry = joined;
        continue;
      }
      carry = '';
      if (!joined) continue;
      const clause = clauseOf(joined);
      // A question is no claim: "Reporter at CGTN?", "Vodim jutarnji program na TV Pink?" (a review of RULES_VERSION 99).
      if (piece.question && i === parts.length - 1) clause.question = true;
      out.push(clause);
    }
  }
  return out;
}
