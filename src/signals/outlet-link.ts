/**
 * outlet-link — the bio link goes to the site of an outlet of the registry (src/lists/registry/).
 * What: the host of the bio link (after TikTok's /link/v2 redirect) against the registry's domains, indexed by
 * domain suffix, and the State Media Monitor typology of the row it falls in.
 * Why: accounts that publish for an outlet send their audience to it; an unlabelled account that links a state
 * broadcaster is the pattern researchers report for outlets' new unlabelled channels. Evidence, not confirmation:
 * someone could link a state site to criticise it, which is why this alone makes `suspected`, not `state-media`.
 * By typology: state media (SC, CaPu) and captured private media (CaPr) are evidence; a captured private outlet is
 * never more than that (only `confirmed` makes `state-media`). Publicly funded, editorially independent media
 * (ISFM, ISF, ISM, IP) are recognised and named, for 0 points: a link to the BBC is no tie to a state.
 */
import { articlePath, brandedByName, glued, ownOutlet, UNDER_THE_LENS } from '../lists/article-link';
import { hasMediaTitle, readBio } from '../lists/bio';
import { checkerWord } from '../lists/bio/checker-word';
import {
  analysesNamed,
  checkerByName,
  checkerSelfVerb,
  checksClaimsOf,
  checksNamed,
  checksNamedSov,
  checksWhatPublished,
  checksWhatSaidDe,
  checksWhatSaidEl,
  claimsCheckedZh,
  comparesWithFacts,
  disinfoResearcher,
  EN_PICK_APART_VERB,
  escapeRe,
  FACT_CHECK_FOR_LINK,
  factCheckerTitle,
  factCheckOf,
  factCheckVerb,
  inHouse,
  linkIsChecked,
  mediaResearcherTitle,
  namesItsIssue,
  passesOffAsNews,
  readsCritically,
  reviewsNamedEs,
  sievedNamed,
  studiesStateMedia,
  underTheLens,
} from '../lists/bio/fact-check';
import { hostOf, outletForLink } from '../lists/match';
import type { StateOutlet } from '../lists/registry/types';
import { affiliationOf, TYPOLOGY_WORDS, type Typology } from '../lists/typology';
import { postingCadence } from './posting-cadence';
import type { SayArg } from './say';
import { WEIGHTS } from './thresholds';
import type { Signal, SignalResult } from './types';
import { stateSay, typologySay } from './util';

const THRESHOLD = 'a domain of a state or captured outlet';
const SAY_THRESHOLD = { key: 'sig_th_outlet_link' };

/** Why a bio that names the outlet makes its link no tie (src/lists/bio/types.ts BioContext), as a message. */
const contextSay = (context: string): SayArg => ({ say: { key: `sig_context_${context}` } });

/** The row that made the call: a registry row, or a row of a subscribed list (State Media Monitor CSV). */
interface Row {
  host: string;
  outlet: string;
  state: string;
  type: Typology;
  source: string;
  /** `outlet` and `state` for `say` (a list's row names them in its own words). */
  outletSay?: SayArg;
  stateSay?: SayArg;
}

function result(link: string, row: Row | undefined): SignalResult {
  const base = { id: 'outlet-link', axis: 'affiliation' as const, threshold: THRESHOLD, sayThreshold: SAY_THRESHOLD };
  if (!row) {
    return {
      ...base,
      value: link.slice(0, 200),
      points: 0,
      evidence: 'The bio link does not go to a known state outlet.',
      say: { key: 'sig_outlet_link_none' },
    };
  }
  const { host, outlet, state, type } = row;
  const source = `Source: ${row.source}`;
  // Host, outlet name and source are the link's and the registry's own text; the state is a region code.
  const args: SayArg[] = [
    { text: host },
    row.outletSay ?? { text: outlet },
    row.stateSay ?? stateSay(state),
    { text: type },
  ];
  const affiliation = affiliationOf(type);
  if (affiliation === 'independent') {
    return {
      ...base,
      value: host,
      points: 0,
      evidence: `The bio links to ${host}: ${outlet} (${state}) is publicly funded, editorially independent media (State Media Monitor: ${type}): not evidence of state ties. ${source}`,
      say: { key: 'sig_outlet_link_independent', args: [...args, { text: row.source }] },
    };
  }
  const named = `${outlet} (${state}; State Media Monitor: ${type}, ${TYPOLOGY_WORDS[type]})`;
  return {
    ...base,
    value: host,
    points: WEIGHTS['outlet-link'],
    evidence:
      affiliation === 'state'
        ? `The bio links to ${host}, the site of ${named}. ${source}`
        : `The bio links to ${host}, the site of ${named}: a tie to an outlet the government steers, not to state media itself. ${source}`,
    say: {
      key: affiliation === 'state' ? 'sig_outlet_link' : 'sig_outlet_link_captured',
      args: [...args, typologySay(type), { text: row.source }],
    },
    strength: 'evidence',
  };
}

