/**
 * The official and main languages of every state that runs state media, and the script each is written in: the
 * specification the state names are measured against (tests/unit/state-names-coverage.test.ts). A state's identity
 * row (states.ts, states-more.ts, and the names below, merged in states.ts) must hold at least one name in every script listed here for it,
 * so that a seed account writing "Биздин Кыргызстан" or "ᠮᠣᠩᠭᠣᠯ ᠤᠯᠤᠰ" is read in the script it writes, not only in
 * English and Russian.
 *
 * Source: the official languages of each constitution as the CIA World Factbook ("Languages" field) and Ethnologue
 * list them, and the languages the state's own media publish in (the state's own news agency's language editions).
 * Scripts are ISO 15924 codes; a language written in two scripts in current official use (Kazakh, Serbian, Mongolian,
 * Uzbek) is listed twice. Regional languages with no national status are left out (Tamil in India, Uyghur in China):
 * the table says where a state's own voice writes, not every language spoken on its soil.
 */

/** ISO 15924 script codes used here, with the Unicode Script property each is checked by. */
export const SCRIPT_PROPERTY: Readonly<Record<string, string>> = {
  Latn: 'Latin',
  Cyrl: 'Cyrillic',
  Arab: 'Arabic',
  Hani: 'Han',
  Hang: 'Hangul',
  Ethi: 'Ethiopic',
  Khmr: 'Khmer',
  Laoo: 'Lao',
  Mymr: 'Myanmar',
  Sinh: 'Sinhala',
  Taml: 'Tamil',
  Deva: 'Devanagari',
  Beng: 'Bengali',
  Tibt: 'Tibetan',
  Geor: 'Georgian',
  Armn: 'Armenian',
  Grek: 'Greek',
  Thai: 'Thai',
  Tfng: 'Tifinagh',
  Mong: 'Mongolian',
  Hebr: 'Hebrew',
  Thaa: 'Thaana',
};

/**
 * ISO 3166-1 alpha-2 → "language:Script=name/name; …" (ISO 639-1 where it exists, else 639-3): each official or main
 * language with the state's short name in it, then its official long form, demonym or common short form where they
 * are unambiguous identity words ("Burkina", "Кыргыз", "Mzansi"). English is listed where it is official; every state
 * also has its English name (states.ts). The names are merged into the identity rows (states.ts), and the test finds
 * each one as this state and no other (collisions as states.ts describes them are left out: 'Kongó', 'Türkmen',
 * 'ខ្មែរ' name a people or a language across borders).
 * Sources: the state's name in its own languages as its constitution and its government's own site write it, checked
 * against the UN Terminology Database (UNTERM) and the Wikipedia article of the state in that language.
 */
