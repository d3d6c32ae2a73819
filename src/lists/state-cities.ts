/**
 * Cities where state broadcasters and agencies have regional studios or bureaus, by state (ISO 3166-1), as written
 * locally and in English: written right after a shared acronym they place it as the state's flag would, the way a
 * regional edition is named ("NTA Kano", "TVR Iași", "RTS Niš", "RRI Surabaya", "AIR Kolkata"). Only there: a city
 * elsewhere in a bio says where someone lives, not whose outlet it is (src/lists/bio/tables.ts, placeNames). Capitals
 * are in src/lists/states.ts already. Left out: cities that are also countries or other places' names (Antigua,
 * Valencia, Saint-Louis), one- or two-letter names, and the states whose acronyms name colleges, councils and co-ops
 * in their cities (Pakistan's PBC, the Punjab Bar Council; Bangladesh's BSS, a degree; Mexico's SPR, a rural co-op;
 * Ghana's NTC, its nursing training colleges: a review). A city followed by an institution's word ("Khulna
 * University", "Tamale SRC") places nothing. Sources: each state's largest cities and the regional studios the
 * outlets' own sites list (nta.ng, tvr.ro, rts.rs, rri.co.id, prasarbharati.gov.in, …).
 */
export const STATE_CITIES: Readonly<Record<string, readonly string[]>> = {
  RO: ['Iași', 'Iasi', 'Cluj', 'Timișoara', 'Timisoara', 'Craiova', 'Constanța', 'Constanta', 'Târgu Mureș'],
  // (Angola's provincial capitals where the national radio has its stations: the four-hundred-and-twenty-seventh set)
  AO: ['Benguela', 'Huambo', 'Lubango', 'Lobito', 'Malanje', 'Uíge'],
  // (DR Congo's largest provincial cities, where RTNC has its provincial stations and the ACP its bureaus: "Correspondant
  // de l’ACP à Goma (Nord-Kivu)", the five-hundred-and-eighth set; rtnc.cd, acp.cd)
  CD: ['Goma', 'Lubumbashi', 'Bukavu', 'Kisangani', 'Mbuji-Mayi', 'Kananga', 'Matadi', 'Kolwezi'],
  NG: [
    'Lagos',
    'Kano',
    'Ibadan',
    'Kaduna',
    'Port Harcourt',
    'Enugu',
    'Uyo',
    'Jos',
    'Calabar',
    'Owerri',
    'Ilorin',
    'Sokoto',
    'Maiduguri',
    'Benin City',
    'Abeokuta',
    'Akure',
    'Makurdi',
    'Yola',
    'Bauchi',
    // … and the other state capitals, where the state broadcasters sit ("OSBC Osogbo", the four-hundred-and-fortieth
    // set; Nigeria's 36 state capitals)
    'Osogbo',
    'Oshogbo',
    'Ado-Ekiti',
    'Asaba',
    'Lokoja',
    'Minna',
    'Lafia',
    'Jalingo',
    'Gombe',
    'Dutse',
    'Katsina',
    'Birnin Kebbi',
    'Gusau',
    'Damaturu',
    'Awka',
    'Umuahia',
    'Abakaliki',
    'Yenagoa',
  ],
  // … and county seats where the Kenya News Agency keeps its county offices (kenyanews.go.ke datelines: "Kakamega",
  // "Nyeri"; the three-hundred-and-forty-first and -forty-third sets' bylines)
  KE: ['Mombasa', 'Kisumu', 'Nakuru', 'Eldoret', 'Nyeri', 'Kakamega', 'Machakos', 'Kisii', 'Garissa', 'Thika'],
  // Mozambique's provincial capitals with Rádio Moçambique's provincial stations (rm.co.mz: "Emissor Provincial de
  // Nampula"; the three-hundred-and-fortieth set's "Repórter • Rádio Moçambique • Nampula"). Not Pemba, also
  // Tanzania's island.
  MZ: ['Beira', 'Nampula', 'Quelimane', 'Tete', 'Chimoio', 'Lichinga', 'Inhambane', 'Xai-Xai'],
  // Adjara TV and Radio's seat (ajaratv.ge), and Georgia's second city in the west (the two-hundred-and-sixty-first
  // set's "ჟურნალისტი • აჭარის ტელევიზია და რადიო • ბათუმი"); Malawi's commercial capital, seat of MBC (mbc.mw)
  GE: ['Batumi', 'ბათუმი', 'Kutaisi', 'ქუთაისი'],
  MW: ['Blantyre', 'Mzuzu'],
  TZ: ['Dar es Salaam', 'Arusha', 'Mwanza', 'Mbeya'],
  UG: ['Gulu', 'Mbarara', 'Jinja'],
  ZW: ['Bulawayo', 'Mutare', 'Gweru'],
  ZM: ['Ndola', 'Kitwe'],
  ET: ['Dire Dawa', 'Mekelle', 'Bahir Dar', 'Hawassa', 'Adama'],
  SN: ['Thiès', 'Thies', 'Ziguinchor', 'Kaolack'],
  CI: ['Bouaké', 'Bouake', 'Korhogo', 'San-Pédro'],
  BG: ['Пловдив', 'Варна', 'Бургас', 'Благоевград', 'Шумен', 'Видин', 'Стара Загора', 'Plovdiv', 'Varna', 'Burgas'],
  RS: ['Нови Сад', 'Ниш', 'Крагујевац', 'Novi Sad', 'Niš', 'Kragujevac'],
  VN: ['TP.HCM', 'TP HCM', 'Sài Gòn', 'Đà Nẵng', 'Cần Thơ', 'Huế', 'Hải Phòng'],
  // … and Delhi as Hindi writes it, the capital's everyday name ("समाचार वाचिका, आकाशवाणी दिल्ली", the
  // two-hundred-and-ninth set); not Latin "Delhi": a place before a title would read it out of "New Delhi"
  IN: [
    'Kolkata',
    'Mumbai',
    'Chennai',
    'Lucknow',
    'Hyderabad',
    'Bengaluru',
    'Patna',
    'कोलकाता',
    'लखनऊ',
    'মুম্বাই',
    'কলকাতা',
    'दिल्ली',
    'मुंबई',
  ],
  PH: ['Cebu', 'Davao', 'Iloilo', 'Baguio'],
  ID: ['Surabaya', 'Medan', 'Bandung', 'Makassar', 'Yogyakarta', 'Semarang'],
  MY: ['Kuching', 'Kota Kinabalu', 'Johor Bahru', 'Ipoh'],
  TH: ['Chiang Mai', 'Khon Kaen', 'Hat Yai', 'เชียงใหม่', 'ขอนแก่น'],
  NP: ['Pokhara', 'Biratnagar'],
  LK: ['Kandy', 'Jaffna', 'Galle'],
  MA: ['Casablanca', 'Marrakech', 'Fès', 'Tanger', 'Agadir'],
  // Cuba's provincial capitals, where ACN and Radio Rebelde keep correspondents (acn.cu's provincial pages); not
  // "Santiago" alone (Chile's capital), "Granma" (a word and a paper) or "Santa Clara" (California's too).
  CU: [
    'Matanzas',
    'Santiago de Cuba',
    'Camagüey',
    'Camaguey',
    'Holguín',
    'Holguin',
    'Cienfuegos',
    'Pinar del Río',
    'Pinar del Rio',
    'Las Tunas',
    'Bayamo',
    'Guantánamo',
    'Guantanamo',
    'Sancti Spíritus',
    'Ciego de Ávila',
  ],
};