/**
 * A fact-checker of state media links the story it checks (src/lists/bio/fact-check.ts): no tie, said so. Not when
 * the bio names the linked outlet as its employer: a staff member's "I debunk fakes about state media" keeps its link.
 */
function factChecked(
  bio: string | undefined,
  host: string,
  outletName: string,
  outletId?: string,
  nickname?: string,
  own?: boolean,
  names: readonly string[] = [],
  handle = '',
): SignalResult | undefined {
  if (!bio) return undefined;
  const reading = readBio(bio);
  const mine = outletId ? reading.mentions.filter((m) => m.outlet.id === outletId) : [];
  // Not the outlet's own account, by its name or its brand: it may call itself a debunker (a review of RULES_VERSION 97).
  // (not a name that is the object of the nickname's own checking verb: "Sprawdzam Sputnika", Checking Sputnik, the
  // three-hundred-and-seventieth set's checker)
  // (nor a critic's brand that ownOutlet refused: "ТАСС под лупой")
  const lensBrand = !own && !!nickname && UNDER_THE_LENS.test(nickname);
  const ownName =
    !!outletId &&
    !!nickname &&
    !lensBrand &&
    readBio(nickname).mentions.some((m) => m.outlet.id === outletId && !checksNamed(nickname, m.name));
  // (… nor an account whose name or handle says it is an official one: "ahram_official" checking "the official papers"
  // is the paper's own; a review of RULES_VERSION 135)
  const official = /official|officiel|offiziell|oficial|رسمي|официальн/iu.test(`${nickname ?? ''} ${handle}`);
  const theirs = own || ownName || official;
  // The class named ("state media", "госСМИ"), or the linked outlet itself named beside a checking word anywhere in
  // the bio ("نتحقق من الأخبار … تفنيد اليوم: خبر سانا").
  const titled = hasMediaTitle(bio.replace(MEDIA_DISINFORMATION, 'التضليل'));
  let fc = factCheckOf(bio);
  // A first-person "проверяю госСМИ", "nous vérifions ce que diffusent les médias publics" is the job's beside a media
  // title or on the outlet's own account (reviews of RULES_VERSION 101 and 102).
  // (… or a bio that opens with the outlet's own name: "Press TV. I check what Iranian state media claim"; a review of
  // RULES_VERSION 150)
  const opensWithIt = mine.some((m) => bio.normalize('NFKC').trimStart().startsWith(m.name));
  if (fc && FIRST_PERSON_CHECK.test(fc.verb) && (theirs || titled || opensWithIt)) fc = undefined;
  // (… and the English "I pick apart state broadcaster …" not on the outlet's own account by its name or handle; its
  // object is a broadcaster, so a media title is no refusal: a review of RULES_VERSION 137)
  if (fc && EN_PICK_APART_VERB.test(fc.verb) && theirs) fc = undefined;
  // … or, without a media title in the bio (a presenter's "Checking the headlines"), the bio saying its link is what it
  // checks ("Link = what we debunk"), or a checker's own verb with the linked outlet as its object ("Checking China
  // Daily HK’s claims")
  if (!fc && !theirs && !titled) {
    // (not naming the outlet elsewhere: "قناة المنار. المصدر الذي …" is the outlet's own, a review of RULES_VERSION 100;
    // named once, in the sentence, it is the object: "В ссылке — разбираемый текст БелТА")
    const sentence = linkIsChecked(bio);
    // (the Chinese "this issue checked X" only with the linked outlet as its X: a programme's own "这期查的是…", a
    // look-up account's, name none; a review of RULES_VERSION 110)
    const issue = !!sentence && namesItsIssue(sentence);
    const linked =
      sentence &&
      mine.every((m) => namedInSentence(bio, sentence, m.name)) &&
      (!issue || mine.some((m) => sentence.includes(m.name)))
        ? sentence
        : undefined;
    if (linked) fc = { verb: linked, media: host };
    // The outlet named once, as the object: named again elsewhere it is the account's own ("Redakcija TV Pink:
    // proveravamo sve dojave TV Pink", the newsroom; a review of RULES_VERSION 99).
    // A name the bio reader leaves to its state's placing ("ABI") is the linked outlet's where the link places it: the
    // headlines a checker's verb checks ("Chequeamos uno por uno los titulares de ABI" over abi.bo, the
    // two-hundred-and-eighty-ninth set's checker); not where the name or the handle is the account's own.
    if (!fc && !mine.length) {
      const placed = writtenOnce(bio, names).find((n) => !ownByName(n, nickname ?? '', handle));
      const verb =
        placed &&
        (checksClaimsOf(bio, placed) ??
          checksWhatPublished(bio, placed) ??
          reviewsNamedEs(bio, placed) ??
          underTheLens(bio, placed));
      if (placed && verb) fc = { verb, media: placed };
    }
    for (const m of fc || mine.length > 1 ? [] : mine) {
      // … or, for a researcher by title, its verb of analysis ("Chercheuse en info-com. J’analyse … les dépêches APS")
      const checking =
        checksNamed(bio, m.name) ??
        checksNamedSov(bio, m.name) ??
        claimsCheckedZh(bio, m.name) ??
        readsCritically(bio, m.name) ??
        checksWhatSaidEl(bio, m.name) ??
        checksWhatSaidDe(bio, m.name) ??
        checksWhatPublished(bio, m.name) ??
        passesOffAsNews(bio, m.name) ??
        underTheLens(bio, m.name) ??
        (researcherTitle(bio, nickname ?? '') ||
        checkerTitle(bio) ||
        // (… or a checker by its name's piece, "سارة | تدقيق الأخبار 🔎", none of a newsroom's own words: a news desk
        // reviews the agency's dispatches before publishing)
        (!hasMediaTitle(bio) &&
          checkerName(nickname, bio) &&
          !handleOpensWith(handle, m.name) &&
          !inHouse(`${nickname ?? ''} ${bio}`))
          ? analysesNamed(bio, m.name)
          : undefined) ??
        ((checkerTitle(bio) || checkerByName(nickname, bio) || linkIsChecked(bio)) && !handleOpensWith(handle, m.name)
          ? sievedNamed(bio, m.name)
          : undefined);
      if (checking) {
        fc = { verb: checking, media: m.name };
        break;
      }
    }
  }
  const verb = fc ? undefined : (factCheckVerb(bio) ?? (titled ? undefined : comparesWithFacts(bio)));
  // (not the accusative "za provjeru činjenica" with the outlet's name right after it: its own desk's)
  const desk = !!verb && !!mine[0] && FACT_CHECK_FOR_LINK.includes(verb) && ownDesk(bio, verb, mine[0].name);
  // (nor the outlet's name right before the checking word, its own desk's: "环球网事实查核"; nor the account's brand in its
  // handle: a review of RULES_VERSION 111)
  const named = !!verb && mine.some((m) => bio.normalize('NFKC').includes(`${m.name}${verb}`));
  const ownProject = !!mine[0] && ownCheckingDesk(bio, handle, { name: mine[0].name, context: 'factcheck' });
  if (verb && mine[0] && !ownName && !desk && !named && !own && !ownProject) fc = { verb, media: mine[0].name };
  if (!fc) return undefined;
  if (outletId && reading.employments.some((e) => e.outlet.id === outletId && !e.former)) return undefined;
  return {
    id: 'outlet-link',
    axis: 'affiliation',
    threshold: THRESHOLD,
    sayThreshold: SAY_THRESHOLD,
    value: host,
    points: 0,
    evidence: `The bio links to ${host} (${outletName}), but the account says it checks state media (“${fc.verb}”, “${fc.media}”): the link is the story it checks, not a tie.`,
    say: {
      key: 'sig_outlet_link_factcheck',
      args: [{ text: host }, { text: outletName }, { text: fc.verb }, { text: fc.media }],
    },
  };
}

