/**
 * TikTok's state-media label over time: whether a reading shows it, and the moments it appeared or disappeared.
 * Same test as the tiktok-label signal (any defined raw field, or label text under the name), so the history and
 * the verdict never disagree about what "labelled" means.
 */
import { STATE_IDENTITIES } from '../lists/states';
import { languageNames, STATE_LANGUAGES } from '../lists/states-languages';
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
    stateInSlot(user.stateControlledMediaText) ||
    composedLabel(user.stateControlledMediaText) ||
    composedWithCountry(user.stateControlledMediaText) ||
    broadcasterLabel(user.stateControlledMediaText) ||
    wholeLabel(user.stateControlledMediaText)
  );
}

/**
 * Labels read in their whole shape only, their words alone being others':
 * - Amharic with "mass media" (የመገናኛ ብዙሃን, "the means of communication of the many") for ሚዲያ: "በኢትዮጵያ መንግሥት ቁጥጥር ስር
 *   ያለ የመገናኛ ብዙሃን" (under the [Ethiopian] government's control; the three-hundred-and-ninety-seventh set's page), the
 *   state's name before the Amharic colon or not ("ኢትዮጵያ፦ …", the three-hundred-and-sixty-ninth set's); the phrase as
 *   a media word anywhere read sentences, negations ("ያልሆነ", not being), freedom, critics and censorship (a review of
 *   RULES_VERSION 123);
 * - Maltese "Midja kkontrollata mill-istat ta’ Malta" (the four-hundred-and-tenth set's page; "istat" is also Italy's
 *   statistics institute, "midja tal-istat" a critic's or a topic's: a review of RULES_VERSION 125);
 * - Arabic "جهة إعلامية يديرها الحكم في السودان" (a media body run by the rule; the four-hundred-and-eighth set's page;
 *   "يديرها الحكم" is also a match run by a referee: the same review).
 */
