/**
 * TikTok's own state-media label, read only from the label itself — never from a bio or a nickname, where a
 * researcher, a critic or a broadcaster denying state control may write the same words.
 *
 * The forms TikTok's code carries it in (docs/tiktok-format.md, "TikTok's own state-media label"; no real labelled
 * capture exists yet):
 * - `user.stateControlledMedia` / `author.stateControlledMedia` (web; boolean, text or object);
 * - `account_labels: [{label_type, content, learn_more_url}]` with `label_type` 1 (the app's user model, also the
 *   users of the web's comment and search answers);
 * - per video, `misc_info` (a JSON string) with `scm_tag_info: {content, learn_more_url}`;
 * - `scm`-named fields (`scm_label` in a LIVE protocol copy);
 * - on the page: the label element under the name, and its learn-more link to LEARN_MORE_PATH.
 */
import { isObject, type Json } from './json';

/** The default learn-more page of the label (TikTok's code). A link to it beside the name is the label. */
export const LEARN_MORE_PATH = '/tns-inapp/pages/state-affiliated-media';

/**
 * The label's words in every language of TikTok's web interface menu (about 40: the languages TikTok's web app
 * offers in its language picker, as the project knew them in December 2026; ar, bn, ceb, cs, de, el, en, es, fi,
 * fil, fr, he, hi, hu, id, it, ja, jv, km, ko, ms, my, nl, pl, pt, ro, ru, sv, th, tr, uk, ur, vi, zh-Hans,
 * zh-Hant, and the newer af, az, bg, ca, da, et, fa, hr/sr, kk, lt, lv, nb, sk, sw, uz). Sources: en — TikTok's
 * label texts ("China state-controlled media", TikTok newsroom, 2023); zh-Hant — 政府媒體, TikTok's web translation
 * `scm_label_and_appeal_modal_title` "什麼是政府媒體？" (a public repository's copy of TikTok's translations). Every
 * other row is the project's own careful rendering of "state-controlled / state-affiliated media" (not seen on a
 * TikTok page; marked "ours"): they only count on the label element (never in a bio), so a wrong guess can miss a
 * label but cannot invent one. No `\b` in front of a word that starts beyond ASCII (JS `\b` is ASCII-only).
 */
/** A country in brackets after the label's words ("… (Slovensko)"). */
const COUNTRY_IN_BRACKETS = `[(（][^()（）?]*[)）]`;

/**
 * At most a country after the label's words, in brackets or after a separator, with no question or exclamation mark
 * ("… · Cuba", "Medio estatal? No"). Letters only: under the `i` flag a capital cannot be asked for.
 */
const COUNTRY_AFTER = String.raw`(?:${COUNTRY_IN_BRACKETS}|[·•|–—-]\s*\p{L}[^?!]*)?`;

/** At most a country and a separator before them ("RD Congo · …"); not a colon's title ("Podcast: …", "Knjiga: …"). */
const COUNTRY_BEFORE = String.raw`(?:\p{L}[^·•|:?]{0,39}[·•|]\s*)?`;

/**
 * A rendering read only as the label's whole text, a country aside: words around it make it a denial, a question or a
 * title ("Pas un média dépendant de l'État", "Medio estatal? No", "Knjiga: Mediji pod državnom kontrolom"; reviews).
 */
function wholeLabel(words: string, opts: { before?: boolean; bracketsOnly?: boolean } = {}): RegExp {
  const after = opts.bracketsOnly ? `(?:${COUNTRY_IN_BRACKETS})?` : COUNTRY_AFTER;
  return new RegExp(String.raw`^\s*${opts.before ? COUNTRY_BEFORE : ''}(?:${words})\s*${after}\s*$`, 'iu');
}

/**
 * Renderings read both whole and after a state's name (SLOT_LABELS), written once: French "media in the State's hands"
 * or "under state control", Portuguese "organ of information under state control", Amharic "media under the
 * government's control" (all ours). Capitals spelled out: the slot patterns cannot take the `i` flag.
 */
// (… and "supervised by those in power", "Djibouti · média encadré par le pouvoir": the four-hundred-and-forty-third
// set's page, ours too; Larousse: encadrer, to supervise. Only alone or after a state's name: a review of
// RULES_VERSION 130 found denials, titles and jokes around it, "Pas un · …", "Documentaire · …", "… (lol)")
const FR_STATE_HELD = `[Mm]édias? (?:(?:aux|entre les) mains de l['’][ÉéEe]tat|(?:à|sous) contrôle (?:étatique|de l['’][ÉéEe]tat|gouvernemental)|encadrée?s? par (?:le pouvoir|les autorités|l['’][ÉéEe]tat))`;
const PT_ORGAN_CONTROLLED = `[ÓóOo]rgãos? de (?:informação|comunicação social) sob (?:o )?control[eo] (?:estatal|do [Ee]stado|governamental|do [Gg]overno)`;
const AM_GOVERNMENT_CONTROLLED = String.raw`(?:መንግሥት|መንግስት)\s?ቁጥጥር\s?ሥር\s?(?:ያለ|የሚገኝ)\s?ሚዲያ`;

/** A rendering as the label's whole text, nothing before or after it. */
const alone = (words: string): RegExp => new RegExp(String.raw`^\s*${words}\s*$`, 'u');

