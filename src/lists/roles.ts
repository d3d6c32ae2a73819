/**
 * Media-job vocabulary: the words that distinguish "works for an outlet" from "mentions an outlet" in a bio.
 *
 * What it is for: the bio reader (src/lists/bio.ts) looks, clause by clause, for a MEDIA_ROLES title tied to an
 * outlet by an EMPLOYER_CONNECTORS word or an OUTLET_NOUNS word ('Reporter at CGTN', 'ведущая телеканала RT',
 * '新华社记者' with no connector at all), for an EMPLOYMENT_PHRASES phrase before an outlet ('working for RT') or an
 * EMPLOYMENT_AFTER_OUTLET word after it ("TRT'de çalışıyorum"). NAMES_THAT_ARE_WORDS are outlet names that need an
 * explicit tie. Matching is the reader's business; these are word lists only.
 *
 * How it is maintained: by hand, facts of usage only (ordinary dictionary job titles and function words of each
 * language); the source for each entry is the language's standard vocabulary, so no per-row citation applies. All
 * entries are lower case (case-less scripts as written), trimmed and unique (tests/unit/lists.test.ts checks it). Add
 * feminine and plural forms where a language inflects them; do not add generic words ('writer' is kept because bios
 * use it as a title, 'analyst' is not).
 *
 * Notes on word order: several languages put the outlet before the role or the verb after it ('TRT muhabiri',
 * "TRT'de çalışıyorum", '新华社记者', 'در پرس تی وی کار می‌کنم', 'KCNA 기자'), and Russian, Arabic and Persian often tie
 * them with the genitive, iḍāfa or ezafe and no connector ('корреспондент ТАСС', 'مراسل قناة العالم').
 */