const WHOLE_LABELS: readonly RegExp[] = [
  // German with a compound media word ("Türkei: vom Staat gelenktes Medienhaus", the six-hundred-and-fifteenth set's
  // page; Duden's compounds of Medien-), the country before its colon or dot and the compound ending the text: as a
  // media word anywhere it read workers', critics' and "formerly" lines (a review of RULES_VERSION 157)
  /^\s*\p{Lu}[\p{L}\s-]{1,40}?\s*[·:]\s*(?:vom\s+Staat|von\s+der\s+Regierung|staatlich|regierungs)[\s-]?(?:kontrolliert|gelenkt|gesteuert|verbunden)(?:e|es|er|en)?\s+(?:Medienhaus|Medienunternehmen|Mediengruppe|Medienkonzern)\s*$/u,
  // Nepali "the government's control's mass media" ("नेपाल · सरकारी नियन्त्रणको सञ्चारमाध्यम", "नेपाल सरकारको नियन्त्रणमा
  // रहेको सञ्चार माध्यम": the five-hundred-and-eighty-ninth and -ninety-fifth sets' pages), the media word ending the
  // text with no case ending: a journalist's, a student's, a critic's "…सञ्चारमाध्यमका/को/बाट" are sentences (the same
  // review)
  /^\s*(?:\p{Script=Devanagari}+\s*[·:]\s*)?(?:नेपाल\s+)?सरकार(?:ी|को)?[\s-]+(?:नियन्त्रणको|नियन्त्रणमा\s+रहेको|नियन्त्रित)\s+सञ्चार\s?माध्यम\s*$/u,
  /^\s*(?:\p{Script=Ethiopic}+\s*[፦:：]\s*)?(?:በ\p{Script=Ethiopic}+\s+)?(?:በ|የ)?መንግ(?:ሥ|ስ)ት\s+ቁጥጥር\s+(?:ስር|ሥር)\s+ያለ\s+(?:የ)?መገናኛ\s+ብዙ(?:ሃ|ኃ|ሀ|ኀ)ን\s*$/u,
  // (… after "Malta:", and the broadcaster, "mezz tax-xandir ikkontrollat mill-Istat": the five-hundred-and-sixty-ninth
  // and -seventy-third sets' pages; Aquilina, Maltese-English Dictionary: xandir, broadcasting)
  /^\s*(?:malta\s*:\s*)?(?:midja\s+(?:kkontrollata|ikkontrollata)|mezz\s+tax-xandir\s+(?:kkontrollat|ikkontrollat))\s+(?:mill-|minn\s+l-?)istat(?:\s+ta['’]\s*\p{Lu}[\p{L}-]+)?\s*$/iu,
  // Georgian "(<country> ·) in the government's hands media outlet", "<country's> controlled by the state media" (the
  // five-hundred-and-seventy-eighth and twenty-second sets' pages);
  /^\s*(?:\p{Script=Georgian}+\s*[·•|:]\s*)?(?:მთავრობის\s+ხელში\s+მყოფი|(?:\p{Script=Georgian}+\s+)?(?:სახელმწიფოს|მთავრობის)\s+მიერ\s+(?:კონტროლირებული|კონტროლირებადი|მართული))\s+მედია(?:საშუალება)?\s*$/u,
  // Sinhala "(Sri Lankan) government('s) (by) controlled / run media (institution)" (the fifty-fourth, eighty-fourth,
  // two-hundred-and-sixty-sixth and five-hundred-and-seventy-seventh sets' pages; Malalasekera: රජය government,
  // පාලනය control, මෙහෙයවන directing, මාධ්‍ය media);
  /^\s*(?:ශ්‍රී\s+(?:ලංකා|ලාංකික)\s+)?(?:රජය|රජයේ|රාජ්‍ය)\s+(?:විසින්\s+)?(?:පාලනය\s+(?:කරන|යටතේ\s+පවතින)|මෙහෙයවන)\s+මාධ්‍ය(?:\s+ආයතනයකි)?\s*(?:\([^()]*\))?\s*$/u,
  /^\s*جهة\s+إعلامية\s+يديرها\s+الحكم(?:\s+في\s+\p{L}+(?:\s+\p{L}+)?)?\s*$/u,
];

function wholeLabel(text: string | undefined): boolean {
  const t = text?.normalize('NFC');
  return !!t && t.length <= 90 && WHOLE_LABELS.some((re) => re.test(t));
}

/**
 * "<Country> state-controlled broadcaster" (the three-hundred-and-eighty-sixth set's page): the label's own words with
 * "broadcaster" for "media", and nothing else but a state's name before them; not "broadcaster" as a media word
 * anywhere ("Penn State broadcaster", "Reporter at the state-controlled broadcaster": a review of RULES_VERSION 122).
 */
const BROADCASTER_LABEL =
  /^\s*(?:(\p{L}[\p{L}\p{M}'’ .-]{1,38}?)\s*(?:[:·•|–—]\s*)?)?(?:state|government)-(?:controlled|affiliated|owned|run)\s+broadcasters?\s*$/iu;

function broadcasterLabel(text: string | undefined): boolean {
  const m = text && text.length <= 90 ? BROADCASTER_LABEL.exec(text.normalize('NFC')) : null;
  return !!m && (m[1] === undefined || country(m[1]));
}

/**
 * The composed label with its country's name set apart, before a colon or a separator or after one, or in brackets:
 * "Guatemala: medio bajo la tutela del Estado", "Tchad — organe médiatique que l'État contrôle", "Panamá · medio
 * sometido al control estatal" (the two-hundred-and-eleventh to -fifteenth sets' pages). The name one the browser's
 * ICU data gives a state, as for the colon's title (not "Satire", "Podcast", a region).
 */
const COUNTRY_FIRST = /^\s*(\p{L}[\p{L}\p{M}'’ .-]{1,38}?)\s*(?:[:：·•|–—․։]|\s-)\s*(\S.*)$/su;
const COUNTRY_LAST =
  /^(.*\S)\s*(?:(?:[·•|–—]|-\s)\s*(\p{L}[\p{L}\p{M}'’ .-]{1,38}?)|[(（]([^()（）]{2,40})[)）])\s*$/su;

function composedWithCountry(text: string | undefined): boolean {
  if (!text || text.length > 130) return false;
  const t = text.normalize('NFC');
  const first = COUNTRY_FIRST.exec(t);
  if (first && country(first[1]!) && composedLabel(first[2])) return true;
  const last = COUNTRY_LAST.exec(t);
  const name = last && (last[2] ?? last[3]);
  return !!name && country(name) && composedLabel(last[1]);
}

/** A state's name, not one Spanish shares with a city ("Granada · emisora …": Grenada's name, Andalusia's city). */
function country(name: string): boolean {
  if (INITIALS.has(name.trim())) return true;
  // (a label may shorten "República", "République" to "Rep.", "Rép.": "Rep. Dominicana · …", the
  // three-hundred-and-eighty-first set's page)
  const k = key(
    name
      .trim()
      .replace(/^Rep\.\s*/u, 'República ')
      .replace(/^Rép\.\s*/u, 'République '),
  );
  return countryNames().has(k) && !SPANISH_CITIES_TOO.has(k);
}

/**
 * A label in words no rendering lists, read from the label's own element (src/tiktok/dom.ts keeps the first other
 * header leaf with a media word between the handle and the counts) or TikTok's own field: a media word and a state or
 * government word, a state's name
 * at most besides, and nothing that makes it a sentence of its own — no negation, question, person, colon's title,
 * separator, quotes, study or scorn. The blind sets' pages kept showing TikTok's label in new words of the same
 * shape ("Medio del Estado boliviano", "रूसी सरकार के नियंत्रण वाला मीडिया", "Монгол Улсын төрийн мэдлийн медиа", the
 * two-hundred-and-nineteenth to -twenty-fourth sets); every rendering (src/tiktok/label.ts) is one of them. The element
 * is TikTok's, never the bio or the name, so only TikTok's words reach here.
 */
export function composedLabel(text: string | undefined): boolean {
  if (!text || text.length > 90) return false;
  const t = text
    .normalize('NFC')
    .replace(/\u200b/gu, '')
    .replace(ACCOUNT_OF, '');
  // (Vietnamese spaces its syllables: a label of ten words is sixteen of them, "Truyền thông đặt dưới sự kiểm soát của Nhà
  // nước ở Việt Nam", the two-hundred-and-seventy-second set's page)
  if (t.split(/\s+/u).filter(Boolean).length > (VIETNAMESE_LABEL.test(t) ? 16 : 10)) return false;
  // A label with a slot or a colon's title is the slot's to decide (a region's or a city's government is not the state's).
  if (labelSlot(t) || colonLabelPrefix(t) !== undefined) return false;
  // Georgian and Sinhala labels are read in their whole shape only (WHOLE_LABELS): the label element under the name is
  // read in those scripts too, and their words compose a person's or a critic's sentence as easily (a review of
  // RULES_VERSION 151: "ვმუშაობ სახელმწიფო მედიაში", "රජයේ මාධ්‍ය විචාරකයා").
  if (/[\u10A0-\u10FF\u0D80-\u0DFF]/u.test(t)) return false;
  const albanian = ALBANIAN_STATE.test(t);
  return (
    (LABEL_MEDIA.test(t) || ORGAN_LABEL.test(t) || ORGAN_LABEL.test(withoutStateAdjective(t))) &&
    LABEL_STATE.test(t) &&
    !NOT_A_LABEL.test(t) &&
    !NOT_A_LABEL_WORD.test(
      (albanian ? t.replace(ALBANIAN_PARTICLE, ' ') : t)
        .replace(OWNED_AND, (m) => m.replace(/\s+\S+\s+$/u, ' '))
        .replace(UNDER_DIRECTION, 'bajo'),
    ) &&
    !(albanian && ALBANIAN_SENTENCE.test(t)) &&
    !NAMED_GOVERNMENT.test(t) &&
    !(TAJIK_LETTERS.test(t) && TAJIK_SENTENCE.test(t))
  );
}

/**
 * Portuguese "imprensa" (press) and Spanish "órgano informativo" (news organ) as the label's media word only in the
 * label's whole shape: the word opening it, at most a participle or phrase of control, then the state ("Angola:
 * imprensa sob tutela estatal", "Venezuela · órgano informativo controlado estatalmente", the four-hundred-and-twenty-
 * first and -sixth sets' pages). Anywhere else they are a press officer's, a fan's, a reader's, scorn, a slogan, a
 * university's or a company's press ("Assessor de imprensa do governo", "Liberdade de imprensa estatal", "Imprensa da
 * empresa estatal", "órgano informativo financiado estatalmente": a review of RULES_VERSION 127).
 */
const ORGAN_LABEL =
  /^\s*(?:imprensa|[óo]rganos?\s+informativos?)\s+(?:(?:sob\s+(?:a\s+|o\s+)?(?:tutela|controle|control[eo])|controlad[oa]s?(?:\s+(?:pelo|por el|por la))?|tutelad[oa]s?(?:\s+pelo)?|bajo\s+(?:el\s+)?control|subordinad[oa]s?\s+al?)\s+)?(?:estatal(?:es)?|estatalmente|(?:do|del|el|o)\s+estado|estado|governamental|gubernamental)\s*$/iu;

/**
 * … and the state's adjective closing it, as its own language writes it (src/lists/states-languages.ts: "Imprensa
 * estatal angolana", the five-hundred-and-seventy-sixth set's page): the text without that last word, or as it was.
 */
function withoutStateAdjective(text: string): string {
  const m = /^(.*\S)\s+(\p{L}+)\s*$/u.exec(text);
  return m && stateAdjectives().has(m[2]!.toLowerCase()) ? m[1]! : text;
}
let adjectives: Set<string> | undefined;
function stateAdjectives(): Set<string> {
  adjectives ??= new Set(
    Object.keys(STATE_LANGUAGES)
      .flatMap((code) => languageNames(code))
      .filter((n) => /^\p{Ll}+$/u.test(n))
      .map((n) => n.toLowerCase()),
  );
  return adjectives;
}

/**
 * "Account of a media …" opening the label ("Compte d’un média que contrôle l’État · Burundi", the
 * two-hundred-and-seventy-first set's page): the account word is TikTok's, not a social account's sentence
 * ("Cuenta oficial del Gobierno" keeps its refusal: no "of a media" follows it); only before the label's own words of
 * control or affiliation ("Cuenta de un medio censurado por el Estado" keeps it: a review of RULES_VERSION 105).
 */
const ACCOUNT_OF =
  /^\s*(?:compte d['’]un(?:e)?|cuenta de un|conta de (?:um|uma)|account of an?)\s+(?=(?:média|medio|mídia|meio|media)\s+(?:\p{L}+\s+){0,2}?(?:contrôl|control|affili|afili|dirig|sous|bajo|sob|under)\p{L}*)/iu;

/**
 * A government or state named by a capitalised name after it: a federated state's, a region's, a city's ("Medio sujeto
 * al Estado de México", "… gobierno de Jalisco"; a review of RULES_VERSION 97). The state's own label names no such
 * government (its country stands apart, src/tiktok/label.ts), and the slots read the country where one does. Nor a
 * name where the slot's adjective goes ("Medio Caracas bajo control del gobierno": half of Caracas; a review).
 */
const NAMED_GOVERNMENT =
  /(?:[Ss]tate|[Gg]overnment|[Ee]stado|[Gg]obierno|[Gg]overno|[Gg]ouvernement|[ÉéEe]tat|[Ss]taat|[Rr]egierung|[Ss]tato|[Pp]aństwa|[Rr]ządu)\s+(?:(?:of|de|del|do|da|du|de la|des|von|der|di|dello)\s+)?(?:(?:la|el|the)\s+)?\p{Lu}|(?:[Mm]edios?|[Mm]édias?|[Mm]eios?|[Mm]edia|[Ee]misoras?)\s+\p{Lu}/u;

/**
 * Media words (dictionary senses; the nouns of src/tiktok/label.ts's renderings), and their synonyms the blind sets'
 * pages showed ("estatalmente", and Russian "контролируемое властями" opening the label as state words: the
 * four-hundred-and-twenty-fifth and -sixth sets' pages; Portuguese "imprensa" and Spanish "órgano informativo" only in
 * ORGAN_LABEL's whole shape): Polish "środek przekazu", Vietnamese "phương tiện thông tin", Greek "μέσο" beside the state word only
 * ("κρατικά ελεγχόμενο μέσο"; alone it is "average", "means") (the two-hundred-and-fifty-eighth to -sixty-third sets;
 * with "quốc doanh", Albanian "shteti/shtetëror", "κρατικ-" at a word's start as state words). Their refusals (Greek,
 * Vietnamese, Polish persons, scorn, "in", "independent") are in NOT_A_LABEL_WORD (a review of RULES_VERSION 104).
 * … and Tagalog "midya" with its linker (midyang: "Pilipinas · midyang pinatatakbo ng estado"), Spanish "televisora"
 * (RAE: a television station; "Televisora gubernamental de México"), Vietnamese "kênh thông tin" (information channel),
 * the five-hundred-and-thirty-third, earlier and five-hundred-and-forty-first sets' pages.
 */
const LABEL_MEDIA =
  /(?<![\p{L}])(?:media|medias|médias?|médiá|medio|medios|mídias?|medya|medien|medium|mediums|mediów|mediach|medij\p{L}*|mediální\p{L}*|mediálne\p{L}*|ellenőrzés alatt álló médium|médiatique\p{L}*|mediatic\p{L}*|presse|prensa|presă|presa|žiniasklaid\p{L}*|plašsaziņas|meedia|midya(?:ng)?|oav|televisoras?|mitjans|emisoras?|sajtó|(?<!\p{L})el control editorial es (?:del|de la)(?!\p{L})|vyombo vya habari|truyền thông|báo chí|сми|змі|медиа\p{L}*|медіа\p{L}*|меди[яи]|медији|медиј\p{L}*|медиум\p{L}*|бақ|хэвлэл|расона(?:и|ҳо|ҳои)?|środ(?:ek|ki)\s+(?:masowego\s+)?przekazu|phương tiện thông tin|kênh thông tin|μέσα ενημέρωσης|meios? de comunicação)(?![\p{L}])|(?<!\p{L})κρατικ\p{L}*\s+(?:ελεγχόμεν\p{L}*\s+)?μέσο(?!\p{L})|^\s*báo\s+(?:việt nam|nhà nước|quốc doanh|đảng)(?!\p{L})|(?<!\p{L})μέσο\s+(?:\p{L}+\s+){0,3}?(?:του\s+)?κράτους(?!\p{L})|إعلام|(?<!\p{L})قناة\s+(?:تملكها|مملوكة|تابعة|خاضعة|تديرها|توجّهها|توجهها)(?!\p{L})|媒|매체|미디어|언론|メディア|رسانه|מדיה|תקשורת|मीडिया|मिडिया|মিডি|গণমাধ্যম|میڈیا|สื่อ|ប្រព័ន្ធផ្សព្វផ្សាយ|សារព័ត៌មាន|မီဒီယာ|ሚዲያ|ສື່|լրատվ|მედია/iu;

/**
 * "State" and "government" (dictionary senses): Latin words whole or by their stem's own endings, other scripts as
 * written.
 */
const LABEL_STATE =
  /(?<!\p{L})(?:state|state-(?:controlled|affiliated|run|owned)|government(?:-controlled|-affiliated|al)?|estad[oa]|estatal(?:es)?|estatalmente|gobierno|gubernamental(?:es)?|governo|governamental|gouvernement(?:al|ale)?|[ée]tat|étatiques?|étatiquement contrôlée?s?|staat(?:lich\p{L}*|s\p{L}*)?|regierung\p{L}*|stato|statal[ei]|governativ[oaie]|państw\p{L}*|rząd\p{L}*|stát\p{L}*|štát\p{L}*|vládn\p{L}*|áll(?:am|ami)\p{L}*|kormány\p{L}*|stat(?:ului|al|ală|ale)?|guvern\p{L}*|držav\p{L}*|devlet\p{L}*|hükümet\p{L}*|dövlət\p{L}*|hökumət\p{L}*|davlat\p{L}*|давлат(?:ӣ|и|ии)|hukumat\p{L}*|negara|pemerintah|kerajaan|nhà nước|chính phủ|quốc doanh|shtet(?:i|it|in|ëror\p{L}*|eror\p{L}*)|gobyerno|pamahalaan|serikali|dola|overheid|regering\p{L}*|statlig\p{L}*|valtio\p{L}*|valstyb\p{L}*|valsts|riigi|pouvoirs? publics?|placée?s? sous l['’]autorité publique|poder público|poderes públicos|public authorities)(?!\p{L})|государств|правительств|(?<!\p{L})подконтрольн\p{L}*\s+(?:российским\s+|казахстанским\s+|белорусским\s+|государственным\s+)?властям(?!\p{L})|^\s*контролируем\p{L}*\s+властями(?!\p{L})|держав|уряд|(?<!\p{L})држав|държав|правителств|мемлекет|үкімет|төрийн|засгийн газ|الدولة|دولة|حكوم|دولت|حکومت|سرکار|سرکاری|सरकार|राज्य|সরকার|রাষ্ট্র|国家|國家|政府|官方|国营|國營|国営|국가|정부|관영|국영|รัฐ|መንግሥት|መንግስት|מדינה|ממשל|κράτ|(?<!\p{L})κρατικ|κυβέρν|պետական|պետությ|կառավար|სახელმწიფო|მთავრობ|နိုင်ငံတော်|အစိုးရ|រដ្ឋ|ລັດ/iu;

/** Signs of a sentence rather than a label: a question, an exclamation, a colon's title, a separator, quotes, a handle, a link. */
const NOT_A_LABEL = /[?？؟!！:：·•|–—"“”«»„@#/\\&+․։]|\s-\s|https?|www\./u;

/**
 * Words no label carries (dictionary senses): negations ("No somos un medio estatal"), persons ("I work in state
 * media"), study and scorn ("Researching state media", "State media lies", "Parodia de la prensa del Estado"), and a
 * former tie ("Ex state media"). Tajik's "is not", "non-", "independent" (Uzbek эмас) came with its media and state
 * words (расона, давлатӣ: the two-hundred-and-fifty-fourth set's "Расонаи таҳти назорати давлати Тоҷикистон"); its
 * words that are others' elsewhere (на "not", Bulgarian and Serbian "of") are TAJIK_SENTENCE's.
 */
const NOT_A_LABEL_WORD =
  /(?<![\p{L}\p{M}])(?:not|no|non|nicht|kein\p{L}*|ne|nie|nu|não|nem|ni|ei|nein|niet|geen|inte|ikke|never|jamais|nunca|nigdy|değil|deyil|emas|bukan|tidak|hindi|không|si|sio|pas|isn['’]t|ain['’]t|i|i['’]m|we|my|our|you|your|yo|mi|mis|nuestr\p{L}*|je|nous|mon|ma|notre|ich|wir|mein\p{L}*|ja|ben|biz|aku|saya|kami|kita|tôi|ex|former|ancien\p{L}*|antiguo|exs?-\p{L}*|research\p{L}*|stud\p{L}*|watch\p{L}*|monitor\p{L}*|observ\p{L}*|tracker\p{L}*|clips?|archiv\p{L}*|repost\p{L}*|meme\p{L}*|fake\p{L}*|lies|lie|lying|liar\p{L}*|mienten|miente|mentent|ment|mentem|mente|mentono|lügen|lügt|mentira\p{L}*|mensonge\p{L}*|propagand\p{L}*|corrupt\p{L}*|parod\p{L}*|satir\p{L}*|sátira|fan\p{L}*|critic\p{L}*|crític\p{L}*|critique\p{L}*|against|contra|contre|gegen|anti\p{L}*|about|sobre|propos|über|fact\p{L}*|check\p{L}*|debunk\p{L}*|desinfo\p{L}*|disinfo\p{L}*|dezinf\p{L}*|conferen\p{L}*|conférence\p{L}*|konferenz\p{L}*|pressekonferenz\p{L}*|coletiva|point|office|oficina|bureau|büro|secretar\p{L}*|secrétariat|gabinete|social\p{L}*|sosial|sozial\p{L}*|account\p{L}*|cuenta|compte|conta|konto|release\p{L}*|comunicado\p{L}*|communiqué\p{L}*|briefing\p{L}*|accredit\p{L}*|acredit\p{L}*|law|laws|ley|leyes|loi|lois|gesetz\p{L}*|policy|policies|free|freedom|libre\p{L}*|libertad|liberté|frei\p{L}*|independ\p{L}*|indépend\p{L}*|unabhängig\p{L}*|without|sin|sans|ohne|sem|and|of|or|vs|versus|y|et|und|e|what|is|are|was|how|why|qué|cómo|quoi|warum|wie|kit|relations|relaciones|rueda|center|centre|centro|pusat|departament\p{L}*|department|dirección|direction|ministr\p{L}*|partner\p{L}*|election\p{L}*|statement\p{L}*|advisor\p{L}*|paused|unknown|in|highlights|news|daily|updates?|compilation|reaction\p{L}*|live|vivo|directo|noticias|nachrichten|actualités|новости|pro-\p{L}*|beyond|after|old|capture|regulat\p{L}*|regulador\p{L}*|régulat\p{L}*|service\p{L}*|servicio\p{L}*|serviço\p{L}*|literacy|education|educación|course|curso|cours|school|escuela|école|и|і|та|або|или|без|не|нет|ні|није|нису|нисмо|я|мы|мой|мои|наш\p{L}*|бывш\p{L}*|экс\p{L}*|журналист\p{L}*|блогер\p{L}*|пропаганд\p{L}*|фейк\p{L}*|ложь|лжи|врут|врёт|лгут|брешуть|брехн\p{L}*|пароди\p{L}*|сатир\p{L}*|свобод\p{L}*|независим\p{L}*|незалежн\p{L}*|пресс-\p{L}*|что|как|закон\p{L}*|соцсет\p{L}*|аккаунт\p{L}*|нест|ғайри\p{L}*|мустақил\p{L}*|эмас|ليس|ليست|غير|لا|أنا|نحن|دعاية|مزيف|كاذب|ساخر\p{L}*|المكتب|مكتب|مؤتمر|المؤتمر|حرية|مستقل\p{L}*|بدون|قانون|حساب|الاجتماعي|نیست|نه|هستم|هستیم|می‌کنم|می‌کنیم|ما|نمی\p{L}*|تبلیغ\p{L}*|مستقل|آزاد|مैं|मैं|हम|नहीं|पूर्व|स्वतंत्र|आलोचक|आलोचना|प्रचार|झूठ|झुटो|फ्यान|फैन|म|हामी|होइन|समाचार|खबर|работя\p{L}*|аз|ние|আমি|আমরা|না|নয়|স্বাধীন|לא|אינו|אני|δεν|όχι|μη|εγώ|ανεξάρτητ\p{L}*|censur\p{L}*|persécut\p{L}*|perseguid\p{L}*|interdit\p{L}*|prohibid\p{L}*|banned|sued|opositor\p{L}*|odio|hat\p{L}*|falso|falsa|regional\p{L}*|municipal\p{L}*|locales?|local|provincial\p{L}*|δημοσιογράφ\p{L}*|εργάζομαι|προπαγάνδ\p{L}*|ψέμα\p{L}*|ψεύδ\p{L}*|κριτικ\p{L}*|σε|στο|στην|για|και|υποτροφ\p{L}*|εξετάσ\p{L}*|όρο|nói dối|tin giả|địa phương|tỉnh|thành phố|bang|quận|huyện|thuế|hướng dẫn|phóng viên|nhân viên|công ty|doanh nghiệp|mình|em|bạn|cựu|từng|chẳng|chấm hết|cũ|trước đây|nincs|ghét|tuyên truyền|phê bình|độc lập|tự do|và|là|xem|review|về|niezależn\p{L}*|prawa|w|ја|ми|радим|radim|dolgoz\p{L}*|vagyok|vagyunk|kritiz\p{L}*|hazud\p{L}*|\p{L}*független\p{L}*|egykori|volt|ellen|\p{L}*ellenes|nélkül|helyett|szerint|rajong\p{L}*|figyel\p{L}*|elemz\p{L}*|bírál\p{L}*|hazug\p{L}*|kamu|szócső\p{L}*|leleplez\p{L}*|riporter\p{L}*|újságíró\p{L}*|műsorvezető\p{L}*|munkatárs\p{L}*|szerkesztő\p{L}*|\p{L}*párti|\p{L}*közeli|jós\p{L}*|tarot|engedély\p{L}*|eu|sou|somos|trabalh\p{L}*|trabaj\p{L}*|meu|minha|nosso|nossa|num|numa|ou|paródi\p{L}*|новинар\p{L}*|novinar\p{L}*|критик\p{L}*|kritik\p{L}*|лаж\p{L}*|laž\p{L}*|независн\p{L}*|nezavisn\p{L}*|бивш\p{L}*|bivš\p{L}*|фан\p{L}*|подржав\p{L}*|слобод\p{L}*|писменост\p{L}*|против|ես|մենք|իմ|մեր|աշխատ\p{L}*|ստում|ստախոս\p{L}*|սուտ|անկախ\p{L}*|նախկին|քննադատ\p{L}*|պրոպագանդ\p{L}*|կեղծ\p{L}*|չէ|չեմ|չենք|չեն|դեմ|մասին|և|քարոզչ\p{L}*|ֆան\p{L}*|դիտորդ\p{L}*|լրագրող\p{L}*|լուրեր\p{L}*|አይደለም|አይደሉም|ոչ|არ)(?![\p{L}\p{M}])|(?<![南中北西东東])非(?:官方|国家|國家|政府)|并非|並非|不是|没有|沒有|假|宣传|宣傳|讽刺|諷刺|前|独立|獨立|ではない|じゃない|私|僕|아닌|아님|아니|나는|저는|가짜|독립|ไม่|ผม|ฉัน|อิสระ|မဟုတ်|មិន|ບໍ່|ex-/iu;

/**
 * "Ownership and control" as one label's pair ("Medio de titularidad y control estatal · Perú", the
 * three-hundred-and-ninetieth set's page; "Media owned and controlled by the state"): its "and" joins the label's own
 * two words, no sentence's; only in the label's own shape, opening it, right before the control word (a review of
 * RULES_VERSION 122 found topics: "Propiedad y control estatal de los medios"); … and two participles of control so
 * joined after the media word ("Honduras | medio gestionado y vigilado por el Estado", the four-hundred-and-ninth
 * set's page), from a closed list (a review of RULES_VERSION 125 found victims, scorn and awards: "atacado y
 * silenciado", "odiado y temido", "premiado y reconocido").
 */
const OWNED_AND =
  /^(?:(?:medio|média|mídia|meio)\s+de\s+(?:titularidad|propiedad|titularidade|propriedade|propriété)|media\s+owned|(?:medio|média|mídia|meio|media)\s+(?:gestionad[oa]|financiad[oa]|vigilad[oa]|dirigid[oa]|administrad[oa]|supervisad[oa]|gerid[oa]|financé|financée|dirigé|dirigée|géré|gérée|supervisé|supervisée|funded|run|managed|supervised|operated))\s+(?:y|e|et|and)\s+(?=control|contrôl|(?:gestionad[oa]|financiad[oa]|vigilad[oa]|dirigid[oa]|administrad[oa]|supervisad[oa]|gerid[oa]|financé|financée|dirigé|dirigée|géré|gérée|supervisé|supervisée|funded|run|managed|supervised|operated)\s)/iu;

/**
 * Spanish "under the state's direction" (RAE, dirección: the action of directing), its noun otherwise a department's or
 * an address ("Dirección de Comunicación", NOT_A_LABEL_WORD): only right after "bajo" and right before the state's word
 * ("Medio informativo bajo dirección estatal (Nicaragua)", the five-hundred-and-thirty-seventh set's page).
 */
const UNDER_DIRECTION =
  /(?<![\p{L}])bajo\s+(?:la\s+)?dirección(?=\s+(?:estatal|gubernamental|del\s+estado|del\s+gobierno)(?![\p{L}]))/giu;

/**
 * Albanian joins its words with particles that are other languages' "and", "I" (e, i, të, së: "Media e kontrolluar nga
 * shteti i Shqipërisë", the two-hundred-and-fifty-ninth set's page): where the Albanian state word is, they are only
 * particles, and its own "not", "without", "independent", persons and scorn make a sentence (Fjalor i gjuhës shqipe).
 */
const ALBANIAN_STATE = /(?<!\p{L})shtet(?:i|it|in|ëror\p{L}*|eror\p{L}*)(?!\p{L})/iu;
const ALBANIAN_PARTICLE = /(?<![\p{L}\p{M}])(?:e|i|të|së)(?![\p{L}\p{M}])/giu;
const ALBANIAN_SENTENCE =
  /(?<!\p{L})(?:nuk|jo|s['’]|pa|pavarur|unë|ne|jam|jemi|gënjeshtr\p{L}*|propagand\p{L}*|kritik\p{L}*|tifoz\p{L}*|ish|në|për|kundër|liri\p{L}*|gazetar\p{L}*|gënje\p{L}*|dhe)(?!\p{L})/iu;

/**
 * Tajik (its own letters ӣ ҳ ғ қ ҷ ӯ tell it from Russian and Bulgarian): "not", "and", "in", "why", "must", a person
 * or a reader of the media (critic, fan, viewer, reporter, commentary) and "lie" make a sentence of it (dictionary
 * senses; a review of RULES_VERSION 103 found "Расонаҳои давлатӣ дурӯғ мегӯянд" and "Хабарнигори расонаи давлатӣ").
 */
const TAJIK_LETTERS = /[ӣҳғқҷӯ]/iu;
const TAJIK_SENTENCE =
  /(?<!\p{L})(?:на|ва|дар|чаро|бояд|ман|мо|танқид\p{L}*|мухлис\p{L}*|дӯстдор\p{L}*|тамошобин\p{L}*|хабарнигор\p{L}*|шарҳ\p{L}*|дурӯғ\p{L}*|корманд\p{L}*)(?!\p{L})/iu;

/**
 * A Vietnamese label's own shape, "control" or "under" with "the state" (not đ: Croatian and Bosnian write it too; a
 * review of RULES_VERSION 106 found "Građanin … gleda državne medije …" counted in syllables).
 */
// (… and "managed directly by the government", the government the label's last words: "Kênh thông tin Việt Nam chịu
// quản lý trực tiếp từ chính phủ", the five-hundred-and-forty-first set's page; not a local government's, a topic's
// "tax management of the government": a review of RULES_VERSION 144)
const VIETNAMESE_LABEL =
  /(?:kiểm soát|trực thuộc).*nhà nước|quản lý(?:\s+trực tiếp)?\s+(?:từ|bởi|của)\s+(?:chính phủ|nhà nước)\s*$/iu;

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
/** … the same but Georgia, a state's name in English too ("Georgia · state-controlled media"). */
const SPANISH_CITIES_TOO = new Set([...CITIES_TOO].filter((c) => c !== 'georgia'));

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
  // … and each state's short name in its own languages, the first of its row (src/lists/states-languages.ts): ICU
  // gives "République centrafricaine" where the label wrote "Centrafrique · média dirigé par l’État" (the
  // two-hundred-and-fifty-third set's page). The short name only: not a demonym, a long form or a capital.
  // (the states' rows only, as above: not Hong Kong's or Macau's, a review of RULES_VERSION 103)
  for (const { code } of STATE_IDENTITIES) {
    if (code === 'HK' || code === 'MO') continue;
    for (const row of STATE_LANGUAGES[code] ?? []) if (row.names[0]) names.add(key(row.names[0]));
  }
  for (const name of SHORT_NAMES_TOO) names.add(key(name));
  return names;
}

/**
 * Short names a state's own press writes that neither ICU nor the row's first name gives: "RD Congo" (Radio Okapi's and
 * RTNC's own usage; "RD Congo : média gouvernemental contrôlé", the two-hundred-and-ninety-first set's page); … and the
 * initials a state's own official style is shortened to, in its own languages (Wikipedia, each state's article):
 * "RDC" (République démocratique du Congo: "RDC · média que le gouvernement congolais contrôle", the
 * five-hundred-and-fifty-eighth set's page), "ҚР" (Қазақстан Республикасы: "ҚР: үкімет бақылауындағы БАҚ арнасы", the
 * five-hundred-and-sixtieth's), "РФ" (Российская Федерация), "РБ" (Республика Беларусь), "КР" (Кыргыз Республикасы),
 * "RPDC" (the DPRK in French and Spanish), "EAU" and "UAE" (INITIALS). Only as a label's slot, as the names above are.
 */
const SHORT_NAMES_TOO = ['RD Congo'];
/** … the initials as written, in capitals only ("Eau : …" is water; a review of RULES_VERSION 146). */
const INITIALS = new Set(['RDC', 'ҚР', 'РФ', 'РБ', 'КР', 'RPDC', 'EAU', 'UAE']);

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
