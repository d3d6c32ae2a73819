/**
 * A fact-checker's bio: the account says it checks or debunks what state or official media publish. Its bio link
 * then goes to the story it debunks ("Hoy desmentimos esta nota 👇" over a link to el19digital.com), not to its own
 * outlet, so the outlet-link signal (src/signals/outlet-link.ts) counts no tie for that link.
 *
 * Both halves must be in the bio, because an outlet's own account may also call itself a debunker ("debunking
 * Western fakes"): a fact-checking verb (FACT_CHECK) and state or official media named as a class (STATE_MEDIA_CLASS:
 * "state media", "medios oficialistas", "госСМИ", "官媒"), the thing being checked. Neither list is an accusation of
 * anyone: they are ordinary words of each language (dictionary senses; "oficialista", RAE: "partidario del
 * gobierno"). Matched on the lower-cased, NFKC bio; Latin words whole, other scripts as substrings.
 */
import { findStateMentions } from '../names';
import { MAX_BIO_CHARS } from './types';

/** Checking and debunking, as fact-checkers describe their work. */
export const FACT_CHECK: readonly string[] = [
  // English
  'fact check',
  'fact-check',
  'factcheck',
  'fact checking',
  'fact-checking',
  'fact checkers',
  'fact-checkers',
  'debunk',
  'debunks',
  'debunking',
  'we verify',
  'verifying',
  // Spanish, Portuguese
  'verificamos',
  'verificación',
  'verificador',
  'verificadores',
  'desmentimos',
  'desmentir',
  // … and "we contrast television's propaganda (with the facts)" (RAE: contrastar, "comprobar la exactitud"; the
  // five-hundred-and-eighty-fifth set's checker), the whole phrase: "contrastamos la información" is a newsroom's
  'contrastamos la propaganda televisiva',
  'chequeamos',
  'chequeo',
  'checamos',
  'verificação',
  'checagem',
  // French
  'vérifions',
  'vérification des faits',
  // … and citizens' checking by its noun ("Vérification citoyenne des chiffres diffusés par la RTNB", the
  // three-hundred-and-forty-fifth set's checker); not "vérification des infos", an outlet's own unit's as often (a
  // review of RULES_VERSION 115: "Cellule de vérification des informations de la RTNB")
  'vérification citoyenne',
  'démentons',
  // German
  'faktencheck',
  'faktenprüfung',
  // Italian
  'verifichiamo',
  'smentiamo',
  // Russian, Ukrainian
  'проверка фактов',
  'фактчекинг',
  'фактчек',
  'опровергаем',
  'перевіряємо',
  'спростовуємо',
  // Arabic, Persian, Turkish
  'تدقيق',
  'نتحقق',
  'راستی‌آزمایی',
  'راستی آزمایی',
  'doğrulama',
  'doğruluyoruz',
  // Chinese, Japanese, Korean
  '事实核查',
  '事實查核',
  // … as Taiwan's and Malaysia's Chinese write it in simplified characters ("事实查核与媒体素养", the
  // three-hundred-and-twenty-first set's checker)
  '事实查核',
  '辟谣',
  '闢謠',
  // … and "checking item by item" (逐條查核, the five-hundred-and-eighty-eighth set's checker: "逐條查核官媒的香港報道");
  // not bare 查核, an auditor's word too
  '逐條查核',
  '逐条查核',
  '逐條核查',
  '逐条核查',
  'ファクトチェック',
  '팩트체크',
  // Indonesian, Hindi, Vietnamese
  'cek fakta',
  'फैक्ट चेक',
  'kiểm chứng',
  // More languages, as fact-checkers name their work (dictionary senses; IFCN signatories' own names: Raskrikavanje,
  // Désintox, Les Décodeurs, Fato ou Fake, Misbar's تفنيد): Arabic "refutation", "we refute", "we expose the false";
  // Persian; Turkish "verification", "denial"; Russian, Ukrainian "we expose", "we check"; Spanish, Portuguese
  // "refutations"; French; German "refute"; Italian "hoaxes"; Chinese "check", "verify"; Japanese, Korean
  // "verification"; Polish, Serbian/Croatian, Hungarian, Romanian, Greek, Urdu, Bengali, Thai, Swahili, Tagalog,
  // Azerbaijani. Not the words for fake news or hoaxes alone (hoaks, tin giả, 谣言, bulos, intox): state outlets'
  // own bios fight those too ("Lawan hoaks", "chống tin giả").
  'تفنيد',
  'نفند',
  // "checking the news", "we trace the claims (of)" (Almaany; "مبادرة … لفحص الأخبار، نتتبع ادعاءات الإعلام الرسمي", the
  // three-hundred-and-sixty-eighth set's checker)
  'فحص الأخبار',
  'لفحص الأخبار',
  'نتتبع ادعاءات',
  'تصحيح الأخبار',
  'كشف الزيف',
  'صحت‌سنجی',
  'teyit',
  'yalanlama',
  'разоблачаем',
  'проверяем',
  'спростування',
  'викриваємо',
  'desmentido',
  'desmentidos',
  'fato ou fake',
  'désintox',
  'décodeurs',
  'vrai ou faux',
  'widerlegen',
  'bufale',
  '查证',
  '查證',
  '核实',
  '核實',
  '検証',
  '사실 확인',
  '검증',
  'weryfikujemy',
  'weryfikacja',
  'provera činjenica',
  'provjera činjenica',
  // … and "we check (the) claims" ("Provjeravamo tvrdnje medija u BiH", the four-hundred-and-fifth set's checker), the
  // claims making it a checker's and not a newsroom's everyday checking
  'provjeravamo tvrdnje',
  'proveravamo tvrdnje',
  'provjeravam tvrdnje',
  // (… and "we check the facts": "Provjeravamo činjenice", a review of RULES_VERSION 148)
  'provjeravamo činjenice',
  'proveravamo činjenice',
  'proveravam tvrdnje',
  'raskrinkavanje',
  'raskrikavanje',
  'tényellenőrzés',
  'verificarea faptelor',
  'demontăm',
  'έλεγχος γεγονότων',
  'حقائق کی جانچ',
  'ফ্যাক্ট চেক',
  'ตรวจสอบข้อเท็จจริง',
  'ข่าวปลอม',
  'uhakiki',
  'tunahakiki',
  // Somali "we verify", "we confirm", "verification" (the sixtieth set's fact-checker: "Waxaan hubinnaa sheegashooyinka
  // SNTV …"), Hausa "we verify (the truth)" (dictionary senses)
  'hubinnaa',
  'xaqiijinaa',
  'xaqiijinta',
  // … and a "verification project" by its own words (mashruuc, project: "Mashruuc xaqiijin: SNTV, …", the
  // three-hundred-and-ninety-eighth set's checker)
  'mashruuc xaqiijin',
  'hubinta',
  'muna tantance',
  'tantance gaskiya',
  'pagsusuri ng katotohanan',
  'faktyoxlama',
  // … as Azerbaijani also writes it, in two words (the two-hundred-and-fifty-ninth set's checker: "Fakt yoxlaması")
  'fakt yoxlaması',
  'fakt yoxlama',
  // After the third fresh set, every language of the title lexicon that had none (dictionary senses; IFCN
  // signatories' own words: Lakmusz "tényellenőrzés", Demagog, Faktisk.no, Tjekdet, Faktabaari, Myth Detector, Factcheck.kz,
  // Cek Fakta, The Whistle): Hungarian "we refute", "refutation", "we check"; Dutch; Swedish; Norwegian; Danish;
  // Finnish; Czech; Slovak; Bulgarian; Albanian; Georgian; Armenian; Russian and Kazakh; Indonesian; Malay;
  // Vietnamese "verification"; Hindi; Nepali; Lithuanian; Latvian; Estonian; Slovenian; Hebrew; Amharic.
  'cáfoljuk',
  'cáfolat',
  'ellenőrizzük',
  'feitencheck',
  'faktagranskning',
  'faktakoll',
  'faktasjekk',
  'faktatjek',
  'faktantarkistus',
  'ověřování faktů',
  'overovanie faktov',
  'проверка на факти',
  'verifikim faktesh',
  'ფაქტების გადამოწმება',
  'ფაქტების შემოწმება',
  'փաստերի ստուգում',
  'semak fakta',
  'तथ्य जांच',
  'तथ्य जाँच',
  'faktų tikrinimas',
  'faktu pārbaude',
  'faktikontroll',
  'preverjanje dejstev',
  'בדיקת עובדות',
  'እውነታ ማጣራት',
  // Armenian "we check facts" (Armenian Explanatory Dictionary; the three-hundred-and-seventy-third set's checker,
  // "Փաստեր ենք ստուգում մամուլում"); not the noun "փաստաստուգում", a daily's own desk's as often (a review)
  'փաստեր ենք ստուգում',
];

/** State or official media named as a class: what a fact-checker of state media checks. */
export const STATE_MEDIA_CLASS: readonly string[] = [
  'state media',
  'state-run media',
  'state run media',
  'state-controlled media',
  'state controlled media',
  'state tv',
  'official media',
  // … and the official or state papers by that noun, with a checker's verb ("We fact-check Tehran’s official papers";
  // not the passive "fact-checked", an outlet's claim of its own quality as often: a review of RULES_VERSION 115)
  'official papers',
  'state papers',
  'official newspapers',
  'state newspapers',
  'government media',
  'pro-government media',
  'regime media',
  // … and a military government's, as critics of Myanmar's, Mali's or Niger's name it (the four-hundred-and-eighteenth
  // set's checker)
  'junta media',
  'medios oficialistas',
  // … and the propaganda of television ("la propaganda televisiva", the five-hundred-and-eighty-fifth set's checker);
  // not "propaganda oficial", which a state's voice says of its adversaries' governments
  'propaganda televisiva',
  'medios oficiales',
  'medios estatales',
  'medios del régimen',
  'medios del gobierno',
  // … Arabic "the official agencies" (the three-hundred-and-seventy-fifth set's "نراجع بيانات الوكالات الرسمية"); the
  // government's press only as ES_HEADLINES_OF_CLASS reads it
  'الوكالات الرسمية',
  'وكالات الأنباء الرسمية',
  'prensa oficialista',
  'mídia estatal',
  'imprensa oficial',
  'médias d’état',
  "médias d'état",
  'médias officiels',
  'staatsmedien',
  'media di stato',
  'госсми',
  'государственные сми',
  'провластные сми',
  'пропагандистские сми',
  'державні змі',
  'російські змі',
  'الإعلام الرسمي',
  'إعلام النظام',
  'رسانه‌های حکومتی',
  'رسانه های حکومتی',
  'رسانه حکومتی',
  'devlet medyası',
  '官媒',
  '官方媒体',
  '國營媒體',
  '国営メディア',
  '관영 매체',
  '관영매체',
  'media pemerintah',
  'सरकारी मीडिया',
  // After the third fresh set: Hungarian "public media" as critics name the state-run MTVA outlets ("közmédia",
  // "közmédiás hír"), "government media", "state media"; Polish; Czech; Turkish "partisan media", "pool media";
  // Azerbaijani; Kazakh; Georgian "the authorities' media" (dictionary senses; the critics' usage, Lakmusz, Demagog).
  'közmédia',
  'közmédiás',
  'kormánymédia',
  'állami média',
  'media państwowe',
  'media rządowe',
  'státní média',
  'yandaş medya',
  'havuz medyası',
  'dövlət mediası',
  'hökumət mediası',
  'мемлекеттік бақ',
  'სახელისუფლებო მედია',
];

/**
 * The class as the object of the checking verb only — after it, in the same part of the bio (no bar, bullet or line
 * between): staff and outlets name their own newsroom with these words too ("محررة في الإعلام السوري الرسمي",
 * "Журналист государственных СМИ. Проверяем каждое слово": a review of RULES_VERSION 55; "the national newspapers",
 * الصحف القومية, drafted for RULES_VERSION 102, taken back: "أعمل في تدقيق الأخبار بإحدى الصحف القومية" is their own
 * staff). After the eightieth set:
 * Arabic "government media", "the state's media", and a nationality adjective between the noun and "official"
 * ("الإعلام السوري الرسمي", "وسائل الإعلام المصرية الحكومية"; one definite adjective only); Persian "governmental
 * media"; the Russian and Ukrainian genitive plural a checker writes after its verb ("проверяем заявления
 * государственных СМИ") (dictionary senses).
 */
const OBJECT_CLASS =
  /(?:الإعلام(?:\s+ال\p{L}+)?\s+(?:الرسمي|الحكومي)|وسائل الإعلام(?:\s+ال\p{L}+)?\s+(?:الرسمية|الحكومية)|إعلام الدولة|رسانه(?:‌| )?(?:های)? دولتی|(?:государственных|провластных|пропагандистских) сми|державних змі)(?!\p{L})/u;

/** What may stand between the verb and its object: no bar, bullet, comma, line or sentence end, a few words only. */
const OBJECT_GAP = /^[^|•·\n.!?؟,،;]{0,48}$/u;

/**
 * … and no word that makes the class where the checking is done, for whom, or what is said of it ("نتحقق من الأخبار
 * قبل نشرها في الإعلام الرسمي", "Проверяем тексты для государственных СМИ", "перевіряємо факти як одне з державних
 * ЗМІ", "фейки о работе государственных СМИ": a review of RULES_VERSION 55). Prepositions of place, purpose, manner
 * and topic, dictionary senses.
 */
const OBJECT_GAP_WORD =
  /(?<!\p{L})(?:في|ب|ل|لل|عن|حول|داخل|ضمن|در|برای|درباره|به عنوان|в|во|для|как|о|об|про|работе|у|як|одне|одна|один)(?!\p{L})/u;

/** "تدقيق لغوي" is proofreading, "تدقيق حسابات" auditing: not checking facts. */
export const NOT_CHECKING = /تدقيق\s+(?:لغوي|إملائي|حسابات|مالي|الحسابات)/u;

