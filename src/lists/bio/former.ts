/** Past employment: "former", "ex-", бывший, 前/原/曾任, سابق, closed date ranges, "until 2021", "left in 2022". */
import type { Cue } from './cues';
import { type Binding, distance, SEGMENT_BREAK, WINDOW } from './employment';
import type { Hit } from './lexicon';
import { type Clause, tokenize, YEAR_TOKEN } from './words';

const Y = '(?:19|20)\\d{2}';

/**
 * A month written before the year a job ended: "until May 2022", "jusqu'en juin 2022", "hasta marzo de 2021", "bis
 * Juni 2022", "до мая 2022", "do maja 2022", "حتى أيار 2022", "(2018 – May 2022)", "until 05/2022" (a known risk since
 * the fifty-fourth set: the month hid the year). Month names of en, fr, es, pt, de, it, nl, id/ms, pl and hr (the
 * genitive a date takes), ru and uk (genitive and nominative), ar (both calendars' names) and tr; or a month's number
 * and a slash. Not a day before the month: "до 24 февраля 2022", "حتى 7 أكتوبر", "марафон до 9 мая" are events (a
 * review); nor words that are also months' short forms ("mar" the sea, "des"). Lower case, as the text is compared.
 */
const MONTHS =
  'jan(?:uary|vier|eiro|uar|uari)?|feb(?:ruary|braio|ruar|ruari)?|févr(?:ier)?|fevereiro|march|mars|marzo|março|' +
  'maret|märz|maart|apr(?:il|ile)?|avril|abril|may|mayo|mai|maio|maggio|mei|jun(?:e|i|io|ho)?|juin|giugno|' +
  'jul(?:y|i|io|ho)?|juillet|luglio|aug(?:ust|ustus)?|août|agosto|agustus|sep(?:t|tember|tiembre)?|setiembre|' +
  'setembro|settembre|oct(?:ober|ubre)?|octobre|okt(?:ober)?|outubro|ottobre|nov(?:ember|embre|embro)?|' +
  'dec(?:ember)?|déc(?:embre)?|dez(?:ember|embro)?|dic(?:iembre|embre)?|desember|enero|gennaio|febrero|janvier|' +
  'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|' +
  'siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|studenoga|prosinca|' +
  'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|' +
  'январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|' +
  'січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|' +
  'січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|жовтень|листопад|грудень|' +
  'يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|' +
  'كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول|' +
  'ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|' +
  // … and the seasons a bio dates a job's end by ("Редактор Liter.kz до весны 2022-го", the five-hundred-and-eighty-
  // second set's former editor): Russian and Ukrainian genitives, English, Spanish, Portuguese, French
  'весны|лета|осени|зимы|весни|літа|осені|зими|spring|summer|autumn|fall|winter|primavera|verano|otoño|invierno|' +
  'verão|outono|inverno|printemps|été|automne|hiver';
const MONTH_NAME = `(?:${MONTHS})\\.?,? (?:de |del |of )?`;
const MONTH = `(?:${MONTH_NAME}|(?:0[1-9]|1[0-2])/)`;
/** Between two years the short forms are months too: "Jan 2019 – Mar 2023". */
const RANGE_MONTH = `(?:${MONTHS}|mar|des)\\.?,? (?:de |del |of )?`;

/**
 * Vietnamese "until month N of year …" ("đến tháng 5/2022", "đến tháng 5 năm 2022"): after "đến" only ("tới tháng 5"
 * is also "coming May": a wedding's date, a review).
 */
const VI_UNTIL = new RegExp(`(?<!\\p{L})đến tháng (?:0?[1-9]|1[0-2])(?:/| năm )(${Y})(?!\\d)`, 'gu');

/**
 * "2014–2020", "2014-2020", "(2015-19)", "2012.–2021." (the South Slavic year's dot; the hundred-and-nineteenth
 * set's former staffer), "2018年至2021年", "с 2015 по 2020", "de 2015 a 2020", Arabic "من 2008 إلى
 * 2012" (إلى, الى "to"), Persian "از ۱۳۹۲ تا ۱۳۹۸" (تا "to"; solar years are read apart, SOLAR_RANGE), a month
 * name before the second year (RANGE_MONTH: "Jan 2019 – Mar 2023"), Hungarian "2010 és 2022 között" (between 2010 and
 * 2022; "és" only with "között" after the second year: the three-hundred-and-fifty-third set's former cameraman).
 */
const RANGE = new RegExp(
  `(?<!\\d)(${Y})\\.? ?年? ?(?:[-–—‐‑~〜]|to|till|until|through|au|à|a|al|bis|hasta|até|до|по|至|到|đến|إلى|الى|تا|és(?= (?:19|20)\\d{2} között)) ?(?:${RANGE_MONTH}(?=(?:19|20)\\d{2}))?(${Y}|\\d{2})(?!\\d)`,
  'gu',
);

