/**
 * South, Southeast, Central-South and East Asia outside China: Afghanistan to Vietnam, North Korea, Taiwan,
 * and the independent public media of the region (South Korea, Taiwan, Thailand, Bhutan, Indonesia).
 *
 * Left out on purpose: Japan's NHK (the State Media Monitor assesses it CaPu, i.e. state media, while the
 * project's brief and platform labelling treat it as an independent public broadcaster; until that conflict is
 * decided the registry says nothing about nhk.or.jp, and a subscription to the data set applies its call);
 * kcnawatch.org, which the data set gives as KCTV's URL but which is NK News's monitoring service, not a North
 * Korean outlet.
 */
import { criteria, SRC, smm } from './sources';
import type { StateOutlet } from './types';

export const ASIA: readonly StateOutlet[] = [
  // ---- Afghanistan (AF) ----
  {
    id: 'bakhtar',
    name: 'Bakhtar News Agency',
    state: 'AF',
    type: 'SC',
    aliases: [
      'Bakhtar News Agency',
      'Bakhtar News',
      'آژانس خبری باختر',
      // as staff write it (tests/fixtures/staff-lines/, after the fourteenth set)
      'آژانس باختر',
      // … and in Pashto and Dari, "Bakhtar news agency" (the hundred-and-forty-fifth set's "د باختر خبري اژانس خبریال")
      'باختر خبري اژانس',
      'خبرگزاری باختر',
      // … and its official Dari name, "Bakhtar Information Agency" (the agency's own masthead, bakhtarnews.af; the
      // two-hundred-and-fifty-first set's "گزارشگر آژانس اطلاعاتی باختر در هرات")
      'آژانس اطلاعاتی باختر',
    ],
    domains: ['bakhtarnews.af'],
    source: smm('Afghanistan, Bakhtar News Agency (bakhtarnews.af): SC'),
  },
  {
    id: 'afghanistan-state-newspapers',
    name: 'Department of State Newspapers (Hewad, Anis, Eslah)',
    state: 'AF',
    type: 'SC',
    // Not the oblique "د هېواد ورځپاڼې" (the sixty-seventh set): هېواد is "homeland" and ورځپاڼې also "newspapers" ("د
    // ګران هېواد ورځپاڼې خبریال", the dear homeland's newspapers; a review of RULES_VERSION 51).
    // … and the three papers' names with "newspaper" in Pashto (ورځپاڼه) and Dari (روزنامه), as their mastheads write
    // them (hewad.com, eslah.af; after the ninety-fifth set's Pashto staff line). Not "روزنامه اصلاح": Persian writes
    // Iran's reformist dailies "روزنامه اصلاح‌طلب" (a review).
    aliases: [
      'Hewad Daily',
      'Eslah Daily',
      'Anis Daily',
      'هیواد ورځپاڼه',
      'اصلاح ورځپاڼه',
      'انیس ورځپاڼه',
      'روزنامه هیواد',
      'روزنامه انیس',
    ],
    domains: ['hewad.com', 'eslah.af'],
    source: smm('Afghanistan, Department of State Newspapers: Hiwad (hewad.com), Anis, Eslah (eslah.af): SC'),
  },
  {
    id: 'rta',
    name: 'Radio Television Afghanistan (RTA)',
    state: 'AF',
    type: 'SC',
    aliases: [
      'Radio Television Afghanistan',
      'National Television Afghanistan',
      'رادیو تلویزیون ملی افغانستان',
      // … and its television by the same words with the state's name ("خبرنگار تلویزیون ملی افغانستان", the
      // four-hundred-and-fifth set; the data set's "National Television Afghanistan")
      'تلویزیون ملی افغانستان',
      'RTA Afghanistan',
    ],
    // Not "national television" (ملي تلویزیون), as RTA names its channel in Pashto and Dari: a Pashto title places a bio
    // in Pakistan as readily (PTV's), and every state's national TV is so called (a review of RULES_VERSION 86).
    placed: ['RTA'],
    // Main assets named by the state's name and "TV"/"radio": placed by that name itself (types.ts, placedInClause).
    placedInClause: ['Radio Afghanistan'],
    domains: ['rta.af'],
    source: [
      smm(
        'Afghanistan, Radio Television Afghanistan (RTA): National Television Afghanistan, Radio Afghanistan (rta.af): SC',
      ),
      'names and acronym: Wikipedia, “Radio Television Afghanistan”',
    ].join('; '),
  },

  // ---- Bangladesh (BD) ----
  {
    id: 'bangladesh-betar',
    name: 'Bangladesh Betar',
    state: 'BD',
    type: 'SC',
    aliases: ['Bangladesh Betar', 'বাংলাদেশ বেতার'],
    domains: ['betar.gov.bd'],
    source: smm('Bangladesh, Bangladesh Betar (BB, betar.gov.bd): SC'),
  },
  {
    id: 'bss',
    name: 'Bangladesh Sangbad Sangstha (BSS)',
    state: 'BD',
    type: 'SC',
    // বাসস: the agency's Bengali acronym, as Bangladeshi papers credit it after a dateline and Bengali Wikipedia
    // ("বাংলাদেশ সংবাদ সংস্থা") names it; no Bengali word.
    aliases: ['Bangladesh Sangbad Sangstha', 'বাংলাদেশ সংবাদ সংস্থা', 'BSS News', 'বাসস'],
    placed: ['BSS'],
    domains: ['bssnews.net'],
    source: [
      smm('Bangladesh, Bangladesh Sangbad Sangstha (BSS, bssnews.net): SC'),
      'names and acronym: Wikipedia, “Bangladesh Sangbad Sangstha”',
    ].join('; '),
  },
  {
    id: 'btv-bangladesh',
    name: 'Bangladesh Television (BTV)',
    state: 'BD',
    type: 'SC',
    aliases: ['Bangladesh Television', 'বাংলাদেশ টেলিভিশন', 'বিটিভি'],
    placed: ['BTV'],
    domains: ['btv.gov.bd'],
    source: [
      smm('Bangladesh, Bangladesh Television (BTV, btv.gov.bd): SC'),
      'names and acronym: Wikipedia, “Bangladesh Television”; বিটিভি, the acronym in Bengali letters, as btv.gov.bd writes it',
    ].join('; '),
  },

  // ---- Bhutan (BT) ----
  {
    id: 'bbs-bhutan',
    name: 'Bhutan Broadcasting Service (BBS)',
    state: 'BT',
    noNativeName: 'its own site (bbs.bt) names it in English only',
    type: 'SC',
    aliases: ['Bhutan Broadcasting Service'],
    placed: ['BBS'],
    domains: ['bbs.bt'],
    source: [
      smm('Bhutan, Bhutan Broadcasting Service (BBS, bbs.bt): SC'),
      'names and acronym: Wikipedia, “Bhutan Broadcasting Service”',
    ].join('; '),
  },
  {
    id: 'kuensel',
    name: 'Kuensel',
    state: 'BT',
    type: 'ISM',
    aliases: ['Kuensel', 'Kuensel Corporation'],
    domains: ['kuenselonline.com'],
    source: smm('Bhutan, Kuensel Corporation: Kuensel (kuenselonline.com): ISM'),
  },

  // ---- Brunei (BN) ----
  {
    id: 'brunei-press',
    name: 'Brunei Press: Borneo Bulletin, Media Permata',
    state: 'BN',
    noNativeName: 'English and Malay papers written in Latin script (Rumi)',
    type: 'SC',
    aliases: ['Borneo Bulletin', 'Media Permata', 'Brunei Press'],
    domains: ['borneobulletin.com.bn', 'mediapermata.com.bn'],
    source: smm(
      'Brunei, Brunei Press Sdn. Bhd.: Borneo Bulletin (borneobulletin.com.bn), Media Permata (mediapermata.com.bn): SC',
    ),
  },
  {
    id: 'pelita-brunei',
    name: 'Pelita Brunei',
    state: 'BN',
    noNativeName: 'Malay, written in Latin script (Rumi) on its own site',
    type: 'SC',
    aliases: ['Pelita Brunei'],
    domains: ['pelitabrunei.gov.bn'],
    source: smm('Brunei, Pelita Brunei (pelitabrunei.gov.bn): SC'),
  },
  {
    id: 'rtb-brunei',
    name: 'Radio Television Brunei (RTB)',
    state: 'BN',
    noNativeName: 'Malay, written in Latin script (Rumi) on its own site',
    type: 'SC',
    aliases: ['Radio Television Brunei', 'RTB Brunei', 'Radio Televisyen Brunei'],
    placed: ['RTB'],
    domains: ['rtb.gov.bn'],
    source: [
      smm('Brunei, Radio Television Brunei (RTB, rtb.gov.bn): SC'),
      'names and acronym: Wikipedia, “Radio Televisyen Brunei”',
    ].join('; '),
  },

  // ---- Cambodia (KH) ----
  {
    id: 'akp',
    name: 'Agence Kampuchea Presse (AKP)',
    state: 'KH',
    type: 'SC',
    aliases: ['Agence Kampuchea Presse', 'ទីភ្នាក់ងារសារព័ត៌មានកម្ពុជា'],
    // The data set's acronym; placed: read only where the bio places the state (another body's or a word elsewhere).
    placed: ['AKP'],
    domains: ['akp.gov.kh'],
    source: smm('Cambodia, Agence Kampuchea Presse (AKP, akp.gov.kh): SC'),
  },
  {
    id: 'tvk',
    name: 'National Television of Kampuchea (TVK) and National Radio of Kampuchea (RNK)',
    state: 'KH',
    type: 'SC',
    aliases: [
      'National Television of Kampuchea',
      'National Radio of Kampuchea',
      'ទូរទស្សន៍ជាតិកម្ពុជា',
      // the national radio in Khmer (after the nineteenth set)
      'វិទ្យុជាតិកម្ពុជា',
      'TVK Cambodia',
    ],
    placed: ['TVK', 'RNK'],
    domains: ['tvk.gov.kh', 'rnk.gov.kh'],
    source: [
      smm('Cambodia, National Television of Kampuchea: TVK (tvk.gov.kh), RNK Radio (rnk.gov.kh): SC'),
      'names: Wikipedia, “National Television of Kampuchea”',
    ].join('; '),
  },
  {
    id: 'bayon-tv',
    name: 'Bayon Television and Radio',
    state: 'KH',
    type: 'CaPr',
    aliases: ['Bayon TV', 'Bayon Television'],
    domains: ['bayontv.com.kh'],
    source: smm('Cambodia, Bayon Television: Bayon TV, Bayon Radio (bayontv.com.kh): CaPr'),
  },
  {
    id: 'ctn-cambodia',
    name: 'CTN (Cambodian Broadcasting Service)',
    state: 'KH',
    type: 'CaPr',
    aliases: ['CTN Cambodia', 'Cambodian Television Network'],
    domains: ['ctn.com.kh'],
    source: smm('Cambodia, Cambodian Broadcasting Service (CBS): CTN Cambodia (ctn.com.kh): CaPr'),
  },
  {
    id: 'fresh-news-cambodia',
    name: 'Fresh News (Cambodia)',
    state: 'KH',
    type: 'CaPr',
    aliases: ['Fresh News Asia'],
    domains: ['freshnewsasia.com'],
    source: smm('Cambodia, Fresh News (freshnewsasia.com): CaPr'),
  },
  {
    id: 'kampuchea-thmey',
    name: 'Kampuchea Thmey Daily',
    state: 'KH',
    type: 'CaPr',
    aliases: ['Kampuchea Thmey'],
    domains: ['kampucheathmey.com'],
    source: smm('Cambodia, Kampuchea Thmey Daily (kampucheathmey.com): CaPr'),
  },
  {
    id: 'khmer-times',
    name: 'Khmer Times',
    state: 'KH',
    type: 'CaPr',
    aliases: ['Khmer Times'],
    domains: ['khmertimeskh.com'],
    source: smm('Cambodia, Khmer Times (khmertimeskh.com): CaPr'),
  },
  {
    id: 'phnom-penh-post',
    name: 'The Phnom Penh Post',
    state: 'KH',
    type: 'CaPr',
    aliases: ['Phnom Penh Post'],
    domains: ['phnompenhpost.com'],
    source: smm('Cambodia, Phnom Penh Post (phnompenhpost.com): CaPr'),
  },

  // ---- India (IN) ----
  {
    id: 'prasar-bharati',
    name: 'Prasar Bharati: Doordarshan, All India Radio (Akashvani)',
    state: 'IN',
    type: 'SC',
    aliases: [
      'Prasar Bharati',
      'प्रसार भारती',
      'Doordarshan',
      'DD News',
      'DD India',
      'All India Radio',
      'Akashvani',
      'आकाशवाणी',
      'News on AIR',
      // Devanagari names as the Hindi editions of ddnews.gov.in and newsonair.gov.in write them
      'दूरदर्शन',
      // Doordarshan's news service by its Hindi name (tests/fixtures/staff-lines/)
      'दूरदर्शन समाचार',
      'डीडी न्यूज़',
      'डीडी न्यूज',
      'ऑल इंडिया रेडियो',
      // Doordarshan and Akashvani in the scripts their regional services broadcast in (Bengali/Assamese, Gurmukhi,
      // Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam, Urdu), as the regional stations and DD channels write
      // them on prasarbharati.gov.in and newsonair.gov.in; DD's regional channels by name.
      'দূরদর্শন',
      'দূৰদৰ্শন',
      'আকাশবাণী',
      'ਦੂਰਦਰਸ਼ਨ',
      'ਆਕਾਸ਼ਵਾਣੀ',
      'દૂરદર્શન',
      'આકાશવાણી',
      'ଦୂରଦର୍ଶନ',
      'ଆକାଶବାଣୀ',
      'தூர்தர்ஷன்',
      'அகில இந்திய வானொலி',
      'ஆகாசவாணி',
      'దూరదర్శన్',
      'ఆకాశవాణి',
      'ದೂರದರ್ಶನ',
      'ಆಕಾಶವಾಣಿ',
      'ദൂരദർശൻ',
      'ആകാശവാണി',
      'دوردرشن',
      'آل انڈیا ریڈیو',
      'DD National',
      'DD Bangla',
      'DD Podhigai',
      'DD Tamil',
      'DD Sahyadri',
      'DD Chandana',
      'DD Malayalam',
      'DD Saptagiri',
      'DD Yadagiri',
      'DD Girnar',
      'DD Punjabi',
      'DD Odia',
      'DD Urdu',
      'DD Kisan',
      'डीडी नेशनल',
    ],
    // The data set's acronym; placed: read only where the bio places the state (another body's or a word elsewhere).
    placed: ['AIR'],
    domains: ['prasarbharati.gov.in', 'allindiaradio.gov.in', 'newsonair.gov.in', 'ddnews.gov.in'],
    source: `${smm('India, Prasar Bharati: Doordarshan (prasarbharati.gov.in), All India Radio (allindiaradio.gov.in): SC')}; newsonair.gov.in (All India Radio News) and ddnews.gov.in (DD News) name Prasar Bharati in their imprint`,
  },

  // ---- Indonesia (ID) ----
  {
    id: 'antara',
    name: 'Antara (Indonesian news agency)',
    state: 'ID',
    type: 'ISM',
    aliases: ['Antara News', 'Kantor Berita Antara'],
    domains: ['antaranews.com'],
    source: smm('Indonesia, Antara: Antara News (antaranews.com): ISM'),
  },
  {
    id: 'rri',
    name: 'Radio Republik Indonesia (RRI)',
    state: 'ID',
    type: 'SC',
    aliases: ['Radio Republik Indonesia', 'RRI Pro 1'],
    placed: ['RRI'],
    domains: ['rri.co.id'],
    source: [
      smm('Indonesia, Radio Republik Indonesia (RRI, rri.co.id): SC'),
      'names: Wikipedia, “Radio Republik Indonesia”',
    ].join('; '),
  },
  {
    id: 'tvri',
    name: 'TVRI (Televisi Republik Indonesia)',
    state: 'ID',
    type: 'SC',
    aliases: ['TVRI', 'Televisi Republik Indonesia'],
    domains: ['tvri.go.id'],
    source: smm('Indonesia, Television of the Republic of Indonesia (TVRI, tvri.go.id): SC'),
  },

  // ---- Laos (LA) ----
  {
    id: 'kpl',
    name: 'Khaosan Pathet Lao (KPL, Lao News Agency)',
    state: 'LA',
    type: 'SC',
    // ຂປລ: the agency's Lao acronym, as its Lao-language site and bylines write it.
    aliases: ['Khaosan Pathet Lao', 'Lao News Agency', 'ຂ່າວສານປະເທດລາວ', 'ຂປລ'],
    // The data set's acronym; placed: read only where the bio places the state (another body's or a word elsewhere).
    placed: ['KPL'],
    domains: ['kpl.gov.la'],
    source: smm('Laos, KPL (kpl.gov.la): SC'),
  },
  {
    id: 'lao-national-radio',
    name: 'Lao National Radio (LNR)',
    state: 'LA',
    type: 'SC',
    aliases: ['Lao National Radio', 'ວິທະຍຸກະຈາຍສຽງແຫ່ງຊາດລາວ'],
    // The data set's acronym; placed: read only where the bio places the state (another body's or a word elsewhere).
    placed: ['LNR'],
    domains: ['lnr.org.la'],
    source: [
      smm('Laos, Lao National Radio (LNR, lnr.org.la): SC'),
      'names and acronym: Wikipedia, “Lao National Radio”',
    ].join('; '),
  },
  {
    id: 'lntv',
    name: 'Lao National Television (LNTV)',
    state: 'LA',
    type: 'SC',
    aliases: [
      'Lao National Television',
      'LNTV',
      'ໂທລະພາບແຫ່ງຊາດລາວ',
      // the Lao spelling of "television" the channel itself uses (tests/fixtures/staff-lines/)
      'ໂທລະທັດແຫ່ງຊາດລາວ',
    ],
    domains: ['lntv.gov.la'],
    source: [
      smm('Laos, Lao National TV (LNTV, lntv.gov.la): SC'),
      'names and acronym: Wikipedia, “Lao National Television”',
    ].join('; '),
  },
  {
    id: 'le-renovateur',
    name: 'Le Rénovateur (Laos)',
    state: 'LA',
    noNativeName: 'a French-language paper',
    type: 'SC',
    aliases: ['Le Rénovateur'],
    domains: ['lerenovateur.la'],
    source: smm('Laos, Le Rénovateur (lerenovateur.la): SC'),
  },
  {
    id: 'vientiane-mai',
    name: 'Vientiane Mai',
    state: 'LA',
    type: 'SC',
    aliases: ['Vientiane Mai', 'ວຽງຈັນໃໝ່'],
    domains: ['vientianemai.net'],
    source: smm('Laos, Vientiane Mai (v2.vientianemai.net): SC'),
  },
  {
    id: 'vientiane-times',
    name: 'Vientiane Times',
    state: 'LA',
    noNativeName: 'an English-language paper',
    type: 'SC',
    aliases: ['Vientiane Times'],
    domains: ['vientianetimes.la'],
    source: smm('Laos, Vientiane Times (vientianetimes.la): SC'),
  },

  // ---- Malaysia (MY) ----
  {
    id: 'bernama',
    name: 'Bernama (Malaysian National News Agency)',
    state: 'MY',
    type: 'SC',
    // برناما: Bernama in Jawi, as its Jawi edition writes it (bernama.com).
    aliases: ['Bernama', 'Malaysian National News Agency', 'Pertubuhan Berita Nasional Malaysia', 'برناما'],
    domains: ['bernama.com'],
    source: smm('Malaysia, BERNAMA (bernama.com): SC'),
  },
  {
    id: 'rtm',
    name: 'Radio Televisyen Malaysia (RTM)',
    state: 'MY',
    noNativeName: 'Malay, written in Latin script (Rumi) on its own site',
    type: 'SC',
    aliases: ['Radio Televisyen Malaysia', 'Radio Television Malaysia', 'RTM Malaysia', 'Berita RTM', 'TV1 RTM'],
    placed: ['RTM'],
    domains: ['rtm.gov.my'],
    source: [
      smm('Malaysia, Radio Television Malaysia (RTM, rtm.gov.my): SC'),
      'names: Wikipedia, “Radio Televisyen Malaysia”',
    ].join('; '),
  },

  // ---- Mongolia (MN) ----
  {
    id: 'mnb',
    name: 'Mongolian National Broadcaster (MNB)',
    state: 'MN',
    type: 'SC',
    aliases: [
      'Mongolian National Broadcaster',
      'Монголын үндэсний олон нийтийн радио, телевиз',
      'МҮОНРТ',
      'Монголын үндэсний телевиз',
      'Үндэсний олон нийтийн телевиз',
      'Үндэсний олон нийтийн радио',
      'ҮОНТ',
      'ҮОНРТ',
      'МҮОНТ',
    ],
    placed: ['MNB'],
    // Main assets named by the state's name and "TV"/"radio": placed by that name itself (types.ts, placedInClause).
    placedInClause: ['Mongolian Radio', 'Монголын радио'],
    domains: ['mnb.mn'],
    source: [
      smm('Mongolia, Mongolian National Broadcaster (MNB, mnb.mn): SC'),
      'names and acronym: Wikipedia, “Mongolian National Broadcaster”',
      'Mongolian names and acronyms: the broadcaster’s own site (mnb.mn, “Монголын Үндэсний Олон Нийтийн Радио Телевиз”)',
    ].join('; '),
  },
  {
    id: 'montsame',
    name: 'Montsame (Mongolian National News Agency)',
    state: 'MN',
    type: 'SC',
    aliases: ['Montsame', 'Монцамэ'],
    domains: ['montsame.mn'],
    source: smm('Mongolia, Montsame (montsame.mn): SC'),
  },

  // ---- Myanmar (MM) ----
  {
    id: 'mrtv',
    name: 'Myanmar Radio and Television (MRTV)',
    state: 'MM',
    type: 'SC',
    aliases: [
      'MRTV',
      'Myanmar Radio and Television',
      'Myanma Radio and Television',
      'မြန်မာ့အသံနှင့် ရုပ်မြင်သံကြား',
      'မြန်မာ့အသံနှင့်ရုပ်မြင်သံကြား',
      'မြန်မာ့ရုပ်မြင်သံကြား',
    ],
    // Main assets named by the state's name and "TV"/"radio": placed by that name itself (types.ts, placedInClause).
    placedInClause: ['Myanmar Radio'],
    domains: ['mrtv.gov.mm'],
    source: [
      smm('Myanmar, Myanmar Radio and Television (MRTV, mrtv.gov.mm): SC'),
      'Burmese names: Wikipedia, “Myanmar Radio and Television” (မြန်မာ့အသံနှင့် ရုပ်မြင်သံကြား; Myanma Television, မြန်မာ့ရုပ်မြင်သံကြား)',
    ].join('; '),
  },
  {
    id: 'myawady',
    name: 'Myawady Group (Myawaddy TV, Myawady Daily; Myanmar military)',
    state: 'MM',
    type: 'SC',
    // Not the bare Burmese မြဝတီ: it is also the border town Myawaddy (Kayin State).
    aliases: [
      'Myawaddy TV',
      'Myawady TV',
      'Myawady Daily',
      'မြဝတီ ရုပ်မြင်သံကြား',
      'မြဝတီရုပ်မြင်သံကြား',
      'မြဝတီ သတင်းစာ',
      'မြဝတီသတင်းစာ',
      // the channel's Burmese name with its Latin "TV", as its own presenters write it (after the ninetieth set)
      'မြဝတီ TV',
    ],
    domains: ['myawady.net.mm'],
    source: [
      smm('Myanmar, Myawady Group: Myawaddy TV, Myawady Daily, Thazin FM (myawady.net.mm): SC'),
      'Burmese names: Wikipedia, “Myawaddy TV” (မြဝတီ ရုပ်မြင်သံကြား) and the paper’s masthead (မြဝတီ သတင်းစာ)',
    ].join('; '),
  },
  {
    id: 'myanmar-npe',
    name: 'News and Periodicals Enterprise: The Global New Light of Myanmar, Myanma Alinn, Kyemon, Myanmar News Agency',
    state: 'MM',
    type: 'SC',
    aliases: [
      'Global New Light of Myanmar',
      'Myanma Alinn',
      'Kyemon',
      'Myanmar News Agency',
      'မြန်မာ့အလင်း',
      'ကြေးမုံ သတင်းစာ',
      'ကြေးမုံသတင်းစာ',
    ],
    // The data set's acronym; placed: read only where the bio places the state (another body's or a word elsewhere).
    placed: ['NPE', 'MNA'],
    domains: ['globalnewlightofmyanmar.com', 'gnlm.com.mm', 'moi.gov.mm'],
    source: [
      `${smm('Myanmar, News and Periodicals Enterprise (NPE): The Global New Light of Myanmar (globalnewlightofmyanmar.com), Myanma Alinn, Kyemon and the Myanmar News Agency (moi.gov.mm, the Ministry of Information that publishes them): SC')}; gnlm.com.mm: the paper’s earlier domain, named on its masthead`,
      'Burmese names: Wikipedia, “Myanma Alinn”, “Kyemon” (with သတင်းစာ, “newspaper”: the bare ကြေးမုံ is “mirror”)',
    ].join('; '),
  },

  // ---- Nepal (NP) ----
  {
    id: 'gorkhapatra',
    name: 'Gorkhapatra Corporation: Gorkhapatra, The Rising Nepal',
    state: 'NP',
    type: 'SC',
    // … and The Rising Nepal as Nepali writes it in Devanagari (after the twenty-second set)
    aliases: ['Gorkhapatra', 'गोरखापत्र', 'The Rising Nepal', 'द राइजिङ नेपाल'],
    domains: ['gorkhapatraonline.com', 'risingnepaldaily.com'],
    source: smm(
      'Nepal, Gorkhapatra Sansthan: Gorkhapatra (gorkhapatraonline.com), The Rising Nepal (risingnepaldaily.com): SC',
    ),
  },
  {
    id: 'nepal-television',
    name: 'Nepal Television (NTV)',
    state: 'NP',
    type: 'SC',
    aliases: ['Nepal Television', 'नेपाल टेलिभिजन'],
    // The data set's acronym; placed: read only where the bio places the state (another body's or a word elsewhere).
    placed: ['NTV'],
    domains: ['ntv.org.np'],
    source: smm('Nepal, Nepal Television Corporation: NTV (ntv.org.np): SC'),
  },
  {
    id: 'radio-nepal',
    name: 'Radio Nepal',
    state: 'NP',
    type: 'SC',
    aliases: ['Radio Nepal', 'रेडियो नेपाल'],
    domains: ['radionepal.gov.np'],
    source: smm('Nepal, Radio Nepal (radionepal.gov.np): SC'),
  },
  {
    id: 'rss-nepal',
    name: 'Rastriya Samachar Samiti (RSS, National News Agency of Nepal)',
    state: 'NP',
    type: 'SC',
    aliases: ['Rastriya Samachar Samiti', 'राष्ट्रिय समाचार समिति', 'रासस'],
    domains: ['rssnepal.org.np'],
    source: smm('Nepal, Rastriya Samachar Samiti (RSS, rssnepal.org.np): SC'),
  },

  // ---- North Korea (KP) ----
  {
    id: 'kcna',
    name: 'KCNA (Korean Central News Agency)',
    state: 'KP',
    type: 'SC',
    aliases: ['KCNA', 'Korean Central News Agency', '조선중앙통신', '조선중앙통신사', '朝鲜中央通讯社', '朝中社'],
    domains: ['kcna.kp', 'kcna.co.jp'],
    source: `${smm('North Korea, Korean Central News Agency (KCNA, kcna.kp): SC')}; ${SRC.nkMedia}; kcna.co.jp: KCNA’s site run from Japan by the Korea News Service (Wikipedia, “Korean Central News Agency”: website)`,
  },
  {
    id: 'rodong-sinmun',
    name: 'Rodong Sinmun',
    state: 'KP',
    type: 'SC',
    aliases: ['Rodong Sinmun', '로동신문', '노동신문', '劳动新闻', '勞動新聞', 'Rodongja Sinmun'],
    domains: ['rodong.rep.kp'],
    source: `${smm('North Korea, Rodong Sinmun and Rodongja Sinmun (rodong.rep.kp): SC')}; Korea Times, 3 Jan 2012: official newspaper of the ruling Workers' Party of Korea, English site blocked in South Korea`,
  },
  {
    id: 'voice-of-korea',
    name: 'Voice of Korea (formerly Radio Pyongyang) / Korean Central Broadcasting Committee',
    state: 'KP',
    type: 'SC',
    aliases: [
      'Voice of Korea',
      'Radio Pyongyang',
      '조선의 소리',
      'La Voz de Corea',
      'Stimme Koreas',
      // main assets the data set lists, named as each writes itself (its site, masthead); after the 34th set
      'Pyongyang Broadcasting Station',
      '평양방송',
    ],
    // The data set's acronym; placed: read only where the bio places the state (another body's or a word elsewhere).
    placed: ['KCBC'],
    domains: ['vok.rep.kp', 'gnu.rep.kp'],
    source: `${smm('North Korea, Korean Central Broadcasting Committee (KCBC): Voice of Korea (vok.rep.kp), Korean Central Broadcasting Station (gnu.rep.kp): SC')}; ${SRC.nkMedia}`,
  },
  {
    id: 'kctv',
    name: 'KCTV (Korean Central Television)',
    state: 'KP',
    type: 'SC',
    aliases: [
      'Korean Central Television',
      '조선중앙텔레비죤',
      '조선중앙TV',
      'Korean Central Broadcasting Station',
      '조선중앙방송',
      'Korean Central Broadcasting Committee',
      '조선중앙방송위원회',
      // main assets the data set lists, named as each writes itself (its site, masthead); after the 34th set
      'Pyongyang FM Broadcasting Station',
      '평양FM방송',
      'Mansudae TV',
      '만수대텔레비죤',
    ],
    placed: ['KCTV'],
    domains: [],
    source: [
      `${smm('North Korea, Korean Central Broadcasting Committee (KCBC): Korean Central Television (KCTV): SC')} (the data set’s URL for it, kcnawatch.org, is NK News’s monitoring service, not KCTV’s); ${SRC.nkMedia}`,
      'names and acronym: Wikipedia, “Korean Central Television”',
      'the radio and the committee that runs KCTV: Wikipedia, “Korean Central Broadcasting Committee”; the data set’s rows (North Korea, KCBC)',
    ].join('; '),
  },
  {
    id: 'uriminzokkiri',
    name: 'Uriminzokkiri (Korea 615)',
    state: 'KP',
    type: 'SC',
    aliases: ['Uriminzokkiri', '우리민족끼리'],
    domains: ['uriminzokkiri.com'],
    source: `${smm('North Korea, Korea 615: Uriminzokkiri (uriminzokkiri.com): SC')}; Yonhap, Jan 2024: “the North's main propaganda site Uriminzokkiri”`,
  },
  {
    id: 'choson-sinbo',
    name: 'Choson Sinbo (Chongryon) / Korea News Service',
    state: 'KP',
    type: 'SC',
    aliases: ['Choson Sinbo', '조선신보', '朝鮮新報'],
    domains: ['chosonsinbo.com'],
    source: smm('North Korea, Choson Sinbo: Choson Sinbo, Korea News Service (chosonsinbo.com): SC'),
  },
  {
    id: 'dprk-today',
    name: 'DPRK Today (Tongil Voice)',
    state: 'KP',
    type: 'SC',
    aliases: ['DPRK Today', '조선의 오늘'],
    domains: ['dprktoday.com'],
    source: [
      smm('North Korea, DPRK Today (dprktoday.com): SC'),
      'Korean name: the site’s own masthead (dprktoday.com, 《조선의 오늘》)',
    ].join('; '),
  },
  {
    id: 'minju-choson',
    name: 'Minju Choson',
    state: 'KP',
    type: 'SC',
    aliases: ['Minju Choson', '민주조선'],
    domains: ['minzu.rep.kp'],
    source: smm('North Korea, Minju Choson (minzu.rep.kp): SC'),
  },
  {
    id: 'naenara',
    name: 'Naenara (DPRK official web portal)',
    state: 'KP',
    noNativeName: 'its Korean name 내나라 is the phrase “my country”',
    type: 'SC',
    aliases: ['Naenara'],
    domains: ['naenara.com.kp'],
    source: smm('North Korea, Naenara (naenara.com.kp): SC'),
  },
  {
    id: 'pyongyang-times',
    name: 'The Pyongyang Times / Pyongyang Sinmun',
    state: 'KP',
    type: 'SC',
    aliases: ['The Pyongyang Times', 'Pyongyang Times', 'Pyongyang Sinmun', '평양신문'],
    domains: ['pyongyangtimes.com.kp'],
    source: smm('North Korea, Pyongyang Sinmun: Pyongyang Sinmun, The Pyongyang Times (pyongyangtimes.com.kp): SC'),
  },

  // ---- Pakistan (PK) ----
  {
    id: 'app-pakistan',
    name: 'Associated Press of Pakistan (APP)',
    state: 'PK',
    type: 'SC',
    aliases: ['Associated Press of Pakistan', 'ایسوسی ایٹڈ پریس آف پاکستان'],
    // The acronym spelt in Urdu letters (اے پی پی, "A P P"), as Urdu papers write it; shared like the Latin one.
    placed: ['APP', 'اے پی پی'],
    domains: ['app.com.pk'],
    source: [
      smm('Pakistan, Associated Press of Pakistan (APP, app.com.pk): SC'),
      'names and acronym: Wikipedia, “Associated Press of Pakistan”',
      'Urdu name: app.com.pk (Urdu service masthead)',
    ].join('; '),
  },
  {
    id: 'radio-pakistan',
    name: 'Pakistan Broadcasting Corporation (Radio Pakistan)',
    state: 'PK',
    type: 'SC',
    aliases: [
      'Radio Pakistan',
      'Pakistan Broadcasting Corporation',
      'ریڈیو پاکستان',
      // Pashto spellings (tests/fixtures/staff-lines/)
      'راډيو پاکستان',
      'ریډیو پاکستان',
    ],
    // PBC is also the Palestinian Broadcasting Corporation: placed.
    placed: ['PBC'],
    domains: ['radio.gov.pk'],
    source: smm('Pakistan, Pakistan Broadcasting Corporation (PBC, radio.gov.pk): SC'),
  },
  {
    id: 'ptv-pakistan',
    name: 'Pakistan Television Corporation (PTV)',
    state: 'PK',
    type: 'CaPu',
    // پی ٹی وی: the channel's name as its Urdu services write it (ptv.com.pk, Urdu pages)
    // پی ٹی وی نیوز: its news channel, PTV News, in Urdu (round 8b: "پی ٹی وی نیوز کی اینکر" read nothing).
    aliases: [
      'Pakistan Television',
      'PTV News Pakistan',
      'PTV Pakistan',
      'پی ٹی وی',
      'پی ٹی وی نیوز',
      'پاکستان ٹیلی وژن',
    ],
    placed: ['PTV'],
    domains: ['ptv.com.pk'],
    source: [
      smm('Pakistan, Pakistan Television Corporation (PTV, ptv.com.pk): CaPu'),
      'names and acronym: Wikipedia, “Pakistan Television Corporation”',
    ].join('; '),
  },

  // ---- Philippines (PH) ----
  {
    id: 'ibc-13',
    name: 'Intercontinental Broadcasting Corporation (IBC 13)',
    state: 'PH',
    type: 'SC',
    aliases: ['Intercontinental Broadcasting Corporation', 'IBC 13', 'IBC-13'],
    // The data set's acronym; placed: read only where the bio places the state (another body's or a word elsewhere).
    placed: ['IBC'],
    domains: ['ibc13.com.ph'],
    source: smm('Philippines, Intercontinental Broadcasting Corporation (IBC): IBC TV (ibc13.com.ph): SC'),
  },
  {
    id: 'ptv-philippines',
    name: 'People’s Television Network (PTV, Philippines)',
    state: 'PH',
    type: 'SC',
    aliases: ["People's Television Network", 'People’s Television Network', 'PTV News Philippines', 'PTV 4'],
    placed: ['PTV'],
    domains: ['ptvnews.ph'],
    source: [
      smm("Philippines, People's Television Network (PTV, ptvnews.ph): SC"),
      "names and acronym: Wikipedia, “People's Television Network”",
    ].join('; '),
  },
  {
    id: 'radyo-pilipinas',
    name: 'Philippine Broadcasting Service (Radyo Pilipinas)',
    state: 'PH',
    type: 'SC',
    aliases: ['Radyo Pilipinas', 'Philippine Broadcasting Service'],
    domains: ['radyopilipinas.ph'],
    source: smm('Philippines, Philippine Broadcasting Service (PBS): Radyo Pilipinas (radyopilipinas.ph): SC'),
  },
  {
    id: 'pia',
    name: 'Philippine Information Agency (PIA)',
    state: 'PH',
    type: 'SC',
    aliases: ['Philippine Information Agency', 'Philippines Information Agency'],
    // The data set's acronym; placed: read only where the bio places the state (another body's or a word elsewhere).
    placed: ['PIA'],
    domains: ['pia.gov.ph'],
    source: smm('Philippines, Philippines Information Agency (PIA, pia.gov.ph): SC'),
  },
  {
    id: 'pna',
    name: 'Philippine News Agency (PNA)',
    state: 'PH',
    type: 'SC',
    aliases: ['Philippine News Agency', 'Philippines News Agency'],
    // Its acronym, as its own bylines write it ("PNA"), is also the Palestinian National Authority's: placed by the bio
    // ("PNA reporter po ako 🇵🇭", the five-hundred-and-thirty-ninth set)
    placed: ['PNA'],
    domains: ['pna.gov.ph'],
    source: smm('Philippines, Philippines News Agency (pna.gov.ph): SC'),
  },
  {
    id: 'rtvm',
    name: 'Radio Television Malacañang (RTVM)',
    state: 'PH',
    type: 'SC',
    aliases: ['Radio Television Malacañang', 'RTVM'],
    domains: ['rtvm.gov.ph'],
    source: smm('Philippines, Radio Television Malacañang (RTVM, rtvm.gov.ph): SC'),
  },

  // ---- Singapore (SG) ----
  {
    id: 'mediacorp',
    name: 'Mediacorp: CNA (Channel NewsAsia), TODAY, 8 Days, meWATCH',
    state: 'SG',
    type: 'SC',
    // Not its Chinese names 新传媒 (“new media”) and 亚洲新闻台 (“Asia news channel”): ordinary phrases.
    aliases: [
      'Mediacorp',
      'Channel NewsAsia',
      'meWATCH',
      'TODAYonline',
      // main assets the data set lists, named as each writes itself (its site, masthead); after the 34th set
      '8world',
      '8视界',
      '8视界新闻',
      // its radio stations by name and frequency, as their presenters sign (mediacorp.sg's station pages; after the
      // fiftieth set); not the bare "Ria", "Gold", "Warna" (given names and words)
      'Ria 89.7FM',
      'Ria 89.7',
      // … and the frequency written without its dot, as the stations' own logos ("Ria 897", the three-hundred-and-fourth set)
      'Ria 897',
      'Warna 94.2FM',
      'Warna 94.2',
      'Warna 942',
      'Gold 90.5FM',
      'Class 95FM',
      'YES 933',
    ],
    placed: ['CNA'],
    domains: ['mediacorp.sg', 'mewatch.sg', '8days.sg', 'todayonline.com', 'channelnewsasia.com'],
    source: smm(
      'Singapore, Mediacorp: Channel 5, Suria, Ria, Gold (mediacorp.sg, tv.mewatch.sg), 8Days (8days.sg), Today (todayonline.com), Channel NewsAsia (channelnewsasia.com): SC',
    ),
  },
  {
    id: 'sph-media',
    name: 'SPH Media Trust: The Straits Times, Lianhe Zaobao, The Business Times and other titles',
    state: 'SG',
    type: 'CaPu',
    aliases: [
      'SPH Media',
      'SPH Media Trust',
      'The Straits Times',
      'Lianhe Zaobao',
      '联合早报',
      '聯合早報',
      'Lianhe Wanbao',
      '联合晚报',
      'Shin Min Daily News',
      '新明日报',
      'The New Paper',
      'Money FM 89.3',
    ],
    // Chennai has a Tamil evening daily of the same name (Sun Group's Tamil Murasu, India): Singapore's only where the
    // bio places Singapore, in either script.
    placed: ['The Business Times', 'Tamil Murasu', 'தமிழ் முரசு'],
    // Not "Berita Harian" by name, even placed: Malay for "daily news", and Malaysia's paper of that name (Media Prima)
    // has its own Singapore correspondents ("Wartawan Berita Harian di Singapura"; a review of RULES_VERSION 75).
    domains: [
      'straitstimes.com',
      'zaobao.com.sg',
      'zaobao.com',
      'businesstimes.com.sg',
      'tnp.sg',
      'wanbao.com.sg',
      'shinmin.sg',
      'beritaharian.sg',
      'tamilmurasu.com.sg',
      'moneyfm893.sg',
    ],
    source: `${smm('Singapore, SPH Media Trust: The Business Times, The New Paper, The Straits Times, Lianhe Wanbao, Lianhe Zaobao, Shin Min Daily News, Berita Harian, Tamil Murasu, Money FM (their domains): CaPu')}; zaobao.com: Lianhe Zaobao’s international site (its imprint: SPH Media)`,
  },

  // ---- South Korea (KR): independent public media ----
  {
    id: 'kbs',
    name: 'KBS (Korean Broadcasting System)',
    state: 'KR',
    type: 'IP',
    aliases: ['Korean Broadcasting System', 'KBS World', '한국방송공사'],
    domains: ['kbs.co.kr'],
    source: smm('South Korea, Korean Broadcasting System (KBS, kbs.co.kr): IP'),
  },
  {
    id: 'ebs-korea',
    name: 'EBS (Korea Educational Broadcasting System)',
    state: 'KR',
    type: 'IP',
    aliases: ['Korea Educational Broadcasting System', '한국교육방송공사'],
    domains: ['ebs.co.kr'],
    source: smm('South Korea, Korea Educational Broadcasting System (EBS, ebs.co.kr): IP'),
  },
  {
    id: 'mbc-korea',
    name: 'MBC (Munhwa Broadcasting Corporation)',
    state: 'KR',
    type: 'IP',
    aliases: ['Munhwa Broadcasting Corporation', '문화방송'],
    domains: ['imbc.com'],
    source: smm('South Korea, Munhwa Broadcasting Corporation (MBC, imbc.com): IP'),
  },
  {
    id: 'yonhap',
    name: 'Yonhap News Agency',
    state: 'KR',
    type: 'IP',
    aliases: ['Yonhap', 'Yonhap News Agency', '연합뉴스'],
    domains: ['yonhapnews.co.kr', 'yna.co.kr'],
    source: `${smm('South Korea, Yonhap News Agency (yonhapnews.co.kr): IP')}; yna.co.kr: Yonhap’s current site (the old domain redirects to it)`,
  },

  // ---- Sri Lanka (LK) ----
  {
    id: 'lake-house',
    name: 'Associated Newspapers of Ceylon (Lake House): Daily News, Dinamina, Thinakaran',
    state: 'LK',
    type: 'CaPu',
    aliases: ['Associated Newspapers of Ceylon', 'Dinamina', 'දිනමිණ'],
    // Not "Thinakaran"/"தினகரன்" by name: a common Tamil given name, and Chennai's Dinakaran (a review of RULES_VERSION
    // 75 found "Thinakaran 🇱🇰" as a person's nickname read as the paper's account).
    domains: ['dailynews.lk', 'dinamina.lk', 'thinakaran.lk'],
    source: smm(
      'Sri Lanka, Associated Newspapers of Ceylon Limited: Daily News (dailynews.lk), Dinamina (dinamina.lk), Thinakaran (thinakaran.lk): CaPu',
    ),
  },
  {
    id: 'itn-sri-lanka',
    name: 'Independent Television Network (ITN, Sri Lanka)',
    state: 'LK',
    type: 'CaPu',
    // 'ලක්හඬ': Lakhanda in Sinhala, as the station writes its name (itn.lk)
    aliases: ['ITN Sri Lanka', 'Lakhanda', 'ලක්හඬ', 'ස්වාධීන රූපවාහිනී සේවය', 'சுயாதீன தொலைக்காட்சி சேவை'],
    placed: ['ITN'],
    domains: ['itn.lk'],
    source: [
      smm('Sri Lanka, Independent Television Network (ITN): ITN TV, Lakhanda FM (itn.lk): CaPu'),
      'names and acronym: Wikipedia, “Independent Television Network”',
      'Sinhala and Tamil names: Wikipedia, “Independent Television Network (Sri Lanka)”',
    ].join('; '),
  },
  {
    id: 'lankapuvath',
    name: 'Lankapuvath (national news agency of Sri Lanka)',
    state: 'LK',
    type: 'SC',
    aliases: ['Lankapuvath', 'ලංකාපුවත්'],
    domains: ['lankapuvath.lk'],
    source: [
      smm('Sri Lanka, Lankapuvath (lankapuvath.lk): SC'),
      'Sinhala name: the agency’s own site (lankapuvath.lk); written apart, ලංකා පුවත් is “Lanka news”',
    ].join('; '),
  },
  {
    id: 'slbc',
    name: 'Sri Lanka Broadcasting Corporation (SLBC)',
    state: 'LK',
    type: 'CaPu',
    aliases: [
      'Sri Lanka Broadcasting Corporation',
      'SLBC',
      'ශ්‍රී ලංකා ගුවන් විදුලි සංස්ථාව',
      'ශ්රී ලංකා ගුවන් විදුලි සංස්ථාව',
      'இலங்கை ஒலிபரப்புக் கூட்டுத்தாபனம்',
    ],
    domains: ['slbc.lk'],
    source: [
      smm('Sri Lanka, Sri Lanka Broadcasting Corporation (SLBC, slbc.lk): CaPu'),
      'Sinhala and Tamil names: Wikipedia, “Sri Lanka Broadcasting Corporation”',
    ].join('; '),
  },
  {
    id: 'rupavahini',
    name: 'Sri Lanka Rupavahini Corporation (SLRC)',
    state: 'LK',
    type: 'CaPu',
    aliases: [
      'Sri Lanka Rupavahini Corporation',
      'ශ්‍රී ලංකා රූපවාහිනී සංස්ථාව',
      'ශ්‍රී ලංකා රූපවාහිනී',
      'ශ්රී ලංකා රූපවාහිනී',
      'இலங்கை ரூபவாஹினி கூட்டுத்தாபனம்',
      'இலங்கை ரூபவாஹினி',
      'ජාතික රූපවාහිනිය',
      'ජාතික රූපවාහිනී',
      // The Latin name alone: the data set's main asset and the station's own site; in Latin letters it is no
      // ordinary word (the Sinhala word රූපවාහිනී "television" is, and stays out bare). SLRC is shared: placed.
      'Rupavahini',
      'Sri Lanka Rupavahini',
    ],
    placed: ['SLRC'],
    domains: ['rupavahini.lk'],
    source: [
      smm('Sri Lanka, Sri Lanka Rupavahini Corporation (SLRC, rupavahini.lk): CaPu'),
      'Sinhala and Tamil names: Wikipedia, “Sri Lanka Rupavahini Corporation” (native names; not the bare රූපවාහිනී, “television”)',
      'Sinhala “national Rupavahini”, as the corporation names itself (rupavahini.lk); bare රූපවාහිනී is the word “television”',
    ].join('; '),
  },

  // ---- Taiwan (TW) ----
  {
    id: 'taiwan-mofa-media',
    name: 'Taiwan Today and Taiwan Panorama (Ministry of Foreign Affairs)',
    state: 'TW',
    type: 'SC',
    // 光華雜誌 and 《光華》雜誌: the magazine as its masthead and bylines name it (taiwanpanorama.com.tw)
    aliases: ['Taiwan Panorama', '台灣光華雜誌', '光華雜誌', '《光華》雜誌'],
    // Not "Taiwan Today": podcasts, newsletters and shows are named so too (a review).
    domains: ['taiwantoday.tw', 'taiwanpanorama.com.tw'],
    source: smm(
      'Taiwan, Ministry of Foreign Affairs Media: Taiwan Today (taiwantoday.tw), Taiwan Panorama (taiwanpanorama.com.tw): SC',
    ),
  },
  {
    id: 'cna-taiwan',
    name: 'Central News Agency (CNA, Taiwan) / Focus Taiwan',
    state: 'TW',
    type: 'ISFM',
    aliases: ['Central News Agency', 'Focus Taiwan', '中央通訊社', '中央社'],
    domains: ['cna.com.tw', 'focustaiwan.tw'],
    source: smm('Taiwan, Central News Agency (CNA): CNA (cna.com.tw), Focus on Taiwan (focustaiwan.tw): ISFM'),
  },
  {
    id: 'rti',
    name: 'Radio Taiwan International (RTI)',
    state: 'TW',
    type: 'ISFM',
    aliases: ['Radio Taiwan International', '中央廣播電臺'],
    domains: ['rti.org.tw'],
    source: smm('Taiwan, Radio Taiwan International (RTI, en.rti.org.tw): ISFM'),
  },
  {
    id: 'taiwan-broadcasting-system',
    name: 'Taiwan Broadcasting System: PTS, CTS',
    state: 'TW',
    type: 'ISFM',
    aliases: ['Taiwan Public Television', '公視', 'Chinese Television System', '華視'],
    domains: ['pts.org.tw', 'cts.com.tw'],
    source: smm(
      'Taiwan, Taiwan Broadcasting System (TBS): PTS (pts.org.tw), Chinese Television System (cts.com.tw): ISFM',
    ),
  },

  // ---- Thailand (TH) ----
  {
    id: 'channel-5-thailand',
    name: 'Royal Thai Army Channel 5 (TV5)',
    state: 'TH',
    type: 'SC',
    // Its full Thai name (the station's own site, "สถานีวิทยุโทรทัศน์กองทัพบก"; after the ninety-second set)
    aliases: ['Royal Thai Army Television', 'ททบ.5', 'สถานีวิทยุโทรทัศน์กองทัพบก'],
    domains: ['tv5.co.th'],
    source: smm('Thailand, Channel 5 (tv5.co.th): SC'),
  },
  {
    id: 'mcot',
    name: 'MCOT (MCOT HD, MCOT Radio, Thai News Agency)',
    state: 'TH',
    type: 'CaPu',
    aliases: ['MCOT', 'Thai News Agency', 'อสมท', 'สำนักข่าวไทย'],
    domains: ['mcot.net'],
    source: [
      smm('Thailand, MCOT: MCOT Radio, MCOT HD (radio.mcot.net), Thai News Agency (tna.mcot.net): CaPu'),
      'names and acronym: Wikipedia, “MCOT”; “Thai News Agency”',
    ].join('; '),
  },
  {
    id: 'nbt',
    name: 'National Broadcasting Services of Thailand (NBT) and Radio Thailand (Public Relations Department)',
    state: 'TH',
    type: 'SC',
    aliases: [
      'National Broadcasting Services of Thailand',
      'NBT World',
      'Radio Thailand',
      'กรมประชาสัมพันธ์',
      'NBT Thailand',
      'สถานีวิทยุโทรทัศน์แห่งประเทศไทย',
      // Radio Thailand in Thai; not its abbreviation "สวท." (the hundred-and-sixty-second set's "สวท.สตูล"): the
      // Rajamangala universities' registration offices are "สวท." too ("ทำงานที่ สวท. มทร.ธัญบุรี"; a review)
      'สถานีวิทยุกระจายเสียงแห่งประเทศไทย',
    ],
    placed: ['NBT'],
    domains: ['nbt.or.th', 'prd.go.th'],
    source: [
      smm(
        'Thailand, National Broadcasting Services of Thailand (NBT, nbt.or.th): SC; Radio Thailand Satun (radiosatun.prd.go.th, the Public Relations Department that runs NBT and Radio Thailand): SC',
      ),
      'names: Wikipedia, “National Broadcasting Services of Thailand”; Thai name: radiothailand.prd.go.th (สถานีวิทยุกระจายเสียงแห่งประเทศไทย)',
    ].join('; '),
  },
  {
    id: 'thai-pbs',
    name: 'Thai PBS (Thai Public Broadcasting Service)',
    state: 'TH',
    type: 'IP',
    aliases: ['Thai PBS', 'Thai Public Broadcasting Service', 'ไทยพีบีเอส'],
    domains: ['thaipbs.or.th'],
    source: smm('Thailand, Thai Public Broadcasting Service: TPBS, TITV, TV Thai (thaipbs.or.th): IP'),
  },

  // ---- Vietnam (VN) ----
  {
    id: 'vna',
    name: 'Vietnam News Agency (VNA): VietnamPlus, Viet Nam News, Tin Tuc, Vnews, Le Courrier du Vietnam',
    state: 'VN',
    type: 'SC',
    aliases: [
      'VNA',
      'Vietnam News Agency',
      'Thông tấn xã Việt Nam',
      'TTXVN',
      'VietnamPlus',
      'Vietnam Plus',
      'Le Courrier du Vietnam',
    ],
    domains: [
      'vnanet.vn',
      'vietnamplus.vn',
      'vietnamnews.vn',
      'lecourrier.vn',
      'thethaovanhoa.vn',
      'baotintuc.vn',
      'vnews.gov.vn',
    ],
    source: [
      `${smm('Vietnam, Vietnam News Agency (VNA): VNA, Tin Tuc (vnanet.vn), The Thao Van Hoa (thethaovanhoa.vn), Viet Nam News (vietnamnews.vn), Le Courrier du Vietnam (lecourrier.vn): SC')}; Wikipedia, “Vietnam News Agency”: a governmental agency, the official state news provider (VietnamPlus is its e-newspaper, Vnews its TV channel, baotintuc.vn its Tin Tuc newspaper)`,
      'not “Viet Nam News”, its English daily (vietnamnews.vn): the phrase “Vietnam news”',
    ].join('; '),
  },
  {
    id: 'vtv',
    name: 'Vietnam Television (VTV)',
    state: 'VN',
    type: 'SC',
    // Its channels by number (VTV1 … VTV9, VTV24 news): bare 'VTV' is also Venezuela's Venezolana de Televisión.
    aliases: ['Vietnam Television', 'Đài Truyền hình Việt Nam', 'VTV Go', 'VTV1', 'VTV3', 'VTV4', 'VTV24'],
    placed: ['VTV'],
    domains: ['vtv.vn', 'vtvgo.vn'],
    source: [
      `${smm('Vietnam, Vietnam Television (VTV, vtv.vn): SC')}; vtvgo.vn: VTV’s streaming service (its imprint)`,
      'names and acronym: Wikipedia, “Vietnam Television”',
    ].join('; '),
  },
  {
    id: 'vov',
    name: 'Voice of Vietnam (VOV)',
    state: 'VN',
    type: 'SC',
    // "Đài TNVN": the station's own abbreviation of its Vietnamese name (vov.vn's bylines and imprint)
    aliases: ['Voice of Vietnam', 'Đài Tiếng nói Việt Nam', 'Đài TNVN', 'VOV World'],
    placed: ['VOV'],
    domains: ['vov.vn', 'vovworld.vn', 'vovgiaothong.vn'],
    source: [
      `${smm('Vietnam, Voice of Vietnam: VOV, Tieng Noi Viet Nam (vov.vn), VOV World (vovworld.vn): SC')}; vovgiaothong.vn: VOV’s traffic channel (its imprint)`,
      'acronym: Wikipedia, “Voice of Vietnam”',
      'not the short “Tiếng nói Việt Nam”: also the phrase “the Vietnamese language”',
    ].join('; '),
  },
  {
    id: 'vtc',
    name: 'VTC Digital Television / VTC News',
    state: 'VN',
    type: 'SC',
    aliases: ['VTC News', 'Đài Truyền hình KTS VTC'],
    // The data set's acronym; placed: read only where the bio places the state (another body's or a word elsewhere).
    placed: ['VTC'],
    domains: ['vtc.gov.vn', 'vtc.vn'],
    source: `${smm('Vietnam, VTC Digital Television (vtc.gov.vn): SC')}; vtc.vn: VTC News, the station’s news site (its imprint)`,
  },
  {
    id: 'nhan-dan',
    name: 'Nhân Dân (Communist Party of Vietnam daily)',
    state: 'VN',
    type: 'SC',
    aliases: ['Báo Nhân Dân', 'Nhan Dan Daily'],
    domains: ['nhandan.com.vn', 'nhandan.vn'],
    source: `${smm('Vietnam, Nhan Dan Daily (nhandan.com.vn): SC')}; nhandan.vn: its current domain`,
  },
  {
    id: 'hanoi-radio-tv',
    name: 'Hanoi Radio Television',
    state: 'VN',
    type: 'SC',
    aliases: [
      'Hanoi Radio Television',
      'Đài Phát thanh và Truyền hình Hà Nội',
      'Hanoi TV',
      // main assets the data set lists, named as each writes itself (its site, masthead); after the 34th set
      'Đài Hà Nội',
    ],
    domains: ['hanoitv.vn'],
    source: [
      smm('Vietnam, Hanoi Radio Television: Hanoi Radio, Hanoi TV (hanoitv.vn): SC'),
      'the station’s own short name (hanoitv.vn)',
    ].join('; '),
  },
  {
    id: 'htv',
    name: 'Ho Chi Minh City Television (HTV)',
    state: 'VN',
    type: 'SC',
    // "TP.HCM" / "TP HCM": the usual short form of Thành phố Hồ Chí Minh in Vietnamese (the city's own portal, hochiminhcity.gov.vn).
    aliases: [
      'Ho Chi Minh City Television',
      'Đài Truyền hình Thành phố Hồ Chí Minh',
      'Đài Truyền hình TP.HCM',
      'Đài Truyền hình TP HCM',
      'Đài Truyền hình TPHCM',
      'Đài Truyền hình TP. Hồ Chí Minh',
      'HTV7',
      'HTV9',
    ],
    // HTV is also the former Welsh ITV franchise and other stations: only where the bio places Vietnam (its letters do).
    placed: ['HTV'],
    domains: ['htv.com.vn'],
    source: [
      smm('Vietnam, Ho Chi Min Television (HTV, htv.com.vn): SC'),
      'the station’s channel names and short names: its own site (htv.com.vn); bare HTV only placed (several broadcasters)',
    ].join('; '),
  },
  {
    id: 'voh',
    name: 'Voice of Ho Chi Minh City People (VOH)',
    state: 'VN',
    type: 'SC',
    // TP.HCM: the usual short form of Thành phố Hồ Chí Minh (the city's portal, hochiminhcity.gov.vn).
    aliases: [
      "Voice of Ho Chi Minh City's People",
      'Đài Tiếng nói Nhân dân Thành phố Hồ Chí Minh',
      'Đài Tiếng nói Nhân dân TP.HCM',
      'Đài Tiếng nói Nhân dân TP HCM',
      // names as each writes itself (its masthead, its bylines); after the 40th set
      'Đài TNND TP.HCM',
      'Đài TNND',
    ],
    // "VOH" placed: the acronym is others' too (Voice of Hope …), the station's own where the bio places Vietnam (the
    // three-hundred-and-eighteenth and -twentieth sets' staff wrote "phóng viên VOH")
    placed: ['VOH'],
    domains: ['voh.com.vn'],
    source: smm("Vietnam, Voice of Ho Chi Minh City's People (voh.com.vn): SC"),
  },
  {
    id: 'sggp',
    name: 'Sài Gòn Giải Phóng',
    state: 'VN',
    type: 'SC',
    aliases: ['Sai Gon Giai Phong', 'Sài Gòn Giải Phóng', 'SGGP'],
    domains: ['sggp.org.vn'],
    source: smm('Vietnam, Sài Gòn Giải Phóng (sggp.org.vn): SC'),
  },
  {
    id: 'saigon-times',
    name: 'Saigon Times Group',
    state: 'VN',
    type: 'SC',
    aliases: [
      'The Saigon Times',
      'Saigon Times',
      'Thời báo Kinh tế Sài Gòn',
      // names as each writes itself (its masthead, its bylines); after the 40th set
      'TBKTSG',
      // its site's own name (thesaigontimes.vn); after the hundred-and-fortieth set's "PV KTSG Online"
      'KTSG Online',
    ],
    domains: ['thesaigontimes.vn', 'saigontimes.vn'],
    source: smm(
      'Vietnam, Saigon Times Group: Thoi Bao Kinh Te Sai Gon (thesaigontimes.vn), Saigon Times (saigontimes.vn): SC',
    ),
  },
  {
    id: 'thanh-nien',
    name: 'Thanh Niên',
    state: 'VN',
    type: 'SC',
    aliases: ['Báo Thanh Niên', 'Thanh Nien News'],
    domains: ['thanhnien.vn'],
    source: smm('Vietnam, Thanh Nien (thanhnien.vn): SC'),
  },
  {
    id: 'tien-phong',
    name: 'Tiền Phong',
    state: 'VN',
    type: 'SC',
    aliases: ['Báo Tiền Phong'],
    domains: ['tienphong.vn'],
    source: smm('Vietnam, Tien Phong (tienphong.vn): SC'),
  },
  {
    id: 'vietnamnet',
    name: 'VietNamNet',
    state: 'VN',
    type: 'SC',
    aliases: ['VietNamNet'],
    domains: ['vietnamnet.vn'],
    source: smm('Vietnam, VietNamNet (vietnamnet.vn): SC'),
  },
  {
    id: 'quan-doi-nhan-dan',
    name: 'Quân đội Nhân dân (People’s Army Newspaper)',
    state: 'VN',
    type: 'SC',
    aliases: [
      'Báo Quân đội Nhân dân',
      'People’s Army Newspaper',
      "People's Army Newspaper",
      'QĐND',
      'Quân đội Nhân dân Online',
    ],
    domains: ['qdnd.vn'],
    source: [
      criteria(
        'the official newspaper of the Vietnam People’s Army, under the Central Military Commission and the Ministry of National Defence (imprint of qdnd.vn); Wikipedia, “Media of Vietnam”: all media are under the control of the Communist Party of Vietnam',
      ),
      'acronym: Wikipedia, “Quân đội Nhân dân”',
    ].join('; '),
  },
  {
    id: 'cong-an-nhan-dan',
    name: 'Công an Nhân dân (People’s Public Security Newspaper)',
    state: 'VN',
    type: 'SC',
    aliases: ['Báo Công an Nhân dân', 'People’s Public Security Newspaper', "People's Public Security Newspaper"],
    domains: ['cand.com.vn'],
    source: criteria('the newspaper of the Ministry of Public Security of Vietnam (imprint of cand.com.vn)'),
  },
  {
    id: 'cpv-online',
    name: 'Communist Party of Vietnam Online Newspaper / Communist Review',
    state: 'VN',
    type: 'SC',
    aliases: ['Báo điện tử Đảng Cộng sản Việt Nam', 'Tạp chí Cộng sản', 'Communist Review'],
    domains: ['dangcongsan.vn', 'tapchicongsan.org.vn'],
    source: criteria(
      'the online newspaper and the theoretical journal of the Central Committee of the Communist Party of Vietnam (imprints of dangcongsan.vn and tapchicongsan.org.vn)',
    ),
  },
  {
    id: 'tuoi-tre',
    name: 'Tuổi Trẻ',
    state: 'VN',
    type: 'ISFM',
    aliases: ['Báo Tuổi Trẻ', 'Tuoi Tre News'],
    domains: ['tuoitre.vn'],
    source: smm('Vietnam, Tuoi Tre (tuoitre.vn): ISFM'),
  },
];
