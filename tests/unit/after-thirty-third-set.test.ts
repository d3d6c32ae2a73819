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
    ['منشط في الإذاعة الجزائرية 🎙️ | وهران', 'eptv'],
    ['Новинарка у Спутњику 🇷🇸', 'sputnik'],
    ['Корреспондент Sputnik Беларусь | Минск', 'sputnik'],
    ['صحفي في جريدة الاقتصادية | الرياض', 'srmg'],
    ['Dhiyeessituu sagantaa OBN 🎙️ | Adaamaa', 'obn'],
    ['Phóng viên Đài TNVN 🎙️ Đà Nẵng', 'vov'],
    // the viewer's words after the title are the staffer's own
    ['Presentadora de CGTN, amo mi trabajo', 'cgtn'],
    // … and before it, about the writer's own job (a review)
    ['Amo mi trabajo como presentadora de CGTN', 'cgtn'],
    ['Adoro ser repórter da TV Brasil ✨', 'ebc'],
    ['أحب عملي كمذيعة في قناة الإخبارية السورية', 'ortas'],
    ['Ich liebe meinen Job als Reporterin bei RT DE', 'rt'],
    ['Saya suka jadi reporter TVRI 📺', 'tvri'],
    // the data set's main assets by their own names
    ['مذيع في إذاعة دمشق 📻', 'ortas'],
    ['Journalist at Dubai TV 🎥', 'dubai-media'],
    ['Reporter at The New Vision 🇺🇬 Kampala', 'vision-group'],
    ['Repórter da Radioagência Nacional | Brasília', 'ebc'],
    ['8视界新闻记者 🎤', 'mediacorp'],
    ['Phóng viên Đài Hà Nội 🎙️', 'hanoi-radio-tv'],
    // rows the data set lists that had none here, and station names placed by the state's own name
    ['Корреспондент «Московского комсомольца»', 'moskovsky-komsomolets'],
    ['Журналист РБК | Москва', 'rbc'],
    ['Обозреватель «Свободной прессы»', 'svpressa'],
    ['صحفية بمجلة المصور – دار الهلال ✍️ | القاهرة', 'dar-al-hilal'],
    ['Periodista en Canal 9 del Congreso', 'guatemala-congress-tv'],
    ['Ведущая на телеканале «Рада»', 'rada-tv'],
    ['Reporter at South Sudan Radio', 'ssbc'],
    ['Periodista de Radio Sandino 🇳🇮', 'nicaragua-state-radio-press'],
    // "Russia-Today" is the name, not a case form
    ['Works at Russia-Today', 'rt'],
    // "I spent N years as …": over
    ['قضيت ١١ عاماً مذيعة في تلفزيون الشارقة 📺 واليوم أروي الحكايات', 'sharjah-broadcasting (former)'],
    ['Spent 11 years as a presenter at CGTN, now I tell stories', 'cgtn (former)'],
    ['Pasé 5 años como reportera de teleSUR', 'telesur (former)'],
    ['Провела 6 лет корреспондентом RT', 'rt (former)'],
    // the verb alone is no past: a change of job, a broadcast (a review)
    ['Pasé de becaria a presentadora de RTVE 💪', 'rtve'],
    ['Spent years freelancing — now anchor at CGTN', 'cgtn'],
    // kin words that describe the writer, a given name
    ['Intala Oromoo gaazexeessituu OBN 💚', 'obn'],
    ['Ilma Fauziah reporter TVRI 🇮🇩', 'tvri'],
    // placed names, with their state
    ['Журналист РБК | Москва', 'rbc'],
    ['Journaliste à Radio Côte d’Ivoire', 'rti-cote-divoire'],
    ['Reporter at CGTN. Spent my childhood in Hunan', 'cgtn'],
    // a presenter's verb, its programme, a connector
    ['Apresento as manhãs na Rádio Nacional de Angola 📻 | Luanda', 'rna-angola'],
    ['Presento el noticiero en CGTN Español', 'cgtn'],
    ['Веду новости на RT | Москва', 'rt'],
    ['Conduzco las mañanas en Radio Rebelde', 'icrt'],
    // English hosts read by the title inside the phrase
    ["I host CGTN's The Point", 'cgtn'],
    ['I anchor for CGTN America', 'cgtn'],
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
    // a café, a cinema, a song (a review): a case form binds to a media title only, quotes make no employer
    'Radim u Sputnjiku ☕ Novi Sad',
    'Радим у Спутњику ☕',
    'Pracuję w Sputniku 🍿 kino studyjne',
    'Producer "Sputnik" (my debut single) 🎶',
    'Host “Granma” 👵 cooking show',
    // El Manar, a district of Tunis; the economic paper with its article or another state's adjective
    'مصور في المنار، تونس',
    'محرر في الصحيفة الاقتصادية للجامعة',
    'محررة بالصحيفة الاقتصادية للكلية',
    'صحفية في جريدة الاقتصادية السورية | دمشق',
    // a news reader is also the audience
    'អ្នកអានព័ត៌មាន AKP ប្រចាំថ្ងៃ 📰 និស្សិត',
    'Ngefans sama presenter TVRI',
    'أستمع إلى إذاعة دمشق كل صباح ☕',
    'Watching Abu Dhabi TV with grandma 📺',
    'معجب بمذيع قناة العالم',
    // the verb presents the channel, not a job
    'Te presento CGTN: mentiras diarias',
    'Apresento a TV Brasil pra vocês 📺',
    'Presento mi libro en CGTN mañana',
    'Веду блог о RT',
    // a reposter's "the news of", a tribute's past, an object pronoun (a review)
    'Presento contenido de RT en español 📲 sígueme',
    'Apresento as notícias da TV Brasil e da Agência Brasil com humor 😂',
    'Je présente les infos de RT France en 1 minute 📲',
    'Mi abuelo presentó el noticiero de Cubavisión 40 años ❤️',
    'Apresentou o telejornal na TV Brasil 🕊️ saudades',
    'Les presento las noticias en teleSUR resumidas',
    // kin
    'Con gái của phát thanh viên Đài TNVN',
    'Haadha gaazexeessituu OBN ❤️',
    // likings with an intensifier or an article
    'Adoro il conduttore di Rai 1 😍',
    'Amo muito a repórter da TV Brasil',
    // a free press, not the paper
    'Выступаю за свободную прессу',
    'Journalist at RBC Royal Bank',
    // the same names elsewhere (a review)
    'Журналістка РБК-Україна 🇺🇦',
    'صحفي في جريدة البيان المغربية 🇲🇦',
    'محرر في دار الهلال للنشر والتوزيع - بيروت',
    "Animatrice radio Côte d'Ivoire 🇨🇮 | Nostalgie",
    'Reporter at The Business Times Zimbabwe 🇿🇼',
    'Graphic online editor | Canva pro',
    'Presenter at The New Vision Church TV 🙏',
    'Giornalista, Dire TV',
    'Журналист «Халқ овози» Ўзбекистон',
    'Periodista | diario octubre 🍂 escribo cada día',
    'Abbaa koo gaazexeessaa OBN dha',
  ])('not: %s', (bio) => expect(jobOf(bio)).toBeUndefined());
});
