/**
 * Desks, beats and programmes that stand between a title and its employer: "مذيعة أخبار في قناة …" (news presenter
 * at the channel), "خبرنگار حوزه‌ی اقتصاد در …" (reporter of the economy desk at), "Présentatrice du JT de 20h …",
 * "periodista de deportes en …". Part of the media-job vocabulary: see index.ts.
 *
 * A beat word never ties anything by itself: the bio reader (src/lists/bio/employment.ts) lets beat words and a
 * quoted programme name («Вести», „Tagesschau“) stand in the gap only when an explicit employer connector, an outlet
 * noun or a media emoji comes after the last of them, right before the outlet ("… на «России 24»"), so a topic list
 * ("journalist, politics, RT") stays a list. Ordinary dictionary words of each language (no per-row source applies,
 * as for the titles); one-word entries only, lower case.
 */
export const BEATS: readonly string[] = [
  // English
  'news',
  'sports',
  'sport',
  'business',
  'economics',
  'economy',
  'politics',
  'political',
  'culture',
  'weather',
  'evening',
  'morning',
  'mornings',
  'programme',
  'program',
  'show',
  'bulletin',
  'newscast',
  'desk',
  // … and the desks a byline names before its title (Collins: "transport correspondent", "health reporter"; "Transport
  // reporter, The Straits Times", the four-hundred-and-ninety-third set)
  'transport',
  'health',
  'education',
  'crime',
  'courts',
  'environment',
  'science',
  'technology',
  'tech',
  // The medium or product a producer or editor makes: "Video producer at …", "Produtora de vídeo na …".
  'video',
  'content',
  'digital',
  'multimedia',
  // Spanish, Portuguese
  'noticias',
  'noticiero',
  'informativo',
  'deportes',
  // the beat as an adjective or in the singular ("periodista deportivo", "jornalista desportivo", "de esporte"; a
  // review of RULES_VERSION 38)
  'deportivo',
  'deportiva',
  'desportivo',
  'desportiva',
  'esportivo',
  'esportiva',
  'esporte',
  'economía',
  'política',
  'cultura',
  'programa',
  'notícias',
  'telejornal',
  'esportes',
  'desporto',
  'economia',
  // … the science, health, technology and education desks (Priberam, RAE; "Repórter de ciência e saúde na TV Brasil",
  // the six-hundred-and-fifty-second set)
  'ciência',
  'ciencia',
  'saúde',
  'salud',
  'tecnologia',
  'tecnología',
  'educação',
  'educación',
  // the slot a presenter has: "as manhãs", "las mañanas", "les soirées"
  'manhãs',
  'tardes',
  'noites',
  'mañanas',
  'noches',
  // … in the singular, and the news programme as an adjective ("la mañana informativa", "el matutino"; RAE; the
  // hundred-and-seventy-eighth set's "Conduzco la mañana informativa en Radio Nacional del Paraguay")
  'mañana',
  'informativa',
  // … a programme's kind as its adjective and the magazine show (RAE "magacín", also written "magazín"; "Conduzco un
  // magazín cultural en Señal Colombia", the three-hundred-and-twenty-third set)
  'cultural',
  'culturales',
  'magazín',
  'magacín',
  'matutino',
  'matutina',
  'noticiário',
  'vídeo',
  'conteúdo',
  'contenido',
  'multimídia',
  // … in the plural a desk is named by ("Reportera en los Informativos de RTVE", the two-hundred-and-twenty-second
  // set's staff line)
  'informativos',
  'noticieros',
  // the morning's, as a programme is named ("Conduzco el informativo matinal en Radio Uruguay", the
  // two-hundred-and-fortieth set)
  'matinal',
  // … and the hour of a news programme as its adjective, in the plural too ("Presento las noticias estelares en
  // Ecuador TV", "… matinales en TV Perú", "o telejornal noturno": the two-hundred-and-forty-ninth, -fifty-fourth and
  // -fifty-fifth sets; RAE, Priberam)
  'matinales',
  // the main news ("Presento las noticias centrales en Bolivia TV", the two-hundred-and-seventy-third set)
  'centrales',
  'estelar',
  'estelares',
  // … and the weekend's (DRAE, sabatino, dominical; "Conductora del informativo sabatino de …", the
  // six-hundred-and-forty-ninth set; RULES_VERSION 169)
  'sabatino',
  'sabatina',
  'dominical',
  'nocturno',
  'nocturna',
  'nocturnos',
  'noturno',
  'noturna',
  'vespertino',
  'vespertina',
  // Romanian: the news bulletin (with and without its article), the weekend's (DEX; "Prezint Telejurnalul de weekend
  // pe TVR 1", the two-hundred-and-fourteenth set)
  'telejurnal',
  // … the parliament's reporter ("Reporteră parlamentară, Radio România Actualități", the three-hundred-and-twelfth set)
  'parlamentar',
  // English: a legislature's correspondent ("Parliamentary correspondent, The Ghanaian Times", the
  // four-hundred-and-seventy-eighth set)
  'parliamentary',
  // … Hungarian (Magyar értelmező kéziszótár, parlamenti: "Parlamenti tudósító, MTI", the five-hundred-and-twelfth set)
  'parlamenti',
  'parlamentară',
  'telejurnalul',
  'jurnalul',
  'weekend',
  // … and the Spanish weekend's slot (RAE: fin de semana; "finde", its colloquial form: "Presento el informativo del
  // finde en RTVE", the five-hundred-and-fifty-ninth set)
  'finde',
  'fin',
  'semana',
  // … the news and the bulletin's hour (DEX: "știrile", the news; "de seară", the evening's; "de dimineață"; "Prezint
  // știrile de seară la TVR 1", the three-hundred-and-fortieth set)
  'știrile',
  'stirile',
  'seară',
  'seara',
  'dimineață',
  'dimineata',
  // … and the lunchtime's (DEX, prânz: "Prezint știrile de prânz pe TVR 1", the three-hundred-and-ninety-fourth set)
  'prânz',
  'pranz',
  // French
  'jt',
  'journal',
  // ("journal télévisé", the televised news: "Présentatrice du journal télévisé, RTNB", the four-hundred-and-fifth set)
  'télévisé',
  // … and the main edition's "grand" (Larousse: "le grand journal", the main evening news; "Présentatrice du grand
  // journal, Télé Tchad", the four-hundred-and-seventy-fifth set)
  'grand',
  'info',
  'infos',
  'émission',
  'économie',
  // … and its short form on a desk ("Journaliste au desk éco de l’APS", the three-hundred-and-sixteenth set)
  'éco',
  'politique',
  'matinale',
  // the desk ("rubrique") and its society pages (the two-hundred-and-seventieth set's "Je couvre la rubrique Société
  // pour Le Soleil")
  'rubrique',
  'société',
  // the wake-up show (the two-hundred-and-thirty-fourth set's "Je présente le réveil sur Radio Kara")
  'réveil',
  // … the news and the evening's or morning's edition (Larousse: "les nouvelles", "le journal du soir"; "Je vous lis les
  // nouvelles du soir sur la RTNB", the six-hundred-and-fifty-sixth set), and a paper's pages (Larousse: "les pages
  // sportives"; "Je tiens les pages Culture du quotidien Le Soleil", the six-hundred-and-fifty-fifth set)
  'nouvelles',
  'soir',
  'matin',
  'pages',
  'page',
  'météo',
  'vidéo',
  'contenu',
  'multimédia',
  // German
  'nachrichten',
  // … and the compounds a newsroom names its editions by (Duden: Abendnachrichten, Spätnachrichten, Nachrichtensendung,
  // Morgenmagazin; "Ich moderiere die Abendnachrichten bei TRT Deutsch", the six-hundred-and-fifty-seventh set)
  'abendnachrichten',
  'morgennachrichten',
  'spätnachrichten',
  'hauptnachrichten',
  'nachrichtensendung',
  'morgenmagazin',
  'abendmagazin',
  'sendung',
  'wirtschaft',
  'wetter',
  'politik',
  // Italian
  'tg',
  'notiziario',
  'meteo',
  'telegiornale',
  'sportivo',
  // Kazakh: the morning's, the evening's (таңғы, кешкі) before a host's broadcast ("… таңғы эфирін жүргіземін")
  'таңғы',
  'кешкі',
  // Russian, Ukrainian (stemmed: новостей, программы, передачі)
  'новости',
  // show, morning, evening, air (Ozhegov; the hundred-and-thirty-third set's "Веду утреннее шоу на Альфа Радио")
  'шоу',
  'утреннее',
  'утренний',
  'вечернее',
  'вечерний',
  'эфир',
  'программа',
  'передача',
  'выпуск',
  'спорт',
  'погода',
  'экономика',
  'политика',
  'новини',
  'програма',
  'економіка',
  // Arabic (أخبار news, نشرة bulletin, برنامج programme, الرياضة sport, الاقتصاد economy, السياسة politics)
  'أخبار',
  'الأخبار',
  'نشرة',
  // … in the plural (the two-hundred-and-sixty-sixth set's "أقدّم النشرات على قناة الإخبارية")
  'نشرات',
  'برنامج',
  // … programmes, and "my programme(s)" (Almaany: برامج, the plural; "أقدّم برامجي على تلفزيون قطر", the
  // four-hundred-and-seventy-fourth set)
  'برامج',
  'البرامج',
  'برامجي',
  'برنامجي',
  'رياضة',
  'اقتصاد',
  'سياسة',
  // … noon's, evening's (a bulletin's hour: "نشرة الظهيرة", the two-hundred-and-twenty-third set's presenter). Not
  // "الصباح" (morning): also Iraq's Al-Sabah.
  'الظهيرة',
  'المسائية',
  // … and the evening itself ("أقدّم نشرات المساء على شاشة …", the three-hundred-and-thirty-sixth set); no outlet of the
  // tables is named "المساء"
  'المساء',
  // … a paper's section and its desk's adjective (Almaany: القسم, the department; "محررة في القسم الاقتصادي بجريدة …",
  // the three-hundred-and-thirty-ninth set)
  'القسم',
  'الاقتصادي',
  // (… and its accusative after "I work as … ": "محرراً اقتصادياً")
  'اقتصادياً',
  'اقتصاديا',
  'سياسياً',
  'رياضياً',
  'السياسي',
  'الرياضي',
  'الثقافي',
  'المحلي',
  // … and investigations, the desk of "محررة تحقيقات" (Almaany: تحقيق, an investigative report; the
  // four-hundred-and-forty-third set)
  'تحقيقات',
  'التحقيقات',
  // … and a programme's: the morning's, the evening's, as an adjective after its noun ("أقدم البرنامج الصباحي على
  // تلفزيون دبي", the two-hundred-and-eightieth set's presenter), and the programme with its article
  'الصباحي',
  'الصباحية',
  'المسائي',
  'البرنامج',
  // … and the bulletin's hour by its ordinal ("نشرة الثامنة", the eight o'clock; the two-hundred-and-thirty-eighth set)
  'السابعة',
  'الثامنة',
  'التاسعة',
  'العاشرة',
  // Persian (حوزه desk/beat, اخبار news, برنامه programme, اقتصادی economic, سیاسی political, ورزشی sports; اقتصاد
  // "economy" is written as in Arabic above)
  'حوزه',
  // "report(s)", the writer's own kind of piece ("برای خبرگزاری مهر گزارش اقتصادی می‌نویسم", the
  // two-hundred-and-twenty-third set)
  'گزارش',
  'اخبار',
  'برنامه',
  'اقتصادی',
  'سیاسی',
  'ورزشی',
  'بخش',
  // Turkish ('program', 'politik' and 'ekonomi' are listed with English, German and Indonesian); news in the plural
  // and politics (TDK; the two-hundred-and-sixty-sixth set's "Anadolu Ajansı’nda … haberler muhabiriyim")
  // Azerbaijani: the programme's, the news's, in the genitive before a presenter ("səhər verilişinin aparıcısı")
  'verilişinin',
  'proqramının',
  'xəbərlərinin',
  'haber',
  'haberleri',
  'haberler',
  'siyaset',
  'spor',
  // Indonesian, Malay ('politik' is listed with German)
  'berita',
  'olahraga',
  'sukan',
  'ekonomi',
  // Hindi
  'समाचार',
  'खेल',
  // Bengali news (two words), sports, politics, economy (Bangla Academy dictionary; the hundred-and-fifty-ninth set's
  // "সংবাদ উপস্থাপক | বাংলাদেশ টেলিভিশন (বিটিভি)")
  'সংবাদ',
  'খবর',
  'খেলা',
  'রাজনীতি',
  'অর্থনীতি',
  // Swahili (michezo sports, habari news, siasa politics, uchumi economy, burudani entertainment; after the
  // forty-second set's "Mwandishi wa michezo")
  'michezo',
  'habari',
  'siasa',
  'uchumi',
  'burudani',
  // … and Bunge, the parliament a reporter covers (the hundred-and-eighty-eighth set's "Ripota wa Bunge")
  'bunge',
  // … and the seats of power a Brazilian setorista covers: the presidential palace, the congress (Planalto, Congresso;
  // the three-hundred-and-twenty-fifth set's "Setorista do Planalto na TV Brasil")
  'planalto',
  'congresso',
  // Serbian, Croatian, Bosnian (Latin and Cyrillic), Polish, Czech and Slovak: the news show, the programme, the
  // morning's and evening's, news, sport, in the genitive a title takes (Rečnik srpskoga jezika, Hrvatski jezični
  // portal, SJP, SSČ; the hundred-and-seventy-second set's "Voditeljka Nacionalnog dnevnika na TV Pink"). Not "vesti",
  // "vijesti" (news): also outlets' names (Montenegro's Vijesti; a review)
  'dnevnika',
  'dnevnik',
  'emisije',
  'emisija',
  'jutarnjeg',
  'večernjeg',
  // … and in the accusative a host's verb takes ("Vodim jutarnji program na TV Pink", the two-hundred-and-twentieth
  // and -twenty-fourth sets)
  'jutarnji',
  'večernji',
  'јутарњи',
  'вечерњи',
  // … the main ("central") edition, as Montenegrin and Serbian newsrooms call it ("Vodim centralni Dnevnik na TVCG",
  // the three-hundred-and-forty-fourth set)
  'centralni',
  'centralnog',
  'централни',
  'централног',
  'nacionalnog',
  'informativnog',
  'sporta',
  // … foreign and home politics, culture, economy in the genitive ("Urednica spoljne politike na B92", the
  // two-hundred-and-eighty-second set)
  'spoljne',
  'vanjske',
  'unutrašnje',
  'unutarnje',
  'politike',
  'kulture',
  'ekonomije',
  'спољне',
  'политике',
  'културе',
  // Macedonian: the (central, evening, morning) news programme with its article, the accusative a host's verb takes
  // (Дигитален речник на македонскиот јазик; "Го водам централниот Дневник на МРТ 1", the five-hundred-and-fifty-fifth
  // set); not bare "дневник", a diary one keeps (a review of RULES_VERSION 146)
  'дневникот',
  'централниот',
  'вечерниот',
  'утринскиот',
  // … and the news programme a journalist works in ("Новинарка во Информативната програма на МРТ", the
  // five-hundred-and-sixty-fifth set; "програма" is listed with Ukrainian above)
  'информативната',
  // Bulgarian: the (central, evening) news broadcast (Български тълковен речник; "Репортерка в централната емисия на
  // БНТ", the two-hundred-and-eighty-first set)
  'емисия',
  'централната',
  'вечерната',
  'сутрешния',
  'дневника',
  'емисије',
  'јутарњег',
  'вечерњег',
  'wiadomości',
  'programu',
  'serwisu',
  'sportu',
  'zpráv',
  'pořadu',
  'správ',
  'relácie',
  // Greek news, sports, politics, economy, in the genitive a title takes (Λεξικό της κοινής νεοελληνικής; the
  // hundred-and-thirty-seventh set's "Ρεπόρτερ ειδήσεων, ΡΙΚ")
  'ειδήσεων',
  'ειδήσεις',
  'αθλητικών',
  'πολιτικών',
  'οικονομικών',
  // A language service of an agency or a broadcaster and its language, the desk an editor works on ("Redactora del
  // servicio en inglés de Prensa Latina", the three-hundred-and-sixty-third set; "of the French service of"):
  // dictionary words of English, Spanish, Portuguese and French, the languages these services are named in.
  'service',
  'servicio',
  'serviço',
  'english',
  'french',
  'spanish',
  'arabic',
  'russian',
  'chinese',
  'portuguese',
  'inglés',
  'francés',
  'español',
  'árabe',
  'ruso',
  'chino',
  'portugués',
  'inglês',
  'francês',
  'espanhol',
  'russo',
  'português',
  'anglais',
  'espagnol',
  'arabe',
  'russe',
  'chinois',
  'portugais',
  // Serbian, Croatian, Bosnian "news" (ekavian and ijekavian; "Уређујем вести у агенцији Тањуг", the
  // three-hundred-and-sixty-sixth set), Cyrillic only: Latin "Vijesti" and "Vesti" are papers' and channels' names
  // ("Novinarka Vijesti na RTCG", an older test)
  'вести',
  'вијести',
  // Slovak, Czech morning's, evening's, and the news (správy; the three-hundred-and-seventy-second set's "… ranné
  // správy na Jednotke RTVS")
  'ranné',
  'večerné',
  'ranní',
  'večerní',
  'správy',
  // Turkish "foreign" of the foreign-news desk ("Dış haber muhabiri, Anadolu Ajansı", the three-hundred-and-sixty-eighth
  // set; TDK: dış haberler)
  'dış',
  // … and the Azerbaijani regional correspondent's "region" and "for" after the city (ADİL: bölgə, üzrə; "AZƏRTAC-ın
  // Gəncə bölgə müxbiri", "“Xalq qəzeti”nin Gəncə üzrə müxbiri", the six-hundred-and-eighteenth and -thirtieth sets)
  'bölgə',
  'üzrə',
  // … and Turkish "region" (TDK: bölge; "İzmir bölge muhabiri")
  'bölge',
  // … and the Arabic local-news section ("محررة بقسم المحليات في صحيفة البيان", the three-hundred-and-sixtieth set)
  'المحليات',
  // The reporter out of the studio: English "field", French "de terrain", Romanian "de teren", Spanish and
  // Portuguese "de campo" (Collins, Larousse, DEX, RAE: "Reporteră de teren · Radio România Actualități", the
  // five-hundred-and-thirty-third set)
  'field',
  'terrain',
  'teren',
  'campo',
  // Tagalog news, the evening's, report, sports (UP Diksiyonaryong Filipino: "Anchor ng panggabing
  // balita ng IBC-13", the five-hundred-and-thirty-seventh set)
  'balita',
  'panggabing',
  'ulat',
  'palakasan',
];
