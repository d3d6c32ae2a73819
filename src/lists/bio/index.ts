/**
 * Reading a bio for an employer.
 *
 * A bio is split into clauses (line breaks, sentence ends, "|", "•", "·", ";", emoji bullets, "/" between items).
 * An outlet counts as the writer's employer only when a media role or an employment phrase binds it in the same
 * clause — "Presenter @CGTN", "CGTN reporter", "RT's correspondent", "新华社记者", "《人民日报》海外版记者",
 * "корреспондент «Первого канала»", "مراسل قناة العالم", "گوینده پرس تی وی", "periodista de teleSUR" — and nothing
 * says the outlet is named to be criticised, studied or monitored, denied, or parodied. Past employment ("former",
 * "ex-", бывший, 前/曾任, سابق, date ranges, "left in 2022", "until 2021") is reported and marked former.
 *
 * Why a reader and not keywords: "role, separator, outlet" also matched lists of topics ("journalist | politics |
 * RT"), criticism ("RT = lies"), monitoring products ("RT monitor bot") and ordinary words ("Sputnik coffee").
 *
 * Cost: the tables are compiled once into word indexes (the pattern of ../match.ts); a call tokenises each clause once
 * and probes maps. Every regex here is linear (no nested quantifiers) and the input is cut at MAX_BIO_CHARS.
 */
import { findStateMentions, placesOfScript } from '../names';
import { STATE_OUTLETS } from '../outlets';
import { placingCapitalsIn } from '../state-cities';
import { flag } from '../states-more';
import { affiliationOf } from '../typology';
import { DOMAIN_AFTER, joinedRunEnd, ownDomain, spelledOut, splitClauses } from './clauses';
import { bindingContext, mentionContext, stronger } from './context';
import { CRITIC_STEMS, type Cue, GUEST_STEMS } from './cues';
import {
  AR_MARKS,
  AR_WRITES_NOT_MINE,
  AR_WRITES_VERB,
  type Binding,
  bindingFor,
  COVERING_NOT_MINE,
  coversFor,
  essiveRefused,
  exRole,
  glossed,
  looseBinding,
  type RoleHit,
} from './employment';
import { isFormer } from './former';
import { brandOf, brandOfHandle, isServiceWord } from './identity';
import { find, type Hit } from './lexicon';
import {
  getTables,
  lettersAgree,
  type OutletName,
  outletsIn,
  outletTablesFor,
  placeNames,
  type Tables,
  ties,
} from './tables';
import { placesOfTitles } from './title-places';
import type { BioContext, BioEmployment, BioMention, BioReading, ReadOptions } from './types';
import { type Clause, clauseOf, keyOf } from './words';

export type { BioContext, BioEmployment, BioMention, BioReading, ReadOptions } from './types';
export { MAX_BIO_CHARS } from './types';

/**
 * Desk words written joined before a title in the languages that compound (German "Fotoreporter", "Sportjournalist",
 * Hungarian "fotóriporter", "sportriporter", Dutch "fotojournalist", Czech "fotoreportér", Swedish "sportjournalist",
 * Finnish "urheilutoimittaja"; Duden, Magyar értelmező kéziszótár, Van Dale, SSJČ, SAOL, Kielitoimiston sanakirja):
 * photo, video, sport, radio, TV, news, web, culture. Folded (no diacritics).
 */
const DESK_PREFIX = /^(?:foto|photo|video|sport|radio|tv|tele|hir|news|web|kultur|urheilu|uutis)/;

let stemCues: [RegExp, Cue][] | undefined;

/**
 * Words that begin like a critic's word (CRITIC_STEMS: "propagandę", "пропагандасын", "fallasa") or a guest's
 * (GUEST_STEMS: "konuğu", "vendége"), as cues of that kind. Compiled once.
 */
function criticStems(c: Clause): Hit<Cue>[] {
  stemCues ??= [
    [new RegExp(`^(?:${CRITIC_STEMS.map(keyOf).join('|')})`, 'u'), { kind: 'critic' }],
    // Right after the name it makes the outlet the host, not the employer: "AzTV-nin qonağı" (AzTV's guest).
    [new RegExp(`^(?:${GUEST_STEMS.map(keyOf).join('|')})`, 'u'), { kind: 'guest', product: 'guest' }],
  ];
  const out: Hit<Cue>[] = [];
  for (const tok of c.toks) {
    if (tok.cjk) continue;
    const hit = stemCues.find(([re]) => tok.keys.slice(1).some((k) => re.test(k)));
    if (hit) out.push({ item: hit[1], index: tok.index, end: tok.end, canonical: true });
  }
  return out;
}

/** Nguni prefixes before a title: "who was" (owaye-, owayeyi-, owayengu-) and the copula (yi-, ngu-). */
const NGUNI = /^(owayeyi|owayengu|owaye|yi|ngu)(.{5,})$/;

/** English endings that make another word of a title: "journalistic", "anchored", "anchorage", "editorialise". */
const DERIVED = /^(?:ic|ed|ly|al|age|ing|ism|ial|ity|ize|ise|ish)$/;
const TR_PAST_COPULA = /^y?[dt][ıiuü](?:m|k|n|nız|niz|nuz|nüz)$/u;