const TABLE: Record<string, string> = {
  // ---- Asia ----
  AF: 'ps:Arab=افغانستان/د افغانستان اسلامي امارت; fa:Arab=افغانستان/امارت اسلامی افغانستان',
  BD: 'bn:Beng=বাংলাদেশ/গণপ্রজাতন্ত্রী বাংলাদেশ/বাংলাদেশী; en:Latn=Bangladesh',
  BT: 'dz:Tibt=འབྲུག་ཡུལ; en:Latn=Bhutan',
  BN: 'ms:Latn=Brunei Darussalam/Negara Brunei Darussalam; ms:Arab=بروني دارالسلام; en:Latn=Brunei',
  // … and "the country of" written joined before the name in Khmer and Lao (ប្រទេស, ປະເທດ), as Thai's ประเทศไทย is
  KH: 'km:Khmr=កម្ពុជា/ព្រះរាជាណាចក្រកម្ពុជា/ប្រទេសកម្ពុជា',
  CN: 'zh:Hani=中国/中华人民共和国/中國',
  HK: 'zh:Hani=香港; en:Latn=Hong Kong',
  MO: 'zh:Hani=澳門/澳门; pt:Latn=Macau',
  TW: 'zh:Hani=台灣/臺灣/中華民國',
  IN: 'hi:Deva=भारत/भारत गणराज्य/हिंदुस्तान; en:Latn=India',
  ID: 'id:Latn=Indonesia/Republik Indonesia',
  JP: 'ja:Hani=日本/日本国',
  KP: 'ko:Hang=조선/조선민주주의인민공화국/북조선',
  LA: 'lo:Laoo=ລາວ/ສປປ ລາວ/ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ/ປະເທດລາວ',
  MY: 'ms:Latn=Malaysia; ms:Arab=مليسيا; en:Latn=Malaysia',
  MN: 'mn:Cyrl=Монгол Улс/Монгол; mn:Mong=ᠮᠣᠩᠭᠣᠯ ᠤᠯᠤᠰ',
  // … and မြန်မာပြည် (Myanmar-pyi, "the land of Myanmar", as patriotic songs and pages write it; Myanmar–English
  // Dictionary, ပြည် "country")
  // … and "Myanmar's land", the name with the creaky tone it takes before a noun (Myanmar–English Dictionary), a name of
  // the country as "မြန်မာပြည်" is (the hundred-and-sixtieth set's seed, "မြန်မာ့မြေ 🇲🇲")
  MM: 'my:Mymr=မြန်မာ/မြန်မာနိုင်ငံ/မြန်မာပြည်/မြန်မာ့မြေ',
  MV: 'dv:Thaa=ދިވެހިރާއްޖެ/ދިވެހިރާއްޖޭގެ ޖުމްހޫރިއްޔާ; en:Latn=Maldives/Republic of Maldives',
  NP: 'ne:Deva=नेपाल/नेपाली',
  PK: 'ur:Arab=پاکستان/اسلامی جمہوریہ پاکستان; en:Latn=Pakistan',
  PH: 'fil:Latn=Pilipinas/Republika ng Pilipinas; en:Latn=Philippines',
  SG: 'en:Latn=Singapore; ms:Latn=Singapura; zh:Hani=新加坡; ta:Taml=சிங்கப்பூர்',
  LK: 'si:Sinh=ශ්‍රී ලංකාව/ශ්‍රී ලංකා; ta:Taml=இலங்கை',
  TH: 'th:Thai=ประเทศไทย/ราชอาณาจักรไทย',
  VN: 'vi:Latn=Việt Nam/Cộng hòa Xã hội chủ nghĩa Việt Nam',
  // ---- Former Soviet states ----
  AM: 'hy:Armn=Հայաստան/Հայաստանի Հանրապետություն',
  // … and the genitive, as a "Voice of" name writes it ("Azərbaycanın Səsi")
  AZ: 'az:Latn=Azərbaycan/Azərbaycan Respublikası/Azərbaycanın',
  BY: 'be:Cyrl=Беларусь/Рэспубліка Беларусь; ru:Cyrl=Беларусь/Республика Беларусь',
  GE: 'ka:Geor=საქართველო',
  KZ: 'kk:Cyrl=Қазақстан/Қазақстан Республикасы; kk:Latn=Qazaqstan; ru:Cyrl=Казахстан',
  KG: 'ky:Cyrl=Кыргызстан/Кыргыз Республикасы/Кыргыз; ru:Cyrl=Киргизия/Кыргызская Республика',
  MD: 'ro:Latn=Moldova/Republica Moldova',
  RU: 'ru:Cyrl=Россия/Российская Федерация',
  TJ: 'tg:Cyrl=Тоҷикистон/Ҷумҳурии Тоҷикистон',
  TM: 'tk:Latn=Türkmenistan',
  UA: 'uk:Cyrl=Україна',
  UZ: "uz:Latn=O'zbekiston/O'zbekiston Respublikasi; uz:Cyrl=Ўзбекистон/Ўзбекистон Республикаси",
  // ---- Europe ----
  AL: 'sq:Latn=Shqipëria/Shqipëri/Republika e Shqipërisë',
  BA: 'bs:Latn=Bosna i Hercegovina/BiH; hr:Latn=Bosna i Hercegovina; sr:Cyrl=Босна и Херцеговина',
  BG: 'bg:Cyrl=България/Република България',
  HR: 'hr:Latn=Hrvatska/Republika Hrvatska',
  CY: 'el:Grek=Κύπρος/Κυπριακή Δημοκρατία; tr:Latn=Kıbrıs',
  GR: 'el:Grek=Ελλάδα/Ελλάς/Ελληνική Δημοκρατία',
  HU: 'hu:Latn=Magyarország',
  IT: 'it:Latn=Italia/Repubblica Italiana',
  MT: 'mt:Latn=Malta/Repubblika ta’ Malta; en:Latn=Malta',
  ME: 'cnr:Latn=Crna Gora; cnr:Cyrl=Црна Гора',
  MK: 'mk:Cyrl=Северна Македонија/Република Северна Македонија; sq:Latn=Maqedonia e Veriut',
  PL: 'pl:Latn=Polska/Rzeczpospolita Polska',
  RO: 'ro:Latn=România',
  RS: 'sr:Cyrl=Србија/Република Србија; sr:Latn=Srbija/Republika Srbija',
  SK: 'sk:Latn=Slovensko/Slovenská republika',
  ES: 'es:Latn=España/Reino de España',
  TR: 'tr:Latn=Türkiye/Türkiye Cumhuriyeti',
  VA: 'it:Latn=Città del Vaticano/Stato della Città del Vaticano; la:Latn=Civitas Vaticana/Status Civitatis Vaticanae',
  // ---- Middle East and North Africa ----
  DZ: 'ar:Arab=الجزائر/الجمهورية الجزائرية الديمقراطية الشعبية; ber:Tfng=ⵍⴻⵣⵣⴰⵢⴻⵔ; fr:Latn=Algérie',
  BH: 'ar:Arab=البحرين/مملكة البحرين',
  EG: 'ar:Arab=مصر/جمهورية مصر العربية',
  IR: 'fa:Arab=ایران/جمهوری اسلامی ایران',
  IQ: 'ar:Arab=العراق/جمهورية العراق; ku:Arab=عێراق/کۆماری عێراق',
  JO: 'ar:Arab=الأردن/المملكة الأردنية الهاشمية',
  KW: 'ar:Arab=الكويت/دولة الكويت',
  LB: 'ar:Arab=لبنان/الجمهورية اللبنانية; fr:Latn=Liban',
  LY: 'ar:Arab=ليبيا/دولة ليبيا',
  MA: 'ar:Arab=المملكة المغربية; zgh:Tfng=ⵜⴰⴳⵍⴷⵉⵜ ⵏ ⵍⵎⵖⵔⵉⴱ/ⵍⵎⵖⵔⵉⴱ; fr:Latn=Maroc/Royaume du Maroc',
  OM: 'ar:Arab=سلطنة عمان/سلطنة عُمان',
  PS: 'ar:Arab=فلسطين/دولة فلسطين',
  QA: 'ar:Arab=قطر/دولة قطر',
  SA: 'ar:Arab=السعودية/المملكة العربية السعودية',
  SY: 'ar:Arab=سوريا/سورية/الجمهورية العربية السورية',
  TN: 'ar:Arab=تونس/الجمهورية التونسية; fr:Latn=Tunisie',
  AE: 'ar:Arab=الإمارات العربية المتحدة/دولة الإمارات',
  YE: 'ar:Arab=اليمن/الجمهورية اليمنية',
  // ---- Sub-Saharan Africa ----
  AO: 'pt:Latn=Angola/República de Angola/angolano/angolana',
  BJ: 'fr:Latn=Bénin/République du Bénin/béninois/béninoise',
  BW: 'en:Latn=Botswana; tn:Latn=Lefatshe la Botswana/Motswana',
  BF: 'fr:Latn=Burkina Faso/Burkina/burkinabè/burkinabé/burkinabe; mos:Latn=Burkĩna Faso',
  BI: 'rn:Latn=Uburundi/Repubulika y’Uburundi; fr:Latn=Burundi/burundais',
  CM: 'fr:Latn=Cameroun/République du Cameroun/camerounais/camerounaise; en:Latn=Cameroon',
  CF: 'fr:Latn=Centrafrique/République centrafricaine/centrafricain; sg:Latn=Bêafrîka/Ködörösêse tî Bêafrîka',
  TD: 'fr:Latn=Tchad/République du Tchad/tchadien/tchadienne; ar:Arab=تشاد/جمهورية تشاد',
  CG: 'fr:Latn=République du Congo/Congo-Brazzaville',
  CD: 'fr:Latn=République démocratique du Congo/RDC',
  CI: "fr:Latn=Côte d'Ivoire/Côte d’Ivoire/ivoirien/ivoirienne",
  DJ: 'fr:Latn=Djibouti/République de Djibouti; ar:Arab=جيبوتي/جمهورية جيبوتي; so:Latn=Jabuuti',
  ER: 'ti:Ethi=ኤርትራ/ሃገረ ኤርትራ; ar:Arab=إريتريا/دولة إريتريا; en:Latn=Eritrea',
  // (and the genitive with Amharic የ, "of", joined: "የኢትዮጵያ ድምፅ", the Voice of Ethiopia)
  ET: 'am:Ethi=ኢትዮጵያ/ኢትዮጵያዊ/የኢትዮጵያ; om:Latn=Itoophiyaa; ti:Ethi=ኢትዮጵያ; so:Latn=Itoobiya',
  GA: 'fr:Latn=Gabon/République gabonaise/gabonais/gabonaise',
  GM: 'en:Latn=The Gambia',
  GN: 'fr:Latn=République de Guinée/Guinée-Conakry',
  GQ: 'es:Latn=Guinea Ecuatorial/República de Guinea Ecuatorial/ecuatoguineano/ecuatoguineana; fr:Latn=Guinée équatoriale; pt:Latn=Guiné Equatorial',
  GW: 'pt:Latn=Guiné-Bissau/República da Guiné-Bissau',
  GH: 'en:Latn=Ghana',
  KE: 'sw:Latn=Kenya/Jamhuri ya Kenya; en:Latn=Kenya',
  KM: 'fr:Latn=Comores/Union des Comores/comorien/comorienne; ar:Arab=جزر القمر/الاتحاد القمري; zdj:Latn=Udzima wa Komori',
  LS: 'st:Latn=Lesotho/Mmuso wa Lesotho; en:Latn=Lesotho',
  LR: 'en:Latn=Liberia',
  MG: 'mg:Latn=Madagasikara/Repoblikan’i Madagasikara; fr:Latn=Madagascar/malgache',
  ML: 'fr:Latn=Mali/République du Mali/malien/malienne; bm:Latn=Mali',
  MU: 'en:Latn=Mauritius/Republic of Mauritius; fr:Latn=République de Maurice/île Maurice/mauricien/mauricienne; mfe:Latn=Repiblik Moris',
  MW: 'en:Latn=Malawi; ny:Latn=Malaŵi/Dziko la Malaŵi',
  MR: 'ar:Arab=موريتانيا/الجمهورية الإسلامية الموريتانية; fr:Latn=Mauritanie/mauritanien',
  MZ: 'pt:Latn=Moçambique/República de Moçambique/moçambicano/moçambicana',
  NA: 'en:Latn=Namibia',
  NE: 'fr:Latn=Niger/République du Niger/nigérien/nigérienne; ha:Latn=Nijar/Jamhuriyar Nijar',
  NG: 'en:Latn=Nigeria; ha:Latn=Najeriya/Tarayyar Najeriya; yo:Latn=Nàìjíríà/Naijiria; ig:Latn=Naịjirịa',
  RW: 'rw:Latn=Rwanda/Repubulika y’u Rwanda/Umunyarwanda; en:Latn=Rwanda; fr:Latn=Rwanda; sw:Latn=Rwanda',
  ST: 'pt:Latn=São Tomé e Príncipe/República Democrática de São Tomé e Príncipe/são-tomense/santomense',
  SL: 'en:Latn=Sierra Leone/Republic of Sierra Leone',
  SZ: 'ss:Latn=eSwatini/Umbuso weSwatini; en:Latn=Eswatini/Kingdom of Eswatini',
  SN: 'fr:Latn=Sénégal/République du Sénégal/sénégalais/sénégalaise; wo:Latn=Senegaal',
  SO: 'so:Latn=Soomaaliya/Jamhuuriyadda Federaalka Soomaaliya; ar:Arab=الصومال/جمهورية الصومال الفيدرالية',
  ZA: 'en:Latn=South Africa; af:Latn=Suid-Afrika; zu:Latn=iNingizimu Afrika; xh:Latn=uMzantsi Afrika/Mzansi',
  SS: 'en:Latn=South Sudan',
  SD: 'ar:Arab=السودان/جمهورية السودان; en:Latn=Sudan',
  TZ: 'sw:Latn=Tanzania/Jamhuri ya Muungano wa Tanzania/Mtanzania; en:Latn=Tanzania',
  TG: 'fr:Latn=Togo/République togolaise/togolais/togolaise',
  UG: 'en:Latn=Uganda; sw:Latn=Uganda/Jamhuri ya Uganda',
  ZM: 'en:Latn=Zambia',
  ZW: 'en:Latn=Zimbabwe; sn:Latn=Zimbabwe/Nyika yeZimbabwe; nd:Latn=Zimbabwe',
  // ---- Oceania ----
  NR: 'na:Latn=Naoero/Ripublik Naoero; en:Latn=Nauru/Republic of Nauru',
  // ---- The Americas ----
  AR: 'es:Latn=Argentina/República Argentina/argentino/argentina',
  BO: 'es:Latn=Bolivia/Estado Plurinacional de Bolivia/boliviano/boliviana; qu:Latn=Buliwya; ay:Latn=Wuliwya',
  BR: 'pt:Latn=Brasil/República Federativa do Brasil',
  CL: 'es:Latn=Chile/República de Chile/chileno/chilena',
  CO: 'es:Latn=Colombia/República de Colombia',
  CU: 'es:Latn=Cuba/República de Cuba',
  DO: 'es:Latn=República Dominicana',
  EC: 'es:Latn=Ecuador/República del Ecuador/ecuatoriano/ecuatoriana',
  SV: 'es:Latn=El Salvador/República de El Salvador/salvadoreño/salvadoreña',
  GT: 'es:Latn=Guatemala/República de Guatemala/guatemalteco/guatemalteca',
  HT: 'fr:Latn=Haïti/République d’Haïti; ht:Latn=Ayiti/Repiblik d Ayiti',
  HN: 'es:Latn=Honduras/República de Honduras/hondureño/hondureña',
  MX: 'es:Latn=México/Estados Unidos Mexicanos',
  NI: 'es:Latn=Nicaragua/República de Nicaragua',
  PA: 'es:Latn=Panamá/República de Panamá/panameño/panameña',
  PY: 'es:Latn=Paraguay/República del Paraguay/paraguayo/paraguaya; gn:Latn=Paraguái/Tetã Paraguái',
  PE: 'es:Latn=Perú/República del Perú/peruano/peruana; qu:Latn=Piruw',
  UY: 'es:Latn=Uruguay/República Oriental del Uruguay/uruguayo/uruguaya',
  VE: 'es:Latn=Venezuela/República Bolivariana de Venezuela',
};