/** A range of Solar Hijri years (Iran, Afghanistan: 1392–1398 is 2013–2019): the Gregorian year is about 621 more. */
const SOLAR_RANGE = /(?<!\d)(1[34]\d{2}) ?(?:[-–—‐‑]|تا) ?(1[34]\d{2})(?!\d)/gu;

/**
 * "until 2021", "до 2020", "hasta 2019", "jusqu'en 2018", "至2021年", and "until" in every language of the language
 * matrix (tests/fixtures/bio-language-matrix.ts, each row's dictionary), with the word for "year" some put between
 * (năm, ปี, ឆ្នាំ, ປີ, roku, leta, vitin, соли, vuoteen, "fino al", "sa l-"). Matched on lower case (an 'i' flag costs ms).
 */
const UNTIL_WORDS =
  "until|till|through|up to|до|по|hasta|jusqu['’] ?(?:en|à l['’]|à|au)|bis|até|حتى|تا|至|到|đến|fino al|fino a|fins al|fins a|ata|" +
  'sa ?l-?|jiska|tot|til|kuni|iki|līdz|vuoteen|do|да|deri në|deri më|până în|până la|έως|μέχρι|մինչև|մինչեւ|то|' +
  'heta|هەتا|تر|עד|እስከ|ክሳብ|hanga|ilaa|hadi|kugeza|gushika|tii|ba|har zuwa|zuwa|títí di|titi di|ruo|kuze kube ngu-?|' +
  "ukuya ku-?|ho fihlela|go fitlha|kusvika|mpaka|hatramin['’]ny|okutuusa|hanggang|hangtod|nganti|hingga|sehingga|" +
  'sampai|ถึง|រហូតដល់|ដល់|ຈົນຮອດ|ຮອດ|' +
  // Arabic "before 2015" ends a job as "until" does (Yemeni journalists' "قبل 2015", the years before the war; a review
  // of RULES_VERSION 48)
  'قبل';
const YEAR_WORD =
  '(?:عام|سنة|سال|năm|ปี|พ\\.ศ\\.|ឆ្នាំ|ປີ|roku|rok|leta|vitin|vitit|соли|года|godine|година|г\\.|το|al|l-)';
const FR_OTHER_END =
  /(?<![\p{L}])(?:aujourd['’]hui|désormais|maintenant|depuis|vacances|congé\p{L}*|alternance|cdd|stage|stagiaire|étudiant\p{L}*|j['’]étais|contrat)(?![\p{L}])/u;
const UNTIL = new RegExp(
  `(?<![a-zà-ÿа-яёa-zƀ-ɏ])(${UNTIL_WORDS}) ?(${MONTH})?(?:${YEAR_WORD} ?)?(${Y}|25\\d{2}|1[34]\\d{2})(?!\\d)`,
  'gu',
);

/**
 * "Until" written after the year, as a postposition or a suffix (Korean 까지, Japanese まで, Turkish "kadar",
 * Azerbaijani "qədər", Hungarian "-ig", Georgian -მდე, Kazakh "дейін", Kyrgyz "чейин", Uzbek "-gacha", Turkmen
 * "çenli", Mongolian "хүртэл", Tatar "кадәр", Bashkir "тиклем", Chechen "кхаччалц", Pashto "پورې", Uyghur "-غىچە",
 * Hindi and Urdu तक/تک, Bengali পর্যন্ত, Burmese အထိ, Sinhala දක්වා/තෙක්, Tamil வரை, Nepali सम्म, Marathi पर्यंत,
 * Telugu వరకు, Gujarati સુધી, Kannada ವರೆಗೆ, Malayalam വരെ, Punjabi ਤੱਕ, Amharic ድረስ, Finnish "asti", Basque
 * "arte"), with at most a short year word or case ending between ("2021년까지", "2021-ci ilə qədər", "2021 жылға
 * дейін").
 */
const UNTIL_AFTER = new RegExp(
  `(?<!\\d)(${Y})(?!\\d)[^\\d\\n,;|]{0,12}?(?:까지|まで|kadar|qədər|-ig|მდე|дейін|чейин|gacha|çenli|хүртэл|кадәр|тиклем|кхаччалц|پورې|غىچە|तक|تک|পর্যন্ত|အထိ|දක්වා|තෙක්|வரை|सम्म|पर्यंत|వరకు|સુધી|ವರೆಗೆ|വരെ|ਤੱਕ|ድረስ|asti|arte)`,
  'gu',
);

/**
 * "I spent N years as …", a time that is over (Almaany: قضى، أمضى; dictionary senses): the verb, then a count and a
 * word for years before the binding ("قضيت ١١ عاماً مذيعة في تلفزيون الشارقة", "Pasé 5 años como reportera de …"; Arabic
 * number words too, "قضيت عشر سنوات أقدّم البرامج في تلفزيون قطر", the five-hundred-and-eighty-fifth set).
 * The seventh set's former presenter once Sharjah TV was named. Not the verb alone: "Pasé de becaria a presentadora
 * de RTVE", "Провела марафон как ведущая" are today's jobs (a review).
 */