/** Job titles of media staff, lower case, in English and other languages (Chinese, Russian, Spanish, French, Arabic, Korean, Persian, German, Portuguese, Turkish, Vietnamese): presenter, host, anchor, reporter, correspondent, journalist, editor, producer, contributor, columnist, commentator, 主持人, 记者, ведущий, корреспондент, журналист, periodista, presentador(a), corresponsal, journaliste, présentateur, correspondant, 기자, 앵커, خبرنگار, مراسل, مذيع ... */
export const MEDIA_ROLES: readonly string[] = [
  // English
  'presenter',
  'tv presenter',
  'host',
  'co-host',
  'cohost',
  'anchor',
  'news anchor',
  'anchorman',
  'anchorwoman',
  'newsreader',
  'broadcaster',
  'broadcast journalist',
  'reporter',
  'senior reporter',
  'correspondent',
  'foreign correspondent',
  'chief correspondent',
  'war correspondent',
  'journalist',
  'video journalist',
  'videojournalist',
  'photojournalist',
  'editor',
  'editor-in-chief',
  'editor in chief',
  'chief editor',
  'managing editor',
  'deputy editor',
  'news editor',
  'producer',
  'executive producer',
  'senior producer',
  'contributor',
  'contributing editor',
  'columnist',
  'commentator',
  'political commentator',
  'staff writer',
  'writer',
  'bureau chief',
  'stringer',
  'cameraman',
  // Not 'camera operator': it is as much a security trade ("CCTV camera operator") as a newsroom one.
  'newscaster',
  // Chinese (simplified and traditional)
  '主持人',
  '节目主持人',
  '節目主持人',
  '主播',
  '新闻主播',
  '新聞主播',
  '记者',
  '記者',
  '首席记者',
  '首席記者',
  '驻外记者',
  '駐外記者',
  '出镜记者',
  '特派记者',
  '特派記者',
  '编辑',
  '編輯',
  '主编',
  '主編',
  '总编辑',
  '總編輯',
  '制片人',
  '製片人',
  '评论员',
  '評論員',
  '特约评论员',
  '专栏作家',
  '專欄作家',
  '撰稿人',
  '通讯员',
  '通訊員',
  // Russian
  'ведущий',
  'ведущая',
  'телеведущий',
  'телеведущая',
  'радиоведущий',
  'радиоведущая',
  'корреспондент',
  'корреспондентка',
  'спецкор',
  'спецкорреспондент',
  'военкор',
  'военный корреспондент',
  'собкор',
  'журналист',
  'журналистка',
  'тележурналист',
  'тележурналистка',
  'репортёр',
  'репортер',
  'редактор',
  'главный редактор',
  'шеф-редактор',
  'продюсер',
  'обозреватель',
  'колумнист',
  'комментатор',
  // Spanish
  'periodista',
  'presentador',
  'presentadora',
  'conductor',
  'conductora',
  'locutor',
  'locutora',
  'reportero',
  'reportera',
  'corresponsal',
  'editora',
  'redactor',
  'redactora',
  'jefe de redacción',
  'productor',
  'productora',
  'columnista',
  'comentarista',
  'colaborador',
  'colaboradora',
  'camarógrafo',
  // French
  'journaliste',
  'présentateur',
  'présentatrice',
  'animateur',
  'animatrice',
  'correspondant',
  'correspondante',
  'envoyé spécial',
  'envoyée spéciale',
  'rédacteur',
  'rédactrice',
  'rédacteur en chef',
  'rédactrice en chef',
  'producteur',
  'productrice',
  'chroniqueur',
  'chroniqueuse',
  'éditorialiste',
  'commentateur',
  'commentatrice',
  'pigiste',
  // Arabic
  'مراسل',
  'مراسلة',
  'مذيع',
  'مذيعة',
  'مقدم برامج',
  'مقدمة برامج',
  'صحفي',
  'صحفية',
  'صحافي',
  'صحافية',
  'إعلامي',
  'إعلامية',
  'محرر',
  'محررة',
  'رئيس التحرير',
  'رئيسة التحرير',
  'منتج',
  'منتجة',
  'كاتب عمود',
  'معلق',
  'مصور صحفي',
  // Korean
  '기자',
  '앵커',
  '특파원',
  '아나운서',
  '진행자',
  '리포터',
  '편집장',
  '편집자',
  '프로듀서',
  '논설위원',
  '칼럼니스트',
  '해설위원',
  // Persian
  'خبرنگار',
  'مجری',
  'گوینده',
  'روزنامه‌نگار',
  'روزنامه نگار',
  'گزارشگر',
  'سردبیر',
  'دبیر',
  'تهیه‌کننده',
  'تهیه کننده',
  'مفسر',
  'ستون‌نویس',
  // German
  'journalistin',
  'reporterin',
  'korrespondent',
  'korrespondentin',
  'auslandskorrespondent',
  'auslandskorrespondentin',
  'moderator',
  'moderatorin',
  'redakteur',
  'redakteurin',
  'chefredakteur',
  'chefredakteurin',
  'produzent',
  'produzentin',
  'kolumnist',
  'kolumnistin',
  'kommentator',
  'kommentatorin',
  'nachrichtensprecher',
  'nachrichtensprecherin',
  // Portuguese
  'jornalista',
  'repórter',
  'correspondente',
  'apresentador',
  'apresentadora',
  'âncora',
  'redator',
  'redatora',
  'produtor',
  'produtora',
  'colunista',
  // Turkish
  'gazeteci',
  'muhabir',
  'muhabiri',
  'sunucu',
  'sunucusu',
  'spiker',
  'editör',
  'yapımcı',
  'köşe yazarı',
  'yorumcu',
  'haber müdürü',
  'genel yayın yönetmeni',
  // Vietnamese
  'phóng viên',
  'nhà báo',
  'biên tập viên',
  'người dẫn chương trình',
  'phát thanh viên',
  'tổng biên tập',
  'cộng tác viên',
  'bình luận viên',
  'mc',
];