/**
 * A checking project the bio names as the outlet's own, not as what it checks: Somali "of", "part of", "run by",
 * "owned by", "funded by", its newsroom, "we are", "I work on" ("Mashruuc xaqiijin ee SNTV", "… oo ka tirsan SNTV"), or
 * any checking account whose handle opens with the outlet's name ("sntv_xaqiijin") (a review of RULES_VERSION 123); the
 * Bosnian "we check claims" beside the outlet's own programme or newsroom (a review of RULES_VERSION 124).
 */
function ownCheckingDesk(bio: string, handle: string | undefined, object: { name: string; context?: string }): boolean {
  if (object.context !== 'factcheck') return false;
  return (
    handleOpensWith(handle, object.name) ||
    (/xaqiij|hubin/iu.test(bio) && SO_OWN_PROJECT.test(bio)) ||
    (/tvrdnje|činjenice/iu.test(bio) && BHS_OWN_PROGRAMME.test(bio))
  );
}
/** … the outlet's own news programme or newsroom beside "we check claims" ("Dnevnik RTRS-a. Proveravamo tvrdnje …"). */
const BHS_OWN_PROGRAMME =
  /(?<!\p{L})(?:dnevnik\p{L}*|vijesti|vesti|informativn\p{L}*|redakcij\p{L}*|uredništv\p{L}*)(?!\p{L})/iu;