const LATIN = /^[\p{Script=Latin}\s'’-]+$/u;

/** A name or a word written into a pattern as itself. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(list: readonly string[]): RegExp {
  const latin = list.filter((w) => LATIN.test(w)).map(escapeRe);
  const other = list.filter((w) => !LATIN.test(w)).map(escapeRe);
  // Latin words whole (not "debunked" inside "undebunkedable"), other scripts as written.
  const parts = [latin.length ? `(?<![\\p{L}\\p{N}])(?:${latin.join('|')})(?![\\p{L}\\p{N}])` : '', other.join('|')];
  return new RegExp(parts.filter(Boolean).join('|'), 'u');
}

/**
 * Checking words read for the linked outlet only (factCheckVerb), not as a named outlet's context: Bosnian, Croatian,
 * Serbian "fact-checking" in the accusative a team's name takes ("Tim za provjeru činjenica", the
 * two-hundred-and-sixty-fifth set's checker; the nominative is in FACT_CHECK). With the outlet's name right after it,
 * it is the outlet's own desk ("Tim za provjeru činjenica BHRT-a"): src/signals/outlet-link.ts asks that it is not (a
 * review of RULES_VERSION 105).
 */
export const FACT_CHECK_FOR_LINK: readonly string[] = ['provjeru činjenica', 'proveru činjenica'];

let checks: RegExp | undefined;
let linkChecks: RegExp | undefined;
let classes: RegExp | undefined;

/**
 * "I compare … with the facts" (dictionary senses: pl, en, es, fr, ru): a checker's own work, first person, the facts
 * the comparison's term ("Porównuję serwisy informacyjne z faktami", the two-hundred-and-fifty-eighth set's checker).
 * Not "consistent with the facts" ("zgodne z faktami"), which an outlet says of itself.
 */
const COMPARES_WITH_FACTS =
  /(?<![\p{L}])(porównuję|porównujemy|konfrontuję|konfrontujemy|zestawiam|zestawiamy|i compare|we compare|comparo|comparamos|contrasto|contrastamos|je compare|nous comparons|je confronte|nous confrontons|сравниваю|сравниваем|сверяю|сверяем)\s+(?:[^\s|•·.!?;]+\s+){0,4}?(?:z faktami|with the facts|against the facts|con los hechos|aux faits|avec les faits|с фактами)(?![\p{L}])/u;

/** What a forecaster, a pollster or an analyst compares: its own figures (dictionary senses). */
const OWN_FIGURES =
  /(?<![\p{L}])(?:прогноз\p{L}*|опрос\p{L}*|prognoz\p{L}*|sonda\p{L}*|pronóstic\p{L}*|previsi\p{L}*|prévision\p{L}*|forecasts?|polls?|estimates?|model\p{L}*|модел\p{L}*)(?![\p{L}])/u;

/**
 * The comparing verb (COMPARES_WITH_FACTS), not negated, not of its own figures (OWN_FIGURES), or undefined. The caller asks for no media title in the bio:
 * a forecaster or a pollster compares its own figures with the facts too ("RT | аналитик | сравниваю прогнозы с
 * фактами"; a review of RULES_VERSION 104).
 */
export function comparesWithFacts(bio: string): string | undefined {
  if (typeof bio !== 'string' || !bio) return undefined;
  const text = bio.normalize('NFKC').slice(0, MAX_BIO_CHARS).toLowerCase();
  const compared = COMPARES_WITH_FACTS.exec(text);
  return compared &&
    !NEGATED.test(text.slice(Math.max(0, compared.index - 20), compared.index)) &&
    !OWN_FIGURES.test(compared[0])
    ? compared[1]
    : undefined;
}

/** The first checking word of a bio (FACT_CHECK), or undefined: the linked outlet may be what it checks. */
export function factCheckVerb(bio: string): string | undefined {
  if (typeof bio !== 'string' || !bio) return undefined;
  linkChecks ??= compile([...FACT_CHECK, ...FACT_CHECK_FOR_LINK]);
  const text = bio.normalize('NFKC').slice(0, MAX_BIO_CHARS).toLowerCase();
  const verb = linkChecks.exec(text.replace(NOT_CHECKING, (m) => ' '.repeat(m.length)))?.[0];
  return verb && zhItemCheckRefused(verb, text) ? undefined : verb;
}

/**
 * The Chinese item-by-item check not on the outlet's own desk, a promoter's, an accountant's: "本台逐條查核…",
 * "转发人民日报好文！逐条核查谣言，支持官媒", "逐条核查账目" (a review of RULES_VERSION 152).
 */
function zhItemCheckRefused(verb: string, text: string): boolean {
  return /^逐[條条]/u.test(verb) && (ZH_NOT_CHECKING.test(text) || /[账帳賬]目|账本|帳本|財務|财务/u.test(text));
}

/**
 * Serbian, Croatian and Bosnian "we check (the claims of) pro-government / regime media", the class the verb's object
 * (ekavian and ijekavian, Latin and Cyrillic, any case ending; the hundred-and-fourteenth set's checker: "Proveravamo
 * tvrdnje provladinih medija"). Not the verbs alone, nor the class anywhere in the bio: outlets' own accounts say
 * "Proveravamo činjenice", "Razotkrivamo laži Zapada", "Nismo provladini mediji" (a review of RULES_VERSION 77).
 */
const SR_CHECK_OBJECT =
  /(?<![\p{L}])(proveravamo|provjeravamo|проверавамо|провјеравамо)\s+(?:[\p{L}]+\s+){0,3}?((?:pro)?(?:vladin|režimsk|провладин|режимск|прорежимск)\p{L}*\s+(?:medij|медиј)\p{L}*)/u;

/**
 * Verbs that check only with state media as their object right after them (a few words between, no separator): a
 * checker's "Разбираю фейки белорусских госСМИ" (I take apart the fakes of …; the two-hundred-and-fifth set), Spanish
 * "Ponemos a prueba a la prensa oficial venezolana" (we put the official press to the test; the two-hundred-and-eighth).
 * Not the verbs alone, nor beside a named outlet: "Разбираю фейки западных СМИ. Автор RT", "Ponemos a prueba coches.
 * Un programa de RT" (a review of RULES_VERSION 97). … and the imperative "Pon a prueba la prensa oficialista conmigo"
 * (the two-hundred-and-sixty-fourth set).
 */
/**
 * "Разбираю сюжеты белорусского госТВ" (I take apart the stories of state TV; the two-hundred-and-sixty-ninth set's
 * checker): one person's verb only. "Проверяем сюжеты госТВ", "Фактчекинг от госТВ" are outlets' own projects' words
 * too (taken back from RULES_VERSION 80 by the review of 81); the caller refuses it beside a media title or on the
 * outlet's own account.
 */
const RU_OUR_DESK =
  /[❤🔥😍]|(?<![\p{L}])(?:мы|наш\p{L}*|редакци\p{L}*|монтаж\p{L}*|репост\p{L}*|поддержива\p{L}*|делаем|лучш\p{L}*|любов\p{L}*|момент\p{L}*)(?![\p{L}])/u;
const OWN_VOICE =
  /(?<![\p{L}])(?:наш\p{L}*|мы|somos|nuestr\p{L}*|sintoniza\p{L}*|mira|míranos|suscr[ií]b\p{L}*|síguenos|телеканал\p{L}*|программ\p{L}*)(?![\p{L}])/u;
const STATE_TV_STORIES =
  /(?<![\p{L}])(разбираю сюжеты)\s+(?:[^\s|•·\n.!?,;]+\s+){0,3}?(гоств|государственного тв|государственного телевидения)(?![\p{L}])/u;
// (… and "we review" the government-aligned radios, channels, stations (RAE, oficialista; "Revisamos a las radios
// oficialistas", the six-hundred-and-sixty-first set's checker)
// (not "prensa estatal": its review found the linked outlet's own staff, in-house checkers and fans read so, "Periodista
// de El Telégrafo. Chequeo a la prensa estatal"; a review of RULES_VERSION 143)
const VERB_THEN_CLASS =
  /(?<![\p{L}])(разбираю фейки|разбираем фейки|разбираем сюжеты|ponemos a prueba|pongo a prueba|pon a prueba|chequeamos|chequeo|verificamos|verifico|revisamos|sprawdzam|sprawdzamy|проверяю|проверяем)\s+(?:a\s+)?(?:(?!(?:para|en|desde|con|por|junto|como|vía|via|sobre|a|dla|w|для|на|в|for|on|at|from|pour|sur)\s)[^\s|•·\n.!?,;]+\s+){0,3}?(госсми|государственных сми|провластных сми|провластных (?:теле)?каналов|prensa oficial(?:ista)?|medios oficiales|medios oficialistas|medios estatales|medios del régimen|medios del gobierno|(?:al |el )?canal estatal|media państwowe|media rządowe|la (?:televisión|radio|agencia) (?:estatal|oficial)|(?:las |los )?(?:radios|canales|televisoras) oficialistas)(?![\p{L}])/u;

/**
 * English: the verb, "what", the class, at most its verb, then the sentence's end: "Checking what state broadcasters
 * air, one clip at a time" (the two-hundred-and-nineteenth set's checker). Not the class before another noun ("I
 * check the state media rundown", "Checking state TV mics": staff; a review of RULES_VERSION 99). … and a military
 * government's or a regime's media, as critics name them, with "you" or "us" after the verb ("We check what junta
 * media tell you", the four-hundred-and-eighteenth set's checker).
 */
/**
 * French: "Nous vérifions ce que diffusent les médias publics" (we check what the public media broadcast; the
 * two-hundred-and-forty-fifth set's citizen checkers): "we", "ce que", a verb of broadcasting, the class ending the
 * sentence, and no in-house desk's words anywhere ("avant diffusion", "service public", "notre mission"; a review of
 * RULES_VERSION 102). The caller asks for no media title and not the outlet's own account.
 */
const FR_WHAT_CLASS =
  /(?<![\p{L}])(nous vérifions|nous décortiquons)\s+ce que\s+(?:diffusent|publient|disent|racontent|affirment|montrent)\s+(les médias (?:publics|d['’]état|officiels|gouvernementaux))(?=\s*(?:[,.;!|•·\n]|$))(?!.*(?:avant (?:diffusion|antenne|publication|leur)|service public|notre mission))/su;
// (not beside the outlet's own words, a staffer's, its publishing or praise: "Official newspaper of …", "Proud Xinhua
// staffer", "then we publish", "always right"; a review of RULES_VERSION 126)
const EN_NOT_CHECKER =
  /(?<![\p{L}])(?:official (?:account|newspaper|paper|page|channel|outlet)|newspaper of|staff(?:er)?|correspondent|reporter|we publish|publish(?:ed)? by|always right|proud\p{L}*)(?![\p{L}])/u;
/**
 * Arabic: a first-person verb of testing, reviewing or checking, "what" the official media broadcast, publish or say,
 * the class right after ("نختبر ما يبثه الإعلام الرسمي بالأدلة", "أراجع ما يبثه الإعلام الرسمي السوداني", the
 * four-hundred-and-twenty-eighth and -thirtieth sets' checkers). Not in-house ("قبل البث", before airing), nor the
 * outlet's own voice or staff (the caller refuses it beside a media title or on the outlet's own account).
 */
/**
 * Arabic "I / we examine" (Almaany: فحص) as a checker's verb only beside the link's "the story under examination" or
 * with the official agencies or media as its object ("أفحص بيانات الوكالات الرسمية رقما رقما", the
 * four-hundred-and-fortieth set's checker); a doctor, an engineer, a technician and the outlet's own desk examine too
 * ("أفحص المرضى", "نفحص كل خبر قبل نشره في سانا": a review of RULES_VERSION 129).
 */
const AR_EXAMINES = /(?<!\p{L})(?:أفحص|نفحص)(?!\p{L})/u;
// (… and the public or government papers, after "I verify (independently) … of" too: "أتحقق بشكل مستقل من أرقام الجرائد
// العمومية", "أفحص عناوين الجرائد الحكومية", the four-hundred-and-seventy-first and -seventy-third sets' checkers)
const AR_EXAMINE_CLASS =
  /(?<!\p{L})(أفحص|نفحص|(?:أتحقق|نتحقق)(?:\s+بشكل\s+مستقل)?\s+من)\s+(?:\p{L}+\s+){0,2}?(الوكالات الرسمية|وكالات الأنباء الرسمية|(?:ال)?إعلام\s+(?:ال)?(?:رسمي|حكومي)|وسائل\s+(?:ال)?إعلام\s+(?:ال)?(?:رسمية|حكومية)|(?:ال)?(?:جرائد|صحف)\s+(?:ال)?(?:عمومية|حكومية|رسمية))(?!\p{L})/u;
const AR_EXAMINER_NOT_CHECKER =
  /(?<!\p{L})(?:محرر\p{L}*|فريق|مهندس\p{L}*|طبيب\p{L}*|فني\p{L}*|مذيع\p{L}*|مراسل\p{L}*|قبل\s+(?:نشره|نشرها|بثه|بثها|النشر|البث)|المرضى|أجهزة|الشبكات|توزيع|طباعة|بيع|اشتراك\p{L}*|الصفحة الرسمية|الحساب الرسمي|الموقع الرسمي|القناة الرسمية|صفحتنا|حسابنا)(?!\p{L})/u;
const AR_WHAT_CLASS =
  /(?<!\p{L})(نختبر|أختبر|اختبر|نراجع|أراجع|اراجع|نفحص|أفحص|افحص|نتحقق من|أتحقق من)\s+ما\s+(?:يبثه|ينشره|يقوله|يذيعه|تبثه|تنشره|تقوله|يروجه|تروجه)\s+((?:ال)?إعلام\s+(?:ال)?(?:رسمي|حكومي)|وسائل\s+(?:ال)?إعلام\s+(?:ال)?(?:رسمية|حكومية))(?!\p{L})/u;
// (… nor a relay's or a supporter's verb after it, a negation, a desk, the outlet's official or fans' page: a review of
// RULES_VERSION 128)
const AR_NOT_CHECKER =
  /(?<!\p{L})و?(?:قبل البث|قبل النشر|نحن الإعلام|إعلامنا|قناتنا|وكالتنا|إذاعتنا|لا|لن|نعيد نشره|ننشره|أنشره|انشره|ننقله|أنقله|نؤيده|أؤيده|ندعمه|أدعمه|أدافع|ندافع|نعيد\p{L}*|المونتاج|قسم|مدقق|لغوي|(?:ال)?أرشيف|فريق\s+(?:ال)?(?:عمل|مونتاج|تحرير|أخبار|القناة)|الصفحة الرسمية|الحساب الرسمي|معجبي|معجبين)(?!\p{L})/u;
/**
 * … and one person taking the class's output apart: "I pick apart state broadcaster documentaries" (the
 * four-hundred-and-ninety-fourth set's researcher; Collins: pick apart, to criticise in detail): first person, the
 * class right after the verb; EN_NOT_CHECKER's staff and official words refused.
 */
/** The verbs alone, for the caller's refusal on the outlet's own account (src/signals/outlet-link.ts). */
export const EN_PICK_APART_VERB = /^i (?:(?:pick|take|tear) apart|dissect|debunk)$/u;
const EN_PICK_APART_CLASS =
  /(?<![\p{L}])(i (?:(?:pick|take|tear) apart|dissect|debunk))\s+(state(?:-run| run|-owned)? (?:broadcasters?|media|tv|television|channels?)|government (?:broadcasters?|media|tv|channels?))(?![\p{L}])/u;
// (not in an outlet's own voice, its staff's or its self-description: "Iran's state broadcaster. I pick apart …", "Our
// documentaries 👇 I dissect …", "Documentary maker at Press TV. I take apart …"; a review of RULES_VERSION 137)
const EN_NOT_PICKER =
  /(?<![\p{L}])(?:our|we|we're|us|at|maker|producer|anchor|host|presenter|journalist|editor|state broadcaster of)(?![\p{L}])|['’]s state broadcaster(?![\p{L}])/u;
// (… a state's own adjective or possessive between: "I check what Iranian state media claim", the
// five-hundred-and-seventieth set's checker; not "our", "my", the West's or an adversary's)
const EN_WHAT_CLASS =
  /(?<![\p{L}])(checking|i check|we check|fact-checking|i fact-check|we fact-check)\s+what\s+(?:(?!(?:our|my|western|foreign|enemy|hostile|american|british|ukrainian|israeli|european|nato|us)(?![\p{L}]))[\p{L}-]+(?:['’]s)?\s+)?(state media|state broadcasters|state tv|state-run (?:media|broadcasters|tv)|government media|junta media|regime media)(?:\s+(?:say|says|air|airs|publish|publishes|report|reports|claim|claims|broadcast|broadcasts|show|shows|tell|tells|post|posts|print|prints)(?:\s+(?:you|us))?(?:\s+about\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?)?(?=\s*(?:[,.;:!|•·\n]|$))/u;
/**
 * German: "Ich prüfe, was Chinas Staatsmedien auf Deutsch verbreiten" (I check what China's state media spread in German;
 * the four-hundred-and-forty-ninth set's checker): a first-person checking verb, "was", the class a few words on, its
 * verb of spreading, broadcasting or claiming in the same sentence (Duden: prüfen, verbreiten). Not in-house ("bevor
 * wir senden"), nor the outlet's own voice, staff, a fan or a negation ("Ich prüfe Behauptungen" alone was taken back
 * by a review of RULES_VERSION 128: the outlet's own newsroom says it).
 */
const DE_CHECK_VERBS = 'ich prüfe|wir prüfen|ich überprüfe|wir überprüfen|ich checke|wir checken';
const DE_WHAT_CLASS = new RegExp(
  String.raw`(?<![\p{L}])(${DE_CHECK_VERBS}),?\s+was\s+(?:[\p{L}’'-]+\s+){0,2}?(staatsmedien|staatssender|staatsfernsehen|regierungsmedien|propagandasender|propagandamedien)(?![\p{L}])[^.!?\n]{0,30}?\s(?:verbreiten|verbreitet|senden|sendet|berichten|berichtet|behaupten|behauptet|zeigen|zeigt|schreiben|schreibt)(?![\p{L}])`,
  'u',
);
// (… nor the outlet's official channel, bureau, news, a call to follow, read or subscribe, support, trust, a favourite,
// a spokesperson, a verdict of "true", "right", "correct", praise, nor the state's framing of its rivals: a review of
// RULES_VERSION 131)
const DE_NOT_CHECKER =
  /[❤✅👍]|(?<![\p{L}])(?:bevor|unser\p{L}*|redaktion|sendung|fan\p{L}*|lieb\p{L}*|nicht|kein\p{L}*|korrespondent\p{L}*|reporter\p{L}*|moderat\p{L}*|mitarbeit\p{L}*|team|stolz\p{L}*|offiziell\p{L}*|kanal|büro|nachrichten|abonn\p{L}*|folgt|lest|unterstütz\p{L}*|vertrau\p{L}*|glaub\p{L}*|teile|sprecher\p{L}*|wahr|wahrheit|stimmt|recht|korrekt|richtig|forever|super|westlich\p{L}*|westens|mainstream|lügen\p{L}*)(?![\p{L}])/u;

/**
 * Russian, one person: "Проверяю, что пишет госагентство Ирана по-русски" (I check what Iran's state agency writes;
 * the three-hundred-and-first set's checker): the verb, "what", a verb of publishing, the class right after it; no
 * in-house words anywhere ("перед эфиром", "для редакции"), no outlet's own voice (OWN_VOICE). The caller asks for no
 * media title and not the outlet's own account.
 */
const RU_WHAT_CLASS =
  /(?<![\p{L}])(проверяю),?\s+что\s+(?:пишет|пишут|говорит|говорят|сообщает|сообщают|показывает|показывают|публикует|публикуют|утверждает|утверждают|заявляет|заявляют)\s+(госагентств\p{L}*|госсми|гоств|государственн\p{L}*\s+(?:сми|агентств\p{L}*|телевидени\p{L}*|тв))(?![\p{L}])(?!.*(?:перед эфиром|перед публикацией|перед выпуском|до публикации|для редакции|по работе))/su;
/**
 * … "проверяю, что пишут" is also a reader's "I look at what they write": a checker's sentence only with a checker's
 * word elsewhere in the bio (a take-apart, fact-checking, fakes, refutation, manipulation), and no reader's,
 * supporter's or staffer's words (a review of RULES_VERSION 108: "… Люблю Россию!", "… они всегда правы",
 * "Читайте …", "… — корректор", "Стажёр …").
 */
const RU_CHECKER_CONTEXT =
  /(?<![\p{L}])(?:разбор\p{L}*|фактчек\p{L}*|проверк\p{L}* фактов|фейк\p{L}*|опроверж\p{L}*|опроверга\p{L}*|манипуляц\p{L}*|дезинформ\p{L}*)/u;
const RU_NOT_CHECKER =
  /(?<![\p{L}])(?:люблю|обожаю|прав[ыа]?|репощу|репост\p{L}*|читайте|смотрите|подписывайтесь|корректор\p{L}*|выпускающ\p{L}*|стажёр\p{L}*|стажер\p{L}*|редактор\p{L}*)(?![\p{L}])/u;

/**
 * Persian puts the verb last: "ادعاهای خبرگزاری‌های رسمی را یکی‌یکی می‌سنجم" (I weigh the official news agencies'
 * claims one by one; the two-hundred-and-ninth set's checker): the class, its object marker را, then the verb.
 */
/**
 * Turkish puts the checked class before the verb: "devlet medyasını doğruluyoruz" (we verify the state media), the
 * state media's claims in the accusative, "we verify", "we fact-check" right after (TDK: doğrulamak, teyit etmek). Not
 * "resmi haberleri" (the official news), which agencies, ministries and newsrooms say of their own work, nor a question,
 * a laugh, a ministry's, a press office's or a newsroom's words (a review of RULES_VERSION 127); the caller refuses it
 * on the outlet's own account (FIRST_PERSON_CHECK).
 */
const TR_CLASS_THEN_VERB =
  /(?<!\p{L})(devlet\s(?:medyasını|medyasının\siddialarını))\s(doğruluyoruz|doğruluyorum|teyit ediyoruz|teyit ediyorum)(?!\p{L})/u;
/**
 * … and one checker watching or examining a state's official media (the accusative object, first person singular:
 * "Bağımsız doğrulamacı. Tahran’ın Türkçe yayın yapan resmi medyasını izliyorum", the four-hundred-and-eighty-sixth
 * set's checker) beside the bio's own checking noun or verb; the state outlets' own words refused as for
 * TR_CLASS_THEN_VERB, and a desk, a team, staff, an official account, a negation (the review of RULES_VERSION 136
 * found "TRT doğrulamacı ekibi … resmi medyasını güçlendiriyoruz", "Doğrulamacı değilim …" discounting outlets' links).
 */
const TR_WATCHES_OFFICIAL =
  /(?<!\p{L})((?:resmi|devlet)\smedyasını)\s(?:\p{L}+\s)?(izliyorum|inceliyorum|takip ediyorum|doğruluyorum)(?!\p{L})/u;
const TR_CHECKER_WORD = /(?<!\p{L})(?:doğrulamacı\p{L}*|doğrulama|teyit\p{L}*)(?!\p{L})/u;
const TR_NOT_WATCHER =
  /(?<!\p{L})(?:değil\p{L}*|ekib\p{L}*|masa\p{L}*|çalışıyorum|muhabir\p{L}*|editör\p{L}*|resmi hesab\p{L}*|seviyorum|güçlendir\p{L}*)(?!\p{L})/u;
const TR_NOT_CHECKER =
  /[?😂🤣]|(?<!\p{L})(?:mu|mı|yayınlamadan|yayından önce|ajansımız\p{L}*|kurumumuz\p{L}*|bakanlık\p{L}*|basın ofisi|haber merkezi)(?!\p{L})/iu;
/**
 * … and the Turkish link sentence "the source / the claim we examine" with an arrow to the link ("İncelediğimiz kaynak
 * 👇", the four-hundred-and-twenty-third set's checker), beside the bio's own first-person plural checking verb.
 */
const TR_SOURCE_CHECKED =
  /(?<!\p{L})(?:[İi]ncelediğimiz|[Dd]oğruladığımız|[Çç]ürüttüğümüz|[Yy]alanladığımız)\s(?:kaynak|haber|iddia|metin)(?!\p{L})\s*(?:👇|⬇\ufe0f?|↓|:)/u;
const TR_WE_CHECK = /(?<!\p{L})(?:[Dd]oğruluyoruz|[Tt]eyit ediyoruz|[İi]nceliyoruz|[Çç]ürütüyoruz)(?!\p{L})/u;

/**
 * The watcher's formula "I read / watch <the state's media> so you don't have to" ("Чытаю дзяржаўныя газеты, каб вы не
 * мусілі", the four-hundred-and-twenty-ninth set's Belarusian watcher; "Смотрю белорусское госТВ вместо вас", an
 * earlier set's): the reading is done for the viewer, against the outlet, in en, ru, be (dictionary senses). The class
 * right after the verb, one adjective at most between; the caller refuses it beside a media title.
 */
const SO_YOU_DONT_HAVE_TO =
  /(?<!\p{L})(i read|i watch|читаю|смотрю|чытаю|гляджу)\s+(?:\p{L}+\s+)?(state (?:tv|media|newspapers|papers)|госсми|гоств|государственн\p{L}*\s+(?:сми|тв|газеты|телевидение)|дзяржаўн\p{L}*\s+(?:газеты|смі|тэлебачанне|тб))(?!\p{L})[^.!?\n]{0,12}?(?:so you don['’]?t have to|каб вы не мусілі|чтобы вам не пришлось|вместо вас|замест вас)(?!\p{L})/u;
// (not a joke, a fan's, a relay's or the job's: "… jk I love it", "😂 шучу, обожаю RT", "… и репощу лучшее", "…
// работа такая, монтажёр", "Люблю Звязду ❤️"; a review of RULES_VERSION 128)
const NOT_FOR_YOU =
  /[😂🤣❤🔥]|(?<!\p{L})(?:jk|lol|kidding|my life|love|loving|best|paid|share|repost\p{L}*|шучу|люблю|обожаю|лучш\p{L}*|лепш\p{L}*|правда только|только на|репощу|репост\p{L}*|работа|монтаж\p{L}*|карэктар\p{L}*|праца|працую|работаю)(?!\p{L})/u;
const FA_CLASS_THEN_VERB =
  /(خبرگزاری‌(?:های|ها) رسمی|رسانه‌(?:های|ها) (?:حکومتی|دولتی|رسمی))\s+را\s+(?:\S+\s+){0,3}?(می‌سنجم|می‌سنجیم|راستی‌آزمایی می‌کنم|راستی‌آزمایی می‌کنیم)/u;

/**
 * Spanish "we check the headlines of the government's press" (the three-hundred-and-seventy-sixth set's checker): the
 * verb right before the headlines of that class; not a staffer's, an office's or the outlet's own ("Periodista de la
 * prensa del gobierno", "Oficina de prensa del gobierno", "Somos la prensa del gobierno", "… para la prensa del
 * gobierno"; a review of RULES_VERSION 120).
 */
// (… and the headlines, figures, claims of the governing camp, "del oficialismo" (RAE: the government and the parties
// that support it; "Chequeamos titulares del oficialismo nicaragüense", the six-hundred-and-fifty-fifth set's checker):
// a claim's noun right before it, not its "truth", "strength" or "news", nor in a supporter's, an own account's or a
// desk's words ("Viva …", "con orgullo", "Cuenta oficial de …", "Equipo de verificación de …"; a review of
// RULES_VERSION 165)
// (… and a checker's "figure by figure" between, and the headlines of "the state channel" (RAE, estatal: "perteneciente o
// relativo al Estado"; "Chequeamos, cifra por cifra, los titulares del canal estatal venezolano", the
// six-hundred-and-eighty-first set's checker; RULES_VERSION 169)
const ES_HEADLINES_OF_CLASS =
  /(?<![\p{L}])(verificamos|chequeamos|desmentimos)(?:,\s*(?:cifra por cifra|dato por dato|uno por uno|una por una|punto por punto),)?\s+(?:(?:los|las|el)\s+)?(?:titulares\s+de|(?:titulares|cifras|datos|discursos?|declaraciones|afirmaciones)\s+del)\s+(la prensa del gobierno|los medios del gobierno|(?<=del\s)oficialismo|(?<=del\s)canal (?:estatal|del estado)|la (?:televisión|tv) (?:estatal|del estado))(?![\p{L}])/u;
const ES_OWN_DESK = /(?<![\p{L}])(?:equipo|antes de|nuestr\p{L}*|para la redacción)(?![\p{L}])/u;
const ES_NOT_CHECKER =
  /(?<![\p{L}])(?:periodista\p{L}*|trabaj\p{L}*|oficina|somos|secretar\p{L}*|vocer\p{L}*|para la prensa|diario|redacci\p{L}*|cuenta oficial|equipo de verificación|viva|orgullo\p{L}*|patria|revoluci\p{L}*|comandante|apoy\p{L}*|comparto|compartimos|difund\p{L}*|colaborador\p{L}*)(?![\p{L}])|✊/u;

/** The fact-checking sentence of a bio that checks state media, or undefined. */
export function factCheckOf(bio: string): { verb: string; media: string } | undefined {
  if (typeof bio !== 'string' || !bio) return undefined;
  const text = bio.normalize('NFKC').slice(0, MAX_BIO_CHARS).toLowerCase();
  const sr = SR_CHECK_OBJECT.exec(text);
  if (sr) return { verb: sr[1]!, media: sr[2]! };
  let vc =
    (ES_NOT_CHECKER.test(text) ? null : ES_HEADLINES_OF_CLASS.exec(text)) ??
    VERB_THEN_CLASS.exec(text) ??
    STATE_TV_STORIES.exec(text) ??
    (EN_NOT_CHECKER.test(text)
      ? null
      : (EN_WHAT_CLASS.exec(text) ?? (EN_NOT_PICKER.test(text) ? null : EN_PICK_APART_CLASS.exec(text)))) ??
    (AR_NOT_CHECKER.test(text) ? null : AR_WHAT_CLASS.exec(text.replace(/[\u064b-\u0652]/gu, ''))) ??
    FR_WHAT_CLASS.exec(text) ??
    (DE_NOT_CHECKER.test(text) ? null : DE_WHAT_CLASS.exec(text)) ??
    (RU_CHECKER_CONTEXT.test(text) && !RU_NOT_CHECKER.test(text) ? RU_WHAT_CLASS.exec(text) : null);
  // (the imperative and the stories' verb not in the outlet's own voice or its call to tune in; a review of
  // RULES_VERSION 105)
  if (vc && (vc[1] === 'pon a prueba' || vc[1] === 'разбираю сюжеты' || vc[1] === 'проверяю') && OWN_VOICE.test(text))
    vc = null;
  // (… "we take apart the stories" not in an outlet's own voice, its newsroom, its editing, a relay or support: "Мы RT.
  // Разбираем сюжеты …", "… Редакция RT", "… и репостим"; a review of RULES_VERSION 128)
  if (vc && vc[1] === 'разбираем сюжеты' && RU_OUR_DESK.test(text)) vc = null;
  // (… nor "we review" the government's radios in a newsroom's or the outlet's own words: "… antes de emitir. Equipo de
  // Granma", "para nuestra redacción", "Somos …"; a review of RULES_VERSION 166)
  if (vc && vc[1] === 'revisamos' && (ES_NOT_CHECKER.test(text) || ES_OWN_DESK.test(text))) vc = null;
  // (not under a negation: "Не проверяю госСМИ"; a review of RULES_VERSION 101)
  if (vc && !NEGATED.test(text.slice(Math.max(0, vc.index - 20), vc.index))) return { verb: vc[1]!, media: vc[2]! };
  const examines = AR_EXAMINER_NOT_CHECKER.test(text) ? null : AR_EXAMINE_CLASS.exec(text);
  if (examines) return { verb: examines[1]!, media: examines[2]! };
  const forYou = NOT_FOR_YOU.test(text) ? null : SO_YOU_DONT_HAVE_TO.exec(text);
  if (forYou) return { verb: forYou[1]!, media: forYou[2]! };
  const fa = FA_CLASS_THEN_VERB.exec(text);
  if (fa) return { verb: fa[2]!, media: fa[1]! };
  const tr = TR_CLASS_THEN_VERB.exec(text);
  if (tr && !TR_NOT_CHECKER.test(text)) return { verb: tr[2]!, media: tr[1]! };
  const watches = TR_WATCHES_OFFICIAL.exec(text);
  if (watches && TR_CHECKER_WORD.test(text) && !TR_NOT_CHECKER.test(text) && !TR_NOT_WATCHER.test(text)) {
    return { verb: watches[2]!, media: watches[1]! };
  }
  checks ??= compile(FACT_CHECK);
  classes ??= compile(STATE_MEDIA_CLASS);
  const found = checks.exec(text.replace(NOT_CHECKING, (m) => ' '.repeat(m.length)));
  if (!found) return undefined;
  const verb = found[0];
  if (zhItemCheckRefused(verb, text)) return undefined;
  const media = classes.exec(text)?.[0];
  if (media) return { verb, media };
  const after = text.slice(found.index + verb.length);
  const object = OBJECT_CLASS.exec(after);
  const gap = object ? after.slice(0, object.index) : '';
  return object && OBJECT_GAP.test(gap) && !OBJECT_GAP_WORD.test(gap) ? { verb, media: object[0] } : undefined;
}

/**
 * A fact-checker's title: the account names itself one ("Fact-checkeuse 🔎 …", "Fact-checkerka", "مدققة معلومات",
 * "Verificadora 🔎"), as IFCN signatories' staff style themselves (dictionary senses: en, fr, Slavic and German
 * agent-noun endings on the English loan; es/pt "verificador(a)", "chequeador(a)", "checador(a)" alone or "de datos";
 * de; ru/uk; ar "checker of information/facts"; fa; id/ms; zh; ja; ko; hi; bn; az "faktyoxlayıcı", the
 * two-hundred-and-seventeenth set's checker; tl "tagasuri ng katotohanan", ar "an independent team that checks", the
 * two-hundred-and-thirty-third and -fourth sets' checkers; … or an independent platform, initiative or project for
 * checking or fact-finding, "منصة يمنية مستقلة لتقصي الحقائق", the two-hundred-and-fifty-fourth set's: "independent" is
 * what a state's own desk does not call itself). One person, singular only: plurals
 * are what people say of fact-checkers ("Не верю фактчекерам", "Fact-checkers are propaganda", "los chequeadores
 * mienten"), and "verificador" alone before another word another inspector ("Verificador vehicular", "… de calidad";
 * a review of RULES_VERSION 75). Not a project's verbs: a state outlet's own debunking project calls itself so
 * ("Разоблачаем фейки"), and its link keeps its weight (used by src/signals/outlet-link.ts, after the
 * hundred-and-seventh and hundred-and-eighth sets).
 */
// (… and the work itself named independent or citizens', an adjective a state's own desk does not take: "Fact-checking
// citoyen 🔎", "Fact-checking indépendant.", the five-hundred-and-forty-eighth and -fifty-sixth sets' checkers)
const CHECKER_TITLE =
  /(?<![\p{L}\p{N}])(?:fact[- ]?checking\s+(?:citoyen|indépendant|independiente|ciudadano|independente|cidadão|independent|citizen|civic)|(?:independent|citizen|civic)\s+fact[- ]?checking|fact[- ]?check(?:er|eur|euse|erka|erica|erin)|fakten(?:checker|prüfer)(?:in)?|(?:verificador|chequeador|checador)a?(?= de (?:datos|hechos|fatos|dados|informaci[oó]n|informação|noticias|notícias)|\s*(?:[^\s\p{L}\p{N}]|$))|pemeriksa fakta|penyemak fakta|vérificat(?:eur|rice) de(?:s)? faits|faktyoxlayıcı|tagasuri ng katotohanan)(?![\p{L}\p{N}])|(?:فريق|منصة|مبادرة|مشروع)(?:\s+(?!(?:ال)?(?:حكومية|رسمية|وطنية|إعلامية)(?!\p{L}))\p{L}+ية)?\s+مستقلة?\s+(?:يدقق|تدقق|للتحقق|لتدقيق|لتقصي الحقائق)|(?:فريق|منصة|مبادرة|مشروع)\s+(?:تدقيق|تحقق)\s+(?:ال)?(?:معلومات|أخبار|حقائق)\s+مستقلة?(?!\p{L})|фактчекер(?:ка|ша)?(?![\p{L}])|ფაქტჩეკერი(?![\p{L}])|(?:مدقق|مدققة|فاحص|فاحصة)\s+(?:ال)?(?:معلومات|حقائق)|راستی‌?\s?آزما(?!یی)|事实核查员|事實查核員|ファクトチェッカー|팩트체커|फ\u093C?ैक्ट चेकर|ফ্যাক্ট চেকার/u;

export const COURSE =
  /(?<![\p{L}])(?:formation|formations|cours|inscri\p{L}*|course|courses|enrol\p{L}*|enroll\p{L}*|curso|cursos|inscr[ií]b\p{L}*|workshop|atelier|taller|kurs|курс\p{L}*)(?![\p{L}])/iu;
const AR_NOT_OWN_PLATFORM = /[؟?]|(?<!\p{L})(?:هل|يدعون|يدعي|تدعي|يزعمون|يزعم|تزعم|برعاية|بدعم|تابعة|بتمويل)(?!\p{L})/u;

/** The fact-checker's title the bio gives the account (CHECKER_TITLE), as written, or undefined. */
export function factCheckerTitle(bio: string): string | undefined {
  if (typeof bio !== 'string' || !bio) return undefined;
  const text = bio.normalize('NFKC').slice(0, MAX_BIO_CHARS).toLowerCase();
  const m = CHECKER_TITLE.exec(text);
  if (!m) return undefined;
  // Not "Not a fact-checker", "Faktyoxlayıcı deyiləm" (I am not one; a review of RULES_VERSION 99).
  const before = text.slice(Math.max(0, m.index - 12), m.index);
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
  // (… nor a question, the state's framing, a course's advert: "Independent fact-checking? lol", "Citizen fact-checking.
  // We expose the lies of the West", "Formation fact-checking citoyen : inscrivez-vous"; a review of RULES_VERSION 148)
  // (… nor the independent work "of" someone, a desk's own: "Fact-checking indépendant de l'APS")
  const independentWork = /^(?:fact|independent|citizen|civic)/u.test(m[0]) && /\s/u.test(m[0]);
  if (
    independentWork &&
    (/^\s*[?؟]/u.test(after) ||
      /^\s*(?:de|du|des|d['’]|of|by|del|da|do)(?![\p{L}])/u.test(after) ||
      STATE_FRAMING.test(text) ||
      COURSE.test(text))
  ) {
    return undefined;
  }
  // … nor Arabic "لسنا" (we are not), Tagalog "hindi ako" (I am not), nor a Tagalog title of a named outlet ("Tagasuri
  // ng katotohanan ng PTV", its own checker; a review of RULES_VERSION 101)
  // … nor an Arabic platform in a question, in a critic's "they claim", or sponsored by or affiliated to a body ("هل هي
  // منصة مستقلة للتحقق؟", "يدّعون أنهم منصة مستقلة", "… برعاية وزارة الإعلام"; a review of RULES_VERSION 103)
  if (/^(?:فريق|منصة|مبادرة|مشروع)/u.test(m[0]) && AR_NOT_OWN_PLATFORM.test(text.replace(/[\u064b-\u0652]/gu, ''))) {
    return undefined;
  }
  return /(?<![\p{L}])(?:not|no|nie|не|ne|non|ni|nem|não|لسنا|لست|hindi ako|hindi)\s+(?:an?\s+|un[ea]?\s+)?$/u.test(
    before,
  ) ||
    /^\s*(?:deyiləm|deyil|değilim|değil|emasman|emas)(?![\p{L}])/u.test(after) ||
    /(?<![\p{L}])(?:غير|لا|ليس|لسنا|لست)(?![\p{L}])/u.test(text.slice(Math.max(0, m.index - 20), m.index)) ||
    /^\s+(?:ng|sa)\s+\p{Lu}/u.test(bio.normalize('NFKC').slice(m.index + m[0].length, m.index + m[0].length + 8))
    ? undefined
    : m[0];
}

/**
 * The account's name saying what it does, as a piece of its own after a separator: "Lupa China · verificación",
 * "Salma · vérification", "事实核查小站" (the two-hundred-and-eightieth to two-hundred-and-ninety-eighth sets' checkers;
 * not bare "Verifica", an imperative of anything): checking as the name's title, not a word inside a longer piece
 * ("Verificación de datos RT" is the outlet's own desk, read by the caller as its name). Dictionary senses, es, pt,
 * fr, it, en, de, ru, zh.
 */
// (… and Arabic "checking the news", تدقيق الأخبار: "سارة | تدقيق الأخبار 🔎", the five-hundred-and-seventy-second
// set's checker)
// (… and Russian "разбор госСМИ", the analysis of state media as the name's piece: "Ксения | разбор госСМИ", the
// six-hundred-and-sixteenth set's critic; not "разбор фейков", a state's own anti-fake desk's name as often)
// (… and Georgian "checking of facts", ფაქტების (გადა)მოწმება: "ნინო | ფაქტების შემოწმება", the
// five-hundred-and-thirty-third set's checker; Bulgarian "проверка на фактите", the five-hundred-and-fifty-second's)
const CHECKING_PIECE =
  /^(?:ფაქტების (?:გადა)?შემოწმება|проверка на фактите|проверка на факти|verificaci[oó]n|verificaç[aã]o|v[ée]rification|v[ée]rif(?:\s+des\s+faits)?|chequeos|fact[- ]?check(?:ing)?|faktencheck|проверка фактов|фактчекинг|фактчек|разбор (?:госСМИ|госмедиа)|фактчекінг|перевірка фактів|事实核查(?:小站|站)?|事實查核|独立核查|獨立查核|مدققو (?:ال)?(?:أخبار|معلومات)|تدقيق (?:ال)?(?:أخبار|معلومات)|فريق التحقق)$/iu;
const CHECKING_PLACE =
  /^(?:v[ée]rif|verifica|verificado|fact[- ]?check|faktencheck|фактчек)['’]?\s+(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?)$/iu;
const WE_CHECK =
  /(?<![\p{L}])(?:on v[ée]rifie|nous v[ée]rifions|verificamos|chequeamos|checamos|we (?:fact-)?check|проверяем|перевіряємо)\s+(?:(?:la|les|le|l['’]|las|los|el|the|то,?\s+что)\s?)?(?:presse|infos?|informations?|nouvelles|actualités|déclarations|noticias|titulares|dichos|afirmaciones|notícias|news|headlines|новости|заявления|новини|заяви)(?![\p{L}])|(?<![\p{L}])(?:chaque|toutes les|les)\s+(?:dépêches?|déclarations?|infos?)\s+(?:\S+\s+){0,4}?au crible(?![\p{L}])/iu;
export const OWN_UNIT =
  /(?<![\p{L}])(?:anti-?fakes?|antifake|agency|agencia|agence|agência|unit|unidad|unité|desk|equipo de|team of|avant (?:vous|publication|de (?:les )?publier)|abonn\p{L}*|suscr\p{L}*|subscri\p{L}*|враг\p{L}*|enemigos|ennemis|enemies|أعداء)(?![\p{L}])/iu;
// (a check mark or a magnifier sets a piece apart too: "تحقّق ✔️ مدققو الأخبار", the three-hundred-and-twentieth set's
// checkers; not any emoji, a review of RULES_VERSION 111)
const NAME_SEPARATOR = /\s*(?:[·•|–—:：｜]|(?:✔|✅|🔍|🔎)\ufe0f?)\s*/u;

export function checkerByName(nickname: string | undefined, bio = ''): string | undefined {
  if (!nickname) return undefined;
  const pieces = nickname
    .normalize('NFKC')
    .split(NAME_SEPARATOR)
    .map((p) => p.replace(/\p{Extended_Pictographic}|\ufe0f|\u2714/gu, '').trim());
  const piece = pieces.find((p) => CHECKING_PIECE.test(p));
  // … or the checking word before a state's name, the checker's brand ("Vérif’ Tunisie", "Vérif Centrafrique": the
  // three-hundred-and-thirty-third and -forty-second sets' checkers), only beside the bio's own plural "we check" the
  // news or the press (a check-up, a verified seller, an insurer say no such thing), and not a state's own unit or desk,
  // nor checking its enemies' or the West's news (a review of RULES_VERSION 114: "Verifica Cuba · Unidad antifake",
  // "Фактчек Россия · Проверяем новости западных СМИ", "Vérif Bangui · On vérifie les infos avant vous")
  if (!piece) {
    const placed = pieces.find((p) => {
      const m = CHECKING_PLACE.exec(p);
      const place = m?.[1] ?? '';
      const state = findStateMentions(place);
      return !!m && state.length === 1 && state[0]!.index === 0 && state[0]!.end === place.length;
    });
    const text = bio.normalize('NFKC');
    return placed && WE_CHECK.test(text) && !STATE_FRAMING.test(text) && !OWN_UNIT.test(text) ? placed : undefined;
  }
  // "chequeos" is also a clinic's, a garage's, a coach's check-ups: only beside a checker's own sentence in the bio
  // ("Chequeo cifras de políticos y medios", the three-hundred-and-fourteenth set; a review of RULES_VERSION 110)
  if (piece && /^chequeos$/iu.test(piece)) return CHECKS_CLAIMS_ES.test(bio) && !CHECK_UP.test(bio) ? piece : undefined;
  return piece;
}

const CHECKS_CLAIMS_ES =
  /(?<![\p{L}])(?:chequeo|chequeamos|verifico|verificamos)\s+(?:las\s+|los\s+)?(?:cifras|datos|dichos|declaraciones|afirmaciones|discursos|promesas)(?![\p{L}])/iu;
const CHECK_UP =
  /(?<![\p{L}])(?:m[ée]dic\p{L}*|salud|cl[ií]nica|taller|enfermer\p{L}*|mec[aá]nic\p{L}*|auto\p{L}*|fitness|gym|nutrici\p{L}*)(?![\p{L}])/iu;

/**
 * A checker's own first-person verb, singular: "Weryfikuję" (I verify; the hundred-and-forty-eighth set's checker
 * linking the weekly she checks), "I fact-check", "Проверяю факты" (dictionary senses: en, pl, ru, uk, fr). A person's
 * work, as a title is; … and Arabic "I refute" (أفنّد, its marks dropped: the hundred-and-fifty-fourth set's checker
 * linking the article she checks; a whole word, not the name الأفندي). Not a project's plural ("Weryfikujemy",
 * "Проверяем", "نفند"), which outlets' own debunking desks write too, nor under a negation ("Nie weryfikuję niczego",
 * "Не проверяю факты"; a review). The caller asks that the bio carry no media title besides (a reporter who checks facts
 * is still the outlet's).
 */
const CHECKER_SELF =
  /(?<![\p{L}\p{N}])(?:weryfikuję|i fact[- ]?check|проверяю факты|перевіряю факти|je vérifie les faits|[أا]فند)(?![\p{L}\p{N}])/u;
/** A negation right before a checking word (checked on lower case here; checker-word.ts asks it of written case). */
export const NEGATED = /(?<![\p{L}])(?:nie|не|no|not|don['’]t|never|ne|jamais|nigdy|никогда|لا|نه)\s+$/iu;

export function checkerSelfVerb(bio: string): string | undefined {
  if (typeof bio !== 'string' || !bio) return undefined;
  const text = bio
    .normalize('NFKC')
    .slice(0, MAX_BIO_CHARS)
    .toLowerCase()
    .replace(/[\u064b-\u0652]/gu, '');
  const m = CHECKER_SELF.exec(text);
  return m && !NEGATED.test(text.slice(Math.max(0, m.index - 20), m.index)) ? m[0] : undefined;
}

/**
 * A researcher of disinformation: the account's name or bio joins a disinformation word and a person's research —
 * a researcher's title or a first-person verb of research or tracking ("Lena | Desinfo-Recherche … Ich verfolge …",
 * "disinformation researcher", "Investigadora de desinformación"; en, de, fr, es, pt, ru; dictionary senses). Such an
 * account links the propaganda it studies (the hundred-and-twentieth set's researcher linking a mirror of RT DE), as a
 * fact-checker does. Not a project's gerunds, nouns and plurals ("Мониторинг западной дезинформации", "Disinformation
 * tracker", "Investigadores de la desinformación contra Venezuela": state outlets' own "anti-disinformation"
 * accounts; a review of RULES_VERSION 78).
 */
const DISINFO = /(?:desinfo|disinfo|désinfo|desinformaç|desinformac|desinformaci|дезинформ|дезинфо)\p{L}*/iu;
const RESEARCH =
  /(?<![\p{L}])(?:researcher|forscherin|forscher|chercheuse|chercheur|investigadora|investigador|pesquisadora|pesquisador|исследовательница|исследователь|i research|i track|i study|ich erforsche|ich verfolge|ich recherchiere|je recherche|j['’]étudie|investigo|estudio|pesquiso|исследую|отслеживаю)(?![\p{L}])/iu;
/** … or, in German, the speaker's own verb opening the bio without "ich" ("Verfolge russische Spiegelseiten"). */
const RESEARCH_VERB_FIRST = /^(?:ich\s+)?(?:verfolge|erforsche|recherchiere)(?![\p{L}])/iu;

/** The disinformation word of a researcher's name or bio (DISINFO and RESEARCH both there), or undefined. */
export function disinfoResearcher(nickname: string, bio: string): string | undefined {
  const text = `${typeof nickname === 'string' ? nickname : ''}\n${typeof bio === 'string' ? bio : ''}`
    .normalize('NFKC')
    .slice(0, MAX_BIO_CHARS + 200);
  const d = DISINFO.exec(text);
  const own = RESEARCH.test(text) || RESEARCH_VERB_FIRST.test((typeof bio === 'string' ? bio : '').trim());
  return d && own && !STATE_FRAMING.test(text) ? d[0] : undefined;
}

/**
 * A media researcher by title: a researcher of media or propaganda ("media researcher", "باحث في الإعلام السوري",
 * "investigadora de medios", "исследователь пропаганды", "Medienforscherin"; en, ar, es, pt, fr, ru, de; dictionary
 * senses). Such an account reads and links the outlets it studies (after the hundred-and-twenty-second set's "باحث في
 * الإعلام السوري" over a SANA article; that bio also names SANA, which keeps the link's weight: src/signals/outlet-link.ts).
 * … or a place's media, its name of two or three capitalised words ("Researcher of Hong Kong media", the
 * four-hundred-and-fifty-fifth set's; not "hostile foreign", "Taiwan separatist", "the so-called free" media, the
 * state's voice on its adversaries: a review of RULES_VERSION 131).
 * … and an analyst of a state's media by its capitalised adjective, "state", "military" or "government" at most
 * besides ("Analyst of Chinese military media", the three-hundred-and-ninety-first set's researcher); not of a
 * field ("social media") nor of the adversaries a state's voice names (a review of RULES_VERSION 122).
 */
const ANALYST_OF =
  /(?<!\p{L})[Aa]nalyst of (?!(?:American|U\.?S\.?|Western|Ukrainian|Kyiv|Kiev|European|NATO|British|Israeli|Zionist|Mainstream|Fake|Enemy|Social)\s)\p{Lu}[\p{L}-]+(?:\s(?:state|military|government|official))?\s(?:media|propaganda)(?!\p{L})/u;
const RESEARCHER_OF_PLACE =
  /(?<!\p{L})[Rr]esearcher of (?!(?:American|U\.?S\.?|Western|Ukrainian|European|NATO|British|Israeli|Zionist|Mainstream|Fake|Enemy|Hostile|Foreign|Free|So-called)\s)(?:\p{Lu}[\p{L}-]*\s){2,3}(?:media|propaganda)(?!\p{L})/u;
// (… and the Polish media scholar, medioznawca / medioznawczyni: "Medioznawczyni, UwB. Sprawdzam, jak gazety
// regionalne piszą o władzy", the five-hundred-and-sixty-fifth set's researcher; SJP)
// (… and the title with its study after a colon: "Chercheuse : la propagande chinoise en Afrique francophone,
// décryptée", the five-hundred-and-sixty-sixth set's researcher)
const MEDIA_RESEARCHER =
  /(?:(?:chercheu(?:r|se)|researcher|investigador(?:a)?|pesquisador(?:a)?|forscher(?:in)?)\s*:\s*(?:(?:la|the|a|die)\s+)?(?:propagand[ae]|désinformation|disinformation|desinformación|desinformação|desinformation)(?![\p{L}])|(?:media|propaganda) researcher|medioznawc(?:a|zyni)(?![\p{L}])|медиаисследовател(?:ь|ьница)|исследую (?:гос|государственные\s)?(?:пропаганду|сми|медиа)(?![\p{L}])|chercheu(?:r|se) en (?:info-?com|sciences de l['’]information)|researcher of (?:[\p{L}-]+ )?(?:media|propaganda)|باحث(?:ة)? في (?:ال)?(?:إعلام|دعاية)|باحث(?:ة)? في (?:مكافحة |رصد )?(?:ال)?تضليل|investigador(?:a)? de (?:los )?(?:medios|propaganda)|pesquisador(?:a)? de (?:mídia|propaganda)|chercheu(?:r|se) (?:en|sur les) (?:médias|propagande)|исследовател(?:ь|ьница) (?:сми|медиа|пропаганды)|medienforscher(?:in)?(?![\p{L}]))/iu;

/**
 * The state's framing of the object: a researcher of the West's or an enemy's media is the state's voice as often as
 * a researcher ("Researcher of Western propaganda", "باحث في الإعلام الغربي", "investigador de los medios
 * hegemónicos"; a review of RULES_VERSION 79). Dictionary senses, en/fr/es/pt/de/ru/ar.
 */
const STATE_MEDIA_NOT_STUDIED =
  /(?<![\p{L}])(?:запада|украины|сша|америки|киева|прибалтики|европы|британии|нато|изнутри|сотрудни\p{L}*|горжусь|продвига\p{L}*|помогаю|работаю|лож\p{L}*|врут|врёт)(?![\p{L}])/iu;
// (… and the West's lies or propaganda by name: "Researcher: propaganda of the West exposed", a state's voice; not "the
// West" alone, a place's or a university's name: "… of the West of England", "the West African …"; a review of
// RULES_VERSION 148)
export const STATE_FRAMING =
  /(?:western|occidental|(?:lies|propaganda|fakes)\s+of\s+the\s+west(?![\p{L}])|the\s+west['’]s\s+(?:lies|propaganda|fakes)|(?:mensonges?|propagande|intox)\s+de\s+l['’]occident|(?:mentiras?|propaganda)\s+(?:de|del)\s+occidente|westlich|западн|пропаганд\p{L}* запад|запад (?:врёт|врет|лжёт|лжет)|киевск\p{L}* режим|укронацист|англосакс|нато(?![\p{L}])|الغرب|hegemóni|hegemôni|imperialis|zionis|sionis|صهيون|anti-china|antichin)/iu;

/**
 * A researcher's title with what it studies: how, or on, into, of the state's outlets a few words on ("Researcher: how
 * Beijing’s state outlets cover Africa", the three-hundred-and-third set's researcher). Not a byline's "Researcher,
 * Chinese state media", nor serving, defending or working there (a review of RULES_VERSION 109).
 */
const STUDIES_STATE_MEDIA =
  /(?<![\p{L}])researcher(?::\s*how|\s+(?:on|into|of|studying|examining|tracking))\s+(?:(?!(?:at|for|with|in|inside|within|our|my|proud|we|i)\s)[\p{L}’'-]+\s+){0,4}?(?:state|state-run|government) (?:media|outlets|broadcasters)(?![\p{L}])/iu;
const NOT_A_STUDY =
  /(?<![\p{L}])(?:serv\p{L}*|team|defend\p{L}*|love|support\p{L}*|hired|employed|newsroom|desk|our|partner\p{L}*|collaborat\p{L}*|also on)(?![\p{L}])/iu;

/**
 * … and a team's plural opening the bio with its gerund: "Researchers tracking how state media frame Latin America" (the
 * four-hundred-and-forty-fourth set's researchers over teleSUR English); not the plural elsewhere, which names others
 * ("Researchers on state media say we are biased"; a review of RULES_VERSION 130).
 */
const TEAM_STUDIES_STATE_MEDIA =
  /^\s*(?:we are\s+)?researchers\s+(?:tracking|studying|examining|mapping|monitoring)\s+(?:how\s+)?(?:(?!(?:at|for|with|in|inside|within|our|my|proud|we|i)\s)[\p{L}’'-]+\s+){0,3}?(?:state|state-run|government) (?:media|outlets|broadcasters)(?![\p{L}])/iu;

export function studiesStateMedia(bio: string): string | undefined {
  if (typeof bio !== 'string' || !bio) return undefined;
  const text = bio.normalize('NFKC').slice(0, MAX_BIO_CHARS);
  if (NOT_A_STUDY.test(text) || STATE_FRAMING.test(text)) return undefined;
  return (STUDIES_STATE_MEDIA.exec(text) ?? TEAM_STUDIES_STATE_MEDIA.exec(text))?.[0].trim();
}

/**
 * The media researcher's title a bio gives the account, or undefined: the title opening the bio or a clause, alone
 * (not after "not", "daughter of", "wife of": "Proud daughter of a media researcher", "زوجة باحث في الإعلام"; a review
 * of RULES_VERSION 79), with no other media title in the bio (src/signals/outlet-link.ts) and not the state's framing.
 */
const PROPAGANDA_PRAISED =
  /(?<![\p{L}])(?:good|great|love|proud|support\p{L}*|truth|bonne|fier|fière|vérité|buena|orgull\p{L}*|verdad|boa|orgulh\p{L}*|verdade|gut|stolz|wahrheit)(?![\p{L}])|[❤💪👍]/iu;
const PL_WORKPLACE =
  /(?<![\p{L}])(?:pracuj\p{L}*|zatrudnion\p{L}*|redakc\p{L}*|redaktor\p{L}*|dziennikar\p{L}*|w\s+\p{Lu}\p{L}*)(?![\p{L}])/u;

export function mediaResearcherTitle(bio: string): string | undefined {
  if (typeof bio !== 'string' || !bio) return undefined;
  const text = bio.normalize('NFKC').slice(0, MAX_BIO_CHARS);
  const m = MEDIA_RESEARCHER.exec(text) ?? ANALYST_OF.exec(text) ?? RESEARCHER_OF_PLACE.exec(text);
  if (!m || STATE_FRAMING.test(text) || /\?/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)))
    return undefined;
  // "Исследую госСМИ" (the three-hundred-and-thirty-ninth set's researcher) is not an insider's, a promoter's, nor a
  // study of an adversary's state media (a review of RULES_VERSION 114: "Исследую госСМИ изнутри", "… Запада и их ложь")
  if (/гос|государствен/iu.test(m[0]) && STATE_MEDIA_NOT_STUDIED.test(text)) return undefined;
  // … nor a Polish media scholar who works somewhere besides ("Medioznawca w Gazecie Współczesnej", "… Pracuję też w
  // …"; a review of RULES_VERSION 147)
  if (/^medioznaw/iu.test(m[0]) && PL_WORKPLACE.test(text)) return undefined;
  // … nor the colon's study praised: "Researcher: propaganda is good for China" (a review of RULES_VERSION 148)
  if (/:/u.test(m[0]) && PROPAGANDA_PRAISED.test(text)) return undefined;
  return /(?:^|[|•·\n.!;,])\s*(?:an? |i am an? |i'm an? )?$/iu.test(text.slice(0, m.index)) ? m[0] : undefined;
}

/**
 * The bio says its link is what it checks: "Link = what we debunk" (the two-hundred-and-first set's checker over the
 * government's English site), "Lien : ce que nous vérifions", "Enlace: lo que verificamos", "Ссылка — то, что
 * проверяем", "الرابط: ما نتحقق منه" — the link word, at most a sign, "what", at most a pronoun, then a checking verb
 * (dictionary senses), first person only ("lo que verifica VTV" is the outlet's own); Arabic "المصدر الذي راجعناه
 * اليوم" (the source we reviewed today; the two-hundred-and-twenty-ninth set's checker). A sentence, not the words apart:
 * an outlet's own desk says "fact-check" and "link in bio" too; and the link path asks more (src/signals/outlet-link.ts).
 */
const LINK_IS_CHECKED =
  /(?<![\p{L}])(?:link|lien|enlace|ссылка|الرابط)\s*[=:—–-]?\s*(?:is\s+)?(?:źródło,?\s+które\s+sprawdzam|to,?\s+co\s+sprawdzam|lo\s+(?:revisado|chequeado|verificado)|(?:what|ce que|lo que|то,?\s*что|что|ما)\s+(?:(?:we|i)\s+(?:debunk|fact-check|check|verify)|(?:nous\s+vérifions|je\s+vérifie|nous\s+décortiquons|je\s+décortique)|(?:verificamos|verifico|desmentimos|desmiento|chequeamos|chequeo)|(?:проверяем|проверяю|разбираем|разбираю|опровергаем|опровергаю)|(?:نتحقق|نفند|أتحقق|أفند)))(?![\p{L}])/iu;
// Not after "from", "only from" (a newsroom's sourcing), nor "checked" as "trusted" ("تحققنا منه … صحيح"; a review of
// RULES_VERSION 100): "reviewed today" or "refuted" only.
// Spanish "Enlace: el reporte que desmentimos hoy", Russian "В ссылке — разбираемый текст …", "по ссылке — разбор" (the
// two-hundred-and-thirty-fifth, -thirty-seventh and -fortieth sets' checkers): the link word, a sign, then what is
// checked, first person or the verb's participle.
// Only "we refute" and the piece "being taken apart": "verificamos", "revisamos", "разбор", "опровержение" are a
// newsroom's everyday words ("Enlace: los temas que revisamos hoy", "По ссылке — разбор дня", "В ссылке — опровержение
// МИД"; a review of RULES_VERSION 101).
// (… and Arabic "the link: the latest article we refuted" (فندناه، فندته; Almaany: فنّد). Not "we scrutinised"
// (دققناه), a newsroom's own checking and proofreading before publication: a review of RULES_VERSION 147)
// (… and Spanish "the piece I pick apart today, below" — RAE: desmenuzar, "examinar minuciosamente"; "La nota que hoy
// desmenuzo, abajo 👇", the five-hundred-and-seventy-fifth set's checker — and French "the link leads to my target",
// the five-hundred-and-seventy-eighth's; not "analizo", "reviso", a presenter's own words)
const LINK_IS_OBJECT =
  /(?<![\p{L}])(?:(?:la nota|el artículo|la noticia|el comunicado|el texto|la pieza)\s+que\s+(?:hoy\s+)?(?:desmenuzo|desmiento|desarmo)\s*,?\s*(?:abajo|aquí abajo|en el enlace|en el link)|le lien\s+(?:mène|pointe|renvoie)\s+(?:à|vers)\s+(?:ma|notre)\s+cible|(?:enlace|link)\s*[:=]\s*(?:el|la|los|las)\s+\p{L}+\s+que\s+(?:desmentimos|desmiento)|الرابط\s*[:：]\s*(?:آخر\s+)?(?:مقال|خبر|تقرير|منشور)\s+(?:فندناه|فندته)(?![\p{L}])|(?:в|по)\s+ссылке\s*[—–:-]\s*разбираем(?:ый|ая|ое)\s+(?:текст|материал|статья|статью|заметка|заметку|сюжет))(?![\p{L}])/iu;
const AR_SOURCE_CHECKED =
  /(?<![\p{L}])(?<!من\s)(?:المصدر|الرابط)\s*[:：]?\s*(?:الذي|ما)\s+(?:راجعناه\s+اليوم|فندناه|نفنده)(?![\p{L}])(?!\s*(?:صحيح|موثوق))/u;
/**
 * … "the link (is) to the page we examine today" (the three-hundred-and-seventh set's checker): today's examination or
 * refutation only, not a review (راجع is an editor's word too), not before publishing, not vouched for as correct (a
 * review of RULES_VERSION 109); … or "the latest article we checked" (the three-hundred-and-fifty-eighth set's checker);
 * … or "the link below is the source under examination" (قيد الفحص; the three-hundred-and-seventy-first set's checker).
 */
const AR_LINK_TO_CHECKED =
  /(?<![\p{L}])الرابط\s*[:：]?\s*(?:(?:لل|إلى\s+ال|ال)(?:صفحة|مقال|خبر|تقرير|مادة)\s+(?:التي|الذي)\s+(?:نفحصها|نفحصه|أفحصها|أفحصه|فحصناها|فحصناه|نفندها|نفنده)\s+اليوم|آخر\s+(?:مقال|خبر|تقرير|منشور)\s+(?:فحصناه|فندناه|تحققنا\s+منه))(?![\p{L}])(?![\s\p{P}]*(?:وهو|وهي)?\s*(?:صحيح|موثوق|دقيق))(?!.*قبل\s+(?:النشر|البث|نشر|بث))/su;

/**
 * … "the link (below) is the source under examination" (قيد الفحص; the three-hundred-and-seventy-first set's checker):
 * only beside the bio's own checking word elsewhere (FACT_CHECK), not beside breaking news or a promised confirmation
 * (a news page's "خبر قيد التحقق، تابعونا للتأكيد"), a vouching anywhere after it, nor a desk or unit of an outlet (a
 * review of RULES_VERSION 119).
 */
const AR_LINK_UNDER_CHECK =
  /(?<![\p{L}])الرابط\s*[:：]?\s*(?:(?:أدناه|في الأسفل|بالأسفل)\s+)?(?:هو\s+)?(?:ال)?(?:مصدر|خبر|مقال)\s+(?:قيد\s+(?:الفحص|التحقق)|الذي\s+(?:نفحصه|نتحقق\s+منه))(?![\p{L}])/u;
const AR_NOT_UNDER_CHECK =
  /(?<![\p{L}])(?:عاجل|عاجلة|تأكيد|للتأكيد|التأكيد|سننشر|قسم|وحدة|موثوق|رسمي|صحيح|دقيق)(?![\p{L}])|✅/u;

/** Armenian "(this week's, today's) source — by the link" (the three-hundred-and-seventy-third set's checker), held as above. */
const HY_SOURCE_LINKED = /(?<![\p{L}])(?:(?:այս շաբաթվա|այսօրվա)\s+)?աղբյուրը\s*[՝:]?\s*հղումով(?![\p{L}])/u;

// (not a daily's own desk, "our department", a news account's: a review of RULES_VERSION 120)
const HY_NOT_UNDER_CHECK = /օրաթերթ|մեր բաժին|նորություններ/iu;

/**
 * Azerbaijani "the source I (we) checked is in the link", beside the first person's "I check" (the three-hundred-and-
 * eightieth set's checker: "… başlıqlarını yoxlayıram. Yoxladığım mənbə linkdə 👇"); Azerbaijani Explanatory Dictionary.
 */
const AZ_SOURCE_IN_LINK = /(?<![\p{L}])yoxladığ(?:ım|ımız)\s+mənbə\s+linkdə(?:dir)?(?![\p{L}])/iu;
// (the claims, headlines, fakes checked as its object, not texts: a proofreader, a journalist; a review of RULES_VERSION 121)
const AZ_I_CHECK =
  /(?<![\p{L}])(?:başlıqlarını|xəbərlərini|iddialarını|saxta\p{L}*|feyk\p{L}*)\s+yoxlayır(?:am|ıq)(?![\p{L}])/iu;

/**
 * German "Heute im Check: <outlet>" (today in the check; the four-hundred-and-fifty-fourth set's checker over the RT DE
 * mirror it checks), beside the bio's own first-person checking verb and none of DE_NOT_CHECKER's in-house, staff or
 * fan words; the caller asks for the outlet named right after it.
 */
const DE_TODAY_IN_CHECK = /(?<![\p{L}])(?:heute|diese woche|aktuell)\s+im\s+(?:check|faktencheck)\s*:/iu;
const DE_I_CHECK = new RegExp(String.raw`(?<![\p{L}])(?:${DE_CHECK_VERBS})(?![\p{L}])`, 'iu');

/** The text with a match's span blanked (spaces keep the offsets): what the rest of the bio says besides it. */
function blankedOut(text: string, m: RegExpExecArray): string {
  return text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice(m.index + m[0].length);
}

function underCheck(text: string): RegExpExecArray | null {
  const de = DE_I_CHECK.test(text) ? DE_TODAY_IN_CHECK.exec(text) : null;
  if (de && !DE_NOT_CHECKER.test(text.toLowerCase())) return de;
  const az = AZ_I_CHECK.test(text) ? AZ_SOURCE_IN_LINK.exec(text) : null;
  if (az && !AR_NOT_UNDER_CHECK.test(text) && !SOV_NOT_CHECKER.test(text)) return az;
  const m = AR_LINK_UNDER_CHECK.exec(text) ?? HY_SOURCE_LINKED.exec(text);
  if (!m || AR_NOT_UNDER_CHECK.test(text) || HY_NOT_UNDER_CHECK.test(text)) return null;
  checks ??= compile(FACT_CHECK);
  const rest = blankedOut(text, m);
  return checks.test(rest.toLowerCase()) || (AR_EXAMINES.test(rest) && !AR_EXAMINER_NOT_CHECKER.test(rest)) ? m : null;
}

/**
 * Chinese: "今天核查的这一篇在下面👇" (the piece checked today is below; the two-hundred-and-ninety-eighth set's checker):
 * today's or the writer's own check, "this piece", and where the link is; not a promoter's "经过核实的这篇报道在下面"
 * (the verified report is below: trust it; a review of RULES_VERSION 108). … and "这期查的是法治日报，原文链接在下" (this issue
 * checks Legal Daily, the original's link below; the three-hundred-and-eleventh set's checker).
 */
const ZH_ISSUE_CHECKED =
  /(?:这期|這期|本期|今天|今日)(?:查|核查|核对|核對|查证|查證)的是[^|｜。\n]{1,20}?[，,]\s*(?:原文)?(?:链接|鏈接|連結)(?:在下|在下面|在下方|见下|見下)/u;
const ZH_LINK_CHECKED =
  /(?:今天|今日|我|我们|我們|本期)(?:刚|剛)?(?:核查|核对|核對|查证|查證|核实|核實)的(?:这|這)一?(?:篇|条|條|则|則)(?:报道|報導|文章|新闻|新聞)?(?:就)?(?:在下面|在下方|见下方|見下方|在链接|在連結|见链接|見連結|👇)/u;

/**
 * … and "今日檢視：東方網的一則報導 👇" (today's examination: a report of Eastday, below; the four-hundred-and-fifty-first
 * set's checker): today's examination, the piece named with its outlet, the arrow to the link; only beside the bio's own
 * checking word elsewhere ("專查中國官媒內容", checking official media only), as a column of the outlet's own is called
 * so too.
 */
const ZH_TODAY_EXAMINED =
  /(?:今日|今天|本期)(?:檢視|检视|查核|核查)[:：]\s*[^|｜。\n]{1,20}?的?(?:一則|一则|一篇|一條|一条|這則|这则)(?:報導|报道|文章|新聞|新闻|影片|视频)\s*(?:👇|⬇\ufe0f?|↓)/u;
const ZH_OWN_CHECKING = /(?:專查|专查|查核|核查|事實查核|事实核查|闢謠|辟谣)/u;
// (… nor a verdict of "true, reliable, please share", support, the West's "fake news": a review of RULES_VERSION 131)
const ZH_NOT_CHECKING =
  /(?:本台|本報|本报|本網|本网|我們的|我们的|小編|小编|轉發|转发|推薦|推荐|屬實|属实|真實|真实|可靠|分享|支持|完畢|完毕|西方|👍|❤)/u;

function todayExaminedZh(text: string): RegExpExecArray | null {
  const m = ZH_TODAY_EXAMINED.exec(text);
  if (!m || ZH_NOT_CHECKING.test(text)) return null;
  const rest = text.slice(0, m.index) + text.slice(m.index + m[0].length);
  return ZH_OWN_CHECKING.test(rest) ? m : null;
}

/**
 * … and German "taken apart today: this <outlet> article 👇" (Duden: zerlegen, widerlegen; "Heute zerlegt: dieser
 * RT-DE-Artikel 👇", the five-hundred-and-thirty-seventh set's checker): the piece named by its outlet in a compound,
 * with a demonstrative, the arrow to the link; only beside a checking word elsewhere in the bio ("Faktencheckerin"),
 * none of DE_NOT_CHECKER's in-house, staff or fan words.
 */
const DE_TODAY_TAKEN_APART =
  /(?<![\p{L}])(?:heute|diese woche)\s+(?:zerlegt|geprüft|überprüft|gecheckt|widerlegt)\s*:\s*(?:dieser|diese|dieses)\s+[^\s|.!?]{1,30}-(?:artikel|beitrag|bericht|video|text)\s*(?:👇|⬇\ufe0f?|↓)/iu;

function todayTakenApartDe(text: string): RegExpExecArray | null {
  const m = DE_TODAY_TAKEN_APART.exec(text);
  if (!m || DE_NOT_CHECKER.test(text.toLowerCase()) || DE_NEWSROOM_TITLE.test(text)) return null;
  checks ??= compile(FACT_CHECK);
  const rest = blankedOut(text, m);
  return checks.test(rest.toLowerCase()) || factCheckerTitle(rest) ? m : null;
}

/**
 * … and "this week's analysis is at the link" (Serbian, Croatian, Bosnian "Ovonedeljna analiza je na linku 👇", the
 * five-hundred-and-forty-fifth set's checker; English, Spanish alike): this week's or today's check at the link, only
 * beside a checking word elsewhere in the bio ("Proveravamo tvrdnje medija"), none of a newsroom's own programme,
 * desk or "our" words.
 */
const WEEKLY_AT_LINK =
  /(?<![\p{L}])(?:(?:ovonedeljn|ovotjedn|ovosedmičn|današnj)\p{L}*\s+(?:analiza|provera|provjera)\s+(?:je\s+)?(?:na|u)\s+linku|(?:this week['’]s|today['’]s)\s+(?:fact-check|check|debunk)\s+is\s+(?:at|in)\s+the\s+link|el\s+(?:chequeo|desmentido)\s+de\s+(?:hoy|esta\s+semana)\s+está\s+en\s+el\s+enlace)(?![\p{L}])/iu;
const WEEKLY_NOT_CHECKER =
  /(?<![\p{L}])(?:naš\p{L}*|our|nuestr\p{L}*|redakcij\p{L}*|uredništv\p{L}*|emisij\p{L}*|dnevnik\p{L}*|vijesti|vesti|newsroom|desk|redacción|programa)(?![\p{L}])/iu;

function weeklyAtLink(text: string): RegExpExecArray | null {
  const m = WEEKLY_AT_LINK.exec(text);
  if (!m || WEEKLY_NOT_CHECKER.test(text) || STATE_FRAMING.test(text)) return null;
  checks ??= compile(FACT_CHECK);
  return checks.test(blankedOut(text, m).toLowerCase()) ? m : null;
}

/** Whether linkIsChecked's sentence is an issue's (Chinese, German), which names what it checked inside it. */
export const namesItsIssue = (sentence: string): boolean =>
  ZH_ISSUE_CHECKED.test(sentence) || ZH_TODAY_EXAMINED.test(sentence) || DE_TODAY_TAKEN_APART.test(sentence);

/**
 * German "the page / the source that I check" pointing at the link ("Die RT-Spiegelseite, die ich prüfe ⬇️", "Hier die
 * Quelle, die ich prüfe:", the four-hundred-and-ninety-first and -seventy-fifth sets' checkers; Duden: prüfen,
 * zerlegen): the thing checked is what the link shows. None of DE_NOT_CHECKER's in-house, staff or fan words.
 */
// (a page or a source only, not a text, a report or a programme, nor "every …", nor beside a newsroom's title: a
// proofreader's, an editor's, a trainee's; a review of RULES_VERSION 137)
const DE_SOURCE_CHECKED =
  /(?<![\p{L}])(?<!jede\s|jeder\s|jedes\s)[\p{L}-]*(?:seite|quelle)\s*,?\s+(?:die|den|das)\s+ich\s+(?:prüfe|überprüfe|checke|zerlege)\s*(?:👇|⬇\ufe0f?|↓|:)/iu;
const DE_NEWSROOM_TITLE =
  /(?<![\p{L}])(?:korrektor\p{L}*|lektor\p{L}*|redakteur\p{L}*|schlussredak\p{L}*|chef\p{L}* vom dienst|cvd|volontär\p{L}*|praktikant\p{L}*|moderator\p{L}*|mitarbeiter\p{L}*)(?![\p{L}])/iu;

export function linkIsChecked(bio: string): string | undefined {
  if (typeof bio !== 'string' || !bio) return undefined;
  const text = bio.normalize('NFKC').slice(0, MAX_BIO_CHARS);
  return (LINK_IS_CHECKED.exec(text) ??
    (DE_NOT_CHECKER.test(text.toLowerCase()) || DE_NEWSROOM_TITLE.test(text) ? null : DE_SOURCE_CHECKED.exec(text)) ??
    AR_SOURCE_CHECKED.exec(text) ??
    LINK_IS_OBJECT.exec(text) ??
    AR_LINK_TO_CHECKED.exec(text) ??
    (TR_WE_CHECK.test(text) && !TR_NOT_CHECKER.test(text) ? TR_SOURCE_CHECKED.exec(text) : null) ??
    underCheck(text) ??
    ZH_LINK_CHECKED.exec(text) ??
    ZH_ISSUE_CHECKED.exec(text) ??
    todayExaminedZh(text) ??
    todayTakenApartDe(text) ??
    weeklyAtLink(text))?.[0];
}

/**
 * A checker's own verb with the linked outlet as its object, a few words on, in the same sentence: "Checking China
 * Daily HK’s claims one line at a time" (the two-hundred-and-thirteenth set's researcher), "Sprawdzam, co piszą
 * dzienniki Polska Press" (I check what … write; the two-hundred-and-tenth), "Rozbieram przekazy Sputnika" (I take
 * apart Sputnik's messages; the two-hundred-and-fourteenth), Serbian "Proveravamo tvrdnje iz jutarnjih emisija TV
 * Pink" (we check the claims of …'s morning shows; the two-hundred-and-twentieth). First-person or gerund forms only (dictionary senses; not
 * "checking in", not "analyse", "décortique", "revisamos", "разбираю", which presenters and press reviews say of their
 * own shows), not after a place's or an employer's preposition ("I check facts for Xinhua", "Checking the headlines on
 * CGTN"), and the caller asks for no current job at that outlet and no media title (a review of RULES_VERSION 98).
 */
// (… and Georgian "I check" (ვამოწმებ, the first person singular; "ფაქტჩეკერი. ვამოწმებ Sputnik-ის სიუჟეტებს", the
// five-hundred-and-twenty-ninth set's checker))
// (… and Serbian, Croatian, Bosnian "I take apart" (rastavljati, Rečnik srpskoga jezika; "Ovde rastavljam vesti …",
// the six-hundred-and-forty-first set's checker), as Polish "rozbieram"; and Spanish "the magnifying glass on" the
// outlet's headlines ("Lupa sobre los titulares de …", the six-hundred-and-forty-third's): with the claims, news,
// lies or headlines as the verb's object only, not a podcast's "topics of the day" nor a programme called "Lupa" (a
// review of RULES_VERSION 161))
const CHECK_VERB =
  '(?:ვამოწმებ(?![\\u10D0-\\u10FF])|checking(?!\\s+(?:in|out))|fact-checking|i\\s+(?:check|debunk|fact-check)|we\\s+(?:check|debunk|fact-check)|debunking|sprawdzam|sprawdzamy|rozbieram|rozbieramy|weryfikuję|weryfikujemy|chequeamos|chequeo|verificamos|verifico|desmiento|desmentimos|checamos|je\\s+vérifie|nous\\s+vérifions|проверяю|проверяем|proveravamo|provjeravamo|proveravam|provjeravam|проверавамо|провјеравамо|проверавам|провјеравам|(?:rastavljam|rastavljamo|растављам|растављамо)\\s+(?:\\p{L}+\\s+)?(?:vesti|vijesti|вести|вијести|laži|лажи|narative|наративе|naslove|наслове|tvrdnje|тврдње|priloge|прилоге)|lupa\\s+sobre\\s+(?:los|las)\\s+(?:titulares|afirmaciones|notas|cifras|datos|declaraciones)\\s+de|ich\\s+prüfe|wir\\s+prüfen|ich\\s+überprüfe|wir\\s+überprüfen|reviso|revisamos)';

/**
 * A place or an employer's preposition right before the name: "for Xinhua", "na TVP", "pour RT", "на RT" (a review);
 * and "with", "inside", "via", "part of", "junto a", Arabic "with, in, for, on, from" (a review of RULES_VERSION 101).
 */
const PLACE_BEFORE =
  /(?<![\p{L}])(?:for|on|at|with|from|in|inside|via|of|para|en|desde|con|junto a|junto con|pour|sur|chez|à|au|avec|dla|w|we|na|на|в|для|с|za|u|kod|за|у|код|مع|في|لصالح|على|من|عند|für|bei|beim|im|mit)\s+(?:(?:the|el|la|los|las|le|les|l['’])\s*)?$/iu;
/** … or the outlet's team or newsroom between ("نراجع الأخبار مع فريق سانا", "avec l'équipe de RT"; a review). */
// (… and German colleagues and newsroom: "Wir überprüfen Beiträge unserer Kollegen von …"; a review of RULES_VERSION 166)
const OWN_TEAM =
  /(?:équipe|equipo|equipa|team|فريق|команд|redacci|rédaction|redação|newsroom|редакци|staff|kolleg|redaktion)/iu;
/** … or the name followed by "for the newsroom": the writer's employer's desk ("… РИА Новости для редакции"). */
// (… and German "for the newsroom", "on its behalf", "before airing, publication": a review of RULES_VERSION 166)
const FOR_THE_NEWSROOM =
  /^\S*\s+(?:для редакции|for the newsroom|pour la rédaction|para la redacción|para su equipo|für die redaktion|im auftrag|vor der|vor (?:veröffentlichung|ausstrahlung|sendung))/iu;

/** Praise or defence of the outlet: a supporter's words beside "reviso" (RAE). */
const ES_DEFENDS =
  /(?<![\p{L}])(?:es la verdad|dice la verdad|dicen la verdad|la pura verdad|fan\p{L}*|cr[ií]tic\p{L}*|defiendo|defendemos|orgullo\p{L}*|amo|me encanta)(?![\p{L}])/iu;
/** A checker's words: the check, verifying, "fact by fact", refuting, false, hoaxes (RAE). */
const ES_CHECKING_WORDS =
  /(?<![\p{L}])(?:chequeo\p{L}*|verifica\p{L}*|dato por dato|desmiento|desmentimos|falso|falsa|bulos?|fact-?check\p{L}*)(?![\p{L}])/iu;

/**
 * Spanish "I review" the outlet, in a checker's bio, for a name the bio reader leaves to its state's placing ("Reviso a
 * la agencia AVN dato por dato", the six-hundred-and-sixty-ninth set's checker): not in a newsroom's own words.
 */
export const reviewsNamedEs = (bio: string, name: string): string | undefined =>
  inHouse(bio) ? undefined : checksNamed(bio, name, 'reviso|revisamos');

export function checksNamed(bio: string, name: string, verbs = CHECK_VERB, stops = ''): string | undefined {
  if (typeof bio !== 'string' || !bio || !name) return undefined;
  const esc = escapeRe(name);
  const re = new RegExp(
    `(?<![\\p{L}])(${verbs}),?\\s+([^|•·\\n.!?;${stops}]{0,40}?)(?<![\\p{L}\\p{N}])(${esc})`,
    'giu',
  );
  const text = bio.normalize('NFKC').slice(0, MAX_BIO_CHARS);
  for (const m of text.matchAll(re)) {
    // The name a whole word (not "rt" in "report"), in its own case when short (SANA, not "comida sana"; a review).
    if (name.length <= 4 && m[3] !== name) continue;
    const end = (m.index ?? 0) + m[0].length;
    // Georgian: not "we" (ჩვენ), not "before" (…ამდე: before air, before publication), not the outlet in the locative
    // (-ში, at it): its own desk's (a review of RULES_VERSION 142).
    if (m[1] === 'ვამოწმებ' && (/ჩვენ|ამდე(?![\u10D0-\u10FF])/u.test(text) || /^-?ში/u.test(text.slice(end)))) continue;
    // Spanish "I review" only where the review's own sentence checks ("Reviso a la agencia AVN dato por dato", the
    // six-hundred-and-sixty-ninth set's checker; an editor reviews the outlet's copy as its job) and nothing praises or
    // defends the outlet ("… ¡es la verdad! falso lo que dice CNN", "… desmiento a sus críticos": a review of
    // RULES_VERSION 168).
    if (/^revis/iu.test(m[1]!)) {
      const from = Math.max(0, text.lastIndexOf('.', m.index ?? 0) + 1);
      const to = text.slice(end).search(/[.!?¡¿|\n]/u);
      const sentence = text.slice(from, to < 0 ? undefined : end + to);
      if (!ES_CHECKING_WORDS.test(sentence) || ES_DEFENDS.test(text)) continue;
    }
    if (!PLACE_BEFORE.test(m[2]!) && !OWN_TEAM.test(m[2]!) && !FOR_THE_NEWSROOM.test(text.slice(end, end + 24))) {
      return m[1];
    }
  }
  return undefined;
}

/**
 * A checker's verb, then the claims or headlines it checks, then the outlet's name within a few words: "Chequeamos uno
 * por uno los titulares de ABI", "Je vérifie les dépêches officielles, MAP comprise" (the two-hundred-and-eightieth and
 * -eighty-ninth sets' checkers), for a name the bio reader leaves to its state's placing (an acronym) and the link
 * places. The claims' noun makes the name what is checked: not its texts, subtitles or schedule (a proofreader's, a
 * translator's, a viewer's), not in-house ("before we air", "avant diffusion", "pour la rédaction") and not a defence of
 * the outlet ("contra", "ataques", "calumnias") (dictionary senses; a review of RULES_VERSION 107).
 */
const CLAIMS_NOUN =
  '(?:titulares|afirmaciones|declaraciones|dichos|cifras|despachos|dépêches|affirmations|déclarations|titres|chiffres|claims|headlines|figures|manchetes|afirmações|declarações|заявления|утверждения|заголовки|tvrdnje|naslove|twierdzenia|nagłówki|behauptungen|schlagzeilen|meldungen|beiträge)';
/**
 * … and after a German checking verb, the videos and clips it checks ("Ich prüfe Videos von RT DE & Co.", the
 * six-hundred-and-fifty-ninth set's checker; Duden: prüfen): not after any other language's verb, where "videos" are
 * what an editor checks for the outlet.
 */
const DE_CHECKED_MEDIA = '(?:videos|clips)';
const DE_CHECKED_MEDIA_ONLY = new RegExp(`^${DE_CHECKED_MEDIA}$`, 'iu');

// (… and a newsroom's "para nuestra redacción", "publicamos", a vouching's "son ciertos", "verdaderos", "mesa de edición":
// a review of RULES_VERSION 122)
// (… and German in-house work: before airing or publication, for or on behalf of the newsroom, our colleagues or team;
// a review of RULES_VERSION 166)
const IN_HOUSE_OR_DEFENCE =
  /(?<![\p{L}])(?:antes de|before|avant|prior to|pour la rédaction|para la redacción|nuestra redacción|publico|publicamos|los publico|ciertos|ciertas|verdaderos|verdaderas|mesa de edición|для редакции|contra|against|contre|ataques?|attaques?|calumnias?|calomnies?|falsas|fausses|fake accounts|vor der|vor (?:veröffentlichung|ausstrahlung|sendung)|für die redaktion|im auftrag|unser\p{L}* (?:kolleg\p{L}*|redaktion|team))(?![\p{L}])/iu;

export function checksClaimsOf(bio: string, name: string): string | undefined {
  if (typeof bio !== 'string' || !bio || !name) return undefined;
  const text = bio.normalize('NFKC').slice(0, MAX_BIO_CHARS);
  if (IN_HOUSE_OR_DEFENCE.test(text)) return undefined;
  const re = new RegExp(
    `(?<![\\p{L}])(${CHECK_VERB}),?\\s+(?:[^|•·\\n.!?;]{0,24}?\\s)?(${CLAIMS_NOUN}|${DE_CHECKED_MEDIA})(?![\\p{L}])([^|•·\\n.!?;]{0,24}?)(?<![\\p{L}\\p{N}])${escapeRe(name)}(?![\\p{L}\\p{N}])`,
    'iu',
  );
  const m = re.exec(text);
  if (!m || (name.length <= 4 && !text.includes(name)) || PLACE_BEFORE.test(m[3]!)) return undefined;
  if (DE_CHECKED_MEDIA_ONLY.test(m[2]!) && !/^(?:ich|wir)\s/iu.test(m[1]!)) return undefined;
  return m[1];
}

/**
 * A researcher's or checker's own verb of analysis with the linked outlet as its object, for an account that is a
 * researcher or a checker by title only (the caller asks): "Chercheuse en info-com. J’analyse au scalpel les dépêches
 * APS" (the two-hundred-and-fifteenth set's researcher), "Fact-checkeuse. Je décortique les vidéos de RT" (the
 * two-hundred-and-thirty-sixth set's), "Ich zerlege RT-DE-Beiträge", "أفكّك روايات RT عربي" (I take apart, dismantle;
 * the three-hundred-and-sixty-second and -sixty-fourth sets' researchers). Not for anyone else: presenters analyse and take apart the news on their own
 * channel ("J'analyse l'actualité sur RT", a review of RULES_VERSION 98).
 */
// (… and Arabic "our reports on <outlet>'s coverage", a checker's study of it: "آخر تقاريرنا عن تغطية TRT عربي في
// الرابط", the five-hundred-and-eighty-first set's checker)
// (… and French "I peel, I dissect, I sift" — Larousse: éplucher, examiner minutieusement pour critiquer; "J’épluche
// Observateur Continental ⬇️", the five-hundred-and-seventy-first set's researcher)
const ANALYSE_VERB =
  "(?:تقاريرنا عن تغطية|تقريرنا عن تغطية|وأراجع|ونراجع|j['’]épluche|je\\s+dissèque|je\\s+passe\\s+au\\s+crible|j['’]analyse|j['’]étudie|j['’]examine|je\\s+décortique|analizo|analiso|i\\s+(?:analy[sz]e|study|examine)|ich\\s+analysiere|ich\\s+zerlege|анализирую|изучаю|разбираю|binabantayan\\s+ko|sinusuri\\s+ko|نراجع|أراجع|أفك\u0651?ك)";

/**
 * French "each dispatch of X under the sieve" ("chaque dépêche de Gabon Matin au crible", the three-hundred-and-
 * seventy-seventh set's checker): the dispatches or statements of the named outlet, then "au crible"; for an account a
 * checker's title or brand names (the caller asks).
 */
/**
 * Azerbaijani and Turkish put the checking verb last: "Sputnik Azərbaycan başlıqlarını yoxlayıram" (I check Sputnik
 * Azerbaijan's headlines; the three-hundred-and-eightieth set's checker): the name, its claims or headlines in the
 * accusative, then "I/we check", first person only, in the same sentence.
 */
export function checksNamedSov(bio: string, name: string): string | undefined {
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRe(name)}(?:['’]?\\p{L}{0,5})?\\s+(?:başlıqlarını|xəbərlərini|iddialarını|açıqlamalarını|manşetlerini|haberlerini|açıklamalarını)\\s+(yoxlayıram|yoxlayırıq|doğruluyorum|doğruluyoruz|kontrol ediyorum|kontrol ediyoruz)(?![\\p{L}])`,
    'iu',
  );
  const text = bio.normalize('NFKC');
  // (not a newsroom's, a habit's or a vouching: "… yoxlayırıq, sonra dərc edirik. Redaksiya", "Her sabah TRT haberlerini
  // kontrol ediyorum", "… hamısı doğrudur"; a review of RULES_VERSION 121)
  if (SOV_NOT_CHECKER.test(text)) return undefined;
  return re.exec(text)?.[1];
}
const SOV_NOT_CHECKER =
  /(?<![\p{L}])(?:redaksiya\p{L}*|redaktor\p{L}*|dərc edirik|yayınlıyoruz|ekib\p{L}*|hər səhər|her sabah|hər gün|her gün|doğrudur|yanlış yok|korrektor\p{L}*|jurnalist\p{L}*|gazeteci\p{L}*)(?![\p{L}])/iu;

/**
 * French "under the magnifying glass: <outlet>" (Larousse, loupe: "examiner quelque chose à la loupe"; "Collectif citoyen
 * de vérification à Kinshasa · sous la loupe : la RTNC", the six-hundred-and-eighty-fourth set's checker, RULES_VERSION
 * 169): the colon makes the outlet what is examined, and a checker's word elsewhere in the bio makes it a checker's (a
 * programme "Sous la loupe, le magazine de …" names its own channel, with no colon before the name).
 */
const FR_CHECKER_WORD =
  /(?<![\p{L}])(?:vérif\p{L}*|fact-?check\p{L}*|infox|intox|fausses? infos?|désinformation)(?![\p{L}])/iu;
export function underTheLens(bio: string, name: string): string | undefined {
  if (typeof bio !== 'string' || !bio || !name) return undefined;
  const text = bio.normalize('NFKC').slice(0, MAX_BIO_CHARS);
  if (!FR_CHECKER_WORD.test(text) || IN_HOUSE_OR_DEFENCE.test(text) || inHouse(text)) return undefined;
  const re = new RegExp(
    `(?<![\\p{L}])sous la loupe\\s*:\\s*(?:(?:la|le|les)\\s|l['’])?${escapeRe(name)}(?![\\p{L}\\p{N}])`,
    'iu',
  );
  return re.test(text) ? 'sous la loupe' : undefined;
}

export function sievedNamed(bio: string, name: string): string | undefined {
  const re = new RegExp(
    `(?<![\\p{L}])(?:(?:chaque|toutes les|les)\\s+)?(?:dépêches?|déclarations?|infos?|articles?)(?:\\s+\\p{Ll}+)?\\s+(?:de|du|des|d['’])\\s?(?:la\\s|l['’])?${escapeRe(name)}\\s+(?:passée?s?\\s+)?(?:au crible|au peigne fin)(?![\\p{L}])`,
    'iu',
  );
  const text = bio.normalize('NFKC');
  // (not a ministry's, a spokesperson's or a press office's: a review of RULES_VERSION 120)
  if (/minist|porte-parole|service de presse|gouvernement|cabinet|agence/iu.test(text)) return undefined;
  return re.test(text) ? 'au crible' : undefined;
}

/**
 * Arabic "we read <the outlet>'s dispatches with a critical eye" (نقرأ قصاصات … بعين ناقدة, the
 * four-hundred-and-nineteenth set's checker): a first-person verb of reading, following or reviewing, the outlet within
 * two words of it, then "with a critical / an examining eye" (Almaany: عين ناقدة، عين فاحصة) within three. The eye
 * makes the outlet what is judged; a newsreader's "أقرأ نشرات" takes no eye. Not beside the writer's own work or pride
 * there (أعمل، زملائي، فخور).
 */
const AR_CRITICAL_EYE = /^(?:\s+\p{L}+){0,3}?\s+(?:بعين|بعيون)\s+(?:ناقدة|نقدية|فاحصة)(?!\p{L})/u;
// (… nor love, pride, support, "our source", a reply to "misleaders", a question or a "no": a review of RULES_VERSION 126)
const AR_OWN_WORK =
  /[؟?]|(?<!\p{L})و?(?:لا|أعمل|اعمل|نعمل|زملائي|زميلاتي|فخور|فخورة|فخر|محبة|بحب|بمحبة|ندعم\p{L}*|أدعم\p{L}*|ادعم\p{L}*|مصدرنا|مصدري|نرد|المضللين|فريق\s+عمل)(?!\p{L})/u;

export function readsCritically(bio: string, name: string): string | undefined {
  if (typeof bio !== 'string' || !bio || !name) return undefined;
  const text = bio
    .normalize('NFKC')
    .slice(0, MAX_BIO_CHARS)
    .replace(/[\u064b-\u0652]/gu, '');
  const bare = name.normalize('NFKC').replace(/[\u064b-\u0652]/gu, '');
  const re = new RegExp(
    `(?<!\\p{L})(نقرأ|أقرأ|اقرأ|نتابع|أتابع|نراجع|أراجع)\\s+(?:\\p{L}+\\s+){0,2}?${escapeRe(bare)}(?!\\p{L})`,
    'gu',
  );
  if (AR_OWN_WORK.test(text)) return undefined;
  for (const m of text.matchAll(re)) {
    if (AR_CRITICAL_EYE.test(text.slice((m.index ?? 0) + m[0].length))) return m[1];
  }
  return undefined;
}

/**
 * Greek: a first-person checking verb ("Ελέγχω ειδήσεις", I check news; Triantafyllides: ελέγχω, επαληθεύω), and the
 * outlet named as the subject of "what … broadcast / said / wrote" ("τι μετέδωσε η ΕΡΤ για τα ενοίκια 👇", the
 * four-hundred-and-forty-third set's checker over the ERT story it checks). The what-clause makes the outlet the object
 * checked; not beside the writer's own work or love there, nor "before it airs" (in-house checking).
 */
// (the verb opening the bio or a sentence, not a show's quoted name, "Εκπομπή «Ελέγχω»"; the what-clause opening its
// sentence or after a colon, not "δείτε τι" (see what) nor "ό,τι" (whatever); nothing of the outlet's own ("μας", our;
// its archive, show, air) nor a relay's: a review of RULES_VERSION 130)
const EL_CHECK_VERBS = 'ελέγχω|ελέγχουμε|επαληθεύω|επαληθεύουμε|διασταυρώνω|διασταυρώνουμε';
const EL_I_CHECK = new RegExp(String.raw`(?:^|[.!·|\n]\s*)(${EL_CHECK_VERBS})(?!\p{L})`, 'iu');
const EL_NOT_CHECKER =
  /[?;❤«»"]|(?<!\p{L})(?:δουλεύω|εργάζομαι|δουλεύουμε|συντάκτ\p{L}*|δημοσιογράφ\p{L}*|παρουσιαστ\p{L}*|ρεπόρτερ|ανταποκριτ\p{L}*|μας|αρχείο\p{L}*|εκπομπ\p{L}*|αέρα|αναμεταδ\p{L}*|αναδημοσιε\p{L}*|κοινοποι\p{L}*|αγαπώ|λατρεύω|πριν)(?!\p{L})/iu;

export function checksWhatSaidEl(bio: string, name: string): string | undefined {
  if (typeof bio !== 'string' || !bio || !name) return undefined;
  const text = bio.normalize('NFKC').slice(0, MAX_BIO_CHARS);
  const verb = EL_I_CHECK.exec(text);
  if (!verb || EL_NOT_CHECKER.test(text)) return undefined;
  const re = new RegExp(
    `(?:^|[.!·|\\n:]\\s*|(?:${EL_CHECK_VERBS})\\s+)τι\\s+(?:μετέδωσε|μεταδίδει|είπε|λέει|έγραψε|γράφει|δημοσίευσε|δημοσιεύει|ισχυρίζεται|υποστηρίζει|έδειξε|δείχνει)\\s+(?:η|ο|το|οι|τα)\\s+${escapeRe(name)}(?![\\p{L}\\p{N}])`,
    'iu',
  );
  return re.test(text) ? verb[1] : undefined;
}

/**
 * German with the outlet named where DE_WHAT_CLASS names the class: "Ich prüfe, was IRNA auf Deutsch verbreitet" (I check
 * what IRNA spreads in German; the four-hundred-and-seventy-fifth set's checker): the verb, "was", the outlet as the
 * subject, a verb of spreading or claiming closing the sentence; none of DE_NOT_CHECKER's in-house, staff, fan or
 * verdict words.
 */
export function checksWhatSaidDe(bio: string, name: string): string | undefined {
  if (typeof bio !== 'string' || !bio || !name) return undefined;
  const text = bio.normalize('NFKC').slice(0, MAX_BIO_CHARS);
  if (DE_NOT_CHECKER.test(text.toLowerCase())) return undefined;
  const re = new RegExp(
    // (… and "und Co." after the name, the verb in the plural: "Ich prüfe, was RT DE und Co. verbreiten", the
    // five-hundred-and-seventeenth set's checker)
    String.raw`(?:^|[.!·|\n]\s*)(${DE_CHECK_VERBS}),?\s+was\s+${escapeRe(name)}(?![\p{L}\p{N}])(?:\s+und\s+Co\.)?[^.!?\n]{0,30}?\s(?:verbreite[tn]|sende[tn]|berichte[tn]|behaupte[tn]|zeig(?:t|en)|schreib(?:t|en)|melde[tn])\s*(?:[.!\n]|$)`,
    'iu',
  );
  return re.exec(text)?.[1];
}

/**
 * Spanish, Portuguese, French and English: a first-person checking verb with what the named outlet published, said or
 * spread as its object, as the Greek and German what-clauses read (checksWhatSaidEl, checksWhatSaidDe): "Chequeo con
 * datos lo publicado por AVN" (the five-hundred-and-fifteenth set's checker), "Verifico lo que dice Telesur", "Je
 * vérifie ce que publie la MAP", "I check what CGTN reports" (dictionary senses). Up to three
 * words between the verb and the clause ("con datos", "uno por uno"); none of the outlet's own voice or newsroom, a
 * newsroom title, love, or checking before it airs (WHAT_NOT_CHECKER).
 */
// (the first person singular only: "we" is as often the outlet's own desk, "Verificamos lo que publica AVN para que
// llegue a ti"; a review of RULES_VERSION 140)
// (… and Bosnian, Croatian, Serbian "I analyse / check how <outlet> reports": "Analiziram kako Federalna TV izvještava",
// the five-hundred-and-twenty-sixth set's checker; not "pratim", I follow, a viewer's)
const WHAT_CHECK_VERBS =
  'chequeo|verifico|contrasto|desmiento|checo|confiro|je vérifie|i check|i fact-check|i verify|analiziram|provjeravam|proveravam';
const WHAT_BEFORE_NAME =
  'lo (?:publicado|dicho|difundido|informado|emitido|transmitido) por|lo que (?:publica|dice|difunde|informa|emite|transmite|cuenta|afirma|publican|dicen|difunden)|o (?:publicado|dito|divulgado|noticiado) (?:por|pela|pelo)|o que (?:publica|diz|divulga|noticia|afirma|transmite|publicam|dizem)|ce que (?:publie|dit|diffuse|affirme|raconte|publient|disent|diffusent|affirment)|what is (?:published|said|aired|reported) by';
const WHAT_AFTER_NAME =
  'izvještava|izveštava|piše|emituje|objavljuje|prenosi|tvrdi|publica|dice|difunde|informa|afirma|publican|dicen|difunden|diz|divulga|noticia|publicam|dizem|publie|dit|diffuse|affirme|publient|disent|diffusent|says|reports|publishes|claims|airs|writes|spreads|say|report|publish|claim|air|write|spread';
// (… nor a reposter's sharing, an audience's "for you", any "before" — checking before it airs is in-house — nor a
// camera operator's, an announcer's, a proofreader's, a desk's or a unit's: the same review)
const WHAT_NOT_CHECKER =
  /[❤]|(?<![\p{L}])(?:nuestr[oa]s?|noss[oa]s?|notre|nos|our|ours|redacci[oó]n|redação|rédaction|newsroom|equipo|equipa|équipe|team|antes|avant|before|pre|prije|compart\p{L}*|partilh\p{L}*|partag\p{L}*|shar(?:e|es|ing)|difund\p{L}*|para ti|para você|pour vous|for you|llegue|operador\p{L}*|opérat\p{L}*|operator|locut\p{L}*|relect\p{L}*|desk|unidad|unité|unit|câmara|cámara|camera|periodista|redactor\p{L}*|editor\p{L}*|correct(?:or|ora|eur|rice)\p{L}*|revisor\p{L}*|jornalista|repórter|reporter\p{L}*|reportera?|journaliste|journalist|rédact\p{L}*|proofread\p{L}*|corresponsal|correspondant\p{L}*|correspondent|amo|adoro|love|j['’]adore|me encanta|fan\p{L}*)(?![\p{L}])/iu;

/** A newsroom's own words (in-house, before publication, our, a desk, a staff title) in a name or a bio: no checker's. */
export const inHouse = (text: string): boolean =>
  WHAT_NOT_CHECKER.test(text) || AR_NOT_CHECKER.test(text.replace(/[\u064b-\u0652]/gu, ''));

export function checksWhatPublished(bio: string, name: string): string | undefined {
  if (typeof bio !== 'string' || !bio || !name) return undefined;
  const text = bio.normalize('NFKC').slice(0, MAX_BIO_CHARS);
  if (WHAT_NOT_CHECKER.test(text)) return undefined;
  const esc = escapeRe(name);
  const article = String.raw`(?:(?:el|la|los|las|le|les|l['’]|o|a|os|as|the)\s*)?`;
  const lead = String.raw`(?<![\p{L}])(${WHAT_CHECK_VERBS}),?\s+(?:[\p{L}\p{N}]+\s+){0,3}?`;
  const before = new RegExp(String.raw`${lead}(?:${WHAT_BEFORE_NAME})\s+${article}${esc}(?![\p{L}\p{N}])`, 'iu');
  const after = new RegExp(
    String.raw`${lead}(?:lo que|o que|ce que|what|kako|šta|što)\s+${article}${esc}(?![\p{L}\p{N}])\s+(?:${WHAT_AFTER_NAME})(?![\p{L}])`,
    'iu',
  );
  return (before.exec(text) ?? after.exec(text))?.[1];
}

/**
 * Russian "Разбираю, что ТАСС выдаёт за новости" (I take apart what TASS passes off as news; the
 * four-hundred-and-sixty-eighth set's checker): a checking verb, "what", the outlet, "passes off as" news, truth or
 * facts (Ozhegov: выдавать за, to pass off as): an accusation no outlet's own account makes of itself. Not beside love,
 * reposts or the outlet's own voice.
 */
const RU_PASSES_OFF_NOT_CHECKER =
  /(?<![\p{L}])(?:люблю|обожаю|репощу|репост\p{L}*|мы|наш\p{L}*|редакци\p{L}*)(?![\p{L}])/iu;

export function passesOffAsNews(bio: string, name: string): string | undefined {
  if (typeof bio !== 'string' || !bio || !name) return undefined;
  const text = bio.normalize('NFKC').slice(0, MAX_BIO_CHARS);
  if (RU_PASSES_OFF_NOT_CHECKER.test(text)) return undefined;
  const re = new RegExp(
    `(?<![\\p{L}])(разбираю|разбираем|проверяю|проверяем),?\\s+что\\s+${escapeRe(name)}\\s+(?:выда[её]т|выдают)\\s+за\\s+(?:новости|правду|факты|истину)(?![\\p{L}])`,
    'iu',
  );
  return re.exec(text)?.[1];
}

export function analysesNamed(bio: string, name: string): string | undefined {
  // (the object before any comma: "I examine claims, proudly part of CGTN"; a review of RULES_VERSION 101)
  return checksNamed(bio, name, ANALYSE_VERB, ',،') ?? readsForALiving(bio, name);
}

/**
 * "I read <outlet> for a living" (the three-hundred-and-ninety-first set's analyst): the outlet right after the verb and
 * the trade right after it. Not "read" alone, a newsreader's verb ("I read RT news on my show", "… to viewers": a
 * review of RULES_VERSION 122).
 */
/** … not beside pride, love or work there: the outlet's own ("proud to work there"; a review of RULES_VERSION 122). */
const READER_OWN =
  /(?<![\p{L}])(?:proud\p{L}*|lov(?:e|es|ing)|work (?:there|at|for)|my employer|colleagues?)(?![\p{L}])/iu;

function readsForALiving(bio: string, name: string): string | undefined {
  const re = new RegExp(
    `(?<![\\p{L}])i read ${escapeRe(name)} (?:for a living|for work|professionally)(?![\\p{L}])`,
    'iu',
  );
  const text = bio.normalize('NFKC').slice(0, MAX_BIO_CHARS);
  return re.test(text) && !READER_OWN.test(text) ? 'I read' : undefined;
}

/**
 * Chinese puts the checked outlet between the verb and its claims: "逐条核对环球网国际新闻里的说法" (checking, item by
 * item, the claims in Huanqiu's world news; the two-hundred-and-fifty-third set's checker). A checking verb, the outlet
 * a few characters on, then its claims (说法, 声称, 论断; Xiandai Hanyu Cidian senses), in one piece of the bio. Not the
 * verbs with another object, which a proofreader or an inspector writes ("负责核对稿件", "纪检核查"; a review of
 * RULES_VERSION 103), nor negated (不, 没).
 */
export function claimsCheckedZh(bio: string, name: string): string | undefined {
  if (typeof bio !== 'string' || !bio || !name) return undefined;
  const esc = escapeRe(name);
  const re = new RegExp(
    `(?<![不没沒])(核查|核对|核對|查核|查证|查證|核实|核實)[^|｜。，,、；;\\n]{0,6}?${esc}[^|｜。，,、；;\\n]{0,10}?(?:说法|說法|声称|聲稱|论断|論斷)`,
    'u',
  );
  return re.exec(bio.normalize('NFKC').slice(0, MAX_BIO_CHARS))?.[1];
}
