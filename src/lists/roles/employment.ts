/**
 * Employment without a title: phrases before the outlet ("works at", "работаю в") and words after it
 * ("TRT'de çalışıyorum", "在新华社工作"). Part of the media-job vocabulary: see index.ts.
 */

/** Phrases of employment without a job title: 'works at', 'working for', 'work for', 'trabajo en', 'работаю в', '就职于', ... */
export const EMPLOYMENT_PHRASES: readonly string[] = [
  // English
  'works at',
  'work at',
  'working at',
  'works for',
  'work for',
  'working for',
  'employed by',
  'employed at',
  'employee of',
  'employee at',
  'staff at',
  'staffer at',
  'on staff at',
  'part of the team at',
  'writing for',
  'writes for',
  'write for',
  'reporting for',
  'reports for',
  // the first person, "I report for …" (the nineteenth session's notes; not "report for" alone, also a noun: "Bias
  // report for CGTN coverage", and a refusal's "to report for": a review)
  'i report for',
  'we report for',
  // … and a newsreader's "presenting the news on" ("Presenting the news on CGTN from Beijing", the
  // three-hundred-and-eighty-ninth set): the news and the channel, not "the news of" (a reposter's) nor "on" alone
  // (a guest's)
  'presenting the news on',
  'i present the news on',
  'contributing to',
  // Spanish
  'trabajo en',
  'trabajo para',
  'trabaja en',
  'trabaja para',
  'trabajando en',
  'trabajando para',
  'escribo para',
  // … and its pieces named ("Escribo crónicas para Correo del Orinoco", the four-hundred-and-ninety-first set; DRAE:
  // crónica, a news account)
  'escribo crónicas para',
  'escribo notas para',
  // the gerund of "reportear" (to report; DRAE), "reporting for" ("Desde 2016 reporteando para TVN 🇨🇱", the
  // three-hundred-and-sixty-fifth set)
  'reporteando para',
  'reportando para',
  // Portuguese "I do reporting for" (as Romanian "fac reportaje pentru"; "Faço reportagem para a TDM desde 2017", the
  // three-hundred-and-eighty-second set)
  'faço reportagem para',
  'faço reportagens para',
  // … and the Spanish alike (DRAE, reportaje: "Hago reportajes para Señal Colombia", the five-hundred-and-twelfth set)
  'hago reportajes para',
  'hago reportaje para',
  // … and "I am of the reporting (team) of" ("Sou da reportagem da TV Brasil", the four-hundred-and-seventh set)
  'sou da reportagem da',
  'sou da reportagem do',
  // … and a byline's "I sign pieces for" (DRAE, firmar; nota, a news item in Latin American usage: "firmo notas para
  // Diario de Centro América", the four-hundred-and-seventy-fifth set), Portuguese "assino matérias para" likewise
  'firmo notas para',
  // … and "I write up / draft for" (DRAE, redactar: "Redacto para Andina", the four-hundred-and-eighty-first set)
  'redacto para',
  'firmo notas en',
  'assino matérias para',
  // Portuguese "I write for", as Spanish "escribo para" (and colloquial "pra", Houaiss: the contraction of "para";
  // "escrevo pra Agência Brasil direto do Congresso", the five-hundred-and-sixth set)
  'escrevo para',
  'escrevo pra',
  'colaboro con',
  'colaboro en',
  // French
  'travaille à',
  'travaille pour',
  'travaille chez',
  'travaillant pour',
  'travaillant à',
  'écrit pour',
  "j'écris pour",
  // … and a byline's "je signe au/dans" (I sign [my pieces] in; Larousse, signer: "Je signe au Cameroon Tribune depuis
  // 2016", the three-hundred-and-eighty-ninth set)
  'je signe au',
  'je signe dans',
  // … and the agency's dispatches signed ("je signe des dépêches TAP depuis 2019", the four-hundred-and-sixty-second
  // set), and the colloquial "I work" (Larousse: bosser, familier; "Je bosse à la MAP, rubrique éco", the
  // four-hundred-and-sixtieth)
  'je signe des dépêches',
  'je bosse à',
  'je bosse pour',
  'je bosse chez',
  'j’écris pour',
  // Serbian, Croatian, Bosnian "I report for" (Ekavian, Ijekavian, Cyrillic; "Izveštavam za Tanjug iz Skupštine", the
  // four-hundred-and-sixty-second set)
  'izveštavam za',
  'izvještavam za',
  'извештавам за',
  'извјештавам за',
  // Russian
  'работаю в',
  'работаю на',
  'работаю для',
  'работает в',
  'работает на',
  'сотрудник',
  'сотрудница',
  'пишу для',
  // … and a TV reporter's "I shoot (news) stories for" (сюжет, a news item on air: Ожегов; "Снимаю сюжеты для
  // «Столичного телевидения»", the four-hundred-and-seventy-fifth set)
  'снимаю сюжеты для',
  'готовлю сюжеты для',
  // … and reports ("Снимаю репортажи для «Беларусь 1»", the four-hundred-and-eightieth set)
  'снимаю репортажи для',
  'готовлю репортажи для',
  // … and Belarusian (Беларуская граматыка; the hundred-and-eighty-third set's "Пішу для «Звязды» з Гродна")
  'пішу для',
  // Serbian, Croatian, Bosnian "I write for" in Latin letters (after the fortieth set; not Cyrillic "пишем за",
  // Bulgarian "we write about": a review)
  'pišem za',
  // … and in Cyrillic where the clause has a letter only Serbian writes (ђ ј љ њ ћ џ): Bulgarian "пишем за" is "we write
  // about" (src/lists/bio/employment.ts SERBIAN_ONLY; "Пишем за „Вечерње новости“", the three-hundred-and-seventy-eighth set)
  'пишем за',
  // Polish "I write for" (after the forty-fourth set; not "piszę do", also "I write to": a listener's letters, a
  // review)
  'piszę dla',
  // German
  'arbeite bei',
  'arbeitet bei',

  'arbeite für',
  'arbeitet für',
  'tätig bei',
  'tätig für',
  'angestellt bei',
  'schreibe für',
  // "I report for", with its "ich": bare "Berichte für …" is the noun as often ("Berichte für RT DE wurden gelöscht",
  // reports for RT DE were deleted; a review of RULES_VERSION 113); a critic reports "über" (about) an outlet
  'ich berichte für',
  // … and "I host for", with its "ich" (Duden: moderieren; "Ich moderiere für TRT Deutsch", the
  // five-hundred-and-sixty-fifth set): a guest is hosted, the host moderates for the channel
  'ich moderiere für',
  // Portuguese
  'trabalho na',
  'trabalho no',
  'trabalho em',
  'trabalho para',
  'trabalha na',
  'trabalha no',
  'trabalha em',
  'trabalha para',
  // Italian
  'lavoro per',
  'lavoro a',
  'lavoro presso',
  'lavora per',
  'lavora presso',
  'scrivo per',
  // Ukrainian
  'працюю в',
  'працюю у',
  'працюю на',
  'працює в',
  'працює на',
  'співробітник',
  'співробітниця',
  // Polish, Serbian/Croatian, Romanian, Swahili
  'pracuję w',
  'pracuje w',
  'radim u',
  'radim na',
  'lucrez la',
  // … "I work in the newsroom of" (DEX, redacție; "Lucrez în redacția RADOR", the two-hundred-and-eighty-eighth set)
  'lucrez în redacția',
  'lucrez în redacţia',
  'lucrez in redactia',
  // Romanian "I write for", "I make reports for" (the two-hundred-and-tenth set's "Fac reportaje pentru Telejurnalul
  // TVR")
  'scriu pentru',
  // (Not "scriu știri pentru", drafted for the six-hundred-and-sixty-ninth set's "Scriu știri pentru Moldpres": "pentru"
  // may govern anyone, "Scriu știri pentru prieteni despre …"; a review of RULES_VERSION 168. "scriu pentru" has the
  // same hole, noted for planning.)
  'fac reportaje pentru',
  'ninafanya kazi',
  // Swahili "I report for" (the two-hundred-and-eighteenth set's "Ninaripoti kwa Zanzibar Leo")
  'ninaripoti kwa',
  'naripoti kwa',
  // Swahili "I write for" (-andikia, the applicative of -andika, "write"; TUKI): a writer's employer after it
  'ninaandikia',
  // Malay, Indonesian "I write for", in the first person (Kamus Dewan; "Saya menulis untuk Media Permata", the
  // three-hundred-and-first set; not a dream's or a past's "bercita-cita menulis untuk", "Dulu … menulis untuk": a
  // review of RULES_VERSION 108)
  'saya menulis untuk',
  'naandikia',
  // Indonesian and Malay
  'bekerja di',
  'bekerja untuk',
  'kerja di',
  'berkhidmat di',
  // … "on duty at" (Kamus Dewan, bertugas; "Bertugas di meja politik BERNAMA", the six-hundred-and-sixty-seventh set)
  'bertugas di',
  'berkhidmat dengan',
  // After the fourth fresh set (the language matrix; each row's dictionary): Czech, Slovak "I work at/for"; Javanese
  // "nyambut gawe ing" (work at); Hausa ma'aikaci/ma'aikaciya "employee (m./f.) of" with the linker -n/-r (Newman);
  // Lingala "mosali na" (worker at); Wolof "liggéey naa ci" (I work at); Sesotho "ke sebetsa" (I work at); Setswana "ke
  // bereka kwa"; Chichewa "ndimagwira ntchito ku" (I work at); Kinyarwanda "nkora kuri".
  'pracuji pro',
  'pracuji v',
  'pracuju v',
  'pracuji na',
  'pracujem v',
  'pracujem pre',
  'pracujem na',
  'nyambut gawe ing',
  'nyambut gawé ing',
  'ma’aikacin',
  "ma'aikacin",
  'maaikacin',
  'ma’aikaciyar',
  "ma'aikaciyar",
  'maaikaciyar',
  'mosali na',
  'liggéey naa ci',
  'liggeey naa ci',
  'ke sebetsa',
  'ke bereka kwa',
  'ndimagwira ntchito ku',
  'nkora kuri',
  // "I work at" in every language of the matrix that had none (its `works` line; each row's dictionary): Thai, Khmer,
  // Lao (written unspaced: ทำงานที่, ធ្វើការនៅ, ເຮັດວຽກຢູ່), Tagalog, Cebuano, Javanese, Belarusian (employee),
  // Bulgarian, Serbian Cyrillic, Croatian (employee), Slovenian, Macedonian, Albanian, Greek, Armenian, Georgian,
  // Hebrew, Somali, Lingala, Wolof, Hausa, Yoruba,
  // Igbo, Zulu, Xhosa, Afrikaans, Sesotho, Setswana, Shona, Chichewa, Malagasy, Luganda, Dutch, Swedish, Norwegian,
  // Danish, Finnish, Lithuanian, Latvian, Estonian, Maltese, Catalan, Galician, Haitian Creole.
  'ทำงานที่',
  'ធ្វើការនៅ',
  'ເຮັດວຽກຢູ່',
  'nagtatrabaho sa',
  'nagtatrabaho para sa',
  'nagtrabaho sa',
  'nagtrabaho para sa',
  'kerja ing',
  'супрацоўнік',
  'супрацоўніца',
  'працую ў',
  'работя в',
  'работя за',
  'радим на',
  'радим у',
  'радим за',
  'zaposlenik',
  'zaposlenica',
  'delam na',
  'delam v',
  'delam pri',
  'работам во',
  'работам на',
  'punoj në',
  'punoj për',
  'punoj te',
  'εργάζομαι στην',
  'εργάζομαι στο',
  'εργάζομαι στη',
  'εργάζομαι σε',
  'δουλεύω στην',
  'δουλεύω στο',
  'աշխատում եմ',
  'ვმუშაობ',
  'עובד',
  'עובדת',
  'waxaan ka shaqeeyaa',
  'ka shaqeeyaa',
  // … he/she works at, as a relative clause after a title ("Suxufiyad ka shaqaysa SLNTV"; Zorc and Osman; after the
  // sixteenth set)
  'ka shaqeeya',
  'ka shaqaysa',
  'ka shaqeysa',
  // … and their past, which the present's letters begin ("ka shaqaysay", she worked at; a review)
  'ka shaqaysay',
  'ka shaqeysay',
  'ka shaqeeyey',
  'ka shaqaysatay',
  'nasalaka na',
  'dama liggéey ci',
  'liggéey ci',
  'ina aiki a',
  'ina aiki da',
  'mo ń ṣiṣẹ́ ní',
  'ń ṣiṣẹ́ ní',
  'ana m arụ ọrụ na',
  'arụ ọrụ na',
  'ngisebenza e',
  'ngisebenza ku',
  'ngisebenza kwa',
  'ndisebenza kwi',
  'ndisebenza e',
  'ek werk by',
  'werk by',
  'werk vir',
  'ke sebeletsa',
  'ke dira kwa',
  'ke dira mo',
  'ndinoshanda',
  'ndikugwira ntchito ku',
  'miasa ao amin',
  'miasa any',
  'nkola ku',
  'nkola mu',
  'ik werk bij',
  'werk bij',
  'werkzaam bij',
  'jobbar på',
  'jobbar för',
  'arbetar på',
  'arbetar för',
  'jobber i',
  'jobber for',
  'jobber på',
  'arbeider i',
  'arbeider for',
  'arbejder hos',
  'arbejder for',
  'arbejder på',
  'töissä',
  'dirbu',
  'strādāju',
  'töötan',
  'naħdem ma',
  'naħdem mal',
  'treballo a',
  'treballo per',
  'treballo en',
  'traballo en',
  'traballo para',
  'm ap travay nan',
  'ap travay nan',
  'travay nan',
  // Past tense: employment all the same, reported as former (src/lists/bio/former.ts)
  'worked at',
  'worked for',
  'работал в',
  'работала в',
  'работал на',
  'работала на',
  'trabajé en',
  'trabajé para',
  'trabajaba en',
  'travaillé à',
  'travaillé pour',
  'travaillé chez',
  'ho lavorato per',
  'ho lavorato a',
  'працював в',
  'працювала в',
  'працював на',
  'працювала на',
  // The past of the present phrases above, language by language, both genders where the verb has them (each
  // language's conjugation tables, Wiktionary): a past job read as current is how a former staffer gets flagged, and
  // each of these also marks the job as past (FORMER in src/lists/bio/cues.ts). After the fourteenth set.
  'trabajó en',
  'trabajó para',
  'trabalhei na',
  'trabalhei no',
  'trabalhei em',
  'trabalhei para',
  'trabalhou na',
  'trabalhou no',
  'trabalhou em',
  'arbeitete bei',
  'arbeitete für',
  'працював у',
  'працювала у',
  'працаваў у',
  'працаваў ў',
  'працавала ў',
  'працавала у',
  'pracowałem w',
  'pracowałam w',
  'pracował w',
  'pracowała w',
  'pracoval jsem v',
  'pracovala jsem v',
  'pracoval jsem pro',
  'pracovala jsem pro',
  'pracoval som v',
  'pracovala som v',
  'pracoval som pre',
  'pracovala som pre',
  'radio sam u',
  'radila sam u',
  'radio sam na',
  'radila sam na',
  'радио сам у',
  'радила сам у',
  'радио сам на',
  'радила сам на',
  'delal sem na',
  'delala sem na',
  'delal sem v',
  'delala sem v',
  'delal sem pri',
  'delala sem pri',
  'am lucrat la',
  'работих в',
  'работих за',
  'работил съм в',
  'работила съм в',
  'работев во',
  'работев на',
  'kam punuar në',
  'kam punuar për',
  'kam punuar te',
  'εργάστηκα στην',
  'εργάστηκα στο',
  'εργάστηκα στη',
  'εργάστηκα σε',
  'δούλεψα στην',
  'δούλεψα στο',
  'werkte bij',
  'heb gewerkt bij',
  'jobbade på',
  'jobbade för',
  'arbetade på',
  'arbetade för',
  'jobbet i',
  'jobbet for',
  'jobbet på',
  'arbeidet i',
  'arbeidet for',
  'arbejdede hos',
  'arbejdede for',
  'arbejdede på',
  'vaig treballar a',
  'vaig treballar per',
  'vaig treballar en',
  'traballei en',
  'traballei para',
  'te travay nan',
  'nilifanya kazi',
  'nakoze kuri',
  'nakoraga kuri',
  'waxaan ka shaqeeyay',
  'ka shaqeeyay',
  'na yi aiki a',
  'na yi aiki da',
  'ngangisebenza e',
  'ngangisebenza ku',
  'ndandisebenza e',
  'ndandisebenza kwi',
  'עבדתי',
  'աշխատել եմ',
  'աշխատում էի',
  'ვმუშაობდი',
  'عملت في',
  'عملت لدى',
  'عملت مع',
  'اشتغلت في',
  'كنت أعمل في',
  'đã làm việc tại',
  'đã công tác tại',
  'เคยทำงานที่',
  'ធ្លាប់ធ្វើការនៅ',
  'ເຄີຍເຮັດວຽກຢູ່',
  // Chinese
  '就职于',
  '就職於',
  '任职于',
  '任職於',
  '供职于',
  '供職於',
  '工作于',
  '服务于',
  // Arabic (and "أسرة تحرير", the editorial family: "من أسرة تحرير جريدة …", a Gulf staff line; after the fourteenth set)
  'أسرة تحرير',
  'أعمل في',
  'أعمل لدى',
  'أعمل مع',
  'يعمل في',
  'تعمل في',
  'موظف في',
  'موظفة في',
  // Persian
  'کارمند',
  'شاغل در',
  // Vietnamese
  'làm việc tại',
  'làm việc cho',
  'công tác tại',
  // "do journalism at" (làm báo; báo nói, radio, báo hình, television: Từ điển tiếng Việt), a staff line the
  // ninetieth set's staffer wrote ("Làm báo nói ở Đài TNVN"). Plain "làm báo" in the first person only: "Review làm
  // báo ở VTV", "Chuyện làm báo ở VOV" are topics (and not "mình", also the "my" of "Ba mình", my dad). Not "làm việc
  // ở", work in a place ("Làm việc ở Đài Loan nghe VOV": a migrant worker who listens to VOV). A review of
  // RULES_VERSION 65.
  'tôi làm báo ở',
  // … and a press photographer's "I take news photos for", in the first person (Từ điển tiếng Việt: chụp ảnh thời sự;
  // "cho" is "for"): "Tôi chụp ảnh thời sự cho TTXVN ở miền Trung" (the three-hundred-and-thirtieth set). Not "viết
  // (bài) cho", "chụp ảnh cho" alone: a letter to VTV, a contest's entry, photos for VTV to see (a review of
  // RULES_VERSION 113).
  'tôi chụp ảnh thời sự cho',
  'tôi làm báo tại',
  'tôi làm báo cho',
  'làm báo nói ở',
  'làm báo nói tại',
  'làm báo hình ở',
  'làm báo hình tại',
  // … and "I bring the news for" (đưa tin: to report; "Nghề của tôi: đưa tin cho VOV", the three-hundred-and-ninety-second
  // set)
  'đưa tin cho',
  // Greek "I do reporting for" (Λεξικό της κοινής νεοελληνικής, ρεπορτάζ: "Κάνω ρεπορτάζ για την ΕΡΤ από το 2019", the
  // three-hundred-and-eighty-seventh set), as the Portuguese "faço reportagem para"
  'κάνω ρεπορτάζ για',
];

