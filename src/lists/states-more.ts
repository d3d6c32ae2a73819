/**
 * State identities for the rest of the states whose state-controlled or captured public outlets the registry lists
 * (src/lists/registry/), so that the state cue works for every such state and not only the ones states.ts began with.
 *
 * Same rules as states.ts: facts only — the English short name of ISO 3166-1, the official or common name in the
 * state's own language(s) and script(s), the capital, and a few other major-language names where a seed account is
 * likely to use them (Russian for the former Soviet states, Chinese for East and South-East Asia, French and Arabic
 * where official). The flag is the Unicode regional-indicator pair of the code, computed.
 *
 * Left out because they are ordinary words or name something else: '中华' (a given name, brands, a Chinese school's
 * name in Malaysia: "王中华", "中华牙膏", "中华独中"), 'Đất Việt' (compared without marks it is "Đạt Việt", two given
 * names; firms' names), 'Jordan', 'Chad' (given names), 'المغرب' (also
 * "the west", "sunset"), 'عمان' (also Amman, Jordan's capital), '蒙古' alone (inside 内蒙古, Inner Mongolia, a
 * Chinese region), 'ไทย' alone (Thai, inside ordinary Thai words), 'Macedonia' alone (also the Greek region),
 * 'Dominican' alone (Dominica); capitals that are given names or words ('Sofia', 'Lima', 'La Paz', 'Sucre', 'Alger',
 * 'Colombo', 'Muscat', مسقط "birthplace", الرباط "ligament", الخرطوم "hose"), or name another city too ('Tripoli',
 * 'Athens', 'Monrovia'); Russian short forms that are common words ('Того' "of that", 'Чад' "fumes", 'ЦАР', 'Чили'). Kept though they are also words: 'Chile' (the pepper in Mexican Spanish), 'Ecuador'
 * (Spanish for the equator), 'Niger' (the river), 'Panama' (the hat): a cue needs the name to be nothing but the state and framing words, and strong
 * amplification besides.
 */

interface Row {
  code: string;
  names: string[];
  flag: string;
}

