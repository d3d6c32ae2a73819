/**
 * Outlet names that are also ordinary words: an employer only with an explicit tie. Part of the media-job vocabulary: see index.ts.
 */

/**
 * Outlet names that are also ordinary words, given names or parts of other phrases. They count as an employer only
 * when a role binds them explicitly ("Host at RT", "RT's correspondent", "periodista de Granma") and are written as
 * the outlet writes itself (src/lists/bio/employment.ts). Case as the outlet writes it. Some are not in the outlet table today;
 * listing them here costs nothing and keeps a later row from turning a word into an employer.
 */
export const NAMES_THAT_ARE_WORDS: readonly string[] = [
  'RT', // retweet ("RT if you agree")
  'CCTV', // closed-circuit television ("CCTV installer")
  'SANA', // a given name (listed in capitals only) and Sana'a
  'سانا', // the same name in Arabic script
  'الجزيرة', // "the island", "the peninsula" (Al Jazeera)
  'Granma', // informal English for grandmother
  'Angop', // Javanese "to yawn" (ANGOP written as a word; a review of RULES_VERSION 38)
  'TPA', // Tampa's airport code, tissue plasminogen activator (Televisão Pública de Angola)
  'Zanzibar Leo', // "Zanzibar today" (the Zanzibar Newspaper Corporation's daily)
  'Sputnik', // satellite; cafés, bands, brands
  'Спутник',
  'Sputnjik', // the same word in Serbian
  'Спутњик',
  'Russia Today', // "life in Russia today"
  'Россия сегодня', // "Russia today"
  'Белорусская газета', // "a Belarusian newspaper" (Belaruskaya Gazeta)
  'Rossiya Segodnya',
  'روسيا اليوم', // "Russia today"
  'الإمارات اليوم', // "the Emirates today" (Emarat Al Youm)
  'الوطنية الأولى', // "the first national" (Al Wataniya 1)
  'Հանրային ռադիո', // "public radio" (Public Radio of Armenia, by its short name)
  'Первый канал', // "the first channel"
  'Notícias', // "news" (Portuguese; Mozambique's daily, listed as "Jornal Notícias")
  'Известия', // "news"
  'Свободная пресса', // "a free press" (Svpressa)
  'Diario Octubre', // "October diary"
  'Голос України', // "the voice of Ukraine" (Holos Ukrainy, the Verkhovna Rada's daily)
  'الحياة الجديدة', // "the new life" (Al-Hayat Al-Jadida, the Palestinian Authority's daily)
  'Izvestia',
  'Smotrim', // "we watch"
  'Global Times',
  'New Vision', // a phrase ("a new vision for …") and churches' and firms' names (Uganda's daily; placed)
  'The New Vision',
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
  // The paper's noun, then its name: "صحيفة الاقتصادية"; with the article it is "the economic paper" ("الصحيفة
  // الاقتصادية للجامعة"), and a state's adjective after it names another paper (both a review)
  'صحيفة الاقتصادية',
  'جريدة الاقتصادية',
  // … and "صحيفة فلسطين" (Felesteen), where a word after it names another paper ("صحيفة فلسطين اليوم", Palestine Today)
  'صحيفة فلسطين',
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
