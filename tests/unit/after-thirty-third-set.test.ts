/**
 * After the thirty-third and thirty-fourth sets' misses were read (RULES_VERSION 36): Sputnik's editions and its
 * Serbian name declined, a title before a quoted name, the medium as a desk, three Arabic names, three titles, a
 * presenter's verb with its programme and a connector, and a viewer's "I love" before a title in more languages. Both sides: the same outlets the innocent way.
 */
import { describe, expect, it } from 'vitest';
import { jobOf } from './bio.helpers';

describe('after the thirty-third and thirty-fourth sets', () => {
  it.each([
    ['Redattrice di Sputnik Italia | Roma | esteri ed energia', 'sputnik'],
    ['Urednik u Sputnjiku 🗞️ | Beograd | politika', 'sputnik'],
    ['Editora de vídeo na Sputnik Brasil 🎬 | Rio', 'sputnik'],
    ['Productora de contenido en CGTN | Pekín', 'cgtn'],
    ['Dziennikarz „Dziennika Polskiego” 📰 Kraków', 'polska-press'],
    ['محررة في صحيفة الاقتصادية 📊 | الرياض', 'srmg'],
    ['مراسل المنار 🎥 | بيروت', 'al-manar'],
    ['منشط في الإذاعة الجزائرية 🎙️ | وهران', 'eptv'],
    ['អ្នកអានព័ត៌មាន ទូរទស្សន៍ជាតិកម្ពុជា 📺', 'tvk'],
    ['Dhiyeessituu sagantaa OBN 🎙️ | Adaamaa', 'obn'],
    ['Phóng viên Đài TNVN 🎙️ Đà Nẵng', 'vov'],
    // the viewer's words after the title are the staffer's own
    ['Presentadora de CGTN, amo mi trabajo', 'cgtn'],
    // a presenter's verb, its programme, a connector
    ['Apresento as manhãs na Rádio Nacional de Angola 📻 | Luanda', 'rna-angola'],
    ['Presento el noticiero en CGTN Español', 'cgtn'],
    ['Веду новости на RT | Москва', 'rt'],
    ['I host the morning show at CGTN', 'cgtn'],
  ])('%s', (bio, want) => expect(jobOf(bio)).toBe(want));

  it.each([
    // an ordinary word still needs its capital and a tie
    'Volim Sputnjik kafe | Novi Sad',
    'Novinar, sputnjik i zvezde 🔭',
    'Fan „Sputnika” od malena',
    // the pyramids are not the paper
    'مصور في الأهرام | جولات سياحية',
    // a viewer's liking before the title
    'Amo a la presentadora de CGTN 😍',
    'Sou fã da apresentadora da TV Brasil',
    'أحب مذيعة الإذاعة الجزائرية',
    "J'aime le présentateur de CGTN Français",
    // "the economic" without the paper's noun
    'محرر اقتصادي | الاقتصادية والأسواق',
    'حارس المنار القديم في الإسكندرية',
    // the verb presents the channel, not a job
    'Te presento CGTN: mentiras diarias',
    'Apresento a TV Brasil pra vocês 📺',
    'Presento mi libro en CGTN mañana',
    'Веду блог о RT',
  ])('not: %s', (bio) => expect(jobOf(bio)).toBeUndefined());
});