/** Words that tie a role to an employer: 'at', '@', 'for', 'with', '|', 'of', 'de', 'en', 'в', 'для', 'bei', 'für', 'chez', ... */
export const EMPLOYER_CONNECTORS: readonly string[] = [
  // English
  'at',
  '@',
  'for',
  'with',
  'of',
  // Not 'on': "commentator on RT" is a guest who appears on the channel, not its staff.
  'from',
  'to',
  // punctuation used as a separator in bios
  '|',
  '/',
  '-',
  '–',
  '—',
  ',',
  ':',
  '·',
  '•',
  // Spanish, Portuguese, French, Italian-like Romance forms
  'de',
  'del',
  'en',
  'para',
  'con',
  'chez',
  'à',
  'pour',
  'du',
  'au',
  "d'",
  'd’',
  'na',
  'no',
  'da',
  'do',
  'em',
  'pela',
  'pelo',
  // Russian
  'в',
  'во',
  'на',
  'для',
  'из',
  'у',
  // German
  'bei',
  'beim',
  'für',
  'von',
  'vom',
  // Turkish (locative suffix after an apostrophe, and the postposition)
  "'de",
  "'da",
  "'te",
  "'ta",
  '’de',
  '’da',
  'için',
  // Chinese
  '在',
  '于',
  '的',
  '驻',
  // Korean
  '의',
  '소속',
  // Arabic
  'في',
  'لدى',
  'مع',
  'لـ',
  // Persian
  'در',
  'برای',
  // Vietnamese
  'tại',
  'của',
  'ở',
  'cho',
];

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
  'contributing to',
  // Spanish
  'trabajo en',
  'trabajo para',
  'trabaja en',
  'trabaja para',
  'trabajando en',
  'trabajando para',
  'escribo para',
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
  'j’écris pour',
  // Russian
  'работаю в',
  'работаю на',
  'работаю для',
  'работает в',
  'работает на',
  'сотрудник',
  'сотрудница',
  'пишу для',
  // German
  'arbeite bei',
  'arbeitet bei',
  'arbeite für',
  'arbeitet für',
  'tätig bei',
  'tätig für',
  'angestellt bei',
  'schreibe für',
  // Portuguese
  'trabalho na',
  'trabalho no',
  'trabalho em',
  'trabalho para',
  'trabalha na',
  'trabalha no',
  'trabalha em',
  'trabalha para',
  // Past tense: employment all the same, reported as former (src/lists/bio.ts)
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
  // Chinese
  '就职于',
  '就職於',
  '任职于',
  '任職於',
  '供职于',
  '供職於',
  '工作于',
  '服务于',
  // Arabic
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
];

/**
 * Employment words that FOLLOW the outlet: English "alum" ("CGTN alum", past staff), Turkish and Korean put the verb last ("TRT'de çalışıyorum", "KCNA 근무"),
 * Persian too ("در پرس تی وی کار می‌کنم"), and Chinese closes 在 … 工作 ("在新华社工作") or names staff after the
 * outlet ("新华社员工"). Past forms are here as well; the bio reader marks them former.
 */
export const EMPLOYMENT_AFTER_OUTLET: readonly string[] = [
  // English ("CGTN alum": past staff)
  'alum',
  'alumni',
  'alumna',
  'alumnus',
  // Turkish
  'çalışıyorum',
  'çalışanı',
  'çalışanıyım',
  'bünyesinde',
  'çalıştım',
  // Korean
  '근무',
  '재직',
  // Persian
  'کار می‌کنم',
  'کار میکنم',
  'کار می‌کردم',
  'کار کردم',
  // Chinese
  '工作',
  '上班',
  '员工',
  '員工',
];

/**
 * Words for "channel", "agency", "newspaper" that may stand between a role and the outlet's name: "ведущая
 * телеканала RT", "مراسل قناة الميادين", "periodista del diario Granma", "خبرنگار شبکه …". In Russian, Arabic and
 * Persian the noun ties the role to the name by itself (genitive, iḍāfa, ezafe), so it binds like "at".
 */