export const LABEL_TERMS: readonly RegExp[] = [
  /\bstate[- ](?:controlled|affiliated) media\b/i, // en (TikTok)
  // (and the country between, as "Russia state-controlled media" reads in Spanish: "Medios de Rusia controlados por el
  // Estado"; the hundred-and-second set's page, ours too)
  /\bmedios? (?:de comunicación )?(?:controlad[oa]s?|afiliad[oa]s?) (?:por el|al|por un|a un) (?:estado|gobierno)\b/i, // es (ours; either number, either article)
  // … the country a capitalised name of up to three words, then "the State" (not "no", a review; not a region's
  // government, "Medios de Jalisco controlados por el Gobierno")
  /\b[Mm]edios? de (?:la |el |los )?\p{Lu}\p{L}+(?: (?:del |de )?\p{Lu}\p{L}+){0,2} (?:controlad[oa]s?|afiliad[oa]s?) (?:por el|al) [Ee]stado\b/u, // es (ours)
  // … and the other participles of "subject to / bound to the state" ("sometido", "subordinado", "vinculado",
  // "ligado", "dependiente": the forty-first set's page, ours too), not a region's or a town's government ("ligados al
  // gobierno de Jalisco", "dependiente del gobierno municipal"; a review)
  /\bmedios? (?:de comunicación )?(?:sometid[oa]s?|subordinad[oa]s?|vinculad[oa]s?|ligad[oa]s?|dependientes?) (?:al|del|a un|de un) (?:estado|gobierno)\b(?! (?:de|del|municipal|regional|provincial|estatal|local)\b)/i, // es (ours)
  // … and, as the whole label, "Medio estatal", "Medio del Estado", "Medio gubernamental", then at most a separator
  // and a country ("Medio estatal · Cuba"; not "Medios del Estado de México", "Medio estatal? No"; a review)
  // … with "oficial" before or "controlado" after ("Medio estatal controlado · Guatemala"; the eighty-ninth set). Not
  // any adjective after: a review found insults, satire and regional states read so ("Medio estatal manipulado",
  // "Medios del Estado profundo", "Medio estatal yucateco").
  wholeLabel(
    `medios? (?:de comunicación )?(?:oficial(?:es)? )?(?:estatal(?:es)?|del estado|de estado|gubernamental(?:es)?)(?: controlad[oa]s?)?`,
  ), // es (ours)
  // … and "under state (or government) control", "with an official editorial line", after "Medio" or "Medio estatal",
  // as the whole label, a country after a separator or in brackets (the hundred-and-ninth set's page, ours too: "Medio
  // estatal con línea editorial oficial · Bolivia"). Not with a place or any word between ("Medio de Ecuador bajo
  // control estatal", the eleventh's, stays unread): a review found regions' governments ("Medio de Jalisco bajo
  // control estatal"), "medios de producción" and "de transporte" read so.
  // … and "controlled by the State" as an adverb, as the whole label ("Medio controlado estatalmente · Ecuador", the
  // hundred-and-sixty-fifth set's page, ours too)
  wholeLabel(`medios? (?:de comunicación )?controlad[oa]s? (?:estatalmente|gubernamentalmente)`), // es (ours)
  wholeLabel(
    `medios? (?:de comunicación )?(?:estatal(?:es)?,? )?(?:bajo (?:el )?control (?:estatal|del estado|gubernamental|del gobierno)|con (?:una )?línea editorial (?:oficial|estatal|del estado|gubernamental|del gobierno))`,
  ), // es (ours)
  // Not "Medio estatal <adjective>, el gobierno fija su línea" (the hundred-and-nineteenth set's page): the adjective
  // slot also takes a region's ("yucateco") and a denial ("no", "jamás"; a review of RULES_VERSION 78).
  // … but with the control said after a comma, one adjective between that is no denial ("Medio estatal ecuatoriano,
  // con control gubernamental", the hundred-and-fifty-ninth set's page, ours too): the whole label says the state runs
  // it, whichever state's adjective stands in the slot (not "independiente", "autónomo", "privado": a review); "con"
  // may go ("Medio estatal nicaragüense, control gubernamental", the hundred-and-sixty-fourth set's page); or the
  // control in brackets ("Medio estatal boliviano (control gubernamental)", the hundred-and-sixty-ninth set's page).
  // ("Medio estatal argentino bajo control gubernamental", the hundred-and-eighty-seventh set's page, is a slot:
  // SLOT_LABELS; a review found "yucateco", "antes", "supuestamente", "corrupto" in the free adjective's place.)
  wholeLabel(
    String.raw`medios? estatal(?:es)?(?: (?!(?:no|ni|jamás|nunca|sin|nada|falso|falsa|tampoco|independientes?|autónom[oa]s?|privad[oa]s?|privatizad[oa]s?|libres?|crític[oa]s?|opositor(?:es|as?)?|exent[oa]s?)(?![\p{L}]))\p{L}+)?(?:, (?:con )?control (?:estatal|del estado|gubernamental|del gobierno)|\s*[(（](?:con )?control (?:estatal|del estado|gubernamental|del gobierno)[)）])`,
  ), // es (ours)
  // … and "official (state) press, controlled by the executive (government)", one adjective between that is no denial
  // (the hundred-and-seventy-seventh set's page, ours too: "Prensa oficial salvadoreña, controlada por el Ejecutivo")
  wholeLabel(
    String.raw`prensa (?:oficial|estatal)(?: (?!(?:no|ni|jamás|nunca|sin|falsa|independiente|libre|privada|crítica|opositora)(?![\p{L}]))\p{L}+)?, controlada por el (?:ejecutivo|gobierno|estado)`,
  ), // es (ours)
  // … and Portuguese the same way ("Mídia sob controle do governo · Brasil", "Mídia estatal com linha editorial
  // oficial"); not "veículo" (a vehicle) nor the state as a sentence's subject ("Estado paulista controla …", "Estado
  // profundo", "Estado Islâmico": a review)
  wholeLabel(
    `(?:mídia|média|meios?(?: de comunicação)?) (?:estatal,? )?(?:sob (?:o )?(?:controle|controlo) (?:estatal|do estado|governamental|do governo)|com (?:uma )?linha editorial (?:oficial|estatal|do estado|governamental|do governo))`,
  ), // pt (ours)
  // … and "organ of information (of social communication) under state control" alone (the hundred-and-ninety-seventh
  // set's page, ours too, had "(Angola)" after it: a slot, SLOT_LABELS; a review found "(paródia)", "(não)" there)
  alone(PT_ORGAN_CONTROLLED), // pt (ours)
  // … and Filipino "this media is controlled by the state / the government" (an earlier set's page, ours too)
  wholeLabel(`kontrolado ng (?:estado|gobyerno|pamahalaan) ang (?:media|midya) na ito`), // fil (ours)
  // … and Portuguese "social communication under the State's tutelage", a country in brackets (the
  // hundred-and-twenty-fourth set's page, ours too: "Comunicação social sob tutela do Estado (China)")
  wholeLabel(`comunicação social sob (?:a )?tutela do (?:estado|governo)`, { bracketsOnly: true }), // pt (ours)
  // … and Lao "media the state controls", a country before a separator or in brackets (the hundred-and-twenty-first
  // set's page, ours too, wrote "ສື່ທີ່ລັດຄວບຄຸມ · ລາວ": not read, a tail after a separator being as often "don't
  // believe it", "ຢ່າເຊື່ອ"; a review of RULES_VERSION 79). No spaces between Lao words; zero-width ones are dropped
  // (isLabelText).
  wholeLabel(`ສື່(?:ມວນຊົນ)?ທີ່ລັດ(?:ຖະບານ)?ຄວບຄຸມ`, { before: true, bracketsOnly: true }), // lo (ours)
  /\bmédias? (?:contrôlés?|affiliés?) (?:par l['’]|à l['’]|par un |à un )état\b/i, // fr (ours; either article)
  // … and "editorial content controlled by the State" as the whole label, a country before a separator aside ("Laos ·
  // contenu éditorial contrôlé par l’État": the hundred-and-forty-ninth set's page, ours too)
  wholeLabel(`contenus? (?:éditoriaux |éditorial )?contrôlés? par l['’]état`, { before: true }), // fr (ours)
  // … and "by the authorities / the government" as the whole label, a country before a separator aside ("Tchad ·
  // média contrôlé par les autorités"; the sixty-fifth set's page, ours too). Not a country before a colon ("Tchad :
  // …"): a review found every colon title let through ("Satire : …", "Podcast : …", "Non : …").
  wholeLabel(`médias? contrôlée?s? par (?:les autorités|le gouvernement)`, { before: true }),
  // … and "placed under the State's authority", a nationality between (the hundred-and-eighteenth set's page, ours
  // too: "Média togolais placé sous l’autorité de l’État")
  // (the slot a nationality, not a negation or a time: "Média non placé …", "… autrefois placé …"; a review)
  wholeLabel(
    String.raw`médias? (?:(?!non |pas |jamais |nullement |aucunement |autrefois |plus )\p{L}+ )?placée?s? sous l['’]autorité de l['’]état`,
  ),
  // … and "media in the State's hands" alone (the hundred-and-eighty-sixth set's page, ours too, had "Mauritanie ·"
  // before it: read as a slot, SLOT_LABELS; nothing else before or after it, a review found "Non · …", "Satire · …",
  // "… - non", "… (parodie)")
  // … and "media under state control" the same way ("Média à contrôle étatique"; the hundred-and-ninety-fifth set's
  // page, ours too, had "Côte d’Ivoire –" before it: a slot)
  alone(FR_STATE_HELD), // fr (ours)
  // … and "government press organ" ("Organe de presse gouvernemental"; a thirtieth-set page, ours too)
  /\borgane de presse (?:gouvernemental|d['’]État)\b/i, // fr (ours)
  // … and "dependent on / under the control of / attached to the State" after "média" (the forty-ninth set's page:
  // "média dépendant de l’État", ours too)
  wholeLabel(`médias? (?:dépendante?s? de|sous (?:le )?contrôle de|rattachée?s? à) l['’]état`, {
    before: true,
  }), // fr (ours)
  // … and "information (media) under the government's tutelage", a country before (the hundred-and-seventy-ninth
  // set's page, ours too: "RCA · information sous tutelle gouvernementale")
  wholeLabel(`(?:information|médias?) sous (?:la )?tutelle (?:gouvernementale|de l['’]état|étatique|du gouvernement)`, {
    before: true,
  }), // fr (ours)
  // … and, as the label's whole opening only, "Média d'État", "Média rattaché à l'État" (the thirty-first and
  // thirty-second sets' pages, ours too): "Pas un média d'État" does not open so
  /^\s*médias? (?:d['’]État|gouvernementa(?:l|ux)|(?:rattachée?s?|affiliée?s?|liée?s?|contrôlée?s?) (?:à|par) l['’]État)/i, // fr (ours)
  /\bstaatlich (?:kontrollierte?s?|verbundene?s?) medi(?:en|um)\b/i, // de (ours)
  /(?:\bmídia|\bmeios? de comunicação|(?<![\p{L}])média) (?:controlad[ao]s?|afiliad[ao]s?) (?:pelo|ao) (?:estado|governo)\b/iu, // pt (ours; "média" as Portugal and Angola write it)
  // … and "comunicação social" so controlled, as the whole label, at most the state's adjective after ("Comunicação
  // social controlada pelo Estado angolano": the hundred-and-fifty-fifth set's page, ours too); not a denial, a
  // slogan, a title or the dictatorship's "Estado Novo" (a review of RULES_VERSION 87)
  wholeLabel(
    `comunicação social (?:controlad[ao]|afiliad[ao]|sob controlo) (?:pelo|ao|do) (?:estado|governo)(?: (?!novo(?![\\p{L}])|de(?![\\p{L}])|do(?![\\p{L}])|da(?![\\p{L}]))\\p{L}+)?`,
  ), // pt (ours)
  // … and the same other participles and openings as es (ours; not "ligada ao governo do Ceará", "Mídia do estado de
  // São Paulo")
  /(?:\bmídia|\bmeios? de comunicação|(?<![\p{L}])média) (?:submetid[ao]s?|subordinad[ao]s?|vinculad[ao]s?|ligad[ao]s?) (?:ao|do) (?:estado|governo)\b(?! (?:de|do|da|dos|municipal|estadual|regional|local)\b)/iu,
  wholeLabel(`(?:mídia|média|meios? de comunicação) (?:estatal|estatais|do estado|governamental|governamentais)`), // pt (ours)
  // … and with the control said after a comma, one adjective between that is no denial, as in es ("Média estatal
  // chinês, controlado pelo Governo", the hundred-and-seventy-sixth set's page, ours too)
  wholeLabel(
    String.raw`(?:mídia|média|meios? de comunicação) estata(?:l|is)(?: (?!(?:não|nem|nunca|jamais|sem|nada|nenhuma?|falso|falsa|fake|ex|antig[oa]|paródia|satíric[oa]|inventad[oa]|fictíci[oa]|independentes?|autónom[oa]s?|autônom[oa]s?|privad[oa]s?|privatizad[oa]s?|livres?|crític[oa]s?|isent[oa]s?)(?![\p{L}]))\p{L}+)?, (?:controlad[ao]s? (?:pelo|por um) (?:estado|governo)|sob (?:o )?control[eo] (?:estatal|do estado|governamental|do governo))`,
  ), // pt (ours)
  // … and the compound "госконтролируемое СМИ" (state-controlled media; after the eighteenth set)
  // … and any of its participles for "controlled by / subordinate to / affiliated with the state" after "media" or a
  // compound of it ("Медиаресурс, подчинённый государству"; a twenty-eighth-set page, our rendering too)
  /(?:государственн\S* (?:сми|медиа)|сми,? (?:контролируем\S*|подконтрольн\S*) государств\S*|госконтролируем\S* (?:сми|медиа)|(?:сми|медиа) под государственн\S* контрол\S*|(?:сми|медиа\S*),? (?:контролируем\S*|подконтрольн\S*|подчин[её]нн\S*|(?:аффилированн|связанн)\S* с) государств(?:у|ом|а|о)?(?![а-яё]))/i, // ru (ours)
  // … and "государственно контролируемое СМИ", the adverb and participle apart, as the whole label, a country before a
  // separator aside (the hundred-and-sixty-first set's page, ours too, had "Казахстан:" before it: a colon's title
  // stays unread; a review found denials and critics' sentences around the words)
  wholeLabel(String.raw`государственно[- ]контролируем\S* (?:сми|медиа)`, { before: true }), // ru (ours)
  // Belarusian "media under the control of the (Belarusian) state", as the whole label (the three-hundred-and-
  // fifty-fifth set's page under the name; not composed from its words: a review of RULES_VERSION 116 found persons,
  // negations, critics and "state" in other senses read when "СМІ" and "дзяржав…" were)
  wholeLabel('(?:смі|медыя) пад кантролем (?:беларускай )?дзяржавы', { before: true }), // be
  // … and "by the authorities / the government", then at most the state's name, as the whole label ("Медиа,
  // подконтрольные властям Таджикистана": the hundred-and-forty-sixth set's page, ours too). Whole: a review found
  // denials and critics' sentences around it ("Мы не СМИ, подконтрольные властям", "Подкаст о том, как медиа, …
  // врут"), and not a region's or a city's authorities.
  wholeLabel(
    `(?:сми|медиа),? (?:контролируем|подконтрольн)\\S* (?:властям|властями|правительству|правительством)(?: (?:республики|федерации) [а-яё-]+| (?!(?:региона|области|края|города|района|мэрии)(?![а-яё]))[а-яё-]+(?:а|я|и|ы|ой|ей|ии)(?: [а-яё-]+(?:ой|ей|и)){0,2})?`,
  ), // ru (ours)
  // … and "accountable to the authorities (of the country)", a state's adjective before the media word at most
  // ("Российское медиа, подотчётное властям страны": the five-hundred-and-seventy-first set's page; Ozhegov:
  // подотчётный); the adjective a state's (-ское), not "Народное", "Независимое" (a review of RULES_VERSION 150)
  wholeLabel(
    `(?:(?!анти)[а-яё]+ск(?:ое|ие|ая|ий) )?(?:сми|медиа),? подотч[её]тн\\S* (?:властям|правительству|государству)(?: (?:страны|государства|республики))?`,
  ), // ru (ours)
  // ar (ours): singular "وسيلة" or plural "وسائل", with or without the article, the participle in either gender
  // ("خاضع/خاضعة", "تابع/تابعة"), then "الدولة", "لدولة" or "للدولة" (a seventh-set page: "وسيلة إعلام خاضعة لسيطرة الدولة");
  // And "under the control of" (تحت سيطرة/رقابة; the forty-sixth set's page, ours too) as the whole label only, then
  // at most a state's name or one in brackets: not "لا للإعلام تحت سيطرة الحكومة", "…الدولة؟", "…الدولة العميقة" (the
  // deep state), "…دولة الاحتلال", "كتاب: …" (a review).
  /(?:(?:وسيلة|وسائل|ال)?\s?(?:ال)?إعلام\s?(?:ال)?(?:تسيطر عليها|تسيطر عليه|خاضعة? ل(?:سيطرة|رقابة)|تابعة?|مملوكة?)\s?(?:لل|ل?ال|ل)?(?:دولة|حكومة)|(?:ال)?إعلام (?:ال)?حكومي|(?:وسيلة|وسائل) (?:ال)?إعلام (?:ال)?(?:حكومية|رسمية|الدولة))/,
  /^\s*(?:(?:وسيلة|وسائل) )?(?:ال)?إعلام تحت (?:سيطرة|رقابة) (?:ال)?(?:دولة|حكومة)(?! (?:العميقة|الاحتلال))(?: \p{Script=Arabic}+)?\s*(?:[(（][^()（）]*[)）])?\s*$/u,
  /(?:政府媒[体體]|国家控制的?媒体|國家控制的?媒體|官方媒[体體])/, // zh-Hant (TikTok), zh-Hans (ours)
  // … and "media (body) controlled by the (Chinese) government" as the whole label (the hundred-and-eighty-third set's
  // page, ours too: "中国政府控制的媒体机构")
  wholeLabel(`(?:中国|中國)?(?:政府|国家|國家)(?:控制|控管)的?媒[体體](?:机构|機構)?`), // zh (ours)
  // … and "(subject to) media controlled by the <state's> government" as the whole label (the hundred-and-forty-seventh
  // set's page: "受中國政府控制的媒體", ours too): the state's name before, no negation, no critic's verb, no local
  // government (不受, 不是, 免受, 反对, 地方政府, 市政府: a review)
  wholeLabel(`受?[^\\s不非免反拒揭远遠独獨信属屬是于於对對地方市省县縣区區镇鎮够夠了厌厭恨]{0,10}政府控制的?媒[体體]`),
  /(?:국영 (?:매체|미디어)|정부 통제 (?:매체|미디어)|국가 통제 (?:언론|매체|미디어))/, // ko (ours)
  /(?:国営メディア|政府(?:が)?管理(?:する|の)?メディア|国家管理メディア)/, // ja (ours)
  /(?:رسانه(?:‌های| های|)? (?:تحت کنترل|وابسته به) (?:دولت|حکومت))/, // fa (ours)
  /\bdevlet (?:kontrolündeki|kontrollü|bağlantılı|güdümlü) (?:medya|yayın)/i, // tr (ours)
  // The rest of the menu (all ours). Romanian: "Media controlată de stat" (a sixth-set page, our rendering too).
  /\bmedia (?:controlat[ăae]|afiliat[ăae]) (?:de stat|statului)/i, // ro
  // … and "press (found) under the control of the state / the government", whole (the hundred-and-fourteenth set's
  // page, ours too: "Presă aflată sub controlul statului (România)")
  // (a country in brackets only: the phrase is everyday politics, "Presa sub controlul statului - documentar"; a review)
  wholeLabel('(?:presă|presa|media|mass-media) (?:aflată |aflate |aflata )?sub controlul (?:statului|guvernului)', {
    bracketsOnly: true,
  }), // ro
  /\bmedia (?:controllat[ioae]|affiliat[ioae]) (?:dallo|allo) stato\b/i, // it
  /\b(?:door de staat gecontroleerde|aan de staat gelieerde|staatsgecontroleerde) media\b/i, // nl
  /\bmedia (?:kontrolowane przez państwo|powiązane z państwem)/i, // pl
  // … and "media dependent on the state" as the whole label (the hundred-and-eighty-second set's page, ours too, after
  // "Polska:", which src/history/labels.ts reads as a country's name)
  wholeLabel(`media zależne od (?:państwa|rządu)`), // pl (ours)
  /(?:státem (?:kontrolovan|ovládan)\S* médi|médi\S* (?:kontrolovan|ovládan)\S* státem)/i, // cs
  /(?:štátom (?:kontrolovan|ovládan)\S* médi|médi\S* (?:kontrolovan|ovládan)\S* štátom)/i, // sk
  // … and "media under the state's control" as the whole label (the sixtieth set's page, ours too), then at most a
  // country in brackets or after a separator; Russian "state-controlled media" with the participle first, the same
  // way (the fifty-ninth set's page)
  wholeLabel('(?:médiá|média) pod kontrolou štátu'),
  wholeLabel(String.raw`контролируем\S* государством (?:сми|медиа)`),
  // … and "media that the state controls" as a clause, a country before a separator aside (the hundred-and-seventeenth
  // set's page, ours too: "Беларусь · СМИ, которые контролирует государство")
  wholeLabel(`(?:сми|медиа),? (?:которые|которое|которым) (?:контролирует|управляет) государство`, {
    before: true,
    bracketsOnly: true,
  }),
  /(?:állami (?:irányítású|ellenőrzésű|kötődésű) média|állam által (?:ellenőrzött|irányított) média)/i, // hu
  // … and "media under state control" as the whole label (the hundred-and-ninety-ninth set's page, ours too, after
  // "Magyarország:", which src/history/labels.ts reads as a country's name)
  // (nothing before or after it: a review found "- NEM", "· szatíra", "(nem)" after the draft's)
  /^\s*állami (?:irányítás|ellenőrzés|felügyelet) alatt (?:álló|lévő) média\s*$/iu, // hu (ours)
  /(?:μέσα ενημέρωσης (?:ελεγχόμενα από|συνδεδεμένα με) το κράτος|κρατικά ελεγχόμενα μέσα)/i, // el
  /(?:valtion (?:hallinnoima|ohjaama|kontrolloima) media|valtioon sidoksissa oleva media)/i, // fi
  /\b(?:statligt (?:kontrollerade?|anknutna?|styrda?)|statskontrollerade?) medi(?:er|a)\b/i, // sv
  /\bstats(?:kontrollerede?|styrede?|kontrollerte?|styrte?) medier\b/i, // da, nb
  /(?:(?:змі|медіа),? (?:що |які )?(?:контрольован\S*|контролю\S*|підконтрольн\S*) держав\S*|підконтрольн\S* держав\S* (?:змі|медіа)|державн\S* (?:змі|медіа))/i, // uk
  /(?:контролирани от държавата медии|медии,? контролирани от държавата|държавни медии)/i, // bg
  /(?:(?:מדיה|תקשורת|כלי תקשורת) (?:בשליטת|המזוהה עם|המסונפת ל)\s?המדינה|מדיה ממשלתית)/, // he
  /(?:राज्य|सरकार)[- ]?(?:नियंत्रित|संबद्ध|से संबद्ध|द्वारा नियंत्रित) मीडिया/, // hi
  // bn (য় in either encoding); and the genitive with "under the control of" (রাষ্ট্রের নিয়ন্ত্রণাধীন; the forty-third
  // set's page, ours too)
  /(?:রাষ্ট্র|সরকার)(?:ের)?[- ]?(?:নি\S{1,3}ন্ত্রিত|নি\S{1,3}ন্ত্রণাধীন|সংশ্লিষ্ট|অধিভুক্ত) (?:মিডি\S{1,3}|গণমাধ্যম)/,
  /(?:(?:ریاست|حکومت)(?:ی)? (?:کے )?(?:زیر ?کنٹرول|سے وابستہ) میڈیا|سرکاری میڈیا)/, // ur
  // th (and "under the state's control"; "supervised" กำกับดูแล and "the public sector" ภาครัฐ: the thirty-sixth and
  // fortieth sets' pages, ours too)
  /สื่อ(?:ที่)?(?:ควบคุมโดย(?:ภาค)?รัฐ|(?:ภาค)?รัฐ(?:ควบคุม|กำกับ(?:ดูแล)?)|ในเครือ(?:ของ)?รัฐ|(?:ภายใต้|ใน)การ(?:ควบคุม|กำกับ(?:ดูแล)?)ของ(?:ภาค)?รัฐ|กำกับ(?:ดูแล)?โดย(?:ภาค)?รัฐ)/,
  // … and "(the) state's media", a state's name glued on, with "controlled by the government (or the state)" in
  // brackets, as the whole label ("สื่อรัฐไทย (รัฐบาลควบคุม)", the hundred-and-seventy-sixth set's page, ours too). Only
  // a state's name in the slot (Thai, Chinese, Russian, Lao, Vietnamese, Cambodian, Myanmar, Iranian, Cuban, North
  // Korean, Belarusian): a review found "independent", "private", "fake", "not" and รัฐประหาร (a coup) glued there.
  wholeLabel(
    String.raw`สื่อ(?:ของ)?รัฐ(?:ไทย|จีน|รัสเซีย|ลาว|เวียดนาม|กัมพูชา|เมียนมา|พม่า|อิหร่าน|คิวบา|เกาหลีเหนือ|เบลารุส)?\s*[(（](?:รัฐบาล|ภาครัฐ|รัฐ)(?:ควบคุม|กำกับ(?:ดูแล)?)[)）]`,
  ), // th (ours)
  // vi: "controlled (or managed) by the state" either way round ("do nhà nước kiểm soát", "chịu sự kiểm soát của nhà
  // nước"; "quản lý", managed)
  /\btruyền thông (?:do nhà nước (?:kiểm soát|quản lý)|chịu sự (?:kiểm soát|quản lý) của nhà nước|(?:liên kết|trực thuộc) (?:với )?nhà nước)/i,
  // … and a channel or the press "run / controlled by the authorities (the government)" as the whole label, a country
  // before a separator aside, only brackets after (the hundred-and-sixty-eighth set's page, ours too: "VN · kênh truyền
  // hình do chính quyền điều hành"; a review found "… - sai", wrong, after a separator)
  wholeLabel(
    `(?:phương tiện )?(?:truyền thông|kênh truyền hình|đài truyền hình|báo chí) do (?:nhà nước|chính quyền|chính phủ) (?:kiểm soát|quản lý|điều hành)`,
    { before: true, bracketsOnly: true },
  ), // vi (ours)
  // … and "the (Vietnamese) state holds control of this channel (account)" as the whole label (the
  // hundred-and-eighty-fourth set's page, ours too)
  wholeLabel(`nhà nước(?: việt nam)? nắm quyền kiểm soát (?:kênh|tài khoản|trang) này`), // vi (ours)
  // … and a channel or account "subject to control by the State" ("Kênh chịu kiểm soát bởi Nhà nước (VN)": the
  // four-hundred-and-forty-fourth set's page, ours too; chịu, to be subject to): alone, at most a capitalised country
  // in brackets after. Not the press "managed by the state" (báo chí: a lecture's legal phrase), a province's
  // government (chính quyền), a title or "wrong", "rumour" around it (a review of RULES_VERSION 130).
  /^\s*(?:[Kk]ênh|[Tt]ài khoản|[Tt]rang|(?:[Pp]hương tiện )?[Tt]ruyền thông) chịu (?:sự )?(?:kiểm soát|quản lý) (?:bởi|của) (?:[Nn]hà [Nn]ước|[Cc]hính [Pp]hủ)\s*(?:[(（]\p{Lu}[\p{L}\p{M} ]{0,30}[)）])?\s*$/u, // vi (ours)
  /\bmedia (?:yang )?(?:(?:dikendalikan|dikontrol|dikuasai)(?: oleh)? negara|berafiliasi dengan negara)/i, // id
  /\bmedia (?:(?:yang )?dikawal(?: oleh)? (?:negara|kerajaan)|kawalan (?:negara|kerajaan)|bersekutu dengan negara)/i, // ms
  /\bmedia sing (?:dikontrol|dikendhaleni|dikuwasani) (?:dening )?negara/i, // jv
  // (not after "hindi", not: a review of RULES_VERSION 89)
  /(?<!\bhindi )\bmedia(?:ng| na) (?:kontrolado|kinokontrol|kaanib|kaakibat) ng (?:estado|gobyerno)/i, // fil
  // … and "midya" as Tagalog spells it, "hawak ng pamahalaan" (in the government's hands), as the whole label, a
  // country before a separator aside (the hundred-and-sixty-second set's page, ours too, had "Pilipinas:" before it: a
  // colon's title stays unread)
  wholeLabel(
    `(?:media|midya)(?:ng| na) (?:kontrolado|kinokontrol|hawak|kaanib|kaakibat) ng (?:estado|gobyerno|pamahalaan)`,
    {
      before: true,
    },
  ), // fil (ours)
  /\bmedia nga (?:kontrolado|gikontrol|kaakibat) sa (?:estado|gobyerno)/i, // ceb
  /(?:ប្រព័ន្ធផ្សព្វផ្សាយ|សារព័ត៌មាន)\S{0,12}(?:គ្រប់គ្រងដោយ|ចំណុះ)រដ្ឋ/, // km (no spaces between words)
  /(?:နိုင်ငံတော်|အစိုးရ)\s?(?:ထိန်းချုပ်|လက်အောက်ခံ)\S{0,8}\s?မီဒီယာ/, // my
  /мемлекет\S* (?:бақылайтын|бақылауындағы) (?:бақ|медиа)/i, // kk
  // … and "the government's", "means of (mass) information", as the whole label, a country after it only (the
  // hundred-and-seventy-first set's page, ours too: "Үкімет бақылайтын ақпарат құралы (Қазақстан)"; not "… емес", not;
  // nothing before it: a review found "Сатира · …", "Жеке · …", private)
  wholeLabel(
    String.raw`(?:мемлекет|үкімет)\S* (?:бақылайтын|бақылауындағы) (?:бақ|медиа|(?:бұқаралық )?ақпарат құрал(?:ы|дары)?)`,
  ), // kk (ours)
  // mn (ours; "media under the state's control", the forty-eighth set's page: "Төрийн хяналтад буй хэвлэл мэдээлэл"; and
  // "the government's", "press": "Монгол · засгийн газрын хяналттай хэвлэл", the hundred-and-fifty-fourth set's page)
  wholeLabel(
    '(?:төрийн|засгийн газрын) (?:хяналтад|хяналтанд|хяналтын|хяналттай|мэдлийн|өмчит) (?:буй |байдаг |байгаа )?(?:хэвлэл мэдээллийн хэрэгсэл|хэвлэл мэдээлэл|хэвлэл|медиа)',
    { before: true },
  ),
  // uz (and "government" hukumat, "that controls" nazorat qiladigan: the thirty-eighth set's page, ours too)
  /\b(?:davlat|hukumat) (?:nazoratidagi|nazorat qiladigan|tomonidan (?:boshqariladigan|nazorat qilinadigan)) (?:media|OAV)/i,
  /dövlət(?:in)? nəzarəti(?:ndə|ndəki) (?:olan )?media/i, // az
  /(?:\bstaats(?:beheerde|geaffilieerde) media|\bmedia wat deur die staat beheer)/i, // af
  /\bmitjans (?:de comunicació )?(?:controlats|afiliats) (?:per l['’]|a l['’])estat/i, // ca
  // hr, sr; and "media that the state controls" (medij koji kontroliše država; the forty-fourth set's Montenegrin page,
  // ours too), "under state control" with the adjective (под државном контролом; the fifty-third set's page, ours)
  /(?:\bmediji? pod (?:kontrolom|nadzorom) države|медији под (?:контролом|надзором) државе|\bmedij(?:i)? (?:koj[ie]|koje) kontroliš[eu] država\b|медиј(?:и)? (?:кој[и]|које) контролиш[еу] држава)/iu,
  // (the adjective form as the whole label only: not "Nismo medij pod državnom kontrolom", "… · ne verujte im")
  wholeLabel('(?:mediji?|медиј(?:и)?) (?:pod|под) (?:državnom|државном) (?:kontrolom|nadzorom|контролом|надзором)', {
    bracketsOnly: true,
  }),
  /valstybės (?:kontroliuojam|valdom)\S* žiniasklaid/i, // lt
  /\bvalsts (?:kontrolēt|pārvaldīt)\S* (?:medij|plašsaziņas)/i, // lv
  /\briigi (?:kontrollitav|kontrolli all olev) meedia\b/i, // et
  // es: "Russian media dependent on the Kremlin" as the whole label, nothing after it (the four-hundred-and-sixty-eighth
  // set's page, ours too; a review of RULES_VERSION 133 found "(parodia)", "(mentira)" in brackets)
  alone(`[Mm]edios? rus[oa]s? dependientes? del Kremlin`), // es (ours)
  /\bvyombo vya habari vinavyodhibitiwa na (?:serikali|dola)/i, // sw
  // so: "media the government (of Somalia) manages" ("Warbaahin ay maamusho dowladda Soomaaliya": the
  // four-hundred-and-fifty-eighth set's page, ours too; maamul, to manage, administer), the whole label, at most the
  // name of a state where Somali is spoken after it, or brackets (not a dash's tail, "… - been abuur", a fabrication:
  // a review of RULES_VERSION 132); … the government as the subject before its verb, either spelling ("warbaahin ay
  // dawladdu gacanta ku hayso", that the government holds in hand: the five-hundred-and-eighty-fifth set's page)
  wholeLabel(
    `warbaahin(?:ta)? ay (?:(?:maamusho|maamusha|maamulo|gacanta ku hayso) d[oa]wladda|d[oa]wladdu (?:maamusho|maamusha|maamulo|gacanta ku hayso))(?: (?:soomaaliya|jabuuti|itoobiya|kenya))?`,
    { bracketsOnly: true },
  ), // so (ours)
  // am: "media under the government's control", whole (the two-hundred-and-seventh set's page, ours too, had "በኢትዮጵያ",
  // in Ethiopia's, before it: a slot, SLOT_LABELS; a review found regions, parties and "lying" there)
  alone(AM_GOVERNMENT_CONTROLLED), // am (ours)
];

/**
 * A word every one of LABEL_TERMS contains (each alternative of each), in every language: most header texts (counts,
 * "Followers", a nickname) fail this one quick test, and the terms are compiled and run only for the rest (issue 15:
 * the terms were ~8 ms of a profile load, compiled on first use in every page). … and the composed label's media words
 * in scripts no term has (src/history/labels.ts: Armenian լրատվ; the two-hundred-and-ninety-ninth set's page showed
 * the Armenian label under the name only), and Belarusian СМІ, медыя (the three-hundred-and-fifty-fifth set's "СМІ пад
 * кантролем беларускай дзяржавы" under the name only), and English "broadcaster" ("Uganda state-controlled
 * broadcaster", the three-hundred-and-eighty-sixth set's page), and Spanish "órgano" ("órgano informativo controlado
 * estatalmente", the four-hundred-and-twenty-sixth set's page under the name only), and Somali "warbaahin" (the
 * four-hundred-and-fifty-eighth set's), and French "diffuseur" (the four-hundred-and-sixty-ninth's), Bulgarian "медия"
 * and Nepali "मिडिया" (the singular; the short i: the five-hundred-and-fifty-second and -third sets' pages, their labels
 * under the name only), and Georgian მედია and Sinhala මාධ්‍ය (the five-hundred-and-seventy-eighth and -seventy-seventh
 * sets' pages), their labels read in their whole shape only (src/history/labels.ts, WHOLE_LABELS: asked by a review of
 * RULES_VERSION 108, held to by one of 151).
 */
const LABEL_WORD =
  /medi|médi|broadcaster|contenu|presse|prensa|[óo]rgano|information|informação|kênh|presă|presa|mídi|meio|comunicação|ສື່|сми|змі|смі|меди[аяи]|медыя|медіа|медији|медиј|медиум|бақ|إعلام|قناة|sajtó|báo|control editorial|媒|매체|미디어|언론|メディア|رسانه|devlet|μέσα|מדיה|תקשורת|मीडिया|मिडिया|सञ्चार|মিডি|গণমাধ্যম|میڈیا|สื่อ|truyền thông|ប្រព័ន្ធផ្សព្វផ្សាយ|សារព័ត៌មាន|မီဒီယာ|oav|mitjans|žiniasklaid|plašsaziņas|meedia|vyombo|midya|midja|truyền hình|báo chí|хэвлэл|мэдээллийн хэрэгсэл|ሚዲያ|መገናኛ|emisor|расона|przekaz|phương tiện|μέσο|լրատվ|warbaahin|diffuseur|xandir|მედია|මාධ්‍ය/i;

/** The cheap first test of isLabelText, on any text (whitespace as it is): false means it cannot be the label. */
export function mayBeLabelText(text: string): boolean {
  return LABEL_WORD.test(text);
}

export function isLabelText(text: string | undefined): boolean {
  if (!text || text.length > 200) return false;
  // Composed, as the terms are written (a page may send Vietnamese or Bengali decomposed); zero-width spaces, which Lao,
  // Thai, Khmer and Burmese web text puts between words, dropped.
  const t = text.normalize('NFC').replace(/\u200b/gu, '');
  if (!LABEL_WORD.test(t)) return false;
  return LABEL_TERMS.some((re) => re.test(t)) && !NEGATED_LABEL.test(t);
}

/**
 * A negation anywhere makes the words another's: "非官方媒体" (unofficial media), "Не государственные СМИ", "Not
 * state-controlled media" (dictionary senses; most terms are not anchored, a review of RULES_VERSION 98's label
 * composition found the first two read as the label). Whole words, and 非 only in its compounds and not after 南, 中…:
 * 南非 is South Africa, 中非 Central Africa (a review of RULES_VERSION 99).
 */
export const NEGATED_LABEL =
  /(?<![\p{L}\p{M}])(?:не|ні|not|non|nicht|kein\p{L}*|nie|não|nem|nu|không|bukan|tidak|değil|ne|غير|ليس|نیست|नहीं|না|নয়)(?![\p{L}\p{M}])|(?<![南中北西东東])非(?:官方|国家|國家|政府)|并非|並非|不是|아닌|ではない|ไม่/iu;

/**
 * A label after a colon's title, "Ecuador: medio estatal", "Казахстан: …", "Pilipinas: …" (the hundred-and-sixty-second,
 * -seventy-first and -seventy-fifth sets' pages): the prefix at most three words of letters, the rest a whole label.
 * Only a candidate: a review found titles of the same shape ("Podcast: …", "Satire : …", "Knjiga: Mediji pod državnom
 * kontrolom"), so the DOM reader keeps it as text alone, and it counts only when the prefix is a state's own name
 * (src/history/labels.ts, which has the state tables the content script does not carry). Returns the prefix.
 */
const COLON_PREFIX = /^\s*(\p{L}[\p{L}\p{M}'’.-]*(?: \p{L}[\p{L}\p{M}'’.-]*){0,2})\s?[:：]\s*(\S.*)$/su;

export function colonLabelPrefix(text: string | undefined): string | undefined {
  if (!text || text.length > 200) return undefined;
  const m = COLON_PREFIX.exec(text.normalize('NFC'));
  // The rest a label alone: no separator and words after it ("Ecuador: medio estatal - mentira"; a review).
  return m && isLabelText(m[2]) && !/[·•|–—]|\s-\s/u.test(m[2]!) ? m[1] : undefined;
}

/**
 * Labels with a slot for the state, read only when the slot holds one (src/history/labels.ts has the state tables):
 * a demonym, lower case as Spanish writes it ("Medio salvadoreño bajo control estatal", the hundred-and-ninety-first
 * set's page; "Medio estatal argentino bajo control gubernamental", the hundred-and-eighty-seventh), or a country's
 * name as the browser's ICU data gives it before a separator or before the possessive ("Mauritanie · média aux mains
 * de l’État", the hundred-and-eighty-sixth; "Oʻzbekiston davlati nazoratidagi OAV", the hundred-and-eighty-eighth;
 * all ours too). Not any word: a review found a region's ("yucateco", "Québec", "Qoraqalpogʻiston"), "antes",
 * "supuestamente", insults, "Non", "Satire", and "medio Caracas" (half of) in the slots.
 */
export type SlotKind = 'demonym' | 'country' | 'country-es';

const SLOT_LABELS: readonly (readonly [RegExp, SlotKind])[] = [
  // "Congo-Kinshasa · diffuseur que l’État contrôle" (the four-hundred-and-sixty-ninth set's page, ours too): a
  // country's name, a separator, "broadcaster the State controls", nothing else
  [
    /^\s*(?<slot>\p{Lu}[\p{L}\p{M}'’ -]{1,38}?)\s*[·•|–—]\s*[Dd]iffuseurs? (?:que l['’][ÉéEe]tat contrôle|contrôlée?s? par l['’][ÉéEe]tat)\s*$/u,
    'country',
  ], // fr (ours)
  [
    /^\s*[Mm]edios? (?:estatal(?:es)? )?(?<slot>\p{Ll}+) bajo (?:el )?control (?:estatal|del estado|gubernamental|del gobierno)\s*$/u,
    'demonym',
  ], // es (ours)
  // (and "à contrôle étatique" after an en or em dash: "Côte d’Ivoire – média à contrôle étatique", the
  // hundred-and-ninety-fifth set's page, ours too)
  [new RegExp(String.raw`^\s*(?<slot>\p{Lu}[\p{L}\p{M}'’ -]{1,38}?)\s*[·•|–—]\s*${FR_STATE_HELD}\s*$`, 'u'), 'country'], // fr (ours)
  // "Medio subordinado al gobierno de México" (the hundred-and-ninety-eighth set's page, ours too): the government
  // named by its country only, and in Spanish (src/history/labels.ts); not "del Estado de México" (a federated state),
  // "de Jalisco", "de la Ciudad de México", nor "de Granada", "de Salvador" (cities; a review)
  [
    /^\s*[Mm]edios? (?:de comunicación )?(?:subordinad|sometid|sujet|dependiente|controlad)[oa]?s? (?:al|del) [Gg]obierno de (?<slot>\p{Lu}[\p{L}\p{M}'’ -]{1,38}?)\s*$/u,
    'country-es',
  ], // es (ours)
  // "México · medio de comunicación sujeto al Estado" (the two-hundredth set's page, ours too): a country's name, a
  // separator, then the label whole (not "sujeto" anywhere: a review found denials, questions and jokes)
  [
    /^\s*(?<slot>\p{Lu}[\p{L}\p{M}'’ -]{1,38}?)\s*[·•|–—]\s*(?:[Mm]edios?(?: de comunicación)?|[Ee]misoras?|[Pp]rensa) sujet[oa]s? al (?:[Ee]stado|[Gg]obierno|control (?:estatal|del [Ee]stado|gubernamental|del [Gg]obierno))\s*$/u,
    'country-es',
  ], // es (ours)
  // "Órgão de informação sob controlo estatal (Angola)" (the hundred-and-ninety-seventh set's page, ours too): a
  // country's name in the brackets only
  [new RegExp(String.raw`^\s*${PT_ORGAN_CONTROLLED}\s*[(（](?<slot>[^()（）]{2,40})[)）]\s*$`, 'u'), 'country'], // pt (ours)
  [/^\s*(?<slot>\p{Lu}[\p{L}\p{M}ʻʼ'’ -]{1,38}?) (?:davlati|hukumati) nazoratidagi (?:OAV|media)\s*$/u, 'country'], // uz (ours)
  // "በኢትዮጵያ መንግሥት ቁጥጥር ሥር ያለ ሚዲያ" (the two-hundred-and-seventh set's page, ours too): the state's name after በ
  [new RegExp(String.raw`^\s*በ(?<slot>\p{Script=Ethiopic}+)\s${AM_GOVERNMENT_CONTROLLED}\s*$`, 'u'), 'country'], // am (ours)
];

export function labelSlot(text: string | undefined): { slot: string; kind: SlotKind } | undefined {
  if (!text || text.length > 200) return undefined;
  const t = text.normalize('NFC');
  for (const [re, kind] of SLOT_LABELS) {
    const slot = re.exec(t)?.groups?.slot;
    if (slot) return { slot, kind };
  }
  return undefined;
}

function str(v: unknown, max = 300): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : undefined;
}

/** A truthy label value as found; `false`, `0`, `''`, `null` and `{}` are "not labelled". */
function present(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  return !(isObject(v) && Object.keys(v).length === 0);
}

export interface LabelReading {
  /** The raw value as found (kept as evidence). */
  value: unknown;
  /** The label's text, when the form carries one. */
  text?: string;
}

function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return str(v);
  if (!isObject(v)) return undefined;
  return str(v.content) ?? str(v.text) ?? str(v.label) ?? str(v.title);
}

/** `account_labels` (app and web API users): the entry with `label_type` 1 is state-controlled media. */
function fromAccountLabels(v: unknown): LabelReading | undefined {
  if (!Array.isArray(v)) return undefined;
  for (const l of v.slice(0, 20)) {
    if (!isObject(l)) continue;
    const type = l.label_type ?? l.labelType;
    if (type === 1 || type === '1') return { value: l, text: textOf(l) };
  }
  return undefined;
}

/** The label on a user or author object, in any of TikTok's forms. */
export function labelFromUser(raw: Json): LabelReading | undefined {
  if (present(raw.stateControlledMedia)) {
    const v = raw.stateControlledMedia;
    return { value: v, text: str(raw.stateControlledMediaText) ?? textOf(v) };
  }
  const labels = fromAccountLabels(raw.account_labels ?? raw.accountLabels);
  if (labels) return labels;
  for (const [k, v] of Object.entries(raw)) {
    if (/^scm[_A-Z]/.test(k) && present(v)) return { value: v, text: textOf(v) };
  }
  return undefined;
}

/** A video's `misc_info` (a JSON string, or already parsed) carrying `scm_tag_info`. */
export function labelFromMiscInfo(misc: unknown): LabelReading | undefined {
  let v = misc;
  if (typeof v === 'string') {
    if (v.length > 20_000 || !v.includes('scm')) return undefined;
    try {
      v = JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  if (!isObject(v) || !present(v.scm_tag_info)) return undefined;
  return { value: v.scm_tag_info, text: textOf(v.scm_tag_info) };
}