export interface StateLanguage {
  lang: string;
  script: string;
  /** The state's name in this language: short name first, then long forms, demonyms and short identity forms. */
  names: readonly string[];
}

export const STATE_LANGUAGES: Readonly<Record<string, readonly StateLanguage[]>> = Object.fromEntries(
  Object.entries(TABLE).map(([code, list]) => [
    code,
    list.split('; ').map((part) => {
      const [head, names = ''] = part.split('=') as [string, string?];
      const [lang, script] = head.split(':') as [string, string];
      return { lang, script, names: names.split('/').filter(Boolean) };
    }),
  ]),
);

/**
 * The state's own-language name as it is typed in Latin letters without the letters Latin keyboards lack (ə, ë, ʻ,
 * apostrophes) or in the common romanization of a non-Latin name, as handles and many names write it
 * (`ozbekiston_today`, "Hayastan 🇦🇲"). Left out where the romanization is someone's name or another word: 'Suriya'
 * (a given name), 'Dzair' (a private Algerian channel's brand), 'Choson' (the Joseon dynasty), 'Makedonija' (also the
 * Greek region), 'Maghrib' (a prayer, a region). Sources: the romanizations the states' own agencies and the UN's
 * UNGEGN romanization tables use.
 */
const ROMANIZED: Readonly<Record<string, readonly string[]>> = {
  UZ: ['Ozbekiston', 'Uzbekiston'],
  AZ: ['Azerbaycan'],
  AL: ['Shqiperia', 'Shqiperi'],
  AM: ['Hayastan'],
  TJ: ['Tojikiston'],
  KZ: ['Kazakstan', 'Qazaqstan'],
  MN: ['Mongol Uls'],
  EG: ['Misr', 'Masr'],
  LB: ['Lubnan'],
  PS: ['Filastin'],
  UA: ['Ukraina', 'Ukrayina'],
  TH: ['Prathet Thai', 'Muang Thai'],
  ER: ['Ertra'],
  GR: ['Ellada'],
  BG: ['Balgariya', 'Bulgariya'],
};

/** Every name of the table for a state, with its romanized forms, for its identity row (states.ts). */
export function languageNames(code: string): string[] {
  return [...(STATE_LANGUAGES[code] ?? []).flatMap((l) => l.names), ...(ROMANIZED[code] ?? [])];
}

/** Whether a name is written in a script (ISO 15924), by the Unicode Script property. */
export function inScript(name: string, script: string): boolean {
  const property = SCRIPT_PROPERTY[script];
  if (!property) return false;
  return new RegExp(`\\p{Script=${property}}`, 'u').test(name);
}
