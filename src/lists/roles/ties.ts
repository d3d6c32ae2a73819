/**
 * Words that tie a title to its employer: connectors ("at", "для", "chez") and nouns for "channel",
 * "agency", "newspaper" that bind by the genitive, iḍāfa or ezafe. Part of the media-job vocabulary: see index.ts.
 */

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
  // … and Brazilian "pra", "para a" as it is spoken and written in bios (Houaiss; "Cubro Congresso e economia pra
  // Agência Brasil", the five-hundred-and-sixty-eighth set). Not "pro": English "in favour of", "professional".
  'pra',
  // Italian (prepositions and their articled forms: di, per, presso; alla, al, della, nella, nel). Not bare 'a'
  // ("at"): it is also the English and Portuguese article.
  'di',
  'per',
  'presso',
  'alla',
  'al',
  'allo',
  'della',
  'dello',
  'nella',
  'nel',
  'nello',
  // Russian (also Ukrainian: в, у, на, для)
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
  // Polish, Serbian/Croatian/Bosnian, Romanian, Swahili, Tagalog, Greek ('na' and 'u' are listed above)
  'w',
  'u',
  'dla',
  'za',
  'la',
  'pentru',
  // Romanian "on" (a channel's air: "Prezint Telejurnalul de weekend pe TVR 1", the two-hundred-and-fourteenth set)
  'pe',
  'wa',
  'katika',
  'ng',
  'sa',
  'της',
  'του',
  'στην',
  'στο',
  'στη',
  'για',
  // Indonesian and Malay ('di' "at" is listed with Italian above)
  'untuk',
  'pada',
  // Vietnamese
  'tại',
  'của',
  'ở',
  'cho',
  // After the fourth fresh set (the language matrix; each row's dictionary): Norwegian, Swedish, Danish 'i' ("journalist
  // i NRK"; Bokmålsordboka; also Polish and Serbian "and", but a title, "and", then an outlet is no list a bio writes);
  // Hebrew ב (at, in, written joined or with a maqaf), של (of); Maltese mal-, tal-, fil- (with the, of the, in the;
  // Aquilina) and ta' (of); Nguni possessives written with a hyphen before a name (Zulu, Xhosa ye-, we-, ka-;
  // Doke); Chichewa, Zulu ku, kwa (at); Somali ee (of); Wolof ci (at); Lingala ya (of); Haitian nan (in, at).
  'i',
  // Albanian linking articles before a genitive ("Gazetare e ATSH-së", journalist of ATSH; Newmark, Albanian grammar):
  // also Portuguese and Italian "and", but a title, "and", then an outlet is no list a bio writes (after the fifteenth
  // set)
  'e',
  'të',
  'ב',
  'של',
  'mal',
  'tal',
  'fil',
  // … and the same before a name opening with t, the article assimilated (mat-, tat-, fit-: "Ġurnalista mat-TVM";
  // Aquilina; after the fourteenth set)
  'mat',
  'tat',
  'fit',
  'ye',
  'we',
  'ka',
  // … and the possessive before a proper name of class 9, "yaka-/yakwa-" ("Ngiyintatheli yakwa-Isolezwe", a journalist
  // of Isolezwe; Doke, Textbook of Zulu Grammar; the three-hundred-and-forty-eighth set)
  'yaka',
  'yakwa',
  'ku',
  'kwa',
  'ee',
  'ci',
  'ya',
  'nan',
  // Kurmanji li (at, in: "peyamnêr li TRT Kurdî"; Bedir Khan & Lescot, Grammaire kurde, prepositions); also a Chinese
  // surname, which binds nothing without a title before it and an outlet after.
  'li',
  // Malagasy "tao amin'ny", "ao amin'ny" (at the; "tao" in the past; Rakibolana Malagasy)
  'tao',
  'amin',
  // Not Yoruba ní (at): it is Czech "her" too ("Novinářka, o ní RT lže"; a review of RULES_VERSION 93).
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
  // "magazine" (DRAE, Priberam): "Editor de economia na revista Exame Angola" (the three-hundred-and-fifty-ninth set)
  'revista',
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
  // Italian
  'canale',
  'agenzia',
  'giornale',
  'quotidiano',
  'emittente',
  'rete',
  'testata',
  'televisione',
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
  // Ukrainian (stemmed like Russian: телеканалу, агенції, газети)
  'агенція',
  'інформагенція',
  'видання',
  // "magazine": Ukrainian часопис, Belarusian часопіс ("Аглядальніца часопіса «…»"; after the twenty-ninth set; СУМ-20,
  // Тлумачальны слоўнік беларускай мовы). Not Russian журнал: magazines named «Спутник» are many (a review).
  'часопис',
  'часопіс',
  // Indonesian and Malay
  'kantor berita',
  'stasiun',
  'televisi',
  'harian',
  'surat kabar',
  'akhbar',
  'saluran',
  // Polish, Serbian/Croatian, Romanian, Greek
  'telewizja',
  'agencja',
  'gazeta',
  'stacja',
  'televizija',
  'agencija',
  'телевизија',
  'агенција',
  'televiziunea',
  'agenția',
  'κανάλι',
  'πρακτορείο',
  'εφημερίδα',
  // Hindi
  'चैनल',
  'समाचार एजेंसी',
  'अखबार',
  'अख़बार',
  // Arabic (also with the prepositions ب and ل attached: بقناة, لوكالة)
  'قناة',
  // "the screen of": a presenter is "على شاشة" (on the screen of) the channel ("مذيعة أخبار على شاشة العربية", the
  // two-hundred-and-twenty-second set's staff; "أقدّم نشرة الظهيرة على شاشة تلفزيون الكويت", the -twenty-third's)
  'شاشة',
  'وكالة',
  'صحيفة',
  'جريدة',
  'شبكة',
  'تلفزيون',
  'إذاعة',
  'فضائية',
  'موقع',
  // … and the portal, as Egyptian dailies name their sites (Almaany: بوابة, a gate; بوابة إلكترونية, a web portal:
  // "محررة بقسم الحوادث في بوابة …", the six-hundred-and-thirtieth set's staff line)
  'بوابة',
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
  // Armenian (Armenian-English dictionaries): agency (its genitive գործակալության is read back to it, src/lists/bio/words.ts), news as
  // an adjective ("լրատվական գործակալություն", news agency), newspaper, radio station, television company ("«Արմենպրես»
  // լրատվական գործակալության թղթակից", the three-hundred-and-thirty-first set)
  'գործակալություն',
  'լրատվական',
  'թերթ',
  'ռադիոկայան',
  'հեռուստաընկերություն',
  // Swahili: newspaper, station, television, radio (TUKI Kamusi ya Kiswahili-Kiingereza; the hundred-and-thirty-second
  // set's "Mwandishi, gazeti la HabariLeo")
  'gazeti',
  'kituo',
  'televisheni',
  'redio',
];