const STILL_THERE =
  /(?<!\p{L})(?:و?ما زلت|و?لا أزال|و?لازلت|و?مستمرة?|حتى الآن|حتى اليوم|and still|still (?:there|here|going)|and counting|y sigo|e sigo|e continuo|et toujours|и до сих пор|и сейчас)(?!\p{L})/iu;
const SPENT_YEARS =
  /(?<!\p{L})(?:spent|pasé|passei|j['’]ai passé|ho passato|قضيت|أمضيت|провёл|провел|провела)\s+(?:(?:more than|over|más de|mais de|plus de|almost|casi|quase|près de|أكثر من|почти|больше|более)\s+)?(?:\d+|[٠-٩]+|a|one|two|three|four|five|six|seven|eight|nine|ten|un|una|um|uma|dos|duas|dois|tres|três|cuatro|quatro|cinco|deux|trois|quatre|cinq|dix|diez|dez|десять|два|три|пять|ثلاث|ثلاثة|أربع|أربعة|خمس|خمسة|ست|ستة|سبع|سبعة|ثماني|ثمان|تسع|تسعة|عشر|عشرة)\s*(?:years?|yrs|decades?|años|anos|ans|anni|лет|года|год|عاما|عامًا|عاماً|أعوام|سنوات|سنة|سنين)(?!\p{L})/iu;

/**
 * Past verbs the stemmer folds into the present, compared as written: Bulgarian работих, работихме ("I/we worked";
 * stemmed, работя "I work"). Anywhere in the clause, as the verb opens its own employment phrase.
 */
const PAST_AS_WRITTEN = /(?<!\p{L})(?:работих|работихме)(?!\p{L})/iu;

/**
 * Turkish "I did" after a profession noun in -lik ("TAK'ta muhabirlik yaptım", I worked as a reporter at TAK; TDK,
 * -lik "the trade of"), and its pluperfect: a past job. Not "yaptım" alone ("bu videoyu ben yaptım", I made this video).
 */
const TRADE_DONE = /^\s+(?:yaptım|yapmıştım)(?!\p{L})/iu;
const TRADE_NOUN = /(?:lık|lik|luk|lük)$/iu;

/** 曾任, 曾在, 曾经 …: "once held / was at". 曾 alone is also a surname, so only with the verb after it. */
const ZENG = /曾(?:任|在|经|經|是|于|於|为|為|供职|供職|就职|就職|担任|擔任)/u;

/** 前/原/元 right before the outlet or title, not as the end of another word (目前 "at present", 以前, 平原 …). */
const CJK_FORMER = /[前原元]$/u;

/**
 * Japanese 元 ("former") standing alone before the outlet or title with a mark after it, as Japanese bios write it:
 * "元・人民網日本語版 編集者" (the hundred-and-forty-seventh set's former editor), "元：新華社記者". Alone: at the
 * clause's start or after a space or a separator, so not the end of another word (藤原・, 版元・, 次元・, 駅前・; a review).
 */
const JA_FORMER_MARKED = /(?:^|[\s|｜/／、，,(（])[(（]?元[)）]?\s?[・･·／/：:)）]?\s?$/u;

const CJK_NOT_FORMER = /[目之以此當当提面眼空史年天日月周門门跟生最高平草还還复復中从從事]$/u;

/**
 * The zero of each decimal digit block bios write years in (Unicode, Nd): Arabic-Indic, Persian, Devanagari, Bengali,
 * Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian.
 */
const DIGIT_ZEROS = [
  0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040,
  0x17e0, 0x1810,
];

/** Digits of other scripts as ASCII: "من ٢٠٠٨ إلى ٢٠١٢", "(۱۳۹۲–۱۳۹۸)", "২০২১ পর্যন্ত", "၂၀၂၁ အထိ". */
function asciiDigits(s: string): string {
  if (/^\p{ASCII}*$/u.test(s)) return s;
  return s.replace(/[^\p{ASCII}]/gu, (d) => {
    const cp = d.codePointAt(0)!;
    const zero = DIGIT_ZEROS.find((z) => cp >= z && cp <= z + 9);
    return zero === undefined ? d : String(cp - zero);
  });
}

/**
 * A leave inside a job: "on leave until May 2024", "maternity leave 2022–2023", "в декрете до 2024", "2024년까지 육아휴직",
 * "2024'e kadar izinli". The leave ended, not the job (a known risk since the fifty-fifth set's months). The leave's
 * word before the date, at most four words away (en, es, pt, fr, de, ru, uk, ar, fa, tr, id/ms: "de baja por maternidad
 * hasta 2024", "в отпуске по уходу за ребёнком до 2024"); after it only in Korean, Japanese, Chinese and Turkish, which
 * put the noun there, and joined to it ("2024年まで育休中"). Not after the date in the other languages: there it opens the
 * timeline's next item ("RT presenter 2014–2021 then sabbatical", "… 2015-2021 leave a comment"; a review), nor a
 * resignation after the leave ("휴직 후 퇴사"). Only the nouns of leave: not "отпускаю" (I let go), nor the holiday words
 * (휴가, 休假) that make figures of speech ("휴가 같은 인생").
 */
const LEAVE_WORD =
  '(?<!\\p{L})(?:leave|sabbatical|hiatus|career break|licencia|de baja|excedencia|licença|congé|elternzeit|karenz|' +
  'sabbatjahr|декрет(?:е|а|ом)?|декретн\\p{L}*|отпуск(?:е|а|у|ом)?|відпуст(?:ці|ка|ку|ки|кою)|إجازة|اجازة|مرخصی|' +
  'izinli|izninde(?:yim)?|izni|cuti)(?!\\p{L})';
const LEAVE_BEFORE = new RegExp(`${LEAVE_WORD}(?:[^.,;|\\n\\d]*?\\s)??(?:\\S+\\s){0,4}$`, 'u');
const LEAVE_AFTER =
  /^\s?[(（]?\s?(?:(?:육아휴직|휴직|产假|產假|停职|停職|休職|育休)(?:\s?(?:중|中)|\s?[)）]|\s*$)|(?:doğum |ücretsiz |babalık )?(?:izninde|izinli)(?:yim)?(?!\p{L}))/u;
/** … and the CJK nouns of leave right before the date ("休假至2024年", "育休中（2023-2024）"), written joined. */
const LEAVE_BEFORE_CJK = /(?:休假|产假|產假|停职|停職|休職|育休|육아휴직|휴직)\s?(?:中|중)?\s?[(（]?\s?$/u;
const QUIT_AFTER = /(?:퇴사|퇴직|退社|退職|辞职|辭職|离职|離職|(?<!\p{L})(?:resigned|quit|left|retired)(?!\p{L}))/u;

function onLeave(text: string, start: number, end: number): boolean {
  if (QUIT_AFTER.test(text.slice(end))) return false;
  if (LEAVE_AFTER.test(text.slice(end, end + 24))) return true;
  const before = text.slice(Math.max(0, start - 50), start);
  return LEAVE_BEFORE.test(before) || LEAVE_BEFORE_CJK.test(before);
}

const HU_STILL = /(?<!\p{L})(?:óta|vagyok|vagyunk)(?!\p{L})/u;

function pastYear(clause: string, year: number): boolean {
  const text = asciiDigits(clause).toLowerCase();
  if (!/\d{2}/.test(text)) return false;
  for (const m of text.matchAll(RANGE)) {
    if (onLeave(text, m.index, m.index + m[0].length)) continue;
    // (the Hungarian "X és Y között" only opening its clause, with no "since" or "I am" after: "Operatőr az MTVA-nál
    // 2015 óta, 2010 és 2014 között a TV2-nél" says where the writer was before; a review of RULES_VERSION 116)
    if (/ és /u.test(m[0]) && (/[\p{L}\p{N}]/u.test(text.slice(0, m.index)) || HU_STILL.test(text))) continue;
    const from = Number(m[1]);
    let to = Number(m[2]);
    if (to < 100) {
      to += Math.floor(from / 100) * 100;
      if (to < from) to += 100;
    }
    if (to >= from && to < year) return true;
  }
  for (const m of text.matchAll(UNTIL)) {
    // A month after "before" is a date's ("منذ ما قبل آذار 2011", since before March 2011), and "до февраля 2022" /
    // "до лютого 2022" the world before the invasion, not a job's end (a review of RULES_VERSION 55).
    if (m[2] && (m[1] === 'قبل' || /^(?:февраля|лютого) $/u.test(m[2]))) continue;
    // (the French article's form ends a job only where nothing else it could end stands in the bio and nothing points
    // the job to the present: "jusqu'à l'été 2022 j'étais étudiante, aujourd'hui journaliste …", "… en vacances
    // jusqu'à l'été 2023", "alternance jusqu'à l'été 2021"; a review of RULES_VERSION 153)
    if (/^jusqu['’] ?à l['’]$/u.test(m[1]!) && FR_OTHER_END.test(text)) continue;
    if (onLeave(text, m.index, m.index + m[0].length)) continue;
    const y = Number(m[3]);
    // A Thai Buddhist-era year (CE + 543) or a Solar Hijri one (CE − 621), as Thai and Iranian bios write them.
    const ce = y >= 2400 ? y - 543 : y < 1900 ? y + 621 : y;
    if (ce < year) return true;
  }
  for (const m of text.matchAll(UNTIL_AFTER)) {
    if (Number(m[1]) < year && !onLeave(text, m.index, m.index + m[0].length)) return true;
  }
  for (const m of text.matchAll(VI_UNTIL)) if (Number(m[1]) < year) return true;
  for (const m of text.matchAll(SOLAR_RANGE)) {
    if (Number(m[2]) >= Number(m[1]) && Number(m[2]) + 621 < year) return true;
  }
  return false;
}

/**
 * The perfect of "work" is a job held to this day when the clause says so: English "have worked at CGTN since 2015",
 * "… for ten years now", "to date"; Vietnamese "đã làm việc tại VTV được 10 năm nay" (for ten years now), "từ 2012 đến
 * nay" (from 2012 until now; Từ điển tiếng Việt: đến nay, tới nay, đến giờ). Only these verbs: "former", "ex-" and past
 * verbs of other languages stay past.
 */
const ONGOING =
  /^\s?(?:since (?:19|20)\d{2}|for \S+ years now|to (?:date|this day)|(?:until|till) now|(?:từ (?:19|20)\d{2} )?(?:đến nay|tới nay|đến giờ)|được \S+ năm nay)(?:[\s.!\p{Extended_Pictographic}]|\u200d|\ufe0f)*$/iu;

/**
 * The perfect's verb right before this binding, and the "to this day" words right after its outlet, ending the clause:
 * anything between or after ("I've worked at RT, married since 2016", "… since 2015 as a contributor", "… to date"
 * after a list of outlets) leaves the perfect past (a review of RULES_VERSION 32).
 */
function perfectToThisDay(c: Clause, h: Hit<Cue>, b: Binding, cues: Hit<Cue>[]): boolean {
  const head = c.text.slice(h.index, h.end);
  const before = c.text.slice(Math.max(0, h.index - 10), h.index);
  // First person only ("I have", "Tôi đã"): "Hubby has worked at RT since 2015" is someone else's job; and a clause
  // with another past word keeps it past ("Từng là phóng viên, đã làm việc tại VTV đến nay"). A review.
  const perfect =
    (/^đã (?:làm việc|công tác)/iu.test(head) && /(?:^|\s)tôi\s$/iu.test(before)) ||
    (/^worked\b/iu.test(head) && /(?:\bi have|\bi['’]ve)\s$/iu.test(before));
  const otherPast = cues.some(
    (o) => o !== h && (o.item.kind === 'former' || o.item.kind === 'former-any' || o.item.kind === 'left'),
  );
  return perfect && !otherPast && h.end <= b.name.index && ONGOING.test(c.text.slice(b.end));
}

/**
 * The past of "be" or "work" right after the title, where the Turkic languages put the verb: Kazakh "болдым",
 * "болғанмын", "істедім", Kyrgyz "болдум", "болгом", "иштедим", Uzbek "bo'ldim", "bo'lganman", "ishladim", Turkish
 * "idim", "çalıştım", Azerbaijani "idim", "işlədim" (each language's grammar: Wikipedia's Kazakh, Kyrgyz, Uzbek,
 * Turkish and Azerbaijani grammars), with the forms a review of RULES_VERSION 48 added (kk "едім", "болатынмын",
 * "болып істедім", ky "болгонмун", "болчумун", uz "edim", az "olmuşam", tr "olarak … görev yaptım"). "болдым" is also
 * "I became": read as past all the same, a staffer's line missed rather than a former one flagged ("«Хабар» арнасында
 * тілші болдым", the staff-lines corpus). … And the Hindi and Urdu past of "be" right after the title, था/थी/थे,
 * تھا/تھی/تھے (the hundred-and-eighty-third set's "पहले आकाशवाणी में उद्घोषक था 📻 अब …", a former announcer, was
 * `suspected`).
 */
const PAST_VERB_AFTER =
  /^[\s,]{0,2}(?:болдым|болғанмын|болғам|болатынмын|едім|(?:болып )?(?:істедім|жұмыс істедім|қызмет еттім)|болдум|болгом|болгонмун|болчумун|(?:болуп )?иштегем|иштедим|элем|bo['‘’ʻʼ]?ldim|bo['‘’ʻʼ]?lganman|(?:bo['‘’ʻʼ]?lib )?ishlaganman|ishladim|edim|idim|çalıştım|olarak (?:\d+ yıl )?(?:görev yaptım|çalıştım)|işlədim|işləyirdim|olmuşam|olmuşdum|idi|olub|olmuşdur|था|थी|थीं|थे|تھا|تھی|تھیں|تھے)(?![\p{L}\p{M}])/iu;

/**
 * Korean 출신 and Japanese 出身 ("coming from") right after a title or an outlet: "CCTV 기자 출신" (a former CCTV
 * reporter), "新华社记者出身，…" (Standard Korean Language Dictionary; Daijirin). Only there, and only where it ends the
 * phrase: after a place it is a hometown ("부산 출신 CGTN 기자" is CGTN's reporter, from Busan), and so it is before
 * a place, a school or a family ("출신지: 부산", "출신학교", "出身寒门", "出身は北京", "出身 湖南"; a review).
 */
const ORIGIN_AFTER =
  /^\s?(?:출신(?!지|교|학교|국|은|는|\s(?:지역|국가|대학|학교|배경)(?![가-힣]))|出身(?=\s*$|\s*[，,。.、|·!！)）]|の|です|的|，|后|後))/u;
/** … or between the outlet and the title: "CGTN 출신 기자", a reporter who came from CGTN. */
const ORIGIN_INSIDE = /^\s?(?:출신|出身)\s?/u;

/** A place of work named after "formerly": a connector at most, then a capital, a handle or another script's word. */
const PREVIOUSLY_AT =
  /^\s*(?:(?:at|with|for|in|on|bei|beim|für|im|à|au|chez|en|em|no|na|di|dengan|в|во|на)\s+)?(?:@|\p{Lu}|[^\p{L}\s\p{N}\p{P}\p{S}]*[\p{Script=Han}\p{Script=Arabic}\p{Script=Cyrillic}])/u;

/**
 * Hungarian "I was", "I worked" (the past of van, dolgozik: Magyar értelmező kéziszótár) inside the binding or right
 * after it, where Hungarian puts the verb: "Az M1 Híradónál voltam riporter" (the hundred-and-seventy-fifth set's former
 * reporter, `suspected`), "az M1 riportere voltam". Not anywhere in the clause: "Az M1 riportere vagyok, előtte a
 * TV2-nél dolgoztam", "…, régebben pincér voltam" keep the present job (a review of RULES_VERSION 91).
 */
const HU_PAST = /(?<![\p{L}])(?:voltam|dolgoztam)(?![\p{L}])/iu;
const HU_PAST_AFTER = /^\s?(?:voltam|dolgoztam)(?![\p{L}])/iu;

/**
 * The past of "be" (or "worked as") opening the clause, right before the title, an article at most between: Polish
 * "Byłam reporterką „Głosu …”" (the hundred-and-eighty-sixth set's former reporter, `suspected`), Czech and Slovak
 * "byla jsem", "bol som", South Slavic "bio sam", "bila sam", Spanish, Portuguese, Italian and Romanian "era", "ero",
 * Indonesian and Malay "dulu", "dahulu" (formerly), Hungarian "egykor" (once; "Egykor az M1 Híradó operatőre, ma …", the
 * two-hundred-and-fifth set's former cameraman, `suspected`; only opening the clause: "Hétköznap egykor …" is "at one
 * o'clock", a review of RULES_VERSION 97), Vietnamese "hồi trước làm", "ngày trước làm" (worked as, back
 * then; the hundred-and-ninety-second set's former reporter, `suspected`), "từng có 10 năm làm" (once had ten years as;
 * the hundred-and-ninety-fourth set's former announcer, `suspected`), "đã nghỉ làm" (have quit working as; the
 * two-hundred-and-twelfth set's former reporter, `suspected`), Polish "przez 12 lat" (for twelve years, a bounded
 * span: "Przez 12 lat reporterka TVP Info, od 2024 na swoim", the two-hundred-and-twentieth set's former reporter,
 * `suspected`; "od 12 lat" is the present's "for"; a number or "many, a few" only: "przez najbliższe miesiące", "przez
 * cały rok" are the future's and the whole year's, a review of RULES_VERSION 99); a grammar's past tense, no
 * threshold; Hungarian "(nyolc évig) voltam" (I was, for eight years) and Swahili "nilikuwa" (I was) before the title (the
 * two-hundred-and-forty-fifth and -sixth sets' former staff, `suspected`), German "war" with a span (Duden: "War drei
 * Jahre Redakteurin bei RT DE, 2022 gekündigt", the five-hundred-and-twenty-ninth set's former editor; never "war" alone,
 * English's "war correspondent"). Only
 * opening the clause: after a current title it opens another matter ("Reporterka TVP. Byłam w Kijowie"; 94's review),
 * and inside one it is "I am and was", "my dream was", "new era", a name, "follow first", "since long ago" (95's).
 * Not with "still" later in the clause ("… y lo sigue siendo", "… đến giờ"); "now" is the contrast of a past job
 * ("Dulu presenter TVRI, kini YouTuber"), and "… y ahora de RT" (now at RT) is left a miss rather than read so.
 */
const PAST_COPULA_OPENING =
  /^[\s\p{P}\p{S}]*(?:kiedyś\s+)?(?:byłam|byłem|była|był|byla jsem|byl jsem|bola som|bol som|bio sam|bila sam|era|ero|dulu|dahulu|egykor|(?:hồi trước|ngày trước|trước kia) làm|(?:đã )?nghỉ làm|(?:đã )?từng có \S+ năm (?:làm|là)|(?:\S+ évig |évekig )?voltam|nilikuwa|κάποτε|(?:\S+ năm )?(?:mình |tôi |em )?từng theo nghề|przez(?: (?:\d+|wiele|kilka|kilkanaście|kilkadziesiąt|dwa|dwie|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć|jedenaście|dwanaście|piętnaście|dwadzieścia))? (?:lat|lata|rok|miesięcy|miesiące)|war (?:(?:\d+|ein|eineinhalb|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|viele|einige) (?:jahre|jahr|monate)|jahrelang|lange))\s+(?:(?:a|an|az|un|una|uno|um|uma|une)\s+)?$/iu;
/**
 * Polish "12 lat reporterem X, dziś przewodnik" (twelve years a reporter at X, today a guide; the
 * three-hundred-and-sixteenth set's former reporter, `suspected`): the span without "przez" is the past only where
 * "today, now" follows with something else (alone, "12 lat reporterem" may still run: "od 12 lat" is the present's).
 */
const PL_SPAN_OPENING =
  /^[\s\p{P}\p{S}]*(?:\d+|wiele|kilka|kilkanaście|kilkadziesiąt|dwa|dwie|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć|jedenaście|dwanaście|piętnaście|dwadzieścia) (?:lat|lata)\s+$/iu;
// … today something else, named: a trade, a pension, one's own (a review of RULES_VERSION 111: "…, dziś też w …",
// "…, obecnie wydawca …", "…, teraz w Warszawie" stay current)
const PL_NOW_AFTER =
  /(?<![\p{L}])(?:dziś|dzisiaj|teraz|obecnie)\s+(?:jestem\s+)?(?:przewodni\p{L}*|emeryt\p{L}*|na emeryturze|freelancer\p{L}*|na swoim|nauczyciel\p{L}*|przedsiębior\p{L}*|rolni\p{L}*|właściciel\p{L}*|trener\p{L}*|kucharz\p{L}*|kucharka|programist\p{L}*|ratowni\p{L}*|pszczela\p{L}*|stolarz|ogrodni\p{L}*)(?![\p{L}])/iu;
/**
 * … and Spanish and Portuguese likewise: "Ocho años redactora en …, hoy repostera en Madrid" (eight years a writer at
 * …, today a baker; the six-hundred-and-fifty-seventh set's former writer, `suspected`): the span opening the clause,
 * then "today, now" and another trade named (RAE, Priberam), nothing after it but a place or the clause's end, and no
 * "still" ("…, hoy en Caracas", "…, ahora también en RT", "…, hoy profesor de periodismo en la escuela de la propia …",
 * "…, hoy guía de estilo del periódico", "…, hoy cocinero de fin de semana", "…, hoy emprendedor y sigo en …" stay
 * current: a review of RULES_VERSION 162).
 */
const ES_SPAN_OPENING =
  /^[\s\p{P}\p{S}]*(?:\d+|muchos|muchas|varios|varias|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|vários|várias|muitos|dois|duas|quatro|sete|oito|nove|dez|doze|quinze|vinte) (?:años|anos)\s+(?:(?:como|de)\s+)?$/iu;
const ES_NOW_AFTER =
  /(?<![\p{L}])(?:hoy|ahora|actualmente|hoje|agora|atualmente)\s+(?:soy\s+|sou\s+)?(?:reposter[oa]s?|pasteler[oa]s?|panader[oa]s?|cociner[oa]s?|cozinheir[oa]s?|confeiteir[oa]s?|profesor[a]?|professor[a]?|maestr[oa]|docente|jubilad[oa]|aposentad[oa]|emprendedor[a]?|empreendedor[a]?|agricultor[a]?|campesin[oa]|comerciante|abogad[oa]|advogad[oa]|enfermer[oa]|enfermeir[oa]|guía|guia|costurer[oa]|peluquer[oa]|cabeleireir[oa]|carpinter[oa]|jardiner[oa]|jardineir[oa]|apicultor[a]?|mamá a tiempo completo|mãe em tempo integral)(?:\s+(?:en|em|na|no)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?\s*(?:$|[.!|•·,;)]|\p{Extended_Pictographic})/u;
const STILL =
  /(?<![\p{L}\p{M}])(?:sigue|sigo|todavía|aún|ainda|ancora|încă|nadal|wciąż|dalej|ciągle|stále|još|i dalje|masih|vẫn|đến giờ|tới giờ|đến nay|tới nay|tiếp tục|ma is|most is|még mindig|azóta is|jelenleg is|továbbra is|máig|mai napig|maradok|és vagyok|leszek|bado|hadi sasa|hadi leo|mpaka sasa|mpaka leo|ninaendelea|nitaendelea|nipo|niko|để|quay lại|trở lại|still|noch|wieder|bleibe|bin es)(?![\p{L}\p{M}])/iu;

/**
 * French "that was before" right after the job, closing its clause ("Neuf ans présentateur à Télé Sahel, c’était avant.
 * Maintenant apiculteur", the four-hundred-and-ninety-first set; Larousse: avant): not "c’était avant le coup d’État"
 * nor "le stress, c’était avant" elsewhere (a review of RULES_VERSION 137).
 */
const FR_WAS_BEFORE = /^\s*,?\s*c['’]était avant\s*(?:[.!)…]|$)/u;

export function isFormer(c: Clause, b: Binding, cues: Hit<Cue>[], year: number): boolean {
  if (b.formerOnly || b.ex) return true;
  if (PAST_VERB_AFTER.test(c.text.slice(b.end, b.end + 40))) return true;
  if (FR_WAS_BEFORE.test(c.text.slice(b.end))) return true;
  if (PAST_COPULA_OPENING.test(c.text.slice(0, b.start)) && !STILL.test(c.text.slice(b.end))) return true;
  if (PL_SPAN_OPENING.test(c.text.slice(0, b.start)) && PL_NOW_AFTER.test(c.text.slice(b.end))) return true;
  if (
    ES_SPAN_OPENING.test(c.text.slice(0, b.start)) &&
    ES_NOW_AFTER.test(c.text.slice(b.end)) &&
    !STILL.test(c.text.slice(b.end))
  )
    return true;
  if (HU_PAST.test(c.text.slice(b.start, b.end)) || HU_PAST_AFTER.test(c.text.slice(b.end, b.end + 12))) return true;
  if (ORIGIN_AFTER.test(c.text.slice(b.end, b.end + 12))) return true;
  if (b.name.end < b.end && ORIGIN_INSIDE.test(c.text.slice(b.name.end, b.end))) return true;
  for (const h of cues) {
    const kind = h.item.kind;
    if (kind === 'former-any') return true;
    if (kind === 'former' && perfectToThisDay(c, h, b, cues)) continue;
    // Inside the binding: "Reporter formerly at RT", "worked at TASS".
    if (kind === 'former' && h.index >= b.start && h.end <= b.end) return true;
    // … or right after the name, in brackets or after a dash: "Presenter, CGTN (former)", "…, RT — в прошлом" (a
    // review of RULES_VERSION 54 found these read as current)
    // Not when a name follows it: "Reporter at RT, formerly at BBC", "Redakteurin bei RT DE, früher ZDF" say where the
    // writer was before (a review of RULES_VERSION 75 found them read as RT's former staff).
    if (
      kind === 'former' &&
      h.index >= b.end &&
      /^[\s([（\-–—,]*$/u.test(c.text.slice(b.end, h.index)) &&
      !PREVIOUSLY_AT.test(c.text.slice(h.end, h.end + 24))
    )
      return true;
    if (kind === 'former' && h.index <= b.start && b.start - h.end <= WINDOW) {
      // Up to four words before the binding, or its own first word ("worked at", "работал в").
      const between = c.text.slice(Math.min(h.end, b.start), b.start);
      if (!SEGMENT_BREAK.test(between) && distance(between) <= 4) return true;
    }
    if (kind === 'left') {
      const next = tokenize(c.text.slice(h.end, h.end + WINDOW)).slice(0, 4);
      if (next.some((tok) => YEAR_TOKEN.test(tok.raw))) return true;
      if (b.name.index >= h.end && b.name.index - h.end <= WINDOW && distance(c.text.slice(h.end, b.name.index)) <= 2) {
        return true;
      }
    }
  }
  if (c.cjk) {
    // Burmese ဟောင်း ("old, former") written joined after the title: "သတင်းထောက်ဟောင်း", former reporter
    // (Myanmar–English Dictionary).
    if (/^\s?ဟောင်း/u.test(c.text.slice(b.end, b.end + 8))) return true;
    const lead = c.text.slice(Math.max(0, b.start - 3), b.start).replace(/[《「『\s]/gu, '');
    if (CJK_FORMER.test(lead) && !CJK_NOT_FORMER.test(lead.slice(0, -1))) return true;
    if (JA_FORMER_MARKED.test(c.text.slice(Math.max(0, b.start - 8), b.start))) return true;
    const zeng = c.text.search(ZENG);
    if (zeng >= 0 && zeng < b.start) return true;
  }
  if (PAST_AS_WRITTEN.test(c.text)) return true;
  const spent = SPENT_YEARS.exec(c.text);
  // (not beside "and I still am", "and continuing", "to this day": "قضيت عشر سنوات وما زلت مذيعا في …", "… ومستمرة",
  // "and still there"; a review of RULES_VERSION 152)
  if (spent && spent.index < b.start && !STILL_THERE.test(c.text)) return true;
  // Right after this binding's own trade noun, not anywhere in the clause ("… editörüm, 5 yıl muhabirlik yaptım").
  if (TRADE_NOUN.test(c.text.slice(b.start, b.end)) && TRADE_DONE.test(c.text.slice(b.end))) return true;
  c.past ??= pastYear(c.text, year);
  return c.past;
}
