/**
 * Job titles by the language they are written in, for languages spoken as an official or main language in a few
 * states only (src/lists/states-languages.ts). A staffer writes the title in the language of the newsroom, and often
 * writes no flag or city: "Novinarka na HRT-u", "Ma'aikaciyar NTA Kano", "AA'da editörüm". The title then places the
 * bio as a flag would, for the acronyms several states' outlets share (src/lists/bio/tables.ts, placeNames). Part of
 * the media-job vocabulary: see index.ts; every word here is also a title in titles.ts or an employment phrase in
 * employment.ts, before or after the outlet (tests/unit/title-places.test.ts).
 *
 * Only words of one language family's spelling: a word two languages write alike is listed under both (Polish, Czech
 * and Slovak "redaktorka"), and a word many languages share ("reporter", "editor", "journalist") is not listed at all.
 * Languages official in more than MAX_STATES states (English, French, Spanish, Arabic) place nothing: their titles
 * say nothing of where the newsroom is. Words from the dictionaries titles.ts cites for each language. Left out after a
 * review: Korean (the table lists North Korea alone, and a South Korean 기자 would place it there), Macedonian
 * водител (Russian водитель, driver), Turkish sunucu (server), Italian cronista (Spanish and Portuguese too).
 */

/** Language codes as src/lists/states-languages.ts writes them, each group with the titles written alike in it. */
export const TITLE_LANGUAGES: readonly (readonly [readonly string[], readonly string[]])[] = [
  [
    ['hr', 'sr', 'bs', 'cnr', 'sl', 'mk'],
    [
      'novinar',
      'novinarka',
      'voditelj',
      'voditeljka',
      'voditeljica',
      'urednik',
      'urednica',
      'dopisnik',
      'dopisnica',
      'izveštač',
      'izvještač',
      'новинар',
      'новинарка',
      'водитељ',
      'водитељка',
      'уредник',
      'уредница',
      'дописник',
      'дописница',
    ],
  ],
  [['pl'], ['dziennikarz', 'dziennikarka', 'prezenterka', 'publicysta', 'publicystka']],
  [
    ['pl', 'cs', 'sk'],
    ['redaktorka', 'reporterka'],
  ],
  // (the feminine correspondent, which Czech and Slovene write alike: "Korespondentka PAP w Brukseli", the
  // four-hundred-and-forty-fourth set; not the masculine "korespondent", Croatian, Serbian and Bosnian too, nor
  // Slovak, which writes "korešpondentka": Scotland's STV read as Slovakia's, a review of RULES_VERSION 130)
  [['pl', 'cs', 'sl'], ['korespondentka']],
  [['cs'], ['novinář', 'novinářka', 'zpravodaj', 'zpravodajka', 'šéfredaktor']],
  [
    ['cs', 'sk'],
    ['moderátor', 'moderátorka', 'reportér', 'reportérka'],
  ],
  [['sk'], ['novinár', 'novinárka', 'spravodajca', 'spravodajkyňa']],
  [
    ['hu'],
    [
      'újságíró',
      'riportere',
      'műsorvezető',
      'műsorvezetője',
      'tudósító',
      'tudósítója',
      'tudósítójaként',
      'riportereként',
      'szerkesztőjeként',
      'műsorvezetőjeként',
      'szerkesztő',
      'szerkesztője',
      'hírolvasó',
      'bemondó',
      'bemondója',
    ],
  ],
  [['ro'], ['jurnalistă', 'reporteră', 'prezentatoare', 'prezentator', 'corespondent', 'corespondentă']],
  [['bg'], ['водещ', 'водеща']],
  [['sq'], ['gazetar', 'gazetare', 'prezantues', 'prezantuese']],
  [
    ['el'],
    [
      'δημοσιογράφος',
      'ρεπόρτερ',
      'παρουσιαστής',
      'παρουσιάστρια',
      'ανταποκριτής',
      'ανταποκρίτρια',
      'συντάκτης',
      'συντάκτρια',
    ],
  ],
  // Not sunucu ("server" too), editör, yapımcı: words of other trades as well.
  [['tr'], ['gazeteci', 'muhabir', 'muhabiri', 'yorumcu']],
  [['az'], ['müxbir', 'müxbiri', 'aparıcı', 'aparıcısı', 'şərhçi', 'şərhçisi']],
  [['uz'], ['muxbir', 'muxbiri', 'boshlovchi', 'boshlovchisi', 'muharrir', 'бошловчи', 'мухаррир']],
  [
    ['kk'],
    [
      'тілші',
      'тілшісі',
      'тілшімін',
      'тілшісімін',
      'жүргізуші',
      'жүргізушісі',
      'жүргізушімін',
      'жүргізушісімін',
      'tilşi',
    ],
  ],
  [['ky'], ['кабарчы', 'алып баруучу', 'алып баруучусу']],
  [['tg'], ['хабарнигор', 'муҳаррир', 'баранда', 'барандаи']],
  [['tk'], ['habarçy', 'alyp baryjy', 'alyp baryjysy']],
  [['mn'], ['сэтгүүлч', 'сурвалжлагч', 'хөтлөгч', 'нэвтрүүлэгч']],
  [
    ['uk'],
    [
      'журналіст',
      'журналістка',
      'ведучий',
      'ведуча',
      'телеведучий',
      'телеведуча',
      'власкор',
      'оглядач',
      'оглядачка',
      'редакторка',
    ],
  ],
  [['be'], ['карэспандэнт', 'карэспандэнтка', 'вядучы', 'вядучая', 'рэдактар']],
  [
    ['it'],
    [
      'giornalista',
      'conduttore',
      'conduttrice',
      'inviato',
      'inviata',
      'corrispondente',
      'redattore',
      'redattrice',
      'caporedattore',
      'caporedattrice',
    ],
  ],
  [['sw'], ['mwanahabari', 'mtangazaji', 'ripota', 'mhariri', 'mwandishi wa habari']],
  [['fil'], ['mamamahayag', 'tagapagbalita', 'koresponsal', 'patnugot', 'tigbalita', 'peryodista']],
  [
    ['id', 'ms'],
    // (the newsreader too: "Pembaca berita RTM", the two-hundred-and-ninety-second set)
    [
      'wartawan',
      'wartawati',
      'penyiar',
      'redaktur',
      'pemberita',
      'pembawa berita',
      'pembaca berita',
      'penyampai berita',
    ],
  ],
  [['ha'], ['ɗan jarida', 'yar jarida', 'mai gabatar da labarai', 'mai karanta labarai', "ma'aikacin", "ma'aikaciyar"]],
  [['yo'], ['akọ̀ròyìn', 'oníròyìn', 'olóòtú', 'atọ́kùn ìròyìn']],
  [['ig'], ['onye nta akụkọ', 'onye na-agụ akụkọ']],
  [['so'], ['wariye', 'weriye', 'wariyaha', 'weriyaha', 'wariyihii', 'tafatire', 'tifaftire', 'tifaftiraha']],
  [['wo'], ['taskatu xibaar']],
  [['am'], ['ዘጋቢ', 'አቅራቢ', 'አርታኢ', 'አዘጋጅ']],
  [['rw'], ['umunyamakuru']],
  [['rn'], ['umumenyeshamakuru']],
  [['mg'], ['mpanao gazety', 'mpanolotra']],
  [['mt'], ['ġurnalist', 'ġurnalista', 'preżentatur']],
  [['ht'], ['jounalis', 'repòtè', 'prezantatè']],
  [['ps'], ['خبریال', 'وياند']],
  [['ur'], ['صحافی', 'نامہ نگار']],
  [['ja'], ['アナウンサー', 'キャスター']],
  // Vietnamese: the script places most Vietnamese bios (src/lists/names.ts, SCRIPT_PLACES), but "Phóng viên @ VTV"
  // has no letter only Vietnamese writes (ó and ê are French and Portuguese too); the titles do.
  [['vi'], ['phóng viên', 'nhà báo', 'biên tập viên', 'người dẫn chương trình', 'phát thanh viên']],
];

/** Languages official in more states than this place nothing (English, French, Spanish, Arabic, Portuguese …). */
export const MAX_STATES = 6;