/**
 * Employment words that FOLLOW the outlet: English "alum" ("CGTN alum", past staff), Turkish and Korean put the verb last ("TRT'de çalışıyorum", "KCNA 근무"),
 * Persian too ("در پرس تی وی کار می‌کنم"), and Chinese closes 在 … 工作 ("在新华社工作") or names staff after the
 * outlet ("新华社员工"). Past forms are here as well; the bio reader marks them former.
 */
export const EMPLOYMENT_AFTER_OUTLET: readonly string[] = [
  // Hungarian "as its correspondent, reporter, editor, host" (the essive -ként), after the outlet only: "Az MTI
  // brüsszeli tudósítójaként" (the three-hundred-and-fifteenth set); before another outlet it is the writer's own
  // paper's title ("A Telex riportereként az MTI-t kritizálom"; a review of RULES_VERSION 110)
  'tudósítójaként',
  'riportereként',
  'szerkesztőjeként',
  'műsorvezetőjeként',
  // … and "I work" after the name's -nál/-nél (at; "Az MTVA-nál dolgozom", the three-hundred-and-eighty-ninth set)
  'dolgozom',
  // English ("CGTN alum": past staff)
  'alum',
  'alumni',
  'alumna',
  'alumnus',
  // Turkish
  'çalışıyorum',
  // … and "I present" right after the outlet in the locative ("Ana haber bültenini TRT'de sunuyorum"; TDK: sunmak,
  // "bir programı yönetmek"; after the five-hundred-and-forty-fourth set's "Akşam ana haberleri BRT’de benden")
  'sunuyorum',
  'çalışanı',
  'çalışanıyım',
  'bünyesinde',
  'çalıştım',
  // Not "ekibindeyim" (I am on the team of; the sixty-sixth set's "TRT Haber ekibindeyim"): a review found fan bases'
  // "Türk medya ekibi", the crews of series TRT airs, volunteers' and boycotters' teams (RULES_VERSION 50)
  // Korean
  '근무',
  '재직',
  // Persian
  'کار می‌کنم',
  'کار میکنم',
  'کار می‌کردم',
  'کار کردم',
  // Japanese (勤務 "employed at", 所属 "belonging to", 在籍 "on the staff of": after the outlet and its particle)
  '勤務',
  '所属',
  '在籍',
  '社員',
  '職員',
  '働いています',
  // "I do the editing" at it ("人民網日本語版で編集をしています"; after the thirty-fifth set)
  '編集をしています',
  '編集を担当しています',
  '働いてます',
  // Hindi (कार्यरत "employed", after the outlet and में)
  'में कार्यरत',
  // Chinese
  '工作',
  '上班',
  '员工',
  '員工',
  // After the fourth fresh set, "I work (at)" after the outlet where the language puts the verb last (each matrix
  // row's dictionary): Urdu, Bengali, Burmese (unspaced), Kazakh, Kyrgyz, Uzbek, Tajik, Turkmen, Azerbaijani,
  // Mongolian, Tatar, Bashkir, Chechen, Pashto, Kurmanji, Sorani, Amharic, Tigrinya, Oromo, Sinhala, Tamil, Nepali and
  // Marathi (कार्यरत "employed"), Telugu, Gujarati, Kannada, Malayalam, Punjabi (with their postposition written
  // apart after a Latin name), Basque, Uyghur.
  'کام کرتی ہوں',
  'کام کرتا ہوں',
  'میں ملازم',
  'কর্মরত',
  'অফিসে কাজ করি',
  'အလုပ်လုပ်',
  'жұмыс істеймін',
  // … and the Kazakh host's "I host its broadcast / programme" after the outlet in the genitive ("Қазақ радиосының
  // таңғы эфирін жүргіземін", the four-hundred-and-forty-third set; жүргізу, to conduct: Kazakh–Russian dictionary)
  'эфирін жүргіземін',
  'бағдарламасын жүргіземін',
  'иштейм',
  'иштеймин',
  'ishlayman',
  'кор мекунам',
  'işleýärin',
  'işləyirəm',
  // … and the Azerbaijani host's "I host its programme / broadcast / the news" after the outlet in the locative
  // ("AzTV-də … səhər proqramını aparıram", the five-hundred-and-eighty-sixth set; Azərbaycan dilinin izahlı lüğəti:
  // aparmaq, "verilişi aparmaq")
  'proqramını aparıram',
  'verilişini aparıram',
  'efirini aparıram',
  'xəbərləri aparıram',
  'ажилладаг',
  'эшлим',
  'эшләйем',
  'болх бо',
  'болх беш',
  'کار کوم',
  'کې کار کوم',
  'kar dikim',
  'کار دەکەم',
  'እሰራለሁ',
  'እሰርሕ',
  'nan hojjedha',
  'keessa nan hojjedha',
  'සේවය කරමි',
  'பணிபுரிகிறேன்',
  'कार्यरत',
  'లో పనిచేస్తున్నాను',
  'పనిచేస్తున్నాను',
  'માં કામ કરું છું',
  'કામ કરું છું',
  'ನಲ್ಲಿ ಕೆಲಸ ಮಾಡುತ್ತೇನೆ',
  'ಕೆಲಸ ಮಾಡುತ್ತೇನೆ',
  'ൽ ജോലി ചെയ്യുന്നു',
  'ജോലി ചെയ്യുന്നു',
  'ਵਿੱਚ ਕੰਮ ਕਰਦਾ ਹਾਂ',
  'ਵਿੱਚ ਕੰਮ ਕਰਦੀ ਹਾਂ',
  'ਕੰਮ ਕਰਦਾ ਹਾਂ',
  'ਕੰਮ ਕਰਦੀ ਹਾਂ',
  'lan egiten dut',
  'دا ئىشلەيمەن',
  'ئىشلەيمەن',
  // … and their past, read as a past job (FORMER_ANY in src/lists/bio/cues.ts; Wiktionary conjugation tables): Korean,
  // Turkish pluperfect, Kazakh, Kyrgyz, Uzbek, Turkmen, Azerbaijani, Tajik, Mongolian, Urdu, Hindi, Bengali, Tamil,
  // Sinhala, Amharic. After the fourteenth set.
  '근무했습니다',
  '근무했다',
  '근무했던',
  'çalışmıştım',
  'жұмыс істедім',
  'иштедим',
  'ishladim',
  'işledim',
  'işlədim',
  'işləmişəm',
  'кор кардам',
  'ажиллаж байсан',
  'کام کرتا تھا',
  'کام کرتی تھی',
  'में काम करता था',
  'में काम करती थी',
  'কাজ করতাম',
  'பணிபுரிந்தேன்',
  'සේවය කළෙමි',
  'ሰርቻለሁ',
];