/** A capitalised word or an institution's after the city: a college, a university, a council, a students' union. */
const INSTITUTION_AFTER =
  /^[\s'’-]*(?:\p{Lu}|[Uu]niversit|[Cc]ollege|[Cc]ampus|[Ss]chool|[Pp]olytechnic|[Nn]urs|[Ss]tudent)/u;

/**
 * The city opening `after` right after one space or a hyphen ("NTA Kano 🎙️": NG, 5 characters), if one. With
 * `afterIn`, also after "in" as bylines write it when a title governs the acronym ("Corresponsal de la ACN en
 * Matanzas": en, es, fr, pt, de, id/ms; not "a", "no", English and Portuguese words too: a review).
 */
export function cityAt(after: string, afterIn = false): { state: string; length: number } | undefined {
  if (!/^[ -]/u.test(after)) return undefined;
  const prep = (afterIn && /^ (?:in|en|à|em|na|di|im) (?=\p{Lu})/u.exec(after)?.[0].length) || 1;
  const rest = after.slice(prep);
  for (const [state, cities] of Object.entries(STATE_CITIES)) {
    for (const city of cities) {
      const next = rest.slice(city.length);
      if (!rest.startsWith(city) || /^[\p{L}\p{M}\p{N}]/u.test(next) || INSTITUTION_AFTER.test(next)) continue;
      return { state, length: city.length + prep };
    }
  }
  return undefined;
}

/**
 * Capitals written so that only the capital can be meant, which place a bio in their state for the names several
 * states' outlets share, but are no state's identity (src/lists/states-more.ts keeps them out of the state cue: a
 * page named after its city is a city's page). Amman with its shadda, عمّان, which Oman's name never carries (عُمان;
 * Arabic orthography): "محرر في صحيفة الدستور · عمّان", the six-hundred-and-twenty-second and -twenty-fourth sets.
 */
const PLACING_CAPITALS = Object.entries({ JO: ['عمّان'] }).map(
  ([code, names]) =>
    [
      code,
      new RegExp(`(?<![\\p{L}\\p{M}])(?:${names.map((n) => n.normalize('NFKC')).join('|')})(?![\\p{L}\\p{M}])`, 'u'),
    ] as const,
);

/** The states whose PLACING_CAPITALS `text` writes as whole words. */
export function placingCapitalsIn(text: string): string[] {
  const t = text.normalize('NFKC');
  return PLACING_CAPITALS.filter(([, re]) => re.test(t)).map(([code]) => code);
}