const SO_OWN_PROJECT =
  /(?<!\p{L})(?:ee|ka tirsan|leedahay|wadaan|wado|maalgeliso|qolka wararka|nahay|ka shaqeeyaa|ka shaqeysaa)(?!\p{L})/iu;

/**
 * A checker by its name's piece (checkerByName), not where another piece of the name is an outlet's ("SANA | تدقيق
 * الأخبار", its own desk), nor the Arabic piece beside a job or a proofreader's title in the bio ("أعمل في …", "مدقق
 * لغوي"; a review of RULES_VERSION 150).
 */
function checkerName(nickname: string | undefined, bio: string): string | undefined {
  const piece = checkerByName(nickname, bio);
  if (!piece || readBio(nickname ?? '').mentions.length) return undefined;
  return /^تدقيق/u.test(piece) && AR_JOB_OR_PROOFREADER.test(bio) ? undefined : piece;
}
const AR_JOB_OR_PROOFREADER =
  /(?<!\p{L})(?:أعمل|اعمل|نعمل|أشتغل|اشتغل|موظف\p{L}*|مدقق(?:ة)? لغوي(?:ة)?|لغوي\p{L}*)(?!\p{L})/u;

/** The outlet's names a desk's handle or name would carry: its aliases and the names its state places. */
const outletNames = (outlet: StateOutlet): string[] => [
  ...outlet.aliases,
  ...(outlet.placed ?? []),
  ...(outlet.placedInClause ?? []),
];

/**
 * A checker by the trade's word in its name or handle (checkerWord), neither carrying an outlet's name ("SANA |
 * تدقيق الأخبار", "ftv_provjera": the outlet's own desk as often).
 */
function checkerNamed(nickname: string, handle: string, bio: string, names: readonly string[]): string | undefined {
  if (readBio(nickname).mentions.length) return undefined;
  const own = (n: string) => handleOpensWith(handle, n) || wholeWord(n).test(nickname);
  return names.some(own) ? undefined : checkerWord(nickname, handle, bio);
}

/** The handle opens with the name, glued ("rtfrance_verif" for RT): the outlet's own desk as often as not. */
function handleOpensWith(handle: string | undefined, name: string): boolean {
  return !!handle && glued(name).length >= 2 && glued(handle).startsWith(glued(name));
}

