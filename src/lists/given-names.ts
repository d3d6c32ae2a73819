/**
 * Given names in common use, so that a person who writes their name beside their country's name and flag ("Fatima
 * Maroc 🇲🇦", "Juan Cuba 🇨🇺", "Аня Россия 🇷🇺") is read as a person and not as the state presenting itself
 * (self-presentation.ts `withOwnFlag`). A name here can only take the state cue away, never give one.
 *
 * Written by the team from general knowledge of naming in the regions whose states the registry lists (Arabic,
 * Persian, Turkic, Russian and other Slavic, Central Asian, Spanish, Portuguese, French, English, Malay/Indonesian,
 * South Asian and African names, in Latin script and in the scripts the names are written in). Left out on purpose:
 * names that are also ordinary words or place names in a language a seed account might brand itself in, because a
 * slogan uses those words — Nour/نور, Iman, Amal, Salam, Nasr, Karim/كريم, Khaled/خالد ("eternal"), Omar/عمر ("life"),
 * Ali/علي (folds onto على, "on"), Hind/هند (India), Reza/رضا, Amir, Malika, Vera, Nadezhda, Lyubov, Mir, Paz, Luz,
 * Esperanza, Gloria, Victoria, Rosa, Alba, Aurora, Cruz, Libertad, Patria, Trinidad, Salvador, Santiago, América,
 * Israel, Jordan, Chad, Georgia, Nursultan, Ana (Turkish "mother": "Ana Vatan"), Said, Aziz ("dear": "Aziz
 * Oʻzbekiston"), Timur, Budi, Priya ("dear"), Vikas ("development"), Awa, Amani, Baraka, Neema, Zawadi, Ngozi, Tendai,
 * Tatenda, Nyasha, Chipo, Thabo, Sipho, Lerato, Putri, Dewi, Ayu, Fajar, Ravi, Света/Sveta (also "of light", South
 * Slavic "holy"), Saeed ("happy": "al-Yaman as-Saʿīd"), Jasur (Uzbek "brave"), Wanjiku (Kenya's name for the
 * ordinary citizen), Sofia, Madina, Adama, Rashid/Rachid (places), Hakan ("sovereign"), Nigar ("beloved"), Farrukh
 * ("auspicious"), Nabil ("noble"), Sami ("exalted"), Samir, Adel ("just"), Yasmin (jasmine, Tunisia's emblem), and
 * Vietnamese, Thai, Lao, Khmer and Chinese given names (ordinary words in their own languages).
 */
import { wordKey } from './names';

const NAMES = [
  // Arabic, in Latin letters (Maghreb, Mashriq and Gulf spellings)
  'ahmed ahmad mohamed mohammed muhammad mohammad mahmoud mustafa moustafa hassan hussein hussain youssef yousef yusuf ' +
    'ibrahim tarek tariq hamza bilal yassine yasin amine mehdi ayoub anas ismail abdullah abdallah abdelkader ' +
    'walid fatima fatma aisha aicha ayesha khadija maryam mariam meriem zainab ' +
    'salma sara sarah layla leila lina rania hana hanane asmaa souad samira nadia amina houda hiba ines ' +
    'rim reem reham',
  // Arabic, in Arabic script
  'محمد حسين أحمد احمد محمود مصطفى يوسف إبراهيم ابراهيم طارق حمزة بلال ياسين إسماعيل اسماعيل عبدالله فاطمة عائشة خديجة مريم ' +
    'زينب سلمى سارة ليلى لينا رانيا ريم ريهام نادية وليد',
  // Persian, Turkish, Azerbaijani (Latin and Persian script)
  'hossein fatemeh zahra narges parisa sina arash farhad زهرا نرگس پریسا آرش فرهاد حسین فاطمه ' +
    'mehmet emre burak murat elif zeynep ayşe merve büşra esra kübra aygün elvin rashad orkhan',
  // Russian, Ukrainian, Belarusian (Cyrillic and the usual Latin spellings)
  'анна аня мария маша екатерина катя анастасия настя ольга оля татьяна таня наталья наташа елена лена ирина ира ' +
    'светлана юлия юля дарья даша алина полина ксения александр саша алексей дмитрий дима сергей андрей иван ваня ' +
    'михаил миша никита максим артём артем павел олег игорь евгений женя оксана олена богдан тарас ' +
    'anna anya masha katya nastya olga tanya natasha lena irina yulia dasha alina polina ksenia sasha alexei ' +
    'dmitry dima sergey andrey ivan misha nikita maxim artem pavel oleg igor zhenya oksana bogdan taras',
  // Central Asian
  'dilnoza gulnara aigerim aruzhan rustam sherzod bekzod shahzoda kamila zarina ' +
    'айгерим аружан рустам жасур шерзод бекзод камила зарина гульнара дильноза',
  // Spanish and Portuguese
  'juan josé luis carlos jorge pedro miguel javier diego andrés alejandro daniel david pablo manuel ' +
    'antonio francisco fernando ricardo eduardo gabriel mateo maría laura carmen lucía valentina ' +
    'camila daniela gabriela andrea paula fernanda mariana isabella natalia carolina alejandra patricia claudia ' +
    'yuliana yessica lupita joão beatriz larissa letícia thiago rafael lucas mateus gustavo felipe bruno ' +
    'rodrigo',
  // French and West African
  'marie sophie camille léa chloé manon hugo louis nathan mathis théo moussa mamadou ousmane ibrahima ' +
    'abdoulaye aminata fatou mariama aïssatou kadiatou seydou boubacar souleymane',
  // English
  'john james michael chris emily jessica ashley emma olivia sophia mia jennifer michelle kevin brian jason ryan tyler',
  // Malay and Indonesian, South Asian
  'siti nurul rizky agus andi dimas aisyah nabila syafiq hafiz aiman amirul ' +
    'rahul amit anjali pooja neha rohit sunil deepak kavya aarav arjun ananya shreya ritu',
  // East and Southern African
  'chinedu chioma emeka tunde bola kwame kofi akua abena yaw wanjiru kamau otieno achieng',
].join(' ');

/**
 * The names by names.ts `wordKey` (lower case, Latin accents dropped: "José" and "Jose", "Ayşe" and "Ayse"): look a
 * word up with `isGivenName`.
 */
const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean).map(wordKey));

/** Whether a word of a display name is one of the given names. */
export function isGivenName(word: string): boolean {
  // Turkish capital İ lower-cases to i and a combining dot, which wordKey leaves on a word with no other accent.
  return GIVEN_NAMES.has(wordKey(word.replace(/\u0307/g, '')));
}