/**
 * A wish or an imitation, not a job: the title right after "aspiring", "future", "want to be", "dream of becoming", "my
 * dream is to be", or an employment phrase right after "want to", "hope to", "dream of", "I'd like to", "some day I'll"
 * (Arabic أحلم أن, أتمنى أن, أريد أن, حلمي; Vietnamese mơ ước, muốn, mong được, hy vọng, sẽ "will", sắp "about to": "I
 * want to work at CGTN", "Mơ ước làm việc tại VTV" read as staff before RULES_VERSION 65), unless the dream came true
 * (FULFILLED); ("aspirante a", "quiero ser", "futur", "bakal", "calon", "будущий", "мечтаю стать", "хочу стать", 未来的,
 * 想当, 梦想成为; Malay "impian jadi", "cita-cita", "nak jadi"; Portuguese "sonho ser", "quero ser", "imito o";
 * Serbian and Croatian "buduća", "sanjam da budem", "želim biti", "imitiram": a review of RULES_VERSION 92; Malay
 * "impian:" before any employment phrase, Romanian "visez să", "vreau să", "sper să": a review of RULES_VERSION 168) or right before "wannabe", "in training", 지망생 (aspirant), 흉내 (imitation). Each language's ordinary words
 * for it (Collins, RAE, Larousse, Kamus Dewan, Ozhegov, Xiandai Hanyu Cidian, Standard Korean Dictionary, Từ điển tiếng
 * Việt, Almaany). Such a title is no title: nothing is said, as "when in doubt, say less" asks.
 */
const WISH_BEFORE =
  /(?:\baspiring|\bfuture|\bwould-be|\bwannabe|\bwant(?:s)? to be(?: an?)?|\bdream(?:s|ing)? (?:of|to) becom(?:e|ing)(?: an?)?|\bmy dream is to be(?: an?)?|\bwant(?:s)? to|\bwanna|\bhop(?:e|es|ing) to|\bwould (?:love|like) to|\bi['’]d (?:love|like) to|\bwish(?:es)? to|\btrying to|\blooking to|\bapplying to|\b(?:some ?day|one day) i(?:['’]ll| will)|\bhopefully|\bgoal:|\bdream(?:s|ing)? of|\baim(?:s|ing)? to|(?:أحلم (?:أن|بأن)|أتمنى أن|أريد أن|أطمح (?:أن|إلى أن)|حلمي أن|أحب أن|أود أن|أرغب (?:أن|في)|نفسي) (?:أعمل|اعمل|أشتغل|اشتغل)|أتخيل نفسي|أتدرب|(?:أعمل |اعمل )?متدرب(?:اً|ا|ة)?|أحلم (?:أن|بأن)|أتمنى أن|أريد أن|أطمح (?:أن|إلى أن)|حلمي(?: أن| ان)?:?|يوما ما|يوماً ما|(?:mơ ước|ước mơ|giấc mơ|muốn|mong muốn|mong(?: một ngày(?: nào đó)?)?|hy vọng|khao khát|ước gì)(?: là)?(?: được)?(?: vào| trở thành| làm)?|sẽ|sắp|\baspirante(?: a)?|\bquiero ser|\bsueño con ser|\bfutur[oae]?|\bbakal|\bcalon|будущ\p{L}*|(?:мечта\p{L}*|хочу) (?:стать|быть|работать)|мечта:|أحلم أن أكون|حلمي(?: أن)? أكون|أطمح أن أصبح|mi sueño:? ser|algún día seré|未来的|想当|梦想成为|\bimpian(?: saya)?:?(?: (?:jadi|menjadi))?|(?<![\p{L}])(?:visez să|vreau să|sper să|aș vrea să)|\bcita-cita(?: saya)?:?(?: (?:jadi|menjadi))?|\b(?:nak|ingin|mahu|mau) (?:jadi|menjadi)|\bsonho(?: em)? ser|\bquero ser|\bimito (?:o|a)|\bimit|\bndoto yangu:?|\biphupho lami:?|\bbuduć[ia]|\bsanjam da (?:budem|postanem)|(?<![\p{L}])želim (?:da budem|biti|postati)|\bimitiram|\bngifuna ukuba|(?<![\p{L}])(?:un jour,?|mon rêve\s?:?|je rêve que|sanjam da|jednog dana))\s*$/iu;
/**
 * … and the languages that put "want to become" after the title: Kazakh "болғым келеді", Kyrgyz "болгум келет",
 * Uzbek "bo'lmoqchiman", Turkish "olmak istiyorum", Azerbaijani "olmaq istəyirəm", Japanese "になりたい", Korean "가/이
 * 되고 싶", Hindi "बनना चाहता/चाहती", Bengali "হতে চাই" (each language's grammar of wishes: Wikipedia's grammars;
 * "Qazaqstan телеарнасында тілші болғым келеді" read as a job), with the dream, aim and future forms a second review
 * found ("olmayı hayal ediyorum", "を目指", "बनने का सपना", "হওয়ার স্বপ্ন"), and Korean imitation (성대모사, 따라하기).
 */
const WISH_AFTER = new RegExp(
  `^\\s*(?:wannabe|in training|in the making|지망생|흉내|성대모사|따라하기|志望|${[
    // kk, ky (typed with and without the Kazakh letters; "I wish I were", "I dream of being", "I will be")
    'болғым кел',
    'болгым кел',
    'болсам деймін',
    // … "to be (a reporter) is my dream" (болу — арманым; a review of RULES_VERSION 128)
    'болу — арман',
    'болу - арман',
    'болу арман',
    'болуды армандаймын',
    'боламын',
    'болгум келет',
    'болууну (?:кыялданам|каалайм)',
    // uz (every apostrophe the o' is typed with), tr, az (with and without ə, with the Turkish capital İ)
    "bo['‘’ʻʼ]?lmoqchiman",
    'bulmoqchiman',
    "bo['‘’ʻʼ]?lishni (?:xohlayman|orzu qilaman)",
    'бўлмоқчиман',
    'olmak [iİ]st(?:[iİ]yorum|er[iİ]m|[iİ]yom)',
    'olmayı hayal ed[iİ]yorum',
    // … "to be one is my dream" (olmak hayalim; TDK: hayal)
    'olmak (?:en büyük )?hayal[iİ]m',
    'olacağım',
    'olucam',
    'olmaq [iİ]st(?:ə|e)y(?:i|ı|İ)r(?:ə|e)m',
    'olmaq arzusundayam',
    // (and the dream itself after the title: "… aparıcı olmaq arzusu", a review of RULES_VERSION 119)
    'olmaq arzu(?:su|m)',
    // … and "who is" after the title: another's (Azerbaijani, Turkish "aparıcı olan anama", to my mother who is a
    // presenter; the same review)
    'olan',
    'olacam',
    // ja, ko, hi, bn
    'になりたい',
    'になるのが夢',
    'を目指',
    '(?:가|이)?\\s*되고 ?(?:싶|파)',
    '(?:가|이) 꿈',
    'बनना चाह',
    'बनना है',
    'बनने का सपना',
    'बनने की ख्वाहिश',
    'बनना मेरा सपना',
    'बनूं?गी',
    'बनूँगी',
    'হতে চাই',
    'হইতে চাই',
    'হওয়ার স্বপ্ন',
    'হওয়া আমার স্বপ্ন',
  ].join('|')})`,
  'iu',
);