/** The placed names written in the bio, each a whole word in its own case: one, written once, or none. */
function writtenOnce(bio: string, names: readonly string[]): string[] {
  const found = names.filter((n) => (bio.match(wholeWord(n)) ?? []).length === 1);
  return found.length === 1 ? found : [];
}

const wholeWord = (n: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(n)}(?![\\p{L}\\p{N}])`, 'gu');

/**
 * The bio names the linked outlet, other than as one of the outlets a researcher or checker lists as its objects:
 * "Researcher: how Beijing’s state outlets cover Africa. CGTN, Xinhua, StarTimes." (the three-hundred-and-third set) names
 * two state outlets and works at none; "Fact-checker | CGTN" names one, its own as often (a review of RULES_VERSION 75).
 */
function namesOwnOutlet(bio: string, outletId: string): boolean {
  const reading = readBio(bio);
  if (!reading.mentions.some((m) => m.outlet.id === outletId)) return false;
  const others = new Set(reading.mentions.map((m) => m.outlet.id).filter((id) => id !== outletId));
  // (only beside the study's own words: "Fact-checker | CGTN, Xinhua" names two, its own as often; a review of
  // RULES_VERSION 109)
  return others.size === 0 || reading.employments.length > 0 || !studiesStateMedia(bio);
}

/** The name in the account's own name or handle ("Agencia ABI", abi_bolivia): the outlet's own account. */
function ownByName(name: string, nickname: string, handle: string): boolean {
  return (
    wholeWord(name).test(nickname) ||
    handle.toLowerCase().replace(/[._-]/g, ' ').split(' ').includes(name.toLowerCase())
  );
}

/**
 * A fact-checker's title; the French "vérificateur/vérificatrice de faits" (after the two-hundredth set) only without
 * a media title besides: "Présentatrice & vérificatrice de faits" is the outlet's presenter (a review of RULES_VERSION
 * 96). The older titles keep their reading.
 */
function checkerTitle(bio: string): string | undefined {
  const title = factCheckerTitle(bio);
  // (nor an Arabic independent platform beside a reporter's title: "مراسل … | منصة مستقلة للتحقق"; a review of
  // RULES_VERSION 103)
  // (nor beside "I work at/in": "أعمل في الوكالات الرسمية. فريق تحقق معلومات مستقل"; a review of RULES_VERSION 120)
  // (nor the independent or citizens' fact-checking beside a media title: "Journaliste RTI · fact-checking indépendant")
  return title &&
    /^(?:vérificat|فريق|منصة|مبادرة|مشروع)|^fact[- ]?checking\s|\sfact[- ]?checking$/u.test(title) &&
    (hasMediaTitle(bio) || /(?<!\p{L})(?:أعمل|اعمل|أشتغل|نعمل)\s+(?:في|ب|لدى|مع)(?!\p{L})/u.test(bio))
    ? undefined
    : title;
}

/** A checker's own first-person verb, when the bio has no media title besides ("Корреспондент. Проверяю факты"). */
function checkerSelf(bio: string): string | undefined {
  const verb = checkerSelfVerb(bio);
  return verb && !hasMediaTitle(bio) ? verb : undefined;
}

/**
 * A researcher's title, when the bio has no media title besides: a researcher who is also a presenter or a reporter
 * ("Media researcher and TV host", "باحث في الإعلام | مذيع") may be the outlet's (a review of RULES_VERSION 79).
 */
function researcherTitle(bio: string, nickname: string): string | undefined {
  const title = mediaResearcherTitle(bio) ?? studiesStateMedia(bio) ?? disinfoResearcher(nickname, bio);
  // ("التضليل الإعلامي", media disinformation, names the field: its adjective is no media title of the writer's; the
  // three-hundred-and-sixty-fourth set's researcher)
  return title && !hasMediaTitle(bio.replace(MEDIA_DISINFORMATION, 'التضليل')) ? title : undefined;
}
const MEDIA_DISINFORMATION = /(?<!\p{L})(?:ال)?تضليل\s+الإعلامي(?!\p{L})/gu;

/** The outlet's name right after the checking words (a sign, a space at most): "Tim za provjeru činjenica BHRT-a". */
function ownDesk(bio: string, verb: string, name: string): boolean {
  const text = bio.normalize('NFKC').toLowerCase();
  const at = text.indexOf(verb);
  const rest = text.slice(at + verb.length).replace(/^[\s:–—-]*/u, '');
  return at >= 0 && rest.startsWith(name.normalize('NFKC').toLowerCase());
}

/** The verbs of factCheckOf's first-person readings (src/lists/bio/fact-check.ts: VERB_THEN_CLASS, FR_WHAT_CLASS). */
// (… and the English "checking / I check / we check what <class> say": on the outlet's own account or beside a media
// title it is the newsroom's; a review of RULES_VERSION 126)
const FIRST_PERSON_CHECK =
  /^(?:contrastamos la propaganda televisiva|проверяю|проверяем|разбираю сюжеты|pon a prueba|nous vérifions|nous décortiquons|checking|i check|we check|doğruluyoruz|doğruluyorum|teyit ediyoruz|teyit ediyorum|نختبر|أختبر|اختبر|نراجع|أراجع|اراجع|نفحص|أفحص|افحص|نتحقق من|أتحقق من|разбираем сюжеты|i read|i watch|читаю|смотрю|чытаю|гляджу|ich prüfe|wir prüfen|ich überprüfe|wir überprüfen|ich checke|wir checken)$/u;

/**
 * The outlet's name written once in the bio, right after the link sentence, a space between at most ("разбираемый
 * текст БелТА"; not "… от БелТА", a review of RULES_VERSION 101).
 */
function namedInSentence(raw: string, sentence: string, name: string): boolean {
  // (the sentence as the reader found it, in NFKC: "，" is ",")
  const bio = raw.normalize('NFKC');
  const end = bio.indexOf(sentence) + sentence.length;
  const at = bio.indexOf(name, end);
  // (… or inside it, as the Chinese names what this issue checked: "这期查的是法治日报，原文链接在下")
  const inside = sentence.includes(name);
  return bio.indexOf(sentence) >= 0 && bio.split(name).length === 2 && (inside || (at >= end && at - end <= 1));
}

/** The full link result at half weight and not evidence, its sentence nested in the reason's message. */
function halfWeight(full: SignalResult, why: string, say: { key: string; args: SayArg[] }): SignalResult {
  return {
    ...full,
    points: Math.round(WEIGHTS['outlet-link'] / 2),
    strength: undefined,
    evidence: `${why} ${full.evidence}`,
    say: { key: say.key, args: [...say.args, ...(full.say ? [{ say: full.say }] : [])] },
  };
}

export const outletLink: Signal = {
  id: 'outlet-link',
  axis: 'affiliation',
  evaluate(ctx) {
    const { obs, lookupDomain } = ctx;
    const link = obs.user?.bioLink;
    if (!link) return undefined;
    const hit = outletForLink(link);
    if (hit) {
      const { outlet, host } = hit;
      // A debunker links the story it debunks: when the bio names this outlet to criticise, study, deny or parody
      // it (src/lists/bio/context.ts), the link is the object of that, not a tie.
      const object = obs.user?.signature
        ? readBio(obs.user.signature).mentions.find(
            (m) => m.outlet.id === outlet.id && m.context && m.context !== 'disclaimer',
          )
        : undefined;
      if (object && !ownCheckingDesk(obs.user?.signature ?? '', obs.handle, object)) {
        return {
          id: 'outlet-link',
          axis: 'affiliation',
          threshold: THRESHOLD,
          sayThreshold: SAY_THRESHOLD,
          value: host,
          points: 0,
          evidence: `The bio links to ${host} (${outlet.name}), but names ${object.name} in “${object.clause.slice(0, 100)}” (${object.context}): the link is what the account talks about, not a tie.`,
          say: {
            key: 'sig_outlet_link_object',
            args: [
              { text: host },
              { text: outlet.name },
              { text: object.name },
              { text: object.clause.slice(0, 100) },
              contextSay(object.context ?? 'critic'),
            ],
          },
        };
      }
      const checked = factChecked(
        obs.user?.signature,
        host,
        outlet.name,
        outlet.id,
        obs.user?.nickname,
        ownOutlet(obs.user, obs.handle, outlet, host),
        [...(outlet.placed ?? []), ...(outlet.placedInClause ?? [])],
        obs.handle,
      );
      if (checked && affiliationOf(outlet.type) !== 'independent') return checked;
      const full = result(link, {
        host,
        outlet: outlet.name,
        state: outlet.state,
        type: outlet.type,
        source: outlet.source,
      });
      // The links below count half and are not evidence on their own: a state outlet that nothing else ties the
      // account to (no title there, not its name, an ordinary posting pace).
      const loose = () =>
        affiliationOf(outlet.type) !== 'independent' &&
        !ownOutlet(obs.user, obs.handle, outlet, host) &&
        !postingCadence.evaluate(ctx)?.points;
      // A fact-checker by title linking the outlet (a page, a section, its root): what it checks as often as a tie —
      // the hundred-and-seventh and hundred-and-eighth sets' "Fact-checkeuse 🔎 …" over acp.cd/politique/ and an
      // article by query. … or a researcher of media or of disinformation by name or bio ("Lena | Desinfo-Recherche",
      // "media researcher": the hundred-and-twentieth and -twenty-second sets). Not when the bio names the outlet at
      // all: "مدقق معلومات في سانا", "Fact-checker | CGTN" are its own staff as often as not (a review of RULES_VERSION
      // 75), and a title is not read beside every naming ("Fact-checker" is no title of the lexicon). A critic's
      // naming of it was read above.
      const sig = obs.user?.signature ?? '';
      const title =
        checkerTitle(sig) ??
        checkerSelf(sig) ??
        researcherTitle(sig, obs.user?.nickname ?? '') ??
        (hasMediaTitle(sig) || brandedByName(obs.handle, obs.user?.nickname ?? '', host, outlet)
          ? undefined
          : (checkerName(obs.user?.nickname, sig) ??
            checkerNamed(obs.user?.nickname ?? '', obs.handle ?? '', sig, outletNames(outlet))));
      if (title && !namesOwnOutlet(sig, outlet.id) && loose()) {
        return halfWeight(
          full,
          `The bio links to ${host} (${outlet.name}); the account presents itself as a fact-checker or a researcher of disinformation (“${title}”) and nothing else ties it to that outlet (no title there, no brand, an ordinary posting pace): what a checker links, half weight.`,
          { key: 'sig_outlet_link_checker', args: [{ text: host }, { text: outlet.name }, { text: title }] },
        );
      }
      // One story of the outlet, linked by an account nothing else ties to it (src/lists/article-link.ts): what a
      // fact-checker or a reader links as often as the outlet itself.
      if (articlePath(link) && loose()) {
        return halfWeight(
          full,
          `The bio links one article on ${host} (${outlet.name}), and nothing else ties the account to that outlet (no title, no brand, an ordinary posting pace): what a reader or a fact-checker links, half weight.`,
          { key: 'sig_outlet_link_article', args: [{ text: host }, { text: outlet.name }] },
        );
      }
      return full;
    }
    // The bundled registry first; then the domains of the lists the user subscribed to or imported.
    const host = hostOf(link);
    const listed = host ? lookupDomain?.(host) : undefined;
    if (!host || !listed) return result(link, undefined);
    const where = [listed.outlet ?? listed.domain, listed.country ?? listed.state].filter(Boolean);
    const checked = factChecked(obs.user?.signature, host, where[0] ?? host);
    if (checked && (!listed.type || affiliationOf(listed.type) !== 'independent')) return checked;
    return result(link, {
      host,
      outlet: `${where[0]} (listed on “${listed.list}”)`,
      state: where[1] ?? 'state unknown',
      type: listed.type ?? 'SC',
      source: listed.source,
      outletSay: { say: { key: 'sig_outlet_listed_on', args: [{ text: where[0] ?? '' }, { text: listed.list }] } },
      stateSay: listed.state
        ? stateSay(listed.state)
        : listed.country
          ? { text: listed.country }
          : { say: { key: 'sig_state_unknown' } },
    });
  },
};