/** The regional-indicator pair of an ISO 3166-1 alpha-2 code: "KP" → 🇰🇵 (Unicode, "Regional indicator symbol"). */
export function flag(code: string): string {
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

const ROWS: [string, string[]][] = [
  // ---- East, South and South-East Asia ----
  ['HK', ['Hong Kong', 'Hongkong', '香港', 'Гонконг', '홍콩']],
  ['MO', ['Macau', 'Macao', '澳门', '澳門', 'Макао']],
  ['BD', ['Bangladesh', 'বাংলাদেশ', 'Dhaka', 'ঢাকা', 'Бангладеш', '孟加拉国']],
  ['BT', ['Bhutan', 'འབྲུག་ཡུལ', 'Thimphu', 'Бутан', '不丹']],
  ['BN', ['Brunei', 'Brunei Darussalam', 'Bandar Seri Begawan', 'Бруней', '文莱']],
  ['KH', ['Cambodia', 'Kampuchea', 'កម្ពុជា', 'Phnom Penh', 'Cambodge', 'Камбоджа', '柬埔寨']],
  ['LA', ['Laos', 'Lao PDR', 'ລາວ', 'Vientiane', 'Лаос', '老挝', '寮國']],
  ['MY', ['Malaysia', 'Kuala Lumpur', 'Malaisie', 'Малайзия', '马来西亚', '馬來西亞', '말레이시아']],
  ['MN', ['Mongolia', 'Монгол Улс', 'Ulaanbaatar', 'Улаанбаатар', 'Mongolie', 'Монголия', '蒙古国', '蒙古國', '몽골']],
  ['MM', ['Myanmar', 'Burma', 'မြန်မာ', 'Naypyidaw', 'Yangon', 'Мьянма', '缅甸', '緬甸']],
  ['NP', ['Nepal', 'नेपाल', 'Kathmandu', 'काठमाडौं', 'Непал', '尼泊尔']],
  ['SG', ['Singapore', 'Singapura', '新加坡', 'சிங்கப்பூர்', 'Сингапур', '싱가포르']],
  ['LK', ['Sri Lanka', 'ශ්‍රී ලංකාව', 'இலங்கை', 'Шри-Ланка', '斯里兰卡']],
  // … "สยามประเทศ", "the country of Siam", the older name as the anthem and slogans write it ("สยามประเทศ 🇹🇭", the
  // hundred-and-forty-eighth set's seed); not 'สยาม' alone (banks', malls' and firms' names)
  ['TH', ['Thailand', 'ประเทศไทย', 'สยามประเทศ', 'Bangkok', 'กรุงเทพ', 'Thaïlande', 'Таиланд', '泰国', '泰國', '태국']],
  // ---- Former Soviet states ----
  ['AM', ['Armenia', 'Հայաստան', 'Yerevan', 'Երևան', 'Arménie', 'Армения', 'Ереван']],
  ['AZ', ['Azerbaijan', 'Azərbaycan', 'Baku', 'Bakı', 'Azerbaïdjan', 'Азербайджан', 'Баку']],
  ['MD', ['Moldova', 'Republica Moldova', 'Chișinău', 'Chisinau', 'Молдова', 'Молдавия', 'Кишинёв']],
  // 'Тоҷикистони': the name with the Tajik izafet, as it stands before an adjective or "our" ("Тоҷикистони мо").
  ['TJ', ['Tajikistan', 'Тоҷикистон', 'Тоҷикистони', 'Dushanbe', 'Душанбе', 'Таджикистан']],
  ['TM', ['Turkmenistan', 'Türkmenistan', 'Ashgabat', 'Aşgabat', 'Туркменистан', 'Ашхабад', 'Туркмения']],
  [
    'UZ',
    [
      'Uzbekistan',
      "O'zbekiston",
      'O‘zbekiston',
      'Uzbekiston',
      'Ўзбекистон',
      'Tashkent',
      'Toshkent',
      'Узбекистан',
      'Ташкент',
    ],
  ],
  // ---- Europe ----
  ['AL', ['Albania', 'Shqipëria', 'Shqipëri', 'Tirana', 'Albanie', 'Албания']],
  ['BA', ['Bosnia and Herzegovina', 'Bosna i Hercegovina', 'Босна и Херцеговина', 'Sarajevo', 'Сарајево']],
  ['BG', ['Bulgaria', 'България', 'Bulgarie', 'Болгария']],
  ['HR', ['Croatia', 'Hrvatska', 'Zagreb', 'Croatie', 'Хорватия']],
  // (… and its capital in Turkish, Lefkoşa, where the Turkish Cypriot agency TAK sits: the four-hundred-and-twenty-first set)
  ['CY', ['Cyprus', 'Κύπρος', 'Kıbrıs', 'Nicosia', 'Λευκωσία', 'Lefkoşa', 'Chypre', 'Кипр']],
  ['GR', ['Greece', 'Ελλάδα', 'Ελλάς', 'Hellas', 'Grèce', 'Греция']],
  ['HU', ['Hungary', 'Magyarország', 'Budapest', 'Hongrie', 'Венгрия']],
  ['MT', ['Malta', 'Valletta', 'Мальта']],
  ['ME', ['Montenegro', 'Crna Gora', 'Црна Гора', 'Podgorica', 'Monténégro', 'Черногория']],
  // … and the short name its own speakers use, in Cyrillic and in Latin letters (Македонија; the forty-second set's
  // seed). Not "Macedonia": the English and Greek name of a Greek region too.
  [
    'MK',
    [
      'North Macedonia',
      'Северна Македонија',
      'Skopje',
      'Скопје',
      'Macédoine du Nord',
      'Северная Македония',
      'Македонија',
      'Makedonija',
    ],
  ],
  ['RO', ['Romania', 'România', 'Bucharest', 'București', 'Roumanie', 'Румыния']],
  ['RS', ['Serbia', 'Србија', 'Srbija', 'Belgrade', 'Београд', 'Beograd', 'Serbie', 'Сербия']],
  ['SK', ['Slovakia', 'Slovensko', 'Bratislava', 'Slovaquie', 'Словакия']],
  ['VA', ['Vatican City', 'Holy See', 'Città del Vaticano', 'Santa Sede', 'Ватикан']],
  // ---- Middle East and North Africa ----
  ['DZ', ['Algeria', 'الجزائر', 'Algérie', 'Algiers', 'Алжир']],
  ['BH', ['Bahrain', 'البحرين', 'Manama', 'Bahreïn', 'Бахрейн']],
  ['JO', ['Hashemite Kingdom of Jordan', 'الأردن', 'المملكة الأردنية الهاشمية', 'Amman', 'Jordanie', 'Иордания']],
  ['KW', ['Kuwait', 'الكويت', 'Koweït', 'Кувейт']],
  ['LY', ['Libya', 'ليبيا', 'Libye', 'Ливия']],
  ['MA', ['Morocco', 'المملكة المغربية', 'Maroc', 'Marruecos', 'Rabat', 'Марокко']],
  // (… and 'عُمان' with the damma on its ain, which Amman's عَمّان does not carry; the six-hundred-and-sixty-first and
  // -sixty-fifth sets' seeds)
  ['OM', ['Oman', 'سلطنة عمان', 'سلطنة عُمان', 'Оман', 'عُمان']],
  ['TN', ['Tunisia', 'تونس', 'Tunisie', 'Tunis', 'Тунис']],
  ['YE', ['Yemen', 'اليمن', 'صنعاء', 'Yémen', 'Йемен']],
  // ---- Sub-Saharan Africa ----
  ['AO', ['Angola', 'Luanda', 'Ангола']],
  ['BJ', ['Benin', 'Bénin', 'Porto-Novo', 'Cotonou', 'Бенин']],
  ['BW', ['Botswana', 'Gaborone', 'Ботсвана']],
  ['BF', ['Burkina Faso', 'Ouagadougou', 'Буркина-Фасо']],
  ['BI', ['Burundi', 'Gitega', 'Bujumbura', 'Бурунди']],
  ['CM', ['Cameroon', 'Cameroun', 'Yaoundé', 'Камерун']],
  ['CF', ['Central African Republic', 'Centrafrique', 'République centrafricaine', 'Bangui']],
  ['TD', ['Tchad', 'تشاد', 'Republic of Chad', "N'Djamena"]],
  ['CI', ["Côte d'Ivoire", 'Côte d’Ivoire', 'Ivory Coast', 'Abidjan', 'Yamoussoukro', "Кот-д'Ивуар"]],
  ['DJ', ['Djibouti', 'جيبوتي', 'Джибути']],
  ['ER', ['Eritrea', 'ኤርትራ', 'Asmara', 'إريتريا', 'Эритрея']],
  ['ET', ['Ethiopia', 'ኢትዮጵያ', 'Addis Ababa', 'አዲስ አበባ', 'Éthiopie', 'Эфиопия']],
  ['GA', ['Gabon', 'Libreville', 'Габон']],
  ['GM', ['The Gambia', 'Gambia', 'Banjul', 'Гамбия']],
  ['GH', ['Ghana', 'Accra', 'Гана']],
  ['LS', ['Lesotho', 'Maseru', 'Лесото']],
  ['LR', ['Liberia', 'Либерия']],
  ['MG', ['Madagascar', 'Madagasikara', 'Antananarivo', 'Мадагаскар']],
  ['MW', ['Malawi', 'Lilongwe', 'Малави']],
  ['MR', ['Mauritania', 'موريتانيا', 'Mauritanie', 'Nouakchott', 'Мавритания']],
  ['MZ', ['Mozambique', 'Moçambique', 'Maputo', 'Мозамбик']],
  ['NA', ['Namibia', 'Windhoek', 'Намибия']],
  ['NE', ['Niger', 'Niamey', 'Нигер']],
  ['RW', ['Rwanda', 'Kigali', 'Руанда']],
  ['SN', ['Senegal', 'Sénégal', 'Dakar', 'Сенегал']],
  ['SO', ['Somalia', 'Soomaaliya', 'الصومال', 'Mogadishu', 'Muqdisho', 'Сомали']],
  ['SS', ['South Sudan', 'Juba', 'Южный Судан']],
  ['SD', ['Sudan', 'السودان', 'Khartoum', 'Soudan', 'Судан']],
  ['TZ', ['Tanzania', 'Dodoma', 'Dar es Salaam', 'Танзания']],
  ['TG', ['Togo', 'Lomé']],
  ['UG', ['Uganda', 'Kampala', 'Уганда']],
  ['ZM', ['Zambia', 'Lusaka', 'Замбия']],
  ['ZW', ['Zimbabwe', 'Harare', 'Зимбабве']],
  // ---- The Americas ----
  ['BO', ['Bolivia', 'Estado Plurinacional de Bolivia', 'Bolivie', 'Боливия']],
  ['CL', ['Chile', 'Santiago de Chile']],
  ['DO', ['Dominican Republic', 'República Dominicana', 'Santo Domingo', 'Доминиканская Республика']],
  ['EC', ['Ecuador', 'Équateur', 'Quito', 'Эквадор']],
  ['SV', ['El Salvador', 'San Salvador', 'Сальвадор']],
  ['GT', ['Guatemala', 'Гватемала']],
  ['HT', ['Haiti', 'Haïti', 'Ayiti', 'Port-au-Prince', 'Гаити']],
  ['HN', ['Honduras', 'Tegucigalpa', 'Гондурас']],
  ['PA', ['Panama', 'Panamá', 'Панама']],
  ['PY', ['Paraguay', 'Asunción', 'Парагвай']],
  ['PE', ['Peru', 'Perú', 'Pérou', 'Перу']],
  ['UY', ['Uruguay', 'Montevideo', 'Уругвай']],
  // ---- The other UN member states (issue 13: the state as identity for every member where it is cheap) ----
  // Names as in the UN's list of member states (English short name), the state's own language(s) and Russian, from
  // the UN Terminology Database (UNTERM) forms; capitals left out where they are given names, words or other places
  // (not 'Maurice', 'Wellington', 'Nassau', 'Moroni', 'Luxemburg', 'Victoria', 'Kingston', 'Roseau': given names,
  // surnames or other places). 'Mali' is also Serbo-Croatian "small": a cue needs the name to be nothing but the
  // state and framing words, and strong amplification besides. These states count for the cue only once the
  // registry lists state media of theirs (STATES_WITH_OUTLETS); until then a mention is reported, for 0 points.
  ['AD', ['Andorra', 'Andorra la Vella', 'Андорра']],
  ['AG', ['Antigua and Barbuda', 'Антигуа и Барбуда']],
  ['AT', ['Austria', 'Österreich', 'Autriche', 'Австрия', '奥地利']],
  ['BS', ['Bahamas', 'The Bahamas', 'Багамы']],
  ['BB', ['Barbados', 'Bridgetown', 'Барбадос']],
  ['BE', ['Belgium', 'België', 'Belgique', 'Belgien', 'Бельгия']],
  ['BZ', ['Belize', 'Belmopan', 'Белиз']],
  ['CV', ['Cabo Verde', 'Cape Verde', 'Cap-Vert', 'Кабо-Верде']],
  ['KM', ['Comoros', 'Comores', 'جزر القمر', 'Коморы']],
  ['CR', ['Costa Rica', 'Коста-Рика']],
  ['CZ', ['Czechia', 'Czech Republic', 'Česko', 'Česká republika', 'Praha', 'Чехия']],
  ['DK', ['Denmark', 'Danmark', 'København', 'Danemark', 'Дания']],
  ['DM', ['Commonwealth of Dominica', 'Доминика']],
  ['EE', ['Estonia', 'Eesti', 'Tallinn', 'Estonie', 'Эстония', 'Таллин']],
  ['SZ', ['Eswatini', 'eSwatini', 'Swaziland', 'Mbabane', 'Эсватини']],
  ['FJ', ['Fiji', 'Viti', 'Suva', 'Фиджи']],
  ['FI', ['Finland', 'Suomi', 'Helsinki', 'Finlande', 'Финляндия']],
  ['GD', ['Grenada', 'Гренада']],
  ['GY', ['Guyana', 'Georgetown Guyana', 'Гайана']],
  ['IS', ['Iceland', 'Ísland', 'Reykjavík', 'Reykjavik', 'Islande', 'Исландия']],
  ['JM', ['Jamaica', 'Jamaïque', 'Ямайка']],
  ['KI', ['Kiribati', 'Tarawa', 'Кирибати']],
  ['KG', ['Kyrgyzstan', 'Kyrgyz Republic', 'Кыргызстан', 'Киргизия', 'Bishkek', 'Бишкек']],
  ['LV', ['Latvia', 'Latvija', 'Rīga', 'Lettonie', 'Латвия']],
  ['LI', ['Liechtenstein', 'Vaduz', 'Лихтенштейн']],
  ['LT', ['Lithuania', 'Lietuva', 'Vilnius', 'Lituanie', 'Литва']],
  ['LU', ['Luxembourg', 'Lëtzebuerg', 'Люксембург']],
  // Not 'Malé': read without its accent, as names are compared, it is the English word "male".
  ['MV', ['Maldives', 'ދިވެހިރާއްޖެ', 'Мальдивы']],
  ['ML', ['Mali', 'Bamako', 'Мали']],
  ['MH', ['Marshall Islands', 'Majuro', 'Маршалловы Острова']],
  ['MU', ['Mauritius', 'Port Louis', 'Маврикий']],
  ['FM', ['Micronesia', 'Federated States of Micronesia', 'Микронезия']],
  ['MC', ['Monaco', 'Монако']],
  ['NR', ['Nauru', 'Науру']],
  ['NZ', ['New Zealand', 'Aotearoa', 'Nouvelle-Zélande', 'Новая Зеландия', '新西兰']],
  ['NO', ['Norway', 'Norge', 'Noreg', 'Oslo', 'Norvège', 'Норвегия']],
  ['PW', ['Palau', 'Belau', 'Палау']],
  ['PT', ['Portugal', 'Lisboa', 'Lisbon', 'Португалия']],
  ['KN', ['Saint Kitts and Nevis', 'St Kitts and Nevis', 'Basseterre', 'Сент-Китс и Невис']],
  ['LC', ['Saint Lucia', 'St Lucia', 'Сент-Люсия']],
  [
    'VC',
    ['Saint Vincent and the Grenadines', 'St Vincent and the Grenadines', 'Kingstown', 'Сент-Винсент и Гренадины'],
  ],
  ['WS', ['Samoa', 'Sāmoa', 'Самоа']],
  ['SM', ['San Marino', 'Сан-Марино']],
  ['ST', ['Sao Tome and Principe', 'São Tomé e Príncipe', 'São Tomé', 'Сан-Томе и Принсипи']],
  ['SC', ['Seychelles', 'Sesel', 'Сейшелы']],
  ['SL', ['Sierra Leone', 'Freetown', 'Сьерра-Леоне']],
  ['SI', ['Slovenia', 'Slovenija', 'Ljubljana', 'Slovénie', 'Словения']],
  ['SB', ['Solomon Islands', 'Honiara', 'Соломоновы Острова']],
  ['SR', ['Suriname', 'Paramaribo', 'Суринам']],
  ['CH', ['Switzerland', 'Schweiz', 'Suisse', 'Svizzera', 'Svizra', 'Швейцария']],
  ['TL', ['Timor-Leste', 'East Timor', 'Timor Lorosa’e', 'Dili', 'Восточный Тимор']],
  ['TO', ['Tonga', "Nuku'alofa", 'Тонга']],
  ['TT', ['Trinidad and Tobago', 'Port of Spain', 'Тринидад и Тобаго']],
  ['TV', ['Tuvalu', 'Funafuti', 'Тувалу']],
  ['VU', ['Vanuatu', 'Port Vila', 'Вануату']],
];

/**
 * English demonyms of the states above (the forms of the CIA World Factbook's "Nationality" field), for a name like
 * "Eritrean Life" or "Ethiopian News". Left out where the word is something else or several states': 'Greek' ("Greek
 * life", US student clubs), 'Maltese' (a dog), 'Lao' (a surname), 'Thai' (cuisine), 'Dominican', 'Congolese',
 * 'Guinean', 'Sudanese', 'Macedonian', 'Bosnian' (a language), 'Somali' (a language, a people across borders).
 */
const DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  BD: ['Bangladeshi'],
  KH: ['Cambodian'],
  MY: ['Malaysian'],
  MN: ['Mongolian'],
  MM: ['Burmese'],
  NP: ['Nepali', 'Nepalese'],
  SG: ['Singaporean'],
  LK: ['Sri Lankan'],
  AM: ['Armenian'],
  AZ: ['Azerbaijani'],
  MD: ['Moldovan'],
  TJ: ['Tajikistani'],
  TM: ['Turkmenistani'],
  UZ: ['Uzbekistani'],
  AL: ['Albanian'],
  BG: ['Bulgarian'],
  HR: ['Croatian'],
  CY: ['Cypriot'],
  HU: ['Hungarian'],
  ME: ['Montenegrin'],
  RO: ['Romanian'],
  RS: ['Serbian'],
  SK: ['Slovak'],
  DZ: ['Algerian'],
  BH: ['Bahraini'],
  JO: ['Jordanian'],
  KW: ['Kuwaiti'],
  LY: ['Libyan'],
  MA: ['Moroccan'],
  OM: ['Omani'],
  TN: ['Tunisian'],
  YE: ['Yemeni'],
  AO: ['Angolan'],
  BJ: ['Beninese'],
  BF: ['Burkinabe'],
  BI: ['Burundian'],
  CM: ['Cameroonian'],
  CI: ['Ivorian'],
  DJ: ['Djiboutian'],
  ER: ['Eritrean'],
  ET: ['Ethiopian'],
  GA: ['Gabonese'],
  GM: ['Gambian'],
  GH: ['Ghanaian'],
  LR: ['Liberian'],
  MG: ['Malagasy'],
  MW: ['Malawian'],
  MR: ['Mauritanian'],
  MZ: ['Mozambican'],
  NA: ['Namibian'],
  NE: ['Nigerien'],
  RW: ['Rwandan'],
  SN: ['Senegalese'],
  TZ: ['Tanzanian'],
  TG: ['Togolese'],
  UG: ['Ugandan'],
  ZM: ['Zambian'],
  ZW: ['Zimbabwean'],
  BO: ['Bolivian'],
  CL: ['Chilean'],
  EC: ['Ecuadorian'],
  SV: ['Salvadoran'],
  GT: ['Guatemalan'],
  HT: ['Haitian'],
  HN: ['Honduran'],
  PA: ['Panamanian'],
  PY: ['Paraguayan'],
  PE: ['Peruvian'],
  UY: ['Uruguayan'],
  // 'Kyrgyz' as well: most Kyrgyz live in Kyrgyzstan, while 'Tajik', 'Turkmen', 'Uzbek' and 'Kazakh' name large peoples of
  // Afghanistan, Iran and China too and are left out.
  KG: ['Kyrgyzstani', 'Kyrgyz'],
  ML: ['Malian'],
  SL: ['Sierra Leonean'],
  // The states of states-state-media.ts (round 8a). Not 'Swazi' (a people of South Africa too).
  KM: ['Comorian'],
  MV: ['Maldivian'],
  MU: ['Mauritian'],
  NR: ['Nauruan'],
  ST: ['Santomean'],
};

export const MORE_STATE_IDENTITIES: readonly Row[] = ROWS.map(([code, names]) => ({
  code,
  names: [...names, ...(DEMONYMS[code] ?? [])],
  flag: flag(code),
}));