/**
 * A dream come true is the job itself: "Fulfilled my dream of working at CGTN", "Đã thực hiện được ước mơ làm việc tại
 * VTV", "كنت أحلم أن أعمل في الجزيرة، والآن أعمل فيها" (a review of RULES_VERSION 65).
 */
const FULFILLED =
  /(?:\bfulfill?(?:ed|ing)\b|\bachiev(?:ed|ing)\b|\breali[sz](?:ed|ing)\b|\bliving (?:my|the|a|our) dream|\blive my dream|\bcame true\b|\bnow i do\b|thực hiện được|đã làm được|giờ đã|كنت أحلم|حققت|تحقق|والآن أعمل)/iu;

const JOKING =
  /(?<![\p{L}])(?:jk|j\/k|just kidding|kidding|шучу|es broma|é brincadeira|je plaisante|scherzo)(?![\p{L}])/iu;
const PIVO_ANCHOR = /📺|(?<![\p{L}])(?:telejornal|jornal|notici[áa]rio|not[íi]cias|informação)(?![\p{L}])/iu;
// (… nor the centre of a row, as earlier reviews found it: "Fui pivô da polêmica da TV Brasil")
const NOT_PIVO =
  /(?<![\p{L}])(?:pol[êé]mica|esc[âa]ndalo|crise|caso|briga|confus[ãa]o|basquete\p{L}*|basket\p{L}*|futsal|andebol|handebol|equipa|equipe|seleção|jogador\p{L}*|clube)(?![\p{L}])/iu;
const NOT_RAI_TG =
  /(?<![\p{L}])(?:globo|record|sbt|band|brasil|brazil|portugal|escola|scuola|school|liceo|istituto|università|universidade|college)(?![\p{L}])/iu;
const PHRASE_NOT_A_JOB =
  /[😂🤣]|(?<![\p{L}])(?:мечтаю|в мечтах|стаж[её]р\p{L}*|стажир\p{L}*|фанат\p{L}*|зрител\p{L}*|конкурс\p{L}*|практик\p{L}*|курсов\p{L}*|студент\p{L}*|журфак\p{L}*|quisiera|ojalá|sueño con|sonho em|sonhando|mentira|brincadeira|broma|pasante|estagiári[oa]|stagiaire|intern|internship)(?![\p{L}])/iu;
const WISH_AFTER_OUTLET =
  /^[\s.…]*(?:dans mes rêves|un jour|en stage|jednog dana|in my dreams|one day|someday|en mis sueños|algún día|um dia|nos meus sonhos)(?![\p{L}])/iu;

function wish(c: Clause, r: { index: number; end: number }): boolean {
  const before = c.text.slice(Math.max(0, r.index - 40), r.index);
  if (WISH_BEFORE.test(before)) return !FULFILLED.test(before) && !FULFILLED.test(c.text.slice(r.end));
  return WISH_AFTER.test(c.text.slice(r.end));
}

/**
 * A director of something other than programmes: a football coach ("director técnico", "director deportivo"), a
 * conductor ("director de orquesta"), a school's head, a "sporting director" (RAE, Collins; a review of RULES_VERSION
 * 32: "Director técnico 🇧🇴 Bolivia TV deportes fan").
 */
const OTHER_DIRECTOR_AFTER =
  /^\s?(?:técnic[oa]|tecnic[oa]|deportiv[oa]|de orquesta|de coro|de banda|de escuela|de tesis)(?![\p{L}])/iu;
const OTHER_DIRECTOR_BEFORE = /(?:sporting|football|funeral|school)\s$/iu;

function otherDirector(c: Clause, r: { index: number; end: number }): boolean {
  if (!/^director/iu.test(c.text.slice(r.index, r.end))) return false;
  return OTHER_DIRECTOR_AFTER.test(c.text.slice(r.end)) || OTHER_DIRECTOR_BEFORE.test(c.text.slice(0, r.index));
}

/**
 * A Thai reporter's title with สาว ("female": "นักข่าวสาว NBT", the hundred-and-thirtieth set), or with a beat, after สาย
 * or glued on ("นักข่าวเศรษฐกิจ @ MCOT", the hundred-and-thirty-eighth set),
 * as one word and nothing after it (titlesIn): politics, security, economy,
 * business, sports, entertainment, foreign affairs, society, regions, crime, the military, parliament, Government House,
 * the environment, technology, education, health, the courts (Royal Institute Dictionary). Only these: anything else
 * glued on may be a cue ("…เกษียณ", retired; "…ชอบดู", likes watching) or a joke ("นักข่าวสายลับ", a spy; a review of
 * RULES_VERSION 80).
 */