/**
 * A presenter's first-person verb, which says the job the title would: "Apresento as manhãs na Rádio …", "Presento el
 * noticiero en …", "Je présente le JT sur …", "Веду новости на …" (dictionary senses; after the thirty-fourth set, from
 * the seen sets' staff misses). It binds only through a desk or programme and a connector of place, written as listed
 * (src/lists/bio/employment.ts, `connectorOnly`): "Presento mi libro" or "Te presento CGTN" name no employer, "Presento
 * las noticias de RT" is a reposter's, "Presentó el noticiero …" a tribute's.
 */
export const PRESENTING_VERBS: readonly string[] = [
  // Not English "I host", "I anchor": the title inside them reads "I host CGTN's The Point" already (a review).
  'presento',
  'conduzco',
  'apresento',
  'conduzo',
  'je présente',
  "j'anime",
  'j’anime',
  // … the newsreader's "I read (to you)" the news, as the Arabic أقرأ عليكم below ("Je vous lis les nouvelles du soir sur
  // la RTNB", the six-hundred-and-fifty-sixth set), and an editor's "I run" a paper's pages or desk (Larousse, tenir: "tenir
  // une rubrique"; "Je tiens les pages Culture du quotidien Le Soleil", the six-hundred-and-fifty-fifth set): through a
  // desk and a connector like the hosts' verbs, never "de" right before the outlet
  'je vous lis',
  'je tiens',
  'conduco',
  'moderiere',
  // … Slovak, Czech, Polish "I host" (Krátky slovník slovenského jazyka, moderovať; "Moderujem ranné správy na Jednotke
  // RTVS", the three-hundred-and-seventy-second set)
  'moderujem',
  'moderuji',
  'moderuję',
  'веду',
  // Serbian, Croatian, Bosnian "I host" (a programme; Latin and Cyrillic), Arabic "I present" with and without its
  // shadda, Bulgarian "I host" (the two-hundred-and-twentieth and -twenty-fourth sets' "Vodim jutarnji program na TV
  // Pink", the two-hundred-and-twenty-third's "Водим вечерње вијести на РТРС-у" and "أقدّم نشرة الظهيرة على شاشة …")
  // … Romanian "I present" (the two-hundred-and-fourteenth set's "Prezint Telejurnalul de weekend pe TVR 1")
  'prezint',
  // … Serbian, Croatian, Bosnian "I edit" (the news, a programme; "Уређујем вести у агенцији Тањуг", the
  // three-hundred-and-sixty-sixth set), through its programme and a connector like the hosts' verbs
  'уређујем',
  'uređujem',
  // … and a reporter's first-person "I cover" (a beat, then "for": "Je couvre la politique pour Cameroon Tribune", the
  // two-hundred-and-twenty-ninth set; first person only, unlike the gerund taken back above)
  'je couvre',
  'cubro',
  'i cover',
  // … Swahili "I report" with the parliament it covers before "for" ("Ninaripoti Bunge kwa HabariLeo", the
  // two-hundred-and-eighty-second set)
  'ninaripoti',
  'vodim',
  'водим',
  'водя',
  // … and Macedonian "I host" (Дигитален речник на македонскиот јазик: води; "Го водам централниот Дневник на МРТ 1",
  // the five-hundred-and-fifty-fifth set)
  'водам',
  'أقدّم',
  'أقدم',
  // … and in the Levantine present (بـ + the verb: "كل ليلة بقدّم نشرة الثامنة على تلفزيون لبنان", the
  // two-hundred-and-eighty-ninth set)
  'بقدّم',
  'بقدم',
  // … and the Gulf presenter's greeting "I appear to you" (أطلّ عليكم: Almaany, أطلّ على, to look out upon) with the
  // channel's screen or bulletin after it ("أطلّ عليكم من شاشة تلفزيون أبوظبي", "أطلّ عليكم كل مساء في نشرة أخبار
  // تلفزيون قطر", the three-hundred-and-twenty-sixth and -forty-fourth sets)
  'أطلّ عليكم',
  'أطل عليكم',
  // … and the newsreader's "I read to you" (أقرأ عليكم) the news on the channel ("أقرأ عليكم أخبار الثامنة في التلفزيون
  // الجزائري", the three-hundred-and-eighty-ninth set): "to you" makes it a reading on air, not a viewer's reading
  'أقرأ عليكم',
  'اقرأ عليكم',
  // … and the host's own noun with its programme, "presenter of the programme X on/in" a broadcaster (مقدّم برنامج:
  // Almaany; "مقدم برنامج الصباح على إذاعة الرياض", the four-hundred-and-fourteenth set), read as the verb is: "مقدّم"
  // alone is also "presented by", "offered", "in advance"
  'مقدم برنامج',
  'مقدمة برنامج',
  'مقدّم برنامج',
  'مقدّمة برنامج',
  // … and of the news or the bulletin ("مقدّمة الأخبار على تلفزيون الكويت", the four-hundred-and-twenty-fifth set)
  'مقدم الأخبار',
  'مقدمة الأخبار',
  'مقدّم الأخبار',
  'مقدّمة الأخبار',
  'مقدم النشرة',
  'مقدمة النشرة',
  'مقدّم النشرة',
  'مقدّمة النشرة',
  // … and of a bulletin, bulletins, without the article ("مقدّمة نشرة الأخبار على قناة العراقية", "مقدّمة نشرات في
  // «الشرق للأخبار»": the four-hundred-and-sixty-third and -fourth sets)
  'مقدم نشرة',
  'مقدمة نشرة',
  'مقدّم نشرة',
  'مقدّمة نشرة',
  'مقدم نشرات',
  'مقدمة نشرات',
  'مقدّم نشرات',
  'مقدّمة نشرات',
  'أغطي',
  // (… with its shadda: "أغطّي الأخبار لتلفزيون لبنان", the six-hundred-and-sixty-second set)
  'أغطّي',
  'παρουσιάζω',
  // Not English "covering", "reporting on", "writing about" (drafted for "Covering parliament for Tehran Times", the
  // hundred-and-fifty-ninth set): not first-person forms, they bind anyone's job to the outlet ("Stop covering …",
  // "Thanks for covering …", "Follow Ali, covering …", "Makeup artist 💄 covering the morning show at …"; a review of
  // RULES_VERSION 88 took them back).
];