export const OUTLET_NOUNS: readonly string[] = [
  // English
  'channel',
  'network',
  'agency',
  'news agency',
  'newspaper',
  'paper',
  'tv',
  // Spanish, Portuguese
  'canal',
  'cadena',
  'agencia',
  'agência',
  'diario',
  'periódico',
  'jornal',
  'televisora',
  'emisora',
  'radio',
  // French
  'chaîne',
  'agence',
  'journal',
  'quotidien',
  'télévision',
  'télé',
  // German
  'sender',
  'zeitung',
  'nachrichtenagentur',
  // Russian (matched with their case endings: телеканала, агентства, газеты)
  'телеканал',
  'канал',
  'агентство',
  'информагентство',
  'информационное агентство',
  'газета',
  'радиостанция',
  'телекомпания',
  'издание',
  'иа',
  'миа',
  // Arabic (also with the prepositions ب and ل attached: بقناة, لوكالة)
  'قناة',
  'وكالة',
  'صحيفة',
  'جريدة',
  'شبكة',
  'تلفزيون',
  'إذاعة',
  'فضائية',
  'موقع',
  // Persian
  'شبکه',
  'خبرگزاری',
  'روزنامه',
  'تلویزیون',
  'رادیو',
  // Vietnamese
  'báo',
  'kênh',
  'đài',
];

/**
 * Outlet names that are also ordinary words, given names or parts of other phrases. They count as an employer only
 * when a role binds them explicitly ("Host at RT", "RT's correspondent", "periodista de Granma") and are written as
 * the outlet writes itself (src/lists/bio.ts). Case as the outlet writes it. Some are not in the outlet table today;
 * listing them here costs nothing and keeps a later row from turning a word into an employer.
 */
export const NAMES_THAT_ARE_WORDS: readonly string[] = [
  'RT', // retweet ("RT if you agree")
  'CCTV', // closed-circuit television ("CCTV installer")
  'SANA', // a given name (listed in capitals only) and Sana'a
  'سانا', // the same name in Arabic script
  'Granma', // informal English for grandmother
  'Sputnik', // satellite; cafés, bands, brands
  'Спутник',
  'Russia Today', // "life in Russia today"
  'Россия сегодня', // "Russia today"
  'Rossiya Segodnya',
  'روسيا اليوم', // "Russia today"
  'Первый канал', // "the first channel"
  'Известия', // "news"
  'Izvestia',
  'Smotrim', // "we watch"
  'Global Times',
  'China Daily', // "China daily vlog"
  'Economic Daily',
  'Beijing Review',
  'Huanqiu', // "global"
  'Russia 1',
  'Al Alam', // "the world"
  'Al-Alam',
  'Alalam',
  'Zvezda', // "star"
  'Звезда',
  'Mir', // "peace", "world"
  'Мир',
  'Vesti', // "news"
  'Вести',
  'Pravda', // "truth"
  'Правда',
  'Trud', // "labour"
  'Труд',
  'Iran',
  'Kayhan', // "universe"
  'Keyhan',
  'Sahar', // "dawn", a given name
  'Javan', // "youth"
  'Tasnim', // a given name
  'Mehr', // German "more"
  'Fars', // a province
  'Al Mayadeen', // "the squares"
  'الميادين',
  'Al Arabiya', // "the Arabic"
  'العربية',
  'Al Watan', // "the homeland"
  'الوطن',
  'Al Thawra', // "the revolution"
  'الثورة',
  'Tishreen', // "October"
  'تشرين',
  'Al Akhbar', // "the news"
  'الأخبار',
  'Star',
  'Sabah', // "morning", a given name
  'Trabajadores', // "workers"
  'Juventud Rebelde', // "rebel youth"
  'Bohemia',
  'Nhân Dân', // "the people"
  'Tuổi Trẻ', // "youth"
  'Thanh Niên', // "youth"
];