const THAI_BEAT_TITLE =
  /^(?:ผู้สื่อข่าว|นักข่าว)(?:สาว|(?:สาย)?(?:การเมือง|ความมั่นคง|เศรษฐกิจ|ธุรกิจ|กีฬา|บันเทิง|ต่างประเทศ|สังคม|ภูมิภาค|อาชญากรรม|ทหาร|รัฐสภา|ทำเนียบ|ทำเนียบรัฐบาล|สิ่งแวดล้อม|เทคโนโลยี|การศึกษา|สุขภาพ|ศาล))$/u;

/**
 * Arabic لـ ("to, for"), alone or after و/ف ("and", "so"), glued to a title: the title is someone else's ("شكراً لمراسل
 * قناة …", thanks to the channel's correspondent; "متابعة لمقدمة الأخبار …", a follower of the presenter; a review of
 * RULES_VERSION 80). No Arabic-script title of the tables begins with ل, so the letter is the proclitic.
 */
const TO_TITLE = /^[وف]?ل\u0640*\p{Script=Arabic}/u;
/** … or standing apart before it, with or without its tatweel ("شكراً لـ مراسل …"). */
const TO_BEFORE = /(?<![\p{L}\u0640])[وف]?ل\u0640*\s*$/u;

/** The name with its own site in brackets after it ("M1 Híradó (hirado.hu)": clauses.ts BRACKETED_DOMAIN), or undefined. */
function siteGlossed(c: Clause, name: Hit<OutletName>): Hit<OutletName> | undefined {
  // In a signature only ("Riporter | M1 Híradó (hirado.hu)"): elsewhere the name in a sentence reads as before ("CGTN
  // (cgtn.com) reporters are liars": a review of RULES_VERSION 84).
  if (!/[|•·]/u.test(c.text.slice(0, name.index))) return undefined;
  const m = DOMAIN_AFTER.exec(c.text.slice(name.end, name.end + 48));
  return m && ownDomain(name.item.outlet, m[1]!) ? { ...name, end: name.end + m[0].length } : undefined;
}

/**
 * A head's title (src/lists/roles/titles.ts headsOfDesks, "jefe de redacción") after a possessive is someone's boss ("Mi
 * jefa de redacción en …"), and after an article opening its clause a boss named in the news or by a critic ("Le chef
 * du service de la SNRT a démissionné"); "Soy la jefa de …", "Je suis le chef de …" keep it (a review of RULES_VERSION
 * 169).
 */
const HEAD_TITLE = /^(?:jefe|jefa|chef|cheffe|chefe|head)\s/iu;
const POSSESSIVE_BEFORE =
  /(?<![\p{L}])(?:mi|mis|tu|su|nuestr[oa]|my|our|his|her|their|your|mon|ma|notre|votre|son|sa|meu|minha|nosso|nossa|seu|sua)\s+$/iu;
const ARTICLE_OPENING = /^[\s\p{P}\p{S}]*(?:el|la|le|the|o|a)\s+$/iu;
const headOfAnother = (c: Clause, r: RoleHit): boolean => {
  if (!HEAD_TITLE.test(c.text.slice(r.index, r.end))) return false;
  const before = c.text.slice(0, r.index);
  return POSSESSIVE_BEFORE.test(before) || ARTICLE_OPENING.test(before);
};

/** A title after Arabic لـ (TO_TITLE, TO_BEFORE), or a head's that is another's (headOfAnother): someone else's. */
const toSomeone = (c: Clause, r: RoleHit): boolean =>
  TO_TITLE.test(c.text.slice(r.index, r.end)) ||
  TO_BEFORE.test(c.text.slice(Math.max(0, r.index - 4), r.index)) ||
  headOfAnother(c, r);

/**
 * The clause's titles the account may hold (`roles`), and someone else's (`others`, toSomeone): no title of the
 * account's binds across one of those to the outlet.
 */
function rolesIn(c: Clause, t: Tables, names: Hit<OutletName>[]): { roles: RoleHit[]; others: RoleHit[] } {
  const titles = titlesIn(c, t, names);
  return {
    roles: titles.filter((r) => !wish(c, r) && !otherDirector(c, r) && !toSomeone(c, r)),
    others: titles.filter((r) => toSomeone(c, r)),
  };
}