/**
 * Verbs after the outlet that name an employer only with "for" before the outlet: Persian "برای … گزارش می‌دهم" (I
 * report for …; "از دبی برای العربیه فارسی گزارش می‌دهم", a staff line of the eighty-eighth set). Without it the
 * outlet is what is reported ("تخلفات صداوسیما را گزارش می‌دهم", I report IRIB's violations; "از سانسور صداوسیما …",
 * on its censorship: a review).
 */
export const EMPLOYMENT_AFTER_FOR: readonly string[] = [
  'گزارش می‌دهم',
  'گزارش میدهم',
  // … "I write (reports) for" ("از تهران برای خبرگزاری مهر گزارش اقتصادی می‌نویسم", the two-hundred-and-twenty-third
  // set's reporter)
  'می‌نویسم',
  'مینویسم',
  // … and Tajik, Persian in Cyrillic: "барои «Садои мардум» менависам" (I write for …; the three-hundred-and-sixteenth
  // set), "for" being "барои"
  'менависам',
];

/**
 * The "for" those verbs need right before the outlet; … or Persian "in, at" opening the clause, where the reporter is
 * posted ("در خبرگزاری مهر از مجلس گزارش می‌دهم", the five-hundred-and-seventy-eighth set; Dehkhoda: در).
 */
export const FOR_BEFORE_OUTLET = /(?:(?:^|\s)(?:برای|барои)|^\s*(?:من\s+)?در)\s[«"„“]?$/u;