function titlesIn(c: Clause, t: Tables, names: Hit<OutletName>[]): RoleHit[] {
  const overlaps = (h: { index: number; end: number }) => names.some((n) => h.index < n.end && n.index < h.end);
  let roles: RoleHit[] = find(t.roles, c);
  if (roles.some(overlaps)) {
    // A title that shares a word with a name ("CCTV News anchor": 'news anchor'): read again without the names.
    let masked = c.text;
    for (const n of names) masked = masked.slice(0, n.index) + ' '.repeat(n.end - n.index) + masked.slice(n.end);
    roles = find(t.roles, clauseOf(masked));
  }
  // 記者会見 / 记者会 ("press conference"): a Han title that runs into 会 is another word, not a title.
  roles = roles.filter((h) => !overlaps(h) && !(c.cjk && /^[会會]/u.test(c.text.slice(h.end, h.end + 1))));
  for (const tok of c.toks) {
    // Thai writes a reporter's beat onto the title with สาย, "line": "นักข่าวสายความมั่นคง" (security-beat reporter; Royal
    // Institute Dictionary, สาย "line, branch of work"; the hundred-and-twenty-sixth set). The whole word is the title
    // where it opens with the title: "สำนักข่าว…" (news agency) holds "นักข่าว" inside, not at its start.
    if (tok.cjk && THAI_BEAT_TITLE.test(tok.raw)) {
      roles = roles.filter((r) => r.end <= tok.index || r.index >= tok.end);
      roles.push({ item: { kind: 'role', juxtaposes: false }, index: tok.index, end: tok.end, canonical: true });
      continue;
    }
    // A one-word title with a suffix of one to three letters the tables do not list: Turkish possessive "spikeri",
    // personal "muhabiriyim", "gazeteciyim" ("I am a reporter, a journalist"), plurals and feminines ("reporters",
    // "reportera"). A base of five letters at least (six for three letters), so that short words stay whole.
    const k = tok.keys[1] ?? '';
    const desk = DESK_PREFIX.exec(k)?.[0];
    const rest = desk ? k.slice(desk.length) : '';
    if (
      rest.length >= 5 &&
      !tok.cjk &&
      !roles.some((r) => r.index <= tok.index && tok.end <= r.end) &&
      !overlaps(tok) &&
      [0, 1, 2, 3].some(
        (n) =>
          rest.length - n >= 5 &&
          (n === 0 || !DERIVED.test(rest.slice(-n))) &&
          ties().singleRoles.has(n ? rest.slice(0, -n) : rest),
      )
    ) {
      roles.push({ item: { kind: 'role', juxtaposes: false }, index: tok.index, end: tok.end, canonical: true });
      continue;
    }
    const suffixed =
      !tok.cjk && k.length >= 6 && !roles.some((r) => r.index <= tok.index && tok.end <= r.end) && !overlaps(tok)
        ? [1, 2, 3, 4].find(
            (n) =>
              k.length - n >= 5 + Math.floor(n / 3) &&
              !DERIVED.test(k.slice(-n)) &&
              (n < 4 || TR_PAST_COPULA.test(k.slice(-n))) &&
              ties().singleRoles.has(k.slice(0, -n)),
          )
        : undefined;
    if (suffixed !== undefined) {
      // Turkish "I was" joined to the title ("TRT’de kameramandım", "muhabiriydim": TDK, ek-fiil) is a past job (the
      // four-hundred-and-thirty-eighth set's former cameraman read as current).
      const ex = TR_PAST_COPULA.test(k.slice(-suffixed)) || undefined;
      roles.push({ item: { kind: 'role', juxtaposes: false }, index: tok.index, end: tok.end, canonical: true, ex });
      continue;
    }
    if (
      tok.raw.length > 5 &&
      /^(?:ex|Ex|EX)/.test(tok.raw) &&
      exRole(tok) &&
      !roles.some((r) => r.index <= tok.index && tok.end <= r.end) &&
      !overlaps(tok)
    ) {
      roles.push({
        item: { kind: 'role', juxtaposes: false },
        index: tok.index,
        end: tok.end,
        canonical: true,
        ex: true,
      });
      continue;
    }
    // Zulu and Xhosa join the copula and "who was" to the title: "yintatheli" (is a journalist), "owayeyintatheli"
    // (former journalist), the noun's initial vowel merging (Doke, Textbook of Zulu Grammar, §§ 600, 712).
    const nguni = NGUNI.exec(k);
    if (
      nguni &&
      !tok.cjk &&
      !roles.some((r) => r.index <= tok.index && tok.end <= r.end) &&
      !overlaps(tok) &&
      [nguni[2]!, `i${nguni[2]}`, `u${nguni[2]}`].some((b) => ties().singleRoles.has(b))
    ) {
      roles.push({
        item: { kind: 'role', juxtaposes: false },
        index: tok.index,
        end: tok.end,
        canonical: true,
        ex: nguni[1]!.startsWith('owaye'),
      });
    }
  }
  return roles.sort((a, b) => a.index - b.index);
}

/** The phrase with the quotes around a name it opens or closes: "корреспондент «Первого канала»", "《人民日报》海外版记者". */
function withQuotes(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  if (/[«《「『“"]/u.test(text[from - 1] ?? '')) from--;
  const inside = text.slice(from, to);
  const opens = (inside.match(/[«《「『“]/gu) ?? []).length;
  const closes = (inside.match(/[»》」』”]/gu) ?? []).length;
  if (opens > closes && /[»》」』”]/u.test(text[to] ?? '')) to++;
  return text.slice(from, to);
}

/**
 * The context that gates a title read by nearness (looseBinding): the mention's, but for a disclaimer ("views my own"
 * is a staff member's line), and a guest's or a fact-checker's word anywhere in the clause.
 */
function looseContext(context: BioContext | undefined, cues: Hit<Cue>[]): BioContext | undefined {
  let ctx: BioContext | undefined = context === 'disclaimer' ? undefined : context;
  if (cues.some((h) => h.item.kind === 'guest')) ctx = stronger(ctx, 'guest');
  if (cues.some((h) => h.item.kind === 'factcheck')) ctx = stronger(ctx, 'factcheck');
  return ctx;
}

const RANK = { state: 0, 'captured-private': 1, independent: 2 } as const;

/** The account's name as a clause: NFKC, spaces collapsed, at most a bio's length. */
function tidyName(name: string): string {
  return name.normalize('NFKC').slice(0, 200).replace(/\s+/g, ' ').trim();
}

/**
 * The outlet's brand as the account's identity (src/lists/bio/identity.ts): only when nothing else in the bio names an outlet
 * for a reason of its own — one outlet named in all, no context word (fan, parody, critic, research, negation,
 * disclaimer, past) in any clause. The account's name is read first, then the bio's clauses, then the handle.
 */
function brandIn(
  nameClause: Clause | undefined,
  inName: Hit<OutletName>[],
  clauses: Clause[],
  named: Hit<OutletName>[][],
  mentions: BioMention[],
  t: Tables,
  inHandle?: OutletName & { handle: string },
): BioEmployment | undefined {
  const outlets = new Set([...inName, ...named.flat()].map((n) => n.item.outlet.id));
  if (inHandle) outlets.add(inHandle.outlet.id);
  if (outlets.size !== 1 || mentions.some((m) => m.context)) return undefined;
  const all = nameClause ? [nameClause, ...clauses] : clauses;
  // The context words of an account about an outlet; not a guest's, a checker's, kin or a fan's, which an outlet's
  // own bio may hold ("CGTN Africa: news, interviews", "chống tin giả").
  if (all.some((c) => find(t.cues, c).some((h) => !BRAND_NEUTRAL.has(h.item.kind ?? '')))) return undefined;
  const candidates: [Clause, Hit<OutletName>[], boolean][] = [
    ...(nameClause ? [[nameClause, inName, true] as [Clause, Hit<OutletName>[], boolean]] : []),
    ...clauses.map((c, i) => [c, named[i]!, false] as [Clause, Hit<OutletName>[], boolean]),
  ];
  for (const [c, names, bare] of candidates) {
    const brand = brandOf(c, names, bare);
    if (brand) {
      return { outlet: brand.item.outlet, clause: c.text, phrase: c.text, former: false, tie: 'identity' };
    }
  }
  if (inHandle) {
    const at = `@${inHandle.handle.replace(/^@/, '')}`;
    return { outlet: inHandle.outlet, clause: at, phrase: at, former: false, tie: 'identity' };
  }
  return undefined;
}

const BRAND_NEUTRAL: ReadonlySet<string> = new Set(['guest', 'factcheck', 'relative', 'fan']);

/**
 * The medium written after a name in Latin letters the world over: "CGTN TV", "BBS TV", "KBC Radio", "NTV News" (the
 * hundred-and-fifth set's "Reporter & news presenter, BBS TV 🇧🇹"), and Hindi/Nepali दैनिक ("daily", a paper's:
 * "संवाददाता, गोरखापत्र दैनिक", the hundred-and-twentieth set).
 */
const MEDIUM_AFTER = /^(?:tv|fm|radio|online|digital|news|hd|दैनिक)$/iu;

/**
 * The outlet's language or region of service written right after its name is part of the name: "Al Jazeera Balkans",
 * "Xinhua Africa", "CCTV Español", "TASS English" (the identity reader's service words; the ninety-eighth set's
 * "Novinarka, Al Jazeera Balkans"), at most two, one space apart, so that what follows them (a title, "🤡", "fan") is
 * read as following the name. Not after an ordinary-word or a shared name: "RTI Français" is Radio Taiwan
 * International's, "CNA English" Taiwan's agency's (a review).
 */
function withService(c: Clause, n: Hit<OutletName>): Hit<OutletName> {
  if (n.item.ordinary || (n.item.placed && !ownFlagIn(c, n))) return n;
  // A shared acronym placed by its flag takes a medium word only: "RTI Français 🇨🇮 | Taipei" is still Radio Taiwan
  // International's French service as often as Côte d'Ivoire's (a review of RULES_VERSION 67).
  const joins = (raw: string) => MEDIUM_AFTER.test(raw) || (!n.item.placed && isServiceWord(raw));
  let end = n.end;
  for (const tok of c.toks.filter((t) => t.index >= n.end).slice(0, 2)) {
    if (!/^\s$/u.test(c.text.slice(end, tok.index)) || !joins(tok.raw)) break;
    end = tok.end;
  }
  return end === n.end ? n : { ...n, end };
}

/**
 * A shared acronym with its own state's flag in the clause is that state's outlet, service words and all: "Reporter,
 * BBS TV 🇧🇹" (the hundred-and-fifth set; "RTI Français" with no flag stays Taiwan's, withService).
 */
function ownFlagIn(c: Clause, n: Hit<OutletName>): boolean {
  const code = n.item.outlet.state;
  if (!/^[A-Z]{2}$/.test(code)) return false;
  const own = flag(code);
  // … and no other state's flag beside it ("Reporter, GBC News 🇬🇮🇬🇭": Gibraltar's GBC as much as Ghana's; a review).
  const flags: string[] = c.text.match(/\p{Regional_Indicator}{2}/gu) ?? [];
  return flags.includes(own) && flags.every((f) => f === own);
}

/**
 * A name that begins inside a title is read after the title: "Pembaca berita RTM" is RTM's newsreader, not a reader
 * of the brand "Berita RTM" (RTM's news). The title keeps its words and the shorter name, if one is left, is the
 * outlet ("RTM", placed by the bio as ever); if none is left, the long name stays.
 */
function titleFirst(
  c: Clause,
  names: Hit<OutletName>[],
  again: (masked: string) => Hit<OutletName>[],
): Hit<OutletName>[] {
  if (!names.length) return names;
  const roles = find(getTables().roles, c);
  return names.flatMap((n) => {
    const r = roles.find((h) => h.index < n.index && n.index < h.end && h.end < n.end);
    if (!r) return [n];
    const rest = again(' '.repeat(r.end) + c.text.slice(r.end)).filter((h) => h.index >= r.end && h.index < n.end);
    return rest.length ? rest : [n];
  });
}

/** Names read per bio: a real bio names one or two; a hostile one repeating a name gains nothing past this. */
const MAX_NAMES = 24;

/** Whether any clause of a bio holds a media title ("TV host", "مذيع", "Presentadora"), bound to an outlet or not. */
export function hasMediaTitle(bio: string): boolean {
  if (typeof bio !== 'string' || !bio) return false;
  const t = getTables();
  return splitClauses(bio, outletTablesFor(STATE_OUTLETS)).some((c) =>
    find(t.roles, c).some((h) => h.item.kind === 'role'),
  );
}

/** The clauses of a bio as the reader splits them (for other readers of self-presentation). */
export function bioClauses(bio: string): string[] {
  return splitClauses(typeof bio === 'string' ? bio : '', outletTablesFor(STATE_OUTLETS)).map((c) => c.text);
}

export function readBio(bio: string, opts: ReadOptions = {}): BioReading {
  const compiled = outletTablesFor(opts.outlets ?? STATE_OUTLETS);
  const year = new Date(opts.now ?? Date.now()).getUTCFullYear();
  const clauses = splitClauses(typeof bio === 'string' ? bio : '', compiled);
  // A bio that says it is joking binds no job anywhere (see the binding loop below).
  const joking = typeof bio === 'string' && JOKING.test(bio);
  const nameClause = typeof opts.name === 'string' && opts.name.trim() ? clauseOf(tidyName(opts.name)) : undefined;
  // The states the bio and the name place the account in, for the acronyms several states' outlets share.
  let placesSeen: Set<string> | undefined;
  const places = () => {
    if (!placesSeen) {
      // Flags, names and capitals, and a script written for one state's language ("Phóng viên VTV": Vietnam).
      const all = `${nameClause?.text ?? ''}\n${clauses.map((c) => c.text).join('\n')}`;
      // … and the language its job titles are written in ("Novinarka na HRT-u": a South Slavic newsroom).
      placesSeen = new Set([
        ...findStateMentions(all).map((m) => m.item.code),
        ...placesOfScript(all),
        ...placesOfTitles(all),
        ...placingCapitalsIn(all),
      ]);
    }
    return placesSeen;
  };
  const named = clauses.map((c) =>
    titleFirst(c, placeNames(outletsIn(c, compiled), c.text, compiled, places), (masked) =>
      placeNames(outletsIn(clauseOf(masked), compiled), masked, compiled, places),
    ),
  );
  const inName = nameClause ? placeNames(outletsIn(nameClause, compiled), nameClause.text, compiled, places) : [];
  const inHandle = typeof opts.handle === 'string' ? brandOfHandle(opts.handle, compiled) : undefined;
  if (named.every((n) => !n.length) && !inName.length && !inHandle) {
    return { clauses: clauses.map((c) => c.text), employments: [], mentions: [] };
  }
  const t = getTables();
  let budget = MAX_NAMES;

  interface Found {
    c: Clause;
    b: Binding;
    employment: BioEmployment;
    why?: BioContext;
  }
  const found: Found[] = [];
  const mentions: BioMention[] = [];
  /** Mentions that a title binds: what they say about the outlet is the binding's business, not another clause's. */
  const bound = new Set<BioMention>();
  let parody: Clause | undefined;
  let disclaimer: Clause | undefined;

  for (const [i, c] of clauses.entries()) {
    // The service words join the name for a byline's reading, not for the brand's (identity.ts reads them apart).
    const names = named[i]!.slice(0, Math.max(0, budget)).map((n) => withService(c, n));
    budget -= names.length;
    const cues = [
      ...find(t.cues, c).filter((h) => lettersAgree(t, c.text.slice(h.index, h.end))),
      ...criticStems(c),
    ].filter((h) => !names.some((n) => h.index < n.end && n.index < h.end));
    if (cues.some((h) => h.item.kind === 'parody')) parody ??= c;
    if (cues.some((h) => h.item.kind === 'disclaimer')) disclaimer ??= c;
    if (!names.length) continue;
    const { roles, others } = rolesIn(c, t, names);
    // Runs of one outlet's names ("TV Brasil/EBC", "Al Arabiya / MBC") are read from every name the clause holds: a
    // shared acronym that placeNames dropped is placed by the name it is joined to (src/lists/bio/clauses.ts oneOutlet).
    let raw: Hit<OutletName>[] | undefined;
    const runEnd = (n: Hit<OutletName>): number => {
      if (!/^\s?[-–—,/]|^\s&\s/u.test(c.text.slice(n.end, n.end + 3))) return n.end;
      raw ??= outletsIn(c, compiled);
      return joinedRunEnd(c, n, raw);
    };
    // The binding's name through the names of its outlet joined after it: what follows the run is said of it.
    const run = (b: Binding): Binding => {
      const end = runEnd(b.name);
      return end === b.name.end ? b : { ...b, name: { ...b.name, end }, end: Math.max(b.end, end) };
    };
    for (const name of names) {
      const nameRunEnd = runEnd(name);
      const mention: BioMention = {
        outlet: name.item.outlet,
        name: c.text.slice(name.index, name.end),
        clause: c.text,
        context: mentionContext(c, { ...name, end: nameRunEnd }, cues),
      };
      mentions.push(mention);
      // A state's own title abbreviation ("PV", "BTV") is a title only beside that state's outlet.
      const own = roles.filter(
        (r) => (!r.item.state || r.item.state === name.item.outlet.state) && !essiveRefused(c, r),
      );
      // Glossed by a bracket (glossed): once per outlet and clause ("News Agency of Nigeria (NAN)" is one job).
      const gloss = found.some((f) => f.c === c && f.employment.outlet === name.item.outlet)
        ? undefined
        : glossed(c, name, names);
      // … and an acronym spelled out across a dash ("RNA – Rádio Nacional de Angola"; src/lists/bio/clauses.ts), once
      // per outlet and clause: "Reporter | KBC – Kenya Broadcasting Corporation" is one job, bound at "KBC" already.
      const spelled =
        gloss === undefined && found.some((f) => f.c === c && f.employment.outlet === name.item.outlet)
          ? name
          : spelledOut(c, name);
      // … and the names of its outlet joined after it ("Repórter, TV Brasil/EBC", "Anchor, CCTV/央视"): one name, whose
      // run a comma tie's clause end and an ordinary name's follower are read after (a review of RULES_VERSION 80).
      const joined = nameRunEnd > name.end ? { ...name, end: nameRunEnd } : siteGlossed(c, name);
      const b =
        (gloss && bindingFor(c, gloss, own, cues)) ??
        (spelled !== name ? bindingFor(c, spelled, own, cues) : undefined) ??
        (joined && bindingFor(c, joined, own, cues)) ??
        bindingFor(c, name, own, cues) ??
        looseBinding(c, name, own, names);
      if (!b || c.question) continue;
      // A wish or an internship right after the outlet ("je bosse pour RT… dans mes rêves", "Izveštavam za Tanjug
      // jednog dana", "je bosse à RT en stage": a review of RULES_VERSION 132) is no job, whichever phrase bound it.
      if (WISH_AFTER_OUTLET.test(c.text.slice(Math.max(b.by.end, name.end)))) continue;
      // A phrase of work with no title ("пишу для", "firmo notas para") in a clause that dreams, jokes, is an intern's
      // or a fan's is no job: "Мечтаю: снимаю сюжеты для RT", "Firmo notas para Telesur 😂 mentira", "Готовлю сюжеты
      // для ТАСС как стажёр" (a review of RULES_VERSION 134; the older phrases read them too).
      if (own.some((r) => r.index === b.by.index && r.item.kind === 'before') && PHRASE_NOT_A_JOB.test(c.text))
        continue;
      // … and any binding in a bio that says it is joking ("Parliamentary correspondent, The Ghanaian Times 😂 jk": a
      // review of RULES_VERSION 135).
      if (joking) continue;
      // The Arabic writer's line ("أكتب لجريدة …") beside a letter, a reader's, a student's or a wish's word anywhere in
      // the bio or the name ("طالب إعلام | أكتب لجريدة …": a review of RULES_VERSION 160).
      if (
        AR_WRITES_VERB.test(c.text.slice(b.by.index, b.by.end)) &&
        AR_WRITES_NOT_MINE.test(`${bio}\n${opts.name ?? ''}`.replace(AR_MARKS, ''))
      )
        continue;
      // The Portuguese anchor's "pivô" beside a news programme only, not a basketball or futsal pivot ("Pivô da TPA no
      // basquetebol interno": the review of RULES_VERSION 135).
      if (/^piv[ôo]$/iu.test(c.text.slice(b.by.index, b.by.end)) && (!PIVO_ANCHOR.test(bio) || NOT_PIVO.test(bio)))
        continue;
      // Rai's TG1 to TG3 are not Brazil's or a school's news programmes of the same name (the same review).
      if (
        name.item.outlet.id === 'rai' &&
        /^TG\d$/iu.test(c.text.slice(name.index, name.end)) &&
        NOT_RAI_TG.test(c.text)
      )
        continue;
      // "صحفي مستقل، شكراً لمراسل قناة …": the freelancer's title does not reach past someone else's (a review).
      const from = Math.min(b.by.end, name.end);
      const to = Math.max(b.by.index, name.index);
      if (others.some((o) => o.index >= from && o.end <= to)) continue;
      bound.add(mention);
      found.push({
        c,
        b,
        employment: {
          outlet: name.item.outlet,
          clause: c.text,
          phrase: withQuotes(c.text, b.start, b.end),
          former: isFormer(c, b, cues, year),
          tie: b.credit ? 'credit' : 'role',
        },
        // Read by nearness alone, the title is gated by everything the clause says of the outlet.
        why: b.loose
          ? stronger(bindingContext(c, run(b), cues, roles), looseContext(mention.context, cues))
          : bindingContext(c, run(b), cues, roles),
      });
    }
  }

  // The reporter's gerund opening the bio, beside the staff's disclaimer elsewhere in it (coversFor): "Covering tech for
  // The Straits Times. Opinions my own."
  const first = clauses[0];
  if (
    !found.length &&
    !parody &&
    disclaimer &&
    first &&
    !COVERING_NOT_MINE.test(clauses.map((c) => c.text).join(' | '))
  ) {
    const name = named[0]!.find((n) => coversFor(first, n));
    const mention = name && mentions.find((m) => m.clause === first.text && m.outlet === name.item.outlet);
    if (name && mention && !mention.context) {
      const b: Binding = { name, by: name, formerOnly: false, ex: false, credit: false, start: 0, end: name.end };
      bound.add(mention);
      found.push({
        c: first,
        b,
        employment: {
          outlet: name.item.outlet,
          clause: first.text,
          phrase: withQuotes(first.text, first.text.search(/\S/u), name.end),
          former: isFormer(first, b, [], year),
          tie: 'role',
        },
      });
    }
  }

  // The same outlet attacked, denied or studied elsewhere in the bio rules its employment out too.
  for (const f of found) {
    if (parody) f.why = 'parody';
    for (const m of mentions) {
      if (m.outlet !== f.employment.outlet || m.clause === f.c.text || bound.has(m)) continue;
      if (m.context === 'negation' || m.context === 'critic' || m.context === 'research') f.why ??= m.context;
    }
  }

  const employments = found.filter((f) => !f.why).map((f) => f.employment);
  if (!found.length && !parody) {
    const brand = brandIn(
      nameClause,
      inName,
      clauses,
      named,
      mentions,
      t,
      inHandle && { handle: opts.handle!, ...inHandle },
    );
    if (brand) employments.push(brand);
  }
  const rank = (e: BioEmployment) => (e.former ? 3 : 0) + RANK[affiliationOf(e.outlet.type)];
  const employment = [...employments].sort((a, b) => rank(a) - rank(b))[0];
  const out = found.find((f) => f.why);
  const ruledOut = !employment && out?.why ? { ...out.employment, why: out.why } : undefined;

  let context: BioContext | undefined;
  let contextClause: string | undefined;
  if (parody && mentions.length) {
    context = 'parody';
    contextClause = parody.text;
  } else if (ruledOut) {
    context = ruledOut.why;
    contextClause = ruledOut.clause;
  } else if (!employment) {
    for (const m of mentions) {
      if (m.context && stronger(context, m.context) !== context) {
        context = m.context;
        contextClause = m.clause;
      }
    }
  } else if (disclaimer) {
    context = 'disclaimer';
    contextClause = disclaimer.text;
  }

  return {
    clauses: clauses.map((c) => c.text),
    employment,
    employments,
    ruledOut,
    context,
    contextClause,
    mentions,
  };
}
