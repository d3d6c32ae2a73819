/**
 * After the three-hundred-and-eighty-sixth to -ninety-second sets' misses were read (RULES_VERSION 122): labels in new
 * words ("state-controlled broadcaster", "de titularidad y control estatal"), an analyst of a state's media reading
 * the linked paper "for a living", and staff lines in English, French, Vietnamese, Greek, Hungarian, Arabic,
 * Azerbaijani and Amharic; what its review narrowed or took back. Both sides of each.
 */
import { describe, expect, it } from 'vitest';
import { isLabelled } from '../../src/history/labels';
import { readStateIdentity } from '../../src/lists/self-presentation';
import { STATES_WITH_OUTLETS } from '../../src/lists/states';
import { jobOf } from './bio.helpers';
import { linkPoints } from './link.helpers';

const labelled = (text: string) => isLabelled({ uniqueId: 'x', stateControlledMediaText: text });

describe('labels', () => {
  it.each([
    'Kenya state-controlled broadcaster',
    'Medio de titularidad y control estatal · Bolivia',
    'Media owned and controlled by the state',
  ])('reads %s', (t) => {
    expect(labelled(t)).toBe(true);
  });
  it.each([
    'Public broadcaster',
    'State broadcaster fan',
    'Independent public broadcaster, not state-controlled',
    'Medio de titularidad privada y control estatal',
  ])('not a public broadcaster, a fan, a denial, a sentence: %s', (t) => {
    expect(labelled(t)).toBe(false);
  });
});

describe('an analyst of a state’s media', () => {
  const chinamil = 'http://eng.chinamil.com.cn/';
  it('"Analyst of Chinese military media. I read PLA Daily …" → 0', () => {
    expect(linkPoints('Analyst of Chinese military media. I read PLA Daily for a living.', chinamil)).toBe(0);
  });
  it.each([
    'Military analyst. I read PLA Daily every morning.',
    'Analyst of Chinese military media at PLA Daily. I read PLA Daily for a living.',
    'Analyst of Western propaganda. I read PLA Daily for a living',
    'Analyst of social media. I read PLA Daily for a living',
    'Analyst of media. I read PLA Daily on my show',
    'Analyst of Chinese media. I read PLA Daily for a living, proud to work there',
  ])('the link keeps its weight: no researcher title, the outlet’s own, the state’s framing: %s', (bio) => {
    expect(linkPoints(bio, chinamil)).toBe(60);
  });
  it('"despachos" are claims a checker checks', () => {
    expect(linkPoints('Verificamos los despachos de la AVN', 'http://www.avn.info.ve/', 'Chequeo VE', 'x')).toBe(0);
  });
  it.each([
    'Verificamos despachos de AVN para nuestra redacción',
    'Verifico los titulares de AVN y los publico',
    'Chequeo titulares de AVN: son ciertos',
  ])('not a newsroom’s, a vouching: %s', (bio) => {
    expect(linkPoints(bio, 'http://www.avn.info.ve/', 'x', 'someone')).toBe(60);
  });
});

describe('staff lines', () => {
  it.each([
    ['Presenting the news on CGTN from Nairobi', 'cgtn'],
    ['Je signe au Cameroon Tribune depuis 2019', 'cameroon-tribune'],
    ['Tôi đưa tin cho VOV ở Đà Nẵng', 'vov'],
    ['Κάνω ρεπορτάζ για την ΕΡΤ από το 2021', 'ert'],
    ['Az MTI-nél dolgozom, Szeged', 'mtva'],
    ['أقرأ عليكم نشرة الظهيرة على التلفزيون الجزائري', 'eptv'],
    ['Şərhçi, AzTV ⚽', 'aztv'],
    ['AzTV-nin şərhçisi', 'aztv'],
    ['ኢቢሲ ሪፖርተር', 'ebc-ethiopia'],
    ['مراسل قناة RT عربية في دمشق', 'rt'],
    ['İdman Azərbaycan TV-də futbol şərhçisiyəm', 'aztv'],
  ])('%s', (bio, id) => {
    expect(jobOf(bio)).toBe(id);
  });
  it.each([
    'Presenting the news on CGTN is my dream',
    'Stop presenting the news on CGTN as fact',
    'Fan of Lydia, presenting the news on CGTN',
    'Un jour je signe au Cameroon Tribune',
    'Cảm ơn đã đưa tin cho VOV',
    'Κάνω ρεπορτάζ για την ΕΡΤ και τη λογοκρισία',
    'Όνειρό μου: κάνω ρεπορτάζ για την ΕΡΤ',
    'Az MTVA-val dolgozom',
    'Az MTVA ellen dolgozom',
    'Álmom, hogy egyszer az MTVA-nál dolgozom',
    'أقرأ عليكم أخبار الجزيرة',
    'حلمي: أقرأ عليكم أخبار الثامنة في التلفزيون الجزائري',
    'Locutora 📻 Radio Nacional del Paraguay, mi mamá',
    'Presenting the news on CGTN in 60 seconds',
    'I present the news on CGTN topics',
    'Je signe au nom de Cameroon Tribune',
    'Je signe au Cameroon Tribune une pétition',
    'Tôi đưa tin cho VOV về vụ tai nạn',
    'Κάνω ρεπορτάζ για το κλείσιμο της ΕΡΤ',
    'Jövőre az MTVA-nál dolgozom',
    'Az MTVA-nál dolgozom takarítóként',
    'غداً أقرأ عليكم الأخبار في التلفزيون الجزائري',
    'AzTV şərhçisini sevirəm',
    'AzTV şərhçisi ilə görüş',
    'የኢቢሲ ሪፖርተር መሆን ህልሜ ነው',
  ])(
    'no job: a dream, a critic, a fan, thanks, a topic, "with", "against", another’s news, a denial, a list: %s',
    (bio) => {
      expect(jobOf(bio)).toBeUndefined();
    },
  );
});

describe('after the three-hundred-and-ninety-ninth set (RULES_VERSION 123)', () => {
  it('reads the Amharic label with "የመገናኛ ብዙሃን"', () => {
    expect(labelled('በኢትዮጵያ መንግሥት ቁጥጥር ስር ያለ የመገናኛ ብዙሃን')).toBe(true);
    expect(labelled('የመገናኛ ብዙሃን ነፃነት')).toBe(false);
    expect(labelled('በመንግሥት ቁጥጥር ስር ያልሆነ የመገናኛ ብዙሃን')).toBe(false);
    expect(labelled('የመንግሥት የመገናኛ ብዙሃን ተቺ')).toBe(false);
    expect(labelled('በመንግሥት ቁጥጥር ስር ያልሆነ የመገናኛ ብዙሃን')).toBe(false);
    expect(labelled('የመንግሥት የመገናኛ ብዙሃን ተቺ')).toBe(false);
  });
  it.each([
    ['Je présente chaque matin le JT de la CRTV', 'crtv'],
    ['Παρουσιάζω τις ειδήσεις στην ΕΡΤ1', 'ert'],
    ['Présentatrice JT 19h30, RTNC', 'drc-state-media'],
    ['Prezint știrile de prânz pe TVR 1', 'tvr'],
    ['Когда-то — корреспондент RT. Теперь пеку хлеб', 'rt (former)'],
  ])('%s', (bio, job) => {
    expect(jobOf(bio)).toBe(job);
  });
  it.each([
    'Je présente le JT de RT en 1 minute',
    'Je présente le JT de RT, en 1 minute',
    'Je présente le JT de RTNC à ma façon',
    'Je présente le JT de RTNC | compte fan',
    'Je présente les infos de RT',
    'Παρουσιάζω τις ειδήσεις στο σαλόνι μου',
    'Παρουσιάζω τις ειδήσεις στην ΕΡΤ1 στο Instagram',
    'Θέλω να παρουσιάζω τις ειδήσεις στην ΕΡΤ1',
  ])('no job: a reposter, a fan, another’s news, a living room, another platform, a wish: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
  it('a Somali verification project over the broadcaster it checks → 0', () => {
    expect(linkPoints('Mashruuc xaqiijin: SNTV iyo siyaasiyiinta', 'http://www.sntv.so/', 'Xaqiiji', 'x')).toBe(0);
  });
  it.each([
    ['Mashruuca xaqiijin ee SNTV', 'sntv'],
    ['Mashruuc xaqiijin oo ka tirsan SNTV', 'someone'],
    ['Mashruuc xaqiijin ee SNTV', 'sntv_xaqiijin'],
  ])('the broadcaster’s own project keeps its link: %s (@%s)', (bio, handle) => {
    expect(linkPoints(bio, 'http://www.sntv.so/', 'x', handle)).toBe(60);
  });
});

describe('after the four-hundred-and-sixth set (RULES_VERSION 124)', () => {
  it.each([
    ['Présentateur radio, RTNC 🇨🇩 Kinshasa', 'drc-state-media'],
    ['Présentatrice du journal télévisé, RTNB', 'burundi-state-media'],
    ['خبرنگار تلویزیون ملی افغانستان', 'rta'],
    ['محرر بجريدة الشرق الأوسط، تركتها عام 2020', 'srmg (former)'],
  ])('%s', (bio, job) => {
    expect(jobOf(bio)).toBe(job);
  });
  it.each([
    'Présentatrice télé, RTNC Paris',
    'Fan, CGTN Beijing',
    'Reporter, at CGTN Beijing ex',
    'Reporter, at Press TV Tehran (ret.)',
    'Reporter, at CGTN Beijing for a day',
    'محلل سياسي. أطل عليكم في نشرات RT',
  ])('no job: another state’s city, a fan, a past, a day, a pundit: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
  it('the broadcaster’s own news programme keeps its link', () => {
    expect(linkPoints('Dnevnik RTRS-a. Proveravamo tvrdnje svaki dan', 'https://www.rtrs.tv/', 'x', 'someone')).toBe(
      60,
    );
  });
  it('a Bosnian checker of media claims over the agency it checks → 0', () => {
    expect(
      linkPoints(
        'Provjeravamo tvrdnje medija u BiH. Danas: FENA o cijenama',
        'http://www.fena.ba/',
        'Provjera · fact-check',
        'x',
      ),
    ).toBe(0);
  });
});

describe('after the four-hundred-and-thirteenth set (RULES_VERSION 125)', () => {
  it.each([
    'Midja kkontrollata mill-istat ta’ Malta',
    'جهة إعلامية يديرها الحكم في ليبيا',
    'Guatemala | medio financiado y vigilado por el Estado',
  ])('reads %s', (t) => {
    expect(labelled(t)).toBe(true);
  });
  it.each([
    'Midja mhux kkontrollata mill-istat',
    'Midja tal-istat dejjem tigdeb',
    'Media mensile ISTAT',
    'Medio censurado y perseguido por el Estado',
    'Medio atacado y silenciado por el Estado',
    'الحكم في مباراة الإعلام',
    'مباراة إعلامية يديرها الحكم محمد',
  ])('not a negation, a persecuted outlet, a referee: %s', (t) => {
    expect(labelled(t)).toBe(false);
  });
  it('"Sou da reportagem da TV Brasil" → ebc; not as a question', () => {
    expect(jobOf('Sou da reportagem da TV Brasil 🎥 Brasília')).toBe('ebc');
    expect(jobOf('Sou da reportagem da TV Brasil? Não')).toBeUndefined();
    expect(jobOf('Sou da reportagem da TV Brasil Central')).toBeUndefined();
    expect(jobOf('Sou da reportagem da TV Brasil na minha cabeça')).toBeUndefined();
    expect(jobOf('Sou da reportagem da TV Brasil | paródia')).toBeUndefined();
  });
});

describe('after the four-hundred-and-twentieth set (RULES_VERSION 126)', () => {
  const myanmarDaily = 'http://www.globalnewlightofmyanmar.com/';
  const mena = 'http://www.mena.org.eg/';
  it('a checker of what junta or regime media tell you links the paper it checks: no tie', () => {
    expect(linkPoints('We check what junta media tell you. Today: the export story ↓', myanmarDaily)).toBe(0);
    expect(linkPoints('Checking what regime media say', myanmarDaily)).toBe(0);
    expect(linkPoints('We check what the paper tells you', myanmarDaily)).toBeGreaterThan(0);
  });
  it('an Arabic reader of the agency "with a critical eye": no tie; a newsreader or its own staff still tie', () => {
    expect(linkPoints('نقرأ قصاصات وكالة أنباء الشرق الأوسط بعين ناقدة ونصححها', mena)).toBe(0);
    expect(linkPoints('أقرأ نشرات وكالة أنباء الشرق الأوسط كل صباح', mena)).toBeGreaterThan(0);
    expect(linkPoints('أعمل محررة. نقرأ قصاصات وكالة أنباء الشرق الأوسط بعين ناقدة', mena)).toBeGreaterThan(0);
  });
  it('"Covering <beat> for <outlet>" opening the bio binds only beside the staff disclaimer', () => {
    expect(jobOf('Covering politics for CGTN. Views my own')).toBe('cgtn');
    expect(jobOf('Covering politics for CGTN')).toBeUndefined();
    expect(jobOf('Thanks for covering politics for CGTN. Views my own')).toBeUndefined();
    expect(jobOf('Covering news for CGTN viewers. Opinions my own')).toBeUndefined();
    expect(jobOf('Covering songs for CGTN. Opinions my own')).toBeUndefined();
  });
  it('the Arabic presenter of a programme on a broadcaster; not an admirer, a reply, another medium', () => {
    expect(jobOf('مقدم برنامج الصباح على إذاعة الرياض 🎙️')).toBe('saudi-broadcasting-authority');
    expect(jobOf('مقدمة برنامج في إذاعة الرياض')).toBe('saudi-broadcasting-authority');
    expect(jobOf('أحب مقدم برنامج الصباح على إذاعة الرياض')).toBeUndefined();
    expect(jobOf('برنامج مقدم من قناة الجزيرة')).toBeUndefined();
    expect(jobOf('مقدم برنامج عن قناة الجزيرة')).toBeUndefined();
  });
  it('"Vodim vesti na B92": the lower-case news before the channel; not the capitalised name, a dream, a parody', () => {
    expect(jobOf('Vodim vesti na B92 📺 Beograd')).toBe('kopernikus');
    expect(jobOf('Vodim večernje vijesti na BHRT')).toBe('bhrt');
    expect(jobOf('Vodim Vijesti na BHRT')).toBeUndefined();
    expect(jobOf('Sanjam da vodim vesti na B92')).toBeUndefined();
    expect(jobOf('Vodim vesti na B92 (parodija)')).toBeUndefined();
  });
});

describe('RULES_VERSION 126 as its review narrowed it', () => {
  const myanmarDaily = 'http://www.globalnewlightofmyanmar.com/';
  const sana = 'https://www.sana.sy/';
  it('the English checker: not "official media", not the outlet’s own account, staff or newsroom', () => {
    expect(linkPoints('We check what official media tell us', myanmarDaily)).toBeGreaterThan(0);
    expect(linkPoints('We check what junta media tell you. Proud staffer', myanmarDaily)).toBeGreaterThan(0);
    expect(linkPoints('We check what junta media tell you, then we publish', myanmarDaily)).toBeGreaterThan(0);
  });
  it('the Arabic critical reader: not a question, a “no”, love, pride, support or “our source”', () => {
    expect(linkPoints('أقرأ سانا بعين ناقدة؟ لا، أقرأها بحب', sana)).toBeGreaterThan(0);
    expect(linkPoints('نتابع سانا بعين فاحصة وندعمها', sana)).toBeGreaterThan(0);
    expect(linkPoints('أتابع سانا بعين ناقدة ومحبة', sana)).toBeGreaterThan(0);
    expect(linkPoints('نقرأ سانا بعين فاحصة، مصدرنا الأول', sana)).toBeGreaterThan(0);
  });
  it('"Covering … for": nothing after the name, no sarcasm, wish, denial, past or student anywhere', () => {
    expect(jobOf('Covering culture for CGTN? Someday! Views my own.')).toBeUndefined();
    expect(jobOf('Covering tech for Xinhua. Not affiliated. Views my own')).toBeUndefined();
    expect(jobOf('Covering Africa for Xinhua. Retired. Views my own.')).toBeUndefined();
    expect(jobOf('Covering everything for CGTN... not. Views my own.')).toBeUndefined();
  });
  it('"مقدم برنامج" opens its clause with nothing but a mark after the broadcaster', () => {
    expect(jobOf('خالي مقدم برنامج الصباح على إذاعة الرياض')).toBeUndefined();
    expect(jobOf('مقدم برنامج على قناة الجزيرة يكذب')).toBeUndefined();
    expect(jobOf('رحم الله مقدم برنامج الصباح على إذاعة الرياض')).toBeUndefined();
    expect(jobOf('أنا مو مقدم برنامج على قناة الجزيرة')).toBeUndefined();
  });
  it('"Vodim vesti na": opening its clause, a place or a year after the name at most', () => {
    expect(jobOf('Vodim vesti na B92 od 2010.')).toBe('kopernikus');
    expect(jobOf('Kad porastem vodim vesti na B92')).toBeUndefined();
    expect(jobOf('Vodim vesti na B92 u Minecraftu')).toBeUndefined();
    expect(jobOf('Vodim vesti na B92 kao gost')).toBeUndefined();
    expect(jobOf('Vodim vesti na B92... ne baš')).toBeUndefined();
  });
  it('Bengali "I work" with the outlet in the locative, or before its genitive and a desk; not a topic or a partner', () => {
    expect(jobOf('বাংলাদেশ টেলিভিশনে কাজ করি')).toBe('btv-bangladesh');
    expect(jobOf('ঢাকায় কাজ করি বাসসের অর্থনীতি ডেস্কে')).toBe('bss');
    expect(jobOf('বাসস নিয়ে কাজ করি')).toBeUndefined();
    expect(jobOf('বাসসের সাথে কাজ করি')).toBeUndefined();
    expect(jobOf('বাংলাদেশ টেলিভিশনে কাজ করি না')).toBeUndefined();
  });
  it('the Arabic "on the screen of <broadcaster> I read the bulletins" was taken back: a past or a retirement in another clause', () => {
    expect(jobOf('مذيعة سابقة | على شاشة التلفزيون الأردني أقرأ نشرات الأخبار')).toBeUndefined();
  });
  it('Bengali: the verb at its clause’s opening, nothing after the desk; not a dream, a wish, a role, a satire page', () => {
    expect(jobOf('স্বপ্নে বাংলাদেশ টেলিভিশনে কাজ করি')).toBeUndefined();
    expect(jobOf('ইচ্ছা আছে বাংলাদেশ টেলিভিশনে কাজ করি')).toBeUndefined();
    expect(jobOf('শিক্ষানবিশ হিসেবে বাংলাদেশ টেলিভিশনে কাজ করি')).toBeUndefined();
    expect(jobOf('ব্যঙ্গ পেজ | বাংলাদেশ টেলিভিশনে কাজ করি')).toBeUndefined();
    expect(jobOf('কাজ করি বিটিভির নাটক বিভাগে অভিনেতা হিসেবে')).toBeUndefined();
  });
  it('a byline’s city in brackets or after a comma places an ordinary-phrase name; nothing else after it', () => {
    expect(jobOf('Sports writer, The Chronicle (Bulawayo) ⚽')).toBe('zimpapers');
    expect(jobOf('Sports writer, The Chronicle, Bulawayo')).toBe('zimpapers');
    expect(jobOf('Sports writer, The Chronicle (Bulawayo) fan')).toBeUndefined();
    expect(jobOf('Sports writer, The Chronicle (Houston)')).toBeUndefined();
  });
  it('SOCAR Media’s "CBC TV" only where the bio places Azerbaijan; "Desafio" only in a clause that names Mozambique', () => {
    expect(jobOf('CBC TV-də müxbirəm 🎥 Bakı')).toBe('socar-media');
    expect(jobOf('Reporter, CBC TV')).toBeUndefined();
    expect(jobOf('Jornalista, Desafio 🇲🇿')).toBe('sociedade-de-noticias');
    expect(jobOf('Jornalista, Desafio')).toBeUndefined();
  });
});

describe('after the four-hundred-and-twenty-seventh set (RULES_VERSION 127)', () => {
  it.each([
    'Angola: imprensa sob tutela estatal',
    'Казахстан · контролируемое властями СМИ',
    'Venezuela · órgano informativo controlado estatalmente',
  ])('reads the label %s', (t) => {
    expect(labelled(t)).toBe(true);
  });
  it.each([
    'Imprensa livre, não controlada pelo Estado',
    'A imprensa estatal mente',
    'Nuestro órgano informativo no es estatal',
    'Мы против СМИ, контролируемых властями',
  ])('not a denial, scorn or a critic: %s', (t) => {
    expect(labelled(t)).toBe(false);
  });
  it('a Turkish checker: "the source we examine 👇" beside "we verify"; not a newsroom, a question, the outlet itself', () => {
    const tak = 'https://www.tak.gov.ct.tr/';
    const trt = 'https://www.trt.net.tr/';
    expect(linkPoints('Kuzey Kıbrıs’ta resmi haberleri doğruluyoruz. İncelediğimiz kaynak 👇', tak)).toBe(0);
    expect(linkPoints('Devlet medyasını doğruluyoruz', trt, 'Doğrula', 'dogrula')).toBe(0);
    expect(linkPoints('Resmi haberleri yayınlamadan önce doğruluyoruz', tak)).toBeGreaterThan(0);
    expect(linkPoints('Resmi haberleri doğruluyoruz', trt, 'TRT Haber', 'trthaber')).toBeGreaterThan(0);
    expect(linkPoints('Haber merkezi: teyit ediyoruz. İncelediğimiz kaynak 👇', tak)).toBeGreaterThan(0);
    expect(linkPoints('Doğruluyoruz mu? İncelediğimiz kaynak 👇', tak)).toBeGreaterThan(0);
  });
  it('"imprensa", "órgano informativo" only in the label’s whole shape; "контролируемое властями" opening it', () => {
    expect(labelled('Imprensa controlada pelo Estado')).toBe(true);
    expect(labelled('Assessor de Imprensa Governo')).toBe(false);
    expect(labelled('imprensa estatal lixo')).toBe(false);
    expect(labelled('Liberdade de imprensa estatal')).toBe(false);
    expect(labelled('Imprensa da empresa estatal')).toBe(false);
    expect(labelled('órgano informativo financiado estatalmente')).toBe(false);
    expect(labelled('Подписчик контролируемых властями СМИ')).toBe(false);
  });
  it('staff: the Arabic news presenter, "لصالح", the mornings of', () => {
    expect(jobOf('مقدّمة الأخبار على تلفزيون الكويت 🇰🇼')).toBe('kuwait-tv');
    expect(jobOf('أحب مقدمة الأخبار على تلفزيون الكويت')).toBeUndefined();
    expect(jobOf('أغطي أخبار صيدا والجنوب لصالح الوكالة الوطنية للإعلام')).toBe('nna-lebanon');
    expect(jobOf('Apresento as manhãs da Rádio Nacional de Angola em Benguela 🎙️')).toBe('rna-angola');
    expect(jobOf('Apresento as manhãs da Rádio Nacional de Angola no meu quarto')).toBeUndefined();
    expect(jobOf('Apresento as manhãs da Rádio Nacional de Angola em Minecraft')).toBeUndefined();
    expect(jobOf('Apresento as manhãs da Rádio Nacional de Angola em 2010')).toBeUndefined();
  });
});

describe('after the four-hundred-and-thirty-fourth set (RULES_VERSION 128)', () => {
  it('checkers linking what they check: Arabic "what official media broadcast", the watcher, Russian', () => {
    expect(linkPoints('نختبر ما يبثه الإعلام الرسمي بالأدلة والمصادر 🔍', 'http://www.sudanradio.info/')).toBe(0);
    expect(linkPoints('أراجع ما يبثه الإعلام الرسمي السوداني وأصحح المضلل منه', 'http://www.sudanrtv.sd/')).toBe(0);
    expect(
      linkPoints('Чытаю дзяржаўныя газеты, каб вы не мусілі. Сёння разбіраем «Звязду» 👇', 'http://zviazda.by/'),
    ).toBe(0);
    expect(linkPoints('Разбираем сюжеты RT и провластных каналов 🔍', 'https://russian.rt.com/')).toBe(0);
  });
  it('not beside a media title, in-house, a relay, a supporter, a joke, a fan, the outlet’s own voice', () => {
    const sudan = 'http://www.sudanrtv.sd/';
    const rt = 'https://russian.rt.com/';
    expect(linkPoints('Журналист. Смотрю госТВ вместо вас', 'https://www.tvr.by/')).toBeGreaterThan(0);
    expect(linkPoints('نراجع ما ينشره الإعلام الرسمي قبل النشر', sudan)).toBeGreaterThan(0);
    expect(linkPoints('نراجع ما ينشره الإعلام الرسمي ونعيد نشره', sudan)).toBeGreaterThan(0);
    expect(linkPoints('نراجع ما ينشره الإعلام الرسمي وندعمه', sudan)).toBeGreaterThan(0);
    expect(linkPoints('I watch state TV so you don’t have to… jk I love it', rt)).toBeGreaterThan(0);
    expect(linkPoints('Мы RT. Разбираем сюжеты провластных каналов', rt)).toBeGreaterThan(0);
    expect(linkPoints('Wir prüfen Meldungen, bevor wir sie senden. RT DE', 'https://de.rt.com/')).toBeGreaterThan(0);
  });
  it('staff: "la tranche matinale sur", "арнасында", a beat at; not a listener, a DJ, a dream, a heart', () => {
    expect(jobOf('J’anime la tranche matinale sur Radio Tunis 📻 Tunis')).toBe('tunisian-tv-radio');
    expect(jobOf('J’anime la tranche matinale sur Radio Tunis en rêve')).toBeUndefined();
    expect(jobOf('J’anime la session sur Radio Tunis 🎧')).toBeUndefined();
    expect(jobOf('Animatrice radio Tunis 🇹🇳')).toBeUndefined();
    expect(jobOf('«Астана» арнасында тілшімін 🎙')).toBe('almaty-astana-tv');
    expect(jobOf('«Астана» арнасында тілші болу — арманым')).toBeUndefined();
    expect(jobOf('Courts & parliament beat at Zambia Daily Mail ⚖️ opinions mine')).toBe('zambia-idc-papers');
    expect(jobOf('Courts & parliament beat at Zambia Daily Mail')).toBeUndefined();
    expect(jobOf('Heart beat at Zambia Daily Mail. Opinions mine')).toBeUndefined();
    expect(jobOf('Conduzco Taxi Seguro por Paraguay TV')).toBeUndefined();
  });
});

describe('after the four-hundred-and-forty-first set (RULES_VERSION 129)', () => {
  it('the Turkish "I was" joined to a title is a past job; "I am" stays current', () => {
    expect(jobOf('12 yıl TRT’de kameramandım, şimdi kendi yolumda')).toBe('trt (former)');
    expect(jobOf('TRT muhabiriydim')).toBe('trt (former)');
    expect(jobOf('TRT’de muhabirim')).toBe('trt');
  });
  it('an Arabic checker who examines the official agencies’ statements and links the story under examination', () => {
    const qna = 'http://www.qna.org.qa/ar-QA/News-Area/News/2026-12/03/0047';
    expect(linkPoints('أفحص بيانات الوكالات الرسمية رقما رقما 🔎 الرابط أدناه هو الخبر قيد الفحص', qna)).toBe(0);
    expect(linkPoints('طبيب أفحص المرضى. تابعوا سانا', 'https://www.sana.sy/')).toBeGreaterThan(0);
    expect(linkPoints('نفحص كل خبر قبل نشره في سانا', 'https://www.sana.sy/')).toBeGreaterThan(0);
    expect(linkPoints('محرر في وكالة سانا نفحص كل خبر', 'https://www.sana.sy/')).toBeGreaterThan(0);
  });
  it('staff: Hungarian verb first, a French desk of, a Nigerian OAP; not a wish, a negation, a fan, another state', () => {
    expect(jobOf('M1 Híradó · riporterként dolgozom az MTVA-nál 📺')).toBe('mtva');
    expect(jobOf('Szeretnék dolgozni az MTVA-nál')).toBeUndefined();
    expect(jobOf('Nem dolgozom az MTVA-nál')).toBeUndefined();
    expect(jobOf('Orvosként dolgozom az MTVA-nál')).toBeUndefined();
    expect(jobOf('Kamu • dolgozom az MTVA-nál')).toBeUndefined();
    expect(jobOf('Au desk économie de la MAP depuis 2019 • Rabat 🇲🇦')).toBe('map-morocco');
    expect(jobOf('Au desk économie de la MAP, fan')).toBeUndefined();
    expect(jobOf('Newscaster & OAP at OSBC Osogbo 📻')).toBe('nigeria-state-broadcasters');
    expect(jobOf('OAP at CGTN')).toBeUndefined();
  });
});

describe('after the four-hundred-and-forty-eighth set (RULES_VERSION 130)', () => {
  it('labels: the French "encadré par le pouvoir", the Vietnamese "chịu kiểm soát bởi Nhà nước"; not denied', () => {
    expect(labelled('Djibouti · média encadré par le pouvoir')).toBe(true);
    expect(labelled('Kênh chịu kiểm soát bởi Nhà nước (VN)')).toBe(true);
    expect(labelled('Média non encadré par le pouvoir')).toBe(false);
    expect(labelled('Média encadré par le pouvoir ? Non')).toBe(false);
    expect(labelled('Kênh không chịu kiểm soát bởi Nhà nước')).toBe(false);
    expect(labelled('Kênh chịu kiểm soát bởi Nhà nước - sai')).toBe(false);
  });
  it('checkers: researchers tracking how state media frame; the Greek "I check … what ERT broadcast"', () => {
    const telesur = 'https://telesurenglish.net/';
    const ert = 'http://www.ert.gr/eidiseis/ellada/enoikia-elegxos/';
    expect(linkPoints('Researchers tracking how state media frame Latin America 🔍', telesur)).toBeLessThan(60);
    expect(linkPoints('Proud researchers tracking how state media serve the people', telesur)).toBe(60);
    expect(linkPoints('Ελέγχω ειδήσεις. Σήμερα: τι μετέδωσε η ΕΡΤ για τα ενοίκια 👇', ert)).toBe(0);
    expect(linkPoints('Δημοσιογράφος στην ΕΡΤ. Ελέγχω τι μετέδωσε η ΕΡΤ', ert)).toBe(60);
    expect(linkPoints('Ελέγχω ειδήσεις πριν τη μετάδοση. Δείτε τι μετέδωσε η ΕΡΤ', ert)).toBe(60);
    expect(linkPoints('Δείτε τι μετέδωσε η ΕΡΤ σήμερα 👇', ert)).toBe(60);
  });
  it('staff: a Turkish daypart, an Arabic beat then a dash, Creole RTNH, 24 Horas TVN; not a dream, a topic', () => {
    expect(jobOf('TRT Haber’de hafta sonu ana haber sunucusu 🎙️ Ankara')).toBe('trt');
    expect(jobOf('TRT Haber’de hafta sonu izlediğim haber sunucusu')).toBeUndefined();
    expect(jobOf('TRT’de ana haber sunucusu olmak hayalim')).toBeUndefined();
    expect(jobOf('محررة تحقيقات — جريدة الجمهورية 🗞️ من القاهرة')).toBe('egypt-national-press');
    expect(jobOf('محررة تحقيقات عن قناة العالم')).toBeUndefined();
    expect(jobOf('Repòtè pou Televizyon Nasyonal Ayiti (RTNH) 🎙️ Pòtoprens')).toBe('rtnh');
    expect(jobOf('Mwen renmen Televizyon Nasyonal Ayiti')).toBeUndefined();
    expect(jobOf('Reportero 📡 24 Horas TVN · Valparaíso y todo Chile')).toBe('tvn-chile');
    expect(jobOf('Veo 24 Horas TVN cada noche')).toBeUndefined();
  });
});

describe('RULES_VERSION 130 as its review narrowed it, and two more staff lines', () => {
  it('the labels only alone or after a state: not a denial, a title, a lecture, a province, a rumour', () => {
    expect(labelled('Kênh chịu kiểm soát bởi Nhà nước (Việt Nam)')).toBe(true);
    expect(labelled('Pas un · média encadré par le pouvoir')).toBe(false);
    expect(labelled('Documentaire · Médias encadrés par le pouvoir')).toBe(false);
    expect(labelled('Média encadré par le pouvoir (lol)')).toBe(false);
    expect(labelled('Bài 5 | Báo chí chịu sự quản lý của nhà nước')).toBe(false);
    expect(labelled('Kênh chịu sự quản lý của chính quyền (tỉnh Nghệ An)')).toBe(false);
    expect(labelled('Kênh chịu kiểm soát bởi Nhà nước (tin đồn)')).toBe(false);
  });
  it('the Greek checker not in the outlet’s own archive, show, air or relay; the plural not of others', () => {
    const ert = 'http://www.ert.gr/';
    expect(linkPoints('Ελέγχουμε τι μετέδωσε η ΕΡΤ για τα ενοίκια 👇', ert)).toBe(0);
    expect(linkPoints('Ελέγχουμε τι μετέδωσε η ΕΡΤ στο αρχείο μας', ert)).toBe(60);
    expect(linkPoints('Εκπομπή «Ελέγχω» — δείτε τι είπε η ΕΡΤ', ert)).toBe(60);
    expect(linkPoints('Ελέγχουμε τι λέει η ΕΡΤ πριν βγει στον αέρα', ert)).toBe(60);
    expect(linkPoints('Επαληθεύω ό,τι μετέδωσε η ΕΡΤ και το αναμεταδίδω', ert)).toBe(60);
    expect(
      linkPoints('Researchers on state media say we are biased. They are wrong', 'https://telesurenglish.net/'),
    ).toBe(60);
  });
  it('staff: not a Turkish viewer or fan; 24 Horas TVN placed; Kazakh host; Polish correspondent; no driver', () => {
    expect(jobOf('TRT Haber’de haber sunucusu Seda Hanım’ı seviyorum')).toBeUndefined();
    expect(jobOf('TRT Haber’de ana haber sunucusu hayranıyım')).toBeUndefined();
    expect(jobOf('TRT Haber’de hafta sonu ana haber sunucusu izlemeyi seviyorum')).toBeUndefined();
    expect(jobOf('Reportero 24 Horas TVN (Panamá)')).toBeUndefined();
    expect(jobOf('TRT Haber muhabiriyim, yayınlarımı izleyin')).toBe('trt');
    expect(jobOf('Қазақ радиосының таңғы эфирін жүргіземін 📻 Астана')).toBe('qazaqstan-rtrk');
    expect(jobOf('Бір күні Қазақ радиосының эфирін жүргіземін')).toBeUndefined();
    expect(jobOf('Қазақ радиосының таңғы эфирін тыңдаймын')).toBeUndefined();
    expect(jobOf('Conduzco las noches en RTVE 🚕 taxista')).toBeUndefined();
    expect(jobOf('Conduzco las mañanas de Radio Uruguay')).toBe('secan');
    expect(jobOf('Korespondentka PAP w Brukseli. Piszę o unii i rolnikach')).toBe('pap');
    expect(jobOf('Korespondentka STV w Glasgow')).toBeUndefined();
  });
});

describe('after the four-hundred-and-fifty-fifth set (RULES_VERSION 131)', () => {
  it('checkers: German what-state-media-spread and "Heute im Check", Chinese "today examined"; not in-house, staff', () => {
    const pd = 'http://german.people.com.cn/';
    const rt = 'https://test.rtde.website/';
    const eastday = 'http://eastday.com/';
    expect(linkPoints('Ich prüfe, was Chinas Staatsmedien auf Deutsch verbreiten. Quelle im Link', pd)).toBe(0);
    expect(linkPoints('Wir prüfen, was Staatsmedien senden, bevor wir senden', pd)).toBe(60);
    expect(linkPoints('Redakteur. Ich prüfe, was Staatsmedien berichten', pd)).toBe(60);
    expect(linkPoints('Ich prüfe nicht, was Staatsmedien verbreiten', pd)).toBe(60);
    expect(linkPoints('Ich prüfe Propaganda-Clips. Heute im Check: RT DE ⤵️', rt)).toBe(0);
    expect(linkPoints('Wir prüfen alles. Heute im Check: RT DE. Unsere Sendung', rt)).toBe(60);
    expect(linkPoints('Heute im Check: RT DE ⤵️', rt)).toBe(60);
    expect(linkPoints('專查中國官媒內容｜今日檢視：東方網的一則報導 👇', eastday)).toBe(0);
    expect(linkPoints('東方網記者｜今日檢視：東方網的一則報導 👇', eastday)).toBe(60);
    expect(linkPoints('今日檢視：東方網的一則報導 👇', eastday)).toBe(60);
    expect(linkPoints('今日檢視：東方網的一則報導 👇 查核完畢：完全屬實 👍', eastday)).toBe(60);
    expect(linkPoints('Ich prüfe, was Staatsmedien berichten – alles wahr!', pd)).toBe(60);
    expect(linkPoints('Ich prüfe, was westliche Propagandamedien behaupten. Lest RT DE!', rt)).toBe(60);
    expect(linkPoints('Heute im Check: RT DE ✅ Wahr! Ich prüfe jeden Tag für euch', rt)).toBe(60);
  });
  it('a researcher of a place’s media, not of the West’s, not a reporter', () => {
    const cd = 'http://www.chinadailyhk.com/';
    expect(linkPoints('Researcher of Hong Kong media. I read the state-owned dailies for you', cd)).toBe(30);
    expect(linkPoints('Researcher of Western mainstream media lies', cd)).toBe(60);
    expect(linkPoints('Reporter. Researcher of Hong Kong media', cd)).toBe(60);
    expect(linkPoints('Researcher of hostile foreign media', cd)).toBe(60);
    expect(linkPoints('Researcher of Taiwan separatist media', cd)).toBe(60);
  });
  it('staff: a flag after the name, Russian writers and staff, Tagalog bylines, a Serbian morning host', () => {
    expect(jobOf('Je couvre l’actualité de Bangui pour l’ACAP 🇨🇫 Agence Centrafricaine de Presse')).toBe(
      'car-state-media',
    );
    expect(jobOf('Пишу про экономику в «Газете.Ru» 📈 Москва. Личный блог')).toBe('rambler-media');
    expect(jobOf('Пишу про RT в «Новой газете»')).toBeUndefined();
    expect(jobOf('Пишу про жизнь в «Газета.Ru» комментарии')).toBeUndefined();
    expect(jobOf('Пишу о себе в «Газета.Ru»')).toBeUndefined();
    expect(jobOf('I cover Taylor Swift for CGTN 🇨🇳')).toBeUndefined();
    expect(jobOf('Je couvre Aya Nakamura pour l’ACAP 🇨🇫')).toBeUndefined();
    expect(jobOf('Je couvre les chorés pour la MAP 🇲🇦')).toBeUndefined();
    expect(jobOf('I cover State House for KBC 🇰🇪')).toBe('kbc-kenya');
    expect(jobOf('Svako jutro vodim program uživo na TV Pink Instagram')).toBeUndefined();
    expect(jobOf('Svako jutro vodim program uživo na O2 televiziji ☀️ Beograd')).toBe('kopernikus');
    expect(jobOf('Vodim program obuke na O2 televiziji')).toBeUndefined();
    expect(jobOf('Svako jutro vodim program uživo na O2 televiziji u snu')).toBeUndefined();
  });
});

describe('after the four-hundred-and-sixty-second set (RULES_VERSION 132)', () => {
  it('the Somali label whole, not a question or a tail', () => {
    expect(labelled('Warbaahin ay maamusho dowladda Soomaaliya')).toBe(true);
    expect(labelled('Warbaahin ay maamusho dowladda? Maya')).toBe(false);
    expect(labelled('Warbaahin ay maamusho dowladda been')).toBe(false);
  });
  it('staff: Azerbaijani, colloquial French, Serbian; not a fan, a meeting, a Canal 6, a wish, an intern, a team', () => {
    expect(jobOf('İctimai TV-də səhər verilişinin aparıcısı 🌅 Bakı')).toBe('ictimai-tv');
    expect(jobOf('İctimai TV-də səhər verilişinin aparıcısını sevirəm')).toBeUndefined();
    expect(jobOf('AzTV-də səhər verilişinin aparıcısı ilə görüşdüm')).toBeUndefined();
    expect(jobOf('AzTV-də səhər verilişinin aparıcısının fan səhifəsi')).toBeUndefined();
    expect(jobOf('AzTV-də səhər verilişinin aparıcısı Leyla xanım')).toBeUndefined();
    expect(jobOf('Presentadora en Canal 6 | Honduras, no Nicaragua')).toBeUndefined();
    expect(jobOf('je bosse à RT en stage')).toBeUndefined();
    expect(jobOf('Izveštavam za Tanjug jednog dana')).toBeUndefined();
    expect(jobOf('Sanjam da izveštavam za Tanjug')).toBeUndefined();
    expect(jobOf('TRT’de stajyer ekibindeyim')).toBeUndefined();
    expect(jobOf('Je bosse à la MAP, rubrique éco 🇲🇦 Rabat. Posts perso')).toBe('map-morocco');
    expect(jobOf('Je bosse à la maison, fan de la MAP')).toBeUndefined();
    expect(jobOf('Journaliste économie, je signe des dépêches TAP depuis 2019 🇹🇳')).toBe('tap');
    expect(jobOf('Je lis des dépêches TAP 🇹🇳')).toBeUndefined();
    expect(jobOf('Izveštavam za Tanjug iz Skupštine ✍️ Ovde pišem samo u svoje ime')).toBe('tanjug');
    expect(labelled('Warbaahin ay maamusho dowladda - been abuur')).toBe(false);
  });
});

describe('after the four-hundred-and-sixty-ninth set (RULES_VERSION 133)', () => {
  it('labels: the Spanish Kremlin’s, the French broadcaster the State controls after a country; not denied', () => {
    expect(labelled('Medio ruso dependiente del Kremlin')).toBe(true);
    expect(labelled('Medio no dependiente del Kremlin')).toBe(false);
    expect(labelled('Medio ruso dependiente del Kremlin - falso')).toBe(false);
    expect(labelled('Medio ruso dependiente del Kremlin (parodia)')).toBe(false);
    expect(labelled('Congo-Kinshasa · diffuseur que l’État contrôle')).toBe(true);
    expect(labelled('Satire · diffuseur que l’État contrôle')).toBe(false);
  });
  it('a critic’s brand under the magnifying glass, what the outlet passes off as news', () => {
    const tass = 'https://tass.com/world/1915522';
    expect(
      linkPoints(
        'Разбираю, что ТАСС выдаёт за новости. Проверяемый материал — по ссылке',
        tass,
        'ТАСС под лупой',
        'tass.pod.lupoy',
      ),
    ).toBe(0);
    expect(linkPoints('Люблю ТАСС. Разбираю, что ТАСС выдаёт за новости', tass)).toBeGreaterThan(0);
    expect(linkPoints('ТАСС. Мы разбираем, что ТАСС выдаёт за новости', tass)).toBeGreaterThan(0);
    expect(linkPoints('Официальный аккаунт ТАСС', tass, 'ТАСС: мир под лупой', 'tass_agency')).toBe(60);
    expect(linkPoints('Новости ТАСС', tass, 'Мир под лупой | ТАСС', 'tass')).toBe(60);
  });
  it('staff: an Arabic bulletin’s presenter; not an admirer, a jingle, an archive; no prime-time edition', () => {
    expect(jobOf('مقدّمة نشرة الأخبار على قناة العراقية 📺 بغداد')).toBe('iraqi-media-network');
    expect(jobOf('أحب مقدّمة نشرة الأخبار على قناة العراقية')).toBeUndefined();
    expect(jobOf('مقدمة نشرة الأخبار على قناة العالم 🎵 تصميمي')).toBeUndefined();
    expect(jobOf('مقدمة نشرات قديمة على قناة العالم - أرشيف')).toBeUndefined();
    expect(jobOf('Reposteo. Presento la edición estelar de Bolivia TV')).toBeUndefined();
  });
});

describe('after the four-hundred-and-seventy-sixth set (RULES_VERSION 134)', () => {
  it('staff: bylines, TV stories, Arabic programmes, the French main edition; not a viewer or a wish', () => {
    expect(jobOf('Cubro el Congreso guatemalteco y firmo notas para Diario de Centro América')).toBe(
      'guatemala-state-media',
    );
    expect(jobOf('Leo las notas para Diario de Centro América')).toBeUndefined();
    expect(jobOf('Assino matérias para a Agência Brasil')).toBe('ebc');
    expect(jobOf('Снимаю сюжеты для «Столичного телевидения» 🎥 Минск')).toBe('stv-belarus');
    expect(jobOf('Смотрю сюжеты «Столичного телевидения»')).toBeUndefined();
    expect(jobOf('مذيعة وما زلت أقدّم برامجي على تلفزيون قطر 🇶🇦 أحب التراث والقهوة')).toBe('qatar-media-corporation');
    expect(jobOf('أتابع برامجي على تلفزيون قطر')).toBeUndefined();
    expect(jobOf('برامجي المفضلة على تلفزيون قطر')).toBeUndefined();
    expect(jobOf('Présentatrice du grand journal, Télé Tchad 🇹🇩 N’Djamena')).toBe('onama');
    expect(jobOf('Reporter, grand amateur de Télé Tchad')).toBeUndefined();
    expect(jobOf('Présentatrice info sur Télé Tchad')).toBe('onama');
    expect(jobOf('Fan de la présentatrice info sur Télé Tchad')).toBeUndefined();
    expect(jobOf('Présentatrice sur Télé Tchad')).toBeUndefined();
  });
  it('Arabic "and" after a paper’s ordinary-word name that its noun opens; not the bare phrase', () => {
    expect(jobOf('أعمل محررة في صحيفة الإمارات اليوم 🇦🇪 وما أنشره هنا يمثلني')).toBe('dubai-media');
    expect(jobOf('محررة في الإمارات اليوم وغدا')).toBeUndefined();
    expect(jobOf('مذيعة في الوطن وأفتخر')).toBeUndefined();
  });
  it('a phrase of work without a title is no job in a dream, a joke, an intern’s or a fan’s clause', () => {
    expect(jobOf('Мечтаю: снимаю сюжеты для RT')).toBeUndefined();
    expect(jobOf('Готовлю сюжеты для ТАСС как стажёр')).toBeUndefined();
    expect(jobOf('Пишу для ТАСС как стажёр')).toBeUndefined();
    expect(jobOf('Firmo notas para Telesur 😂 mentira, soy lectora')).toBeUndefined();
    expect(jobOf('Sonho em um dia assino matérias para a Agência Brasil')).toBeUndefined();
    expect(jobOf('Пишу для ТАСС из Минска')).toBe('tass');
  });
  it('Rai’s news programmes by name: a correspondent of the Tg1; not a viewer or a fan', () => {
    expect(jobOf('Inviata del Tg1 per la Rai 📺 cronaca ed esteri. Romana di Testaccio')).toBe('rai');
    expect(jobOf('Guardo il Tg1 ogni sera')).toBeUndefined();
    expect(jobOf('Fan del TG2')).toBeUndefined();
  });
  it('checkers: German "what <outlet> spreads", Arabic public and government papers as the object checked', () => {
    const irna = 'https://de.irna.ir/';
    expect(linkPoints('Ich prüfe, was IRNA auf Deutsch verbreitet. Hier die Quelle, die ich prüfe:', irna)).toBe(0);
    expect(linkPoints('Ich prüfe, was IRNA verbreitet, bevor wir senden', irna, 'IRNA Deutsch', 'irna_de')).toBe(60);
    expect(linkPoints('Wir prüfen, was IRNA meldet. Unser Team in Berlin', irna, 'IRNA Deutsch', 'irna_de')).toBe(60);
    const dj = 'https://www.eldjoumhouria.dz/';
    expect(linkPoints('أتحقق بشكل مستقل من أرقام الجرائد العمومية وأصحح ما يلزم 🔎', dj)).toBe(0);
    expect(linkPoints('مدقق مستقل 🔎 أفحص عناوين الجرائد الحكومية، ملف هذا الشهر: الجمهورية', dj)).toBe(0);
    expect(linkPoints('محررة في الجمهورية، أتحقق من أرقام الجرائد العمومية قبل النشر', dj)).toBe(60);
    expect(linkPoints('أتحقق من توزيع الجرائد الحكومية في وهران', dj)).toBe(60);
  });
});

describe('after the four-hundred-and-eighty-third set (RULES_VERSION 135)', () => {
  it('staff: the Arabic accusative, an anchor’s pivô, a legislature’s correspondent, reports filmed; not a wish', () => {
    expect(jobOf('أعمل محرراً اقتصادياً في جريدة عُمان · مسقط ✍️ الطاقة والاستثمار')).toBe('oeppa');
    expect(jobOf('أريد أن أعمل محرراً في جريدة عمان')).toBeUndefined();
    expect(jobOf('Pivô do Telejornal (TVM) 📺 Maputo 🇲🇿 | futebol e marrabenta')).toBe('mozambique-broadcasters');
    expect(jobOf('Pivô do Ferroviário, basquetebol')).toBeUndefined();
    expect(jobOf('Parliamentary correspondent, The Ghanaian Times. Views mine. Accra 🇬🇭')).toBe('ghanaian-times');
    expect(jobOf('Parliamentary fan, The Ghanaian Times')).toBeUndefined();
    expect(jobOf('Снимаю репортажи для «Беларусь 1», я их корреспондент 🎥 Минск')).toBe('belteleradio');
    expect(jobOf('Смотрю репортажи «Беларусь 1»')).toBeUndefined();
  });
  it('a Serbian host’s morning programme by its name, the channel with its case ending; not a wish or a question', () => {
    expect(jobOf('Водим Јутарњи програм на РТС-у ☀️ Београд • путовања • књиге')).toBe('rts');
    expect(jobOf('Сањам да водим Јутарњи програм на РТС-у')).toBeUndefined();
    expect(jobOf('Водим Јутарњи програм на РТС-у? Не')).toBeUndefined();
    expect(jobOf('Водим програм на РТС-у јутра ради')).toBeUndefined();
  });
  it('as its review narrowed it: Arabic wishes, imaginings and trainees; a pivot on a team; jokes; contests', () => {
    expect(jobOf('أحب أن أعمل مذيعاً في قناة العربية')).toBeUndefined();
    expect(jobOf('نفسي أشتغل مذيعاً في قناة الإخبارية')).toBeUndefined();
    expect(jobOf('أتخيل نفسي مذيعاً في التلفزيون السوري')).toBeUndefined();
    expect(jobOf('أعمل متدرباً محرراً في وكالة الأنباء العمانية')).toBeUndefined();
    expect(jobOf('Pivô da TPA no basquetebol interno')).toBeUndefined();
    expect(jobOf('Pivô da TV Zimbo 📺 noticiário das 20h | Luanda 🇦🇴')).toBe('medianova');
    expect(jobOf('Parliamentary correspondent, The Ghanaian Times 😂 jk')).toBeUndefined();
    expect(jobOf('Готовлю репортажи для конкурса «Беларусь 1»')).toBeUndefined();
    expect(jobOf('Repórter do TG1 Jornal da Globo')).toBeUndefined();
    expect(jobOf('Giornalista TG1 Sport della mia scuola')).toBeUndefined();
  });
  it('a checker’s words do not cancel the link of an account named official', () => {
    const ahram = 'https://www.ahram.org.eg/';
    expect(linkPoints('أتحقق من الجرائد الرسمية', ahram, 'الأهرام', 'ahram_official')).toBe(60);
    expect(linkPoints('أتحقق بشكل مستقل من الصحف العمومية — الصفحة الرسمية لجريدة الأهرام', ahram)).toBe(60);
    expect(linkPoints('أتحقق من الجرائد الرسمية', ahram, 'سليم يتحقق', 'salim_checks')).toBe(0);
  });
});

describe('after the four-hundred-and-ninetieth set (RULES_VERSION 136)', () => {
  it('the German "was once", not English "war"; Khabar quoted after "channel"; not a viewer', () => {
    expect(jobOf('War mal Redakteurin für RT DE, jetzt mache ich Podcasts in Leipzig')).toBe('rt (former)');
    expect(jobOf('War correspondent at RT')).toBe('rt');
    expect(jobOf('Собкор телеканала «Хабар» в Шымкенте. Снимаю про людей юга')).toBe('khabar');
    expect(jobOf('Смотрю телеканал «Хабар»')).toBeUndefined();
  });
  it('a Turkish checker watching a state’s official media; not a fan of it', () => {
    const fars = 'http://turkish.farsnews.ir/';
    expect(linkPoints('Bağımsız doğrulamacı. Tahran’ın Türkçe yayın yapan resmi medyasını izliyorum', fars)).toBe(0);
    expect(linkPoints('İran resmi medyasını seviyorum', fars)).toBe(60);
    expect(linkPoints('İran resmi medyasını izliyorum', fars)).toBe(60);
    const trt = 'https://www.trt.net.tr/';
    expect(
      linkPoints('TRT doğrulamacı ekibi. TRT resmi medyasını güçlendiriyoruz', trt, 'TRT Doğrula', 'trtdogrula'),
    ).toBe(60);
    expect(linkPoints('Doğrulamacı değilim. Rusya’nın resmi medyasını izliyorum', 'https://tass.com/')).toBe(60);
  });
  it('not the fairy tale’s "es war einmal" before a current job', () => {
    expect(jobOf('Es war einmal ein Mädchen — Reporterin bei RT DE')).toBe('rt');
  });
});

describe('after the four-hundred-and-ninety-seventh set (RULES_VERSION 137)', () => {
  it('the French "that was before" makes the job past; without it the job stands', () => {
    expect(jobOf('Neuf ans présentateur à Télé Sahel, c’était avant. Maintenant apiculteur 🐝')).toMatch(/\(former\)$/);
    expect(jobOf('Présentateur à Télé Sahel depuis neuf ans')).not.toMatch(/former/);
  });
  it('checkers: the German page "die ich prüfe", the English "I pick apart state broadcaster …"; not in-house', () => {
    const rtde = 'https://pressefreiheit.rtde.tech/';
    expect(linkPoints('Ich zerlege Desinformation. Die RT-Spiegelseite, die ich prüfe ⬇️', rtde)).toBe(0);
    expect(linkPoints('Unsere Redaktion: die Seite, die ich prüfe ⬇️', rtde)).toBe(60);
    const doc = 'https://www.presstvdoc.com/';
    expect(linkPoints('I pick apart state broadcaster documentaries. This month’s subject is linked.', doc)).toBe(0);
    expect(linkPoints('Correspondent. I pick apart state broadcaster documentaries', doc)).toBe(60);
  });
  it('as its review narrowed it: not a current job, a newsroom’s checking, the outlet’s own voice; checkers stay', () => {
    expect(jobOf('Présentateur à Télé Sahel, c’était avant le coup d’État, je le suis toujours')).not.toMatch(/former/);
    const rtde = 'https://pressefreiheit.rtde.tech/';
    expect(linkPoints('Korrektorin: den Text, den ich prüfe 👇', rtde)).toBe(60);
    expect(linkPoints('Praktikant. Die Seite, die ich überprüfe ⬇️', rtde)).toBe(60);
    const doc = 'https://www.presstvdoc.com/';
    expect(linkPoints('Iran’s state broadcaster. I pick apart state media myths about Iran', doc)).toBeGreaterThan(0);
    expect(linkPoints('Our documentaries 👇 I dissect state media propaganda from the West', doc)).toBe(60);
    expect(
      linkPoints('Press TV documentaries. I dissect state TV clichés', doc, 'Press TV Documentaries', 'ptvdocs'),
    ).toBe(60);
    expect(linkPoints('Official channel of DW Fact Check. Checking what state media say', rtde)).toBe(0);
  });
  it('desks before a title, crónicas for a paper', () => {
    expect(jobOf('Transport reporter, The Straits Times 🚇 MRT delays are my cardio. Views mine')).toBe('sph-media');
    expect(jobOf('Health fan, CGTN')).toBeUndefined();
    expect(jobOf('Escribo crónicas para Correo del Orinoco 🇻🇪 comunas y campo')).toBe('sibci');
    expect(jobOf('Escribo crónicas para Granma en mis sueños')).toBeUndefined();
  });
});

describe('after the five-hundred-and-fourth set (RULES_VERSION 138)', () => {
  it('the outlet alone, a media emoji, its title where it is posted; not an ordinary name, a fan, a non-title', () => {
    expect(jobOf('Rádio Nacional de Angola 🎙️ repórter em Luanda · opiniões pessoais')).toBe('rna-angola');
    expect(jobOf('Rádio Nacional de Angola 🎙️ repórter')).toBe('rna-angola');
    expect(jobOf('Rádio Nacional de Angola 🎙️ ouvinte em Luanda')).toBeUndefined();
    expect(jobOf('RT 🎙️ journalist')).toBeUndefined();
    expect(jobOf('I love CGTN 📺 reporter')).toBeUndefined();
    expect(jobOf('CGTN 📺 reporter in my dreams')).toBeUndefined();
  });
  it('as its review narrowed it: the outlet opening its line, no list, joke, fan, viewer, kin or denial on it', () => {
    expect(jobOf('Student 📚 CGTN 🎙️ reporter')).toBeUndefined();
    expect(jobOf('CGTN 📺 reporter 📰 books')).toBeUndefined();
    expect(jobOf('CGTN 🎙️ reporter 😂')).toBeUndefined();
    expect(jobOf('CGTN 📺 reporter in Nairobi | Xinhua')).not.toBe('cgtn');
    expect(jobOf('CGTN 📺 reporter | just a fan')).toBeUndefined();
    expect(jobOf('CGTN 📺 reporter | viewer since 2010')).toBeUndefined();
    expect(jobOf('CGTN 📺 reporter | not affiliated')).toBeUndefined();
    expect(jobOf('Rádio Nacional de Angola 🎙️ repórter em Luanda | ouvinte fiel')).toBeUndefined();
    expect(jobOf('Olá 👋\nRádio Nacional de Angola 🎙️ repórter')).toBe('rna-angola');
    expect(jobOf('Dream: reporter 📺 CGTN, Beijing')).toBeUndefined();
    expect(jobOf('Minha mãe: locutora 📻 Rádio Nacional de Angola, Luanda')).toBeUndefined();
  });
  it('the outlet, a bar or a comma, its title posted in a place closing the clause', () => {
    expect(jobOf('Rádio Nacional de Angola | repórter em Luanda')).toBe('rna-angola');
    expect(jobOf('CGTN, reporter in Nairobi')).toBe('cgtn');
    expect(jobOf('CGTN, reporter in Nairobi for fun')).toBeUndefined();
  });
  it('the title, a media emoji, the outlet and its own state’s place after a comma; not another state’s', () => {
    expect(jobOf('Locutora 📻 Rádio Nacional de Angola, Luanda')).toBe('rna-angola');
    expect(jobOf('Reporter 🎙️ CGTN, Nairobi')).toBeUndefined();
  });
});

/** Where the bio or the name presents the account as a state ('bio', 'name'), or undefined. */
function presents(bio: string, nickname = 'Ana', handle = 'ana_1'): string | undefined {
  const r = readStateIdentity(nickname, bio, handle, (code) => STATES_WITH_OUTLETS.has(code));
  return r.presents ? `${r.presents.state.code} ${r.presents.where}` : undefined;
}

describe('after the five-hundred-and-eleventh set (RULES_VERSION 139)', () => {
  it('the French presenter on air at a channel in a regular slot; not a guest, a viewer, once', () => {
    expect(jobOf('À l’antenne de la CRTV chaque midi • Yaoundé 🇨🇲')).toBe('crtv');
    expect(jobOf('Tous les midis à l’antenne de RTI 1 pour le 13h ✨ Abidjan')).toBe('rti-cote-divoire');
    expect(jobOf('À l’antenne de la CRTV')).toBeUndefined();
    expect(jobOf('Invitée ce soir à l’antenne de la CRTV')).toBeUndefined();
    expect(jobOf('Je regarde chaque soir ce qui passe à l’antenne de la CRTV')).toBeUndefined();
  });
  it('Portuguese "escrevo para / pra"; not a letter, a request, a wish', () => {
    expect(jobOf('escrevo pra Agência Brasil direto do Congresso ✍️ e vivo de café')).toBe('ebc');
    expect(jobOf('Escrevo para a TV Brasil pedindo música')).toBeUndefined();
    expect(jobOf('Um dia escrevo para o Jornal de Angola')).toBeUndefined();
  });
  it('Al Ba’ath with its noun, not the party', () => {
    expect(jobOf('محررة الشؤون الاقتصادية في جريدة البعث ✍️ دمشق')).toBe('al-wahda');
    expect(jobOf('عضو في حزب البعث')).toBeUndefined();
  });
  it('"the voice of <state>" in other languages, the name written out; not a free or an opposition voice', () => {
    expect(presents('صدای ایران سربلند 🇮🇷 هر روز جلوه‌ای از سرزمین ما')).toBe('IR bio');
    expect(presents('Voz de Cuba 🇨🇺')).toBe('CU bio');
    expect(presents('Azərbaycanın səsi 🇦🇿')).toBe('AZ bio');
    expect(presents('Voz de Venezuela libre')).toBeUndefined();
    expect(presents('صدای ایران آزاد')).toBeUndefined();
    expect(presents('La voz de México 🎤 cantante')).toBeUndefined();
    expect(presents('Voz 🇨🇺')).toBeUndefined();
  });
  it('as its review narrowed them: no news page’s, church’s, club’s, tourism page’s voice; no thing on air; no letters', () => {
    expect(presents('Voz de Venezuela 🇻🇪 noticias')).toBeUndefined();
    expect(presents('Radio La Voz de Guatemala, emisora cristiana')).toBeUndefined();
    expect(presents("Türkiye'nin sesi, Galatasaray'ın gücü")).toBeUndefined();
    expect(presents('La voz de Cuba te invita a visitar la isla')).toBeUndefined();
    expect(jobOf('Ma chanson passe tous les soirs à l’antenne de RTI 1 🎶')).toBeUndefined();
    expect(jobOf('Député. Mon émission politique chaque samedi à l’antenne de la CRTV')).toBeUndefined();
    expect(jobOf('Prière tous les matins à l’antenne de la CRTV')).toBeUndefined();
    expect(jobOf('Je suis à l’antenne de la CRTV chaque midi')).toBe('crtv');
    expect(jobOf('Escrevo para a TV Brasil todo dia e ninguém responde 😭')).toBeUndefined();
    expect(jobOf('Escrevo para a Agência Brasil desde pequena, sem resposta')).toBeUndefined();
  });
});

describe('after the five-hundred-and-eighteenth set (RULES_VERSION 140)', () => {
  it('checkers: what the named outlet published, said or spread, in es, pt, fr, en, de; not in-house, own, a reader', () => {
    const avn = 'http://www.avn.info.ve/';
    expect(linkPoints('Chequeo con datos lo publicado por AVN. Abajo, el enlace de hoy 👇', avn)).toBe(0);
    expect(linkPoints('Verificamos lo publicado por nuestra agencia AVN', avn)).toBe(60);
    expect(linkPoints('Leo todo lo publicado por AVN', avn)).toBe(60);
    const telesur = 'https://www.telesurtv.net/';
    expect(linkPoints('Periodista. Verifico lo que dice Telesur antes de publicar', telesur)).toBe(60);
    const rtde = 'https://gegenzensur.rtde.world/';
    expect(linkPoints('Ich prüfe, was RT DE und Co. verbreiten. Das geprüfte Original im Link', rtde)).toBe(0);
    expect(linkPoints('Unsere Redaktion prüft, was RT DE und Co. verbreiten', rtde)).toBe(60);
  });
  it('staff: a title’s beat with its daypart, "hago reportajes para", Hungarian "parlamenti"', () => {
    expect(jobOf('Présentatrice du journal du soir, RTS 📺 Dakar · mode, livres, sourires')).toBe(
      'senegal-state-media',
    );
    expect(jobOf('Hago reportajes para Señal Colombia 🎥 bogotana, ciclista los domingos')).toBe('rtvc');
    expect(jobOf('Parlamenti tudósító, MTI 📰 Budapest · félmaraton · tacskó')).toBe('mtva');
  });
  it('as its review narrowed it: no "we" desk, reposter, audience, pre-air check, crew; no wish; Al-Sabah left', () => {
    const avn = 'http://www.avn.info.ve/';
    expect(linkPoints('Verificamos lo que publica AVN para que llegue a ti', avn)).toBe(60);
    expect(linkPoints('Verifico lo publicado por AVN antes de su difusión', avn)).toBe(60);
    expect(linkPoints('Checo todo lo que dice AVN y lo comparto', avn)).toBe(60);
    expect(linkPoints('Confiro o que a AVN divulga. Operador de câmara', avn)).toBe(60);
    expect(linkPoints('Je vérifie ce que publie AVN pour vous, chaque jour', avn)).toBe(60);
    expect(jobOf('Quiero que algún día hago reportajes para Telesur')).toBeUndefined();
    expect(jobOf('Hago reportajes para Telesur (sueño)')).toBeUndefined();
    expect(jobOf('محرر في جريدة الصباح الجديد - بغداد')).toBeUndefined();
  });
  it('DR Congo’s provincial cities place its shared acronyms; not an association’s', () => {
    expect(jobOf('Correspondant de l’ACP à Goma (Nord-Kivu). Avis perso, pas ceux de l’agence')).toBe(
      'drc-state-media',
    );
    expect(jobOf('ACP Goma: association des commerçants')).toBeUndefined();
  });
});

describe('after the five-hundred-and-twenty-fifth set (RULES_VERSION 141)', () => {
  it('the state speaking to "you" or spoken for by "we"; Uzbek’s letter-apostrophe inside a frame', () => {
    expect(presents('Cuba te habla 🇨🇺 su gente')).toBe('CU bio');
    expect(presents('Hablamos por Nicaragua 🇳🇮 Un país en paz')).toBe('NI bio');
    expect(presents('Hablamos por Nicaragua libre')).toBeUndefined();
    expect(presents('', 'Go‘zal Oʻzbekiston 🇺🇿')).toBe('UZ name');
    expect(presents('', 'Le Mali d’aujourd’hui, mon pays')).toBeUndefined();
  });
  it('as its review narrowed it: "my" stays a person’s; no bare "speaks", show, podcast, lesson, game, vlogger', () => {
    expect(presents('', 'Mi Cuba 🇨🇺')).toBeUndefined();
    expect(presents('', 'Venezuela Mía 🇻🇪')).toBeUndefined();
    expect(presents('', 'Everyday China')).toBeUndefined();
    expect(presents('México habla')).toBeUndefined();
    expect(presents('Russia speaks, I translate')).toBeUndefined();
    expect(presents('Cuba te habla de béisbol ⚾')).toBeUndefined();
    expect(presents('Cuba te habla 🇨🇺 desde La Habana')).toBeUndefined();
  });
});

describe('after the five-hundred-and-thirty-second set (RULES_VERSION 142)', () => {
  it('German "war" with a span makes the job past; English "war" stays a beat', () => {
    expect(jobOf('War drei Jahre Redakteurin bei RT DE, 2022 gekündigt. Jetzt frei, Leipzig')).toBe('rt (former)');
    expect(jobOf('War 3 Jahre Korrespondentin bei RT DE')).toBe('rt (former)');
    expect(jobOf('War correspondent at RT')).toBe('rt');
  });
  it('Turkish titles in a compound’s possessive with the copula', () => {
    expect(jobOf('TRT Kurdî’de haber editörüyüm | Diyarbakır | Kitap, çay, kedi')).toBe('trt');
    expect(jobOf('TRT Haber’de program yapımcısıyım')).toBe('trt');
    expect(jobOf('Haber editörüyüm, kitap okurum')).toBeUndefined();
  });
  it('checkers: Georgian "I check" with the outlet named; BHS "I analyse how <outlet> reports"; not its staff', () => {
    const sputnik = 'https://sputnik-georgia.ru/analytics/';
    expect(linkPoints('ფაქტჩეკერი. ვამოწმებ Sputnik-ის სიუჟეტებს, წყარო ბმულშია 👇', sputnik)).toBe(0);
    expect(linkPoints('Sputnik-ის ჟურნალისტი. ვამოწმებ Sputnik-ის სიუჟეტებს', sputnik)).toBe(60);
    const rts = 'https://www.rts.rs/';
    expect(linkPoints('Analiziram kako RTS izvještava. Izvor je ispod 👇', rts)).toBe(0);
    expect(linkPoints('Novinarka RTS-a. Analiziram kako RTS izvještava', rts)).toBe(60);
  });
  it('as its review narrowed it: still there, a desk before air, a producer of a series', () => {
    expect(jobOf('War zwei Jahre Reporterin bei RT DE und bin es noch')).toBe('rt');
    const sputnik = 'https://sputnik-georgia.ru/';
    expect(linkPoints('ვამოწმებ Sputnik-ის სიუჟეტებს ეთერამდე', sputnik)).toBe(60);
    expect(linkPoints('ვამოწმებ ფაქტებს Sputnik-ში', sputnik)).toBe(60);
    expect(linkPoints('Proveravam šta RTS piše pre objave', 'https://www.rts.rs/')).toBe(60);
    expect(jobOf('TRT 1 dizisinin yapımcısıyım')).toBeUndefined();
  });
});

describe('after the five-hundred-and-thirty-ninth set (RULES_VERSION 143)', () => {
  it('checkers: a German piece taken apart today beside a checker’s title; Georgian titles; not the state’s press', () => {
    const rtde = 'https://rtde.world/inland/';
    expect(linkPoints('Faktencheckerin. Heute zerlegt: dieser RT-DE-Artikel 👇 (Link nur als Beleg)', rtde)).toBe(0);
    expect(linkPoints('Heute zerlegt: dieser RT-DE-Artikel 👇', rtde)).toBe(60);
    expect(linkPoints('Redakteurin. Heute zerlegt: dieser RT-DE-Artikel 👇', rtde)).toBe(60);
    expect(linkPoints('Faktenchecker bei RT DE. Heute geprüft: dieser RT-DE-Artikel 👇', rtde)).toBe(60);
    const telegrafo = 'https://www.eltelegrafo.com.ec/contenido/categoria/1/politica';
    expect(linkPoints('Periodista de El Telégrafo. Chequeo a la prensa estatal', telegrafo)).toBe(60);
    const sputnik = 'https://sputnik-georgia.ru/analytics/';
    expect(linkPoints('ვამოწმებ პროპაგანდისტულ ტექსტებს.', sputnik, 'ნინო | ფაქტების შემოწმება')).toBe(30);
    expect(linkPoints('ფაქტჩეკერი', sputnik)).toBe(30);
    expect(linkPoints('Sputnik-ის ფაქტჩეკერი', sputnik)).toBe(60);
  });
  it('staff: a slot after the byline; "ma voix sur" beside a slot; field and Tagalog desks; Iran Daily in Persian', () => {
    expect(jobOf('Mtangazaji, TBC Taifa kila alfajiri 📻 michezo na habari | Dodoma')).toBe('tbc');
    expect(jobOf('Presenter, CGTN every morning')).toBe('cgtn');
    expect(jobOf('Journalist, RT every day lies')).toBeUndefined();
    expect(jobOf('Chaque matin de semaine, c’est ma voix sur Radio Lomé 📻 Togolaise')).toBe('togo-state-media');
    expect(jobOf('Ma chanson chaque soir, ma voix sur Radio Lomé')).toBeUndefined();
    expect(jobOf('C’est ma voix sur la CRTV')).toBeUndefined();
    expect(jobOf('Auditeur. Chaque matin ma voix sur Radio Lomé en appel 📞')).toBeUndefined();
    expect(jobOf('Chaque matin, c’est ma voix sur Radio Lomé en appel')).toBeUndefined();
    expect(jobOf('Député. Chaque semaine, c’est ma voix sur Radio Lomé')).toBeUndefined();
    expect(jobOf('Reporteră de teren · Radio România Actualități 📻 Păreri personale')).toBe('radio-romania');
    expect(jobOf('Field reporter, politics, CGTN')).toBeUndefined();
    expect(jobOf('Anchor ng panggabing balita ng IBC-13 📺 Mahilig sa kape at aso')).toBe('ibc-13');
    expect(jobOf('خبرنگار بخش اقتصادی «ایران دیلی» | تهران 📰')).toBe('irna');
  });
  it('the registry: PNA placed by the bio; China Daily’s editions; no Mir by a quoted name; MK not bare', () => {
    expect(jobOf('PNA reporter po ako 🇵🇭 Palace beat')).toBe('pna');
    expect(jobOf('PNA reporter po ako')).toBeUndefined();
    expect(jobOf('Reporter, China Daily Europe · Brussels bureau · EU trade, tech and people')).toBe('china-daily');
    expect(jobOf('Корреспондент телеканала «Мир животных»')).toBeUndefined();
    expect(jobOf('Корреспондент телеканала мира')).toBeUndefined();
    expect(jobOf('Корреспондент «Московского комсомольца»')).toBe('moskovsky-komsomolets');
    expect(jobOf('Ведущая МК по рисованию')).toBeUndefined();
  });
});

describe('after the five-hundred-and-forty-sixth set (RULES_VERSION 144)', () => {
  it('labels: Vietnamese management by the government, Tagalog midyang, Spanish televisora, "bajo dirección"', () => {
    expect(labelled('Kênh thông tin Việt Nam chịu quản lý trực tiếp từ chính phủ')).toBe(true);
    expect(labelled('Kênh thông tin độc lập, không do chính phủ quản lý')).toBe(false);
    expect(labelled('Pilipinas · midyang pinatatakbo ng estado')).toBe(true);
    expect(labelled('Hindi midyang kontrolado ng estado')).toBe(false);
    expect(labelled('Televisora gubernamental de México')).toBe(true);
    expect(labelled('Televisora privada')).toBe(false);
    expect(labelled('Medio informativo bajo dirección estatal (Nicaragua)')).toBe(true);
    expect(labelled('Dirección de medios del Estado')).toBe(false);
  });
  it('as its review narrowed it: no local, provincial or municipal government, no topic of management', () => {
    expect(labelled('Kênh thông tin quản lý bởi chính phủ địa phương')).toBe(false);
    expect(labelled('Kênh thông tin do chính phủ bang California quản lý')).toBe(false);
    expect(labelled('Kênh thông tin hướng dẫn quản lý thuế của chính phủ')).toBe(false);
    expect(labelled('Medio bajo la dirección del gobierno municipal')).toBe(false);
    expect(labelled('Medio bajo la dirección del gobierno local')).toBe(false);
  });
  it('staff: Hungarian name first with -nél and the verb; Bengali newsreading at BTV; El Djoumhouria placed', () => {
    expect(jobOf('Az About Hungary-nél szerkesztek 🇭🇺 angol nyelvű kormányzati hírek')).toBe('about-hungary');
    expect(jobOf('Az MTI-nél dolgoztam')).toBeUndefined();
    expect(jobOf('Anyám az MTI-nél dolgozik')).toBeUndefined();
    expect(jobOf('Az MTI-nél szerkesztek, bárcsak!')).toBeUndefined();
    expect(jobOf('বিটিভিতে সংবাদ পাঠ করি')).toBe('btv-bangladesh');
    expect(jobOf('বিটিভিতে সংবাদ পাঠ করি, সাবেক')).toBeUndefined();
    expect(jobOf('বিটিভির সংবাদ পাঠ করি ভাইরাল হওয়ার জন্য')).toBeUndefined();
    expect(jobOf('বিটিভির খবর পড়ি')).toBeUndefined();
    expect(jobOf('صحفية في يومية الجمهورية بوهران 🇩🇿')).toBe('algerian-state-press');
    expect(jobOf('صحفية في يومية الجمهورية')).toBeUndefined();
  });
  it('as its review took back: Serbian "čitam" (readers of the portal), the Bengali genitive (imitators)', () => {
    expect(jobOf('čitam dnevnik na B92 portalu')).toBeUndefined();
    expect(jobOf('Čitam dnevnik na B92 svako jutro uz kafu')).toBeUndefined();
    expect(jobOf('বিটিভির সংবাদ পাঠ করি ছোট থেকে শুনে শুনে')).toBeUndefined();
  });
});

describe('after the five-hundred-and-fifty-third set (RULES_VERSION 145)', () => {
  it('the voice or face of a bulletin or slot of or on the outlet; not a fan’s, the people’s, a former one', () => {
    expect(jobOf('Je suis la voix du 20h de Télé Sahel 🇳🇪 Niamey')).toBe('niger-state-media');
    expect(jobOf('Lomé 🇹🇬 Votre visage du 20h sur la TVT, en semaine')).toBe('togo-state-media');
    expect(jobOf('Voz das manhãs na Rádio Nacional (EBC), Brasília · samba nas folgas')).toBe('ebc');
    expect(jobOf('Dou voz ao noticiário da Rádio Moçambique e faço reportagem. Maputo ☀️')).toBe(
      'mozambique-broadcasters',
    );
    expect(jobOf('Journaliste, aux commandes du 20h d’El Watania 1 📺 Tunis')).toBe('tunisian-tv-radio');
    expect(jobOf('Ma voix préférée du 20h de Télé Sahel')).toBeUndefined();
    expect(jobOf('La voix du peuple sur Télé Sahel')).toBeUndefined();
    expect(jobOf('J’étais la voix du 20h de Télé Sahel')).toBeUndefined();
    expect(jobOf('Fan de la voix du 20h de Télé Sahel')).toBeUndefined();
    expect(jobOf('The voice of reason on CGTN')).toBeUndefined();
    expect(jobOf('Dou voz aos pobres na TPA')).toBeUndefined();
  });
  it('English slot hosts and newsreaders "on" a station; not a guest, a viewer, a favourite', () => {
    expect(jobOf('Your breakfast host on Radio Zimbabwe 🇿🇼 weekdays 6 to 9am')).toBe('zbc-zimbabwe');
    expect(jobOf('Newsreader on GTV 🇬🇭 (GBC). Opinions my own')).toBe('gbc');
    expect(jobOf('Guest on Radio Zimbabwe')).toBeUndefined();
    expect(jobOf('Host on Radio Zimbabwe')).toBeUndefined();
    expect(jobOf('Guest anchor on CGTN')).toBeUndefined();
    expect(jobOf('My favourite breakfast host on Radio Zimbabwe')).toBeUndefined();
    expect(jobOf('Watching the newsreader on CGTN')).toBeUndefined();
  });
  it('Tagalog "Sa <outlet> ako nagtatrabaho"; not a past, a dream', () => {
    expect(jobOf('Sa Radyo Pilipinas ako nagtatrabaho bilang reporter 🎙️ QC')).toBe('radyo-pilipinas');
    expect(jobOf('Sa Radyo Pilipinas ako nagtatrabaho dati')).toBeUndefined();
    expect(jobOf('Sa Radyo Pilipinas ako nanonood')).toBeUndefined();
  });
  it('labels in Bulgarian and Nepali; Nepali and Hindi critics and denials are no label', () => {
    expect(labelled('नेपाल: सरकारद्वारा नियन्त्रित मिडिया')).toBe(true);
    expect(labelled('सरकारी मिडियाको आलोचक')).toBe(false);
    expect(labelled('सरकारी मिडिया होइन')).toBe(false);
    expect(labelled('सरकारी मीडिया का आलोचक')).toBe(false);
    expect(labelled('Медия, контролирана от българската държава')).toBe(true);
  });
  it('a Bulgarian checker by name links at half weight', () => {
    const bnt = 'https://www.bnt.bg/';
    expect(linkPoints('Проверявам новини и телевизионни твърдения.', bnt, 'Проверка на фактите')).toBe(30);
    expect(linkPoints('Проверявам новини и телевизионни твърдения.', bnt, 'Мария')).toBe(60);
  });
});

describe('RULES_VERSION 145 as its review narrowed it', () => {
  it('no relative named as the voice, no guest after the title, no non-media job or joke in Tagalog', () => {
    expect(jobOf('The face of the evening news on GTV 🇬🇭 is my mum')).toBeUndefined();
    expect(jobOf('A voz das manhãs na Rádio Moçambique é a minha mãe')).toBeUndefined();
    expect(jobOf('Anchor on CGTN tonight as a guest')).toBeUndefined();
    expect(jobOf('Sa Radyo Pilipinas ako nagtatrabaho bilang janitor')).toBeUndefined();
    expect(jobOf('Sa Radyo Pilipinas ako nagtatrabaho joke lang')).toBeUndefined();
  });
  it('no news account’s name or Bulgarian first person read as a label', () => {
    expect(labelled('राज्य मिडिया समाचार')).toBe(false);
    expect(labelled('Работя в държавна медия')).toBe(false);
  });
});

describe('after the five-hundred-and-sixtieth set (RULES_VERSION 146)', () => {
  it('a state’s initials as a label’s slot; not beside an independent outlet or a fan', () => {
    expect(labelled('RDC · média que le gouvernement congolais contrôle')).toBe(true);
    expect(labelled('ҚР: үкімет бақылауындағы БАҚ арнасы')).toBe(true);
    expect(labelled('RDC · média indépendant')).toBe(false);
    expect(labelled('UAE · state media fan')).toBe(false);
  });
  it('Indonesian and Malay "our" frames the state’s name; alone beside a flag it is a name', () => {
    expect(presents('', 'Suara Indonesia Kita 🇮🇩')).toBe('ID name');
    expect(presents('', 'Kita 🇯🇵')).toBeUndefined();
  });
  it('Macedonian hosts and Bengali presenters; not a viewer', () => {
    expect(jobOf('Го водам централниот Дневник на МРТ 1 🎙 секоја вечер')).toBe('mrt');
    expect(jobOf('Го гледам Дневник на МРТ 1')).toBeUndefined();
    expect(jobOf('বিটিভিতে সংবাদ উপস্থাপনা করি, রামপুরা 📺')).toBe('btv-bangladesh');
  });
});

describe('RULES_VERSION 146 as its review narrowed it', () => {
  it('initials in capitals only; "our" after the name only; no Macedonian diary or dream; no Bengali "I think"', () => {
    expect(labelled('Eau : média que le gouvernement contrôle')).toBe(false);
    expect(labelled('EAU : média que le gouvernement contrôle')).toBe(true);
    expect(presents('', 'Kita Indonesia')).toBeUndefined();
    expect(presents('', 'Kami Indonesia')).toBeUndefined();
    expect(jobOf('Сонувам да го водам централниот Дневник на МРТ 1')).toBeUndefined();
    expect(jobOf('Водам дневник на МРТ 1 како стажант')).toBeUndefined();
    expect(jobOf('বিটিভিতে সংবাদ উপস্থাপনা করি বলে মনে করি')).toBeUndefined();
  });
  it('took back: Al-Vefagh by "جريدة الوفاق" (other states’ papers share it)', () => {
    expect(jobOf('صحفي في صحيفة الوفاق البحرينية')).toBeUndefined();
  });
});

describe('after the five-hundred-and-sixty-seventh set (RULES_VERSION 147)', () => {
  it('an Arabic link sentence naming what was refuted; the Polish media scholar; not the outlet’s own desk', () => {
    const chaab = 'http://www.ech-chaab.com/';
    expect(linkPoints('نراجع ما تنشره الصحف العمومية 🔎 الرابط: آخر مقال فندناه', chaab)).toBe(0);
    expect(linkPoints('مذيع في الشعب. الرابط: آخر مقال فندناه', chaab)).toBe(60);
    expect(linkPoints('قسم التدقيق في الشعب. الرابط: آخر تقرير دققناه قبل نشره', chaab)).toBe(60);
    const wspolczesna = 'https://wspolczesna.pl/';
    expect(linkPoints('Medioznawczyni, UwB. Sprawdzam, jak gazety regionalne piszą o władzy 🔍', wspolczesna)).toBe(30);
    expect(linkPoints('Medioznawca, UwB. Pracuję też w Gazecie Współczesnej', wspolczesna)).toBe(60);
    expect(linkPoints('Medioznawczyni w TVP', 'https://www.tvp.pl/')).toBe(60);
  });
  it('staff: German hosts, Macedonian newsrooms, Al Jazeera Balkans; no generic Croatian radio', () => {
    expect(jobOf('Ich moderiere für TRT Deutsch 🎤 Zwischen Köln und Istanbul')).toBe('trt');
    expect(jobOf('Ich moderiere für meinen Verein')).toBeUndefined();
    expect(jobOf('Новинарка во Информативната програма на МРТ 📺 Скопје')).toBe('mrt');
    expect(jobOf('Reporterka Al Jazeere Balkans 📍Sarajevo • politika, ljudi, planine')).toBe('al-jazeera');
    expect(jobOf('Radim na hrvatskom radiju Narodni')).toBeUndefined();
  });
  it('a year’s dot before a closing "u mirovini" keeps the pension with the job; not another’s pension', () => {
    expect(jobOf('Urednica na HRT-u, od 2021. u mirovini')).toBe('hrt (former)');
    expect(jobOf('Novinarka HRT-a od 2015. u mirovini mi je mama')).toBe('hrt');
    expect(jobOf('Novinarka HRT-a od 2015. Umirovljenica u duši')).toBe('hrt');
    expect(jobOf('Novinar od 2012. mrzim RTS')).toBeUndefined();
  });
});

describe('after the five-hundred-and-sixty-seventh set, a second reading (RULES_VERSION 148)', () => {
  it('independent or citizens’ fact-checking as the account’s title; not beside a media title, nor a desk’s own', () => {
    const aps = 'https://www.aps.dz/';
    expect(linkPoints('Fact-checking indépendant. Dépêches officielles vérifiées, lien ci-dessous', aps)).toBe(30);
    expect(linkPoints('Citizen fact-checking 🇿🇼', 'https://www.herald.co.zw/')).toBe(30);
    expect(linkPoints('Fact-checking indépendant de l’APS. Nos dépêches', aps)).toBe(60);
    expect(linkPoints('Journaliste RTI · fact-checking indépendant', 'https://www.rti.ci/')).toBe(60);
    expect(linkPoints('Not an independent fact-checking outlet', aps)).toBe(60);
  });
  it('a researcher’s title with propaganda as its study after a colon; not the West’s', () => {
    const xinhua = 'http://french.xinhuanet.com/';
    expect(linkPoints('Chercheuse : la propagande chinoise en Afrique francophone, décryptée', xinhua)).toBe(30);
    expect(linkPoints('Chercheur : la propagande de l’Occident démasquée', xinhua)).toBe(60);
    expect(linkPoints('Researcher: propaganda of the West exposed', 'https://www.rt.com/')).toBe(60);
  });
  it('"this week’s analysis is at the link" beside a checking word; not a newsroom’s, nor alone', () => {
    const sputnik = 'https://rs.sputniknews.com/';
    expect(linkPoints('Proveravamo tvrdnje medija i političara. Ovonedeljna analiza je na linku 👇', sputnik)).toBe(0);
    expect(linkPoints('Naša redakcija proverava tvrdnje. Ovonedeljna analiza je na linku', sputnik)).toBe(60);
    expect(linkPoints('Ovonedeljna analiza je na linku 👇 Politika i ekonomija', sputnik)).toBe(60);
  });
  it('Persian bare Tasnim and Bakhtar taken back (their former titles read as current); not a name, not the cosmos', () => {
    expect(jobOf('خبرنگار باختر سابق')).toBeUndefined();
    expect(jobOf('خبرنگار تسنیم سابق')).toBeUndefined();
    expect(jobOf('خبرنگار | تسنیم هستم')).toBeUndefined();
    expect(jobOf('عکاس کیهان و ستاره‌ها 🌌')).toBeUndefined();
    expect(jobOf('معلم ادبیات، ساکن باختر')).toBeUndefined();
  });
});

describe('RULES_VERSION 148 as its review narrowed it', () => {
  it('"the West" alone is a place, not the state’s framing; its lies by name are', () => {
    expect(linkPoints('Researcher of Chinese state media in the West', 'https://www.cgtn.com/')).toBe(30);
    expect(linkPoints('Media researcher, University of the West of England', 'https://www.cgtn.com/')).toBe(30);
    expect(linkPoints('Investigadora de los medios. Vivo en Occidente, Misiones', 'https://www.telesurtv.net/')).toBe(
      30,
    );
    expect(linkPoints('Citizen fact-checking. We expose the lies of the West', 'https://www.cgtn.com/')).toBe(60);
    expect(linkPoints('This week’s debunk is at the link. Debunking Western lies daily', 'https://www.cgtn.com/')).toBe(
      60,
    );
  });
  it('no question, course or praise beside the new titles', () => {
    expect(linkPoints('Independent fact-checking? lol', 'https://www.cgtn.com/')).toBe(60);
    expect(linkPoints('Formation fact-checking citoyen : inscrivez-vous ! Cours en ligne', 'https://www.rti.ci/')).toBe(
      60,
    );
    expect(linkPoints('Researcher: propaganda is good for China 🇨🇳', 'https://www.cgtn.com/')).toBe(60);
  });
  it('"we check the facts" in Croatian; not beside the newsroom', () => {
    const hrt = 'https://www.hrt.hr/';
    expect(linkPoints('Ovotjedna provjera je na linku. Provjeravamo činjenice', hrt)).toBe(0);
    expect(linkPoints('Redakcija HRT-a. Provjeravamo činjenice', hrt)).toBe(60);
  });
  it('Portuguese newsroom chiefs by desk; not a police rank, not a blog', () => {
    expect(jobOf('Subchefe de Desporto do Jornal de Angola')).toBe('jornal-de-angola');
    expect(jobOf('Chefe de redação da TPA')).toBe('tpa');
    expect(jobOf('Subchefe da PSP. Lisboa')).toBeUndefined();
    expect(jobOf('Editor-chefe do meu blog')).toBeUndefined();
  });
});

describe('after the five-hundred-and-sixty-seventh set, a third reading (RULES_VERSION 149)', () => {
  it('the Turkish announcer in a compound’s possessive; kin after a possessive title is another’s', () => {
    expect(jobOf("TRT'de haber spikeriyim")).toBe('trt');
    expect(jobOf('Haber spikeri, TRT')).toBe('trt');
    expect(jobOf("TRT'nin spikeri benim annem")).toBeUndefined();
    expect(jobOf("TRT'nin muhabiri annem")).toBeUndefined();
    expect(jobOf("TRT'de haber spikeriyim. Annem öğretmen")).toBe('trt');
  });
  it('Turkish "I present" after the locative only; not a pitch, a dream, a bare name', () => {
    expect(jobOf("Ana haber bültenini TRT'de sunuyorum")).toBe('trt');
    expect(jobOf("Belgeselimi TRT'ye sunuyorum")).toBeUndefined();
    expect(jobOf("TRT'de sunuyorum diye rüyamda gördüm")).toBeUndefined();
    expect(jobOf('TRT sunuyorum')).toBeUndefined();
  });
  it('the Spanish weekend slot; not a viewer’s', () => {
    expect(jobOf('Presento el informativo del finde en RTVE 📺 lo que digo aquí es mío')).toBe('rtve');
    expect(jobOf('Presentadora del fin de semana en RTVE')).toBe('rtve');
    expect(jobOf('Veo el informativo del fin de semana en RTVE')).toBeUndefined();
  });
});

describe('RULES_VERSION 149 as its review narrowed it', () => {
  it('no courtesy offered, no own work shown; a host’s own guests are no guest', () => {
    expect(jobOf("Tebriklerimi TRT'de sunuyorum")).toBeUndefined();
    expect(jobOf("Kısa filmimi TRT'de sunuyorum")).toBeUndefined();
    expect(jobOf("TRT'de sunuyorum ama konuk olarak")).toBeUndefined();
    expect(jobOf("TRT'de sunuyorum, konuklarımı ağırlıyorum")).toBe('trt');
  });
  it('kin after a possessive title only as the sentence’s end', () => {
    expect(jobOf('TRT muhabiri annem 💕')).toBeUndefined();
    expect(jobOf('TRT muhabiri annem ile yaşıyorum')).toBe('trt');
    expect(jobOf("TRT spikeri eşim ve kızlarımla İstanbul'da")).toBe('trt');
  });
});

describe('after the five-hundred-and-seventy-fourth set (RULES_VERSION 150)', () => {
  it('labels: Maltese after "Malta:" and its broadcaster; Russian "accountable to the authorities"', () => {
    expect(labelled('Malta: midja kkontrollata mill-istat')).toBe(true);
    expect(labelled('Malta: mezz tax-xandir ikkontrollat mill-Istat')).toBe(true);
    expect(labelled('mezz tax-xandir tal-istat')).toBe(false);
    expect(labelled('Российское медиа, подотчётное властям страны')).toBe(true);
    expect(labelled('Независимое медиа, подотчётное властям')).toBe(false);
    expect(labelled('Медиа, подотчётное читателям')).toBe(false);
    expect(labelled('Мы не медиа, подотчётное властям')).toBe(false);
  });
  it('checkers: a state’s adjective before the class, "J’épluche", an Arabic checker by its name’s piece', () => {
    expect(
      linkPoints(
        'I check what Iranian state media claim. Today: the Tehran Times, linked below',
        'https://www.tehrantimes.com/',
      ),
    ).toBe(0);
    expect(linkPoints('I check what our state media claim', 'https://www.tehrantimes.com/')).toBe(60);
    expect(linkPoints('Host at Press TV. I check what Iranian state media claim', 'https://www.presstv.ir/')).toBe(60);
    const oc = 'https://www.observateurcontinental.fr/';
    expect(
      linkPoints(
        'Chercheuse, désinfo et propagande. J’épluche Observateur Continental ⬇️',
        oc,
        'Veille Désinfo · Camille',
      ),
    ).toBe(0);
    expect(linkPoints('Journaliste. J’épluche Observateur Continental chaque jour', oc)).toBe(60);
    const bna = 'https://www.bna.bh/';
    expect(
      linkPoints('أدقق الأخبار باستقلالية 🔍 وأراجع بيانات وكالة أنباء البحرين', bna, 'سارة | تدقيق الأخبار 🔎'),
    ).toBe(0);
    expect(
      linkPoints('نراجع بيانات وكالة أنباء البحرين قبل النشر', bna, 'قسم الأخبار | تدقيق الأخبار', 'bna_news'),
    ).toBe(60);
  });
  it('staff: Brazilian "pra", Swahili "naandika … kwenye", Urban TV placed by Uganda', () => {
    expect(jobOf('Cubro Congresso e economia pra Agência Brasil 📍Brasília ☕')).toBe('ebc');
    expect(jobOf('Mando beijo pra TV Brasil')).toBeUndefined();
    expect(jobOf('Naandika michezo kwenye HabariLeo. Simba, Yanga na Taifa Stars ⚽')).toBe(
      'tanzania-standard-newspapers',
    );
    expect(jobOf('Naandika barua kwenye HabariLeo')).toBeUndefined();
    expect(jobOf('Nataka kuandika kwenye HabariLeo')).toBeUndefined();
    expect(jobOf('Weekend news anchor on Urban TV 📺 Kampala')).toBe('vision-group');
    expect(jobOf('News anchor on Urban TV 🇺🇸 Atlanta')).toBeUndefined();
  });
});

describe('RULES_VERSION 150 as its review narrowed it', () => {
  it('not a bio opening with the outlet’s own name; a topic may follow the class', () => {
    expect(linkPoints('Press TV. I check what Iranian state media claim', 'https://www.presstv.ir/')).toBe(60);
    expect(linkPoints('I check what Chinese state media say about Taiwan', 'https://www.cgtn.com/')).toBe(0);
  });
  it('an Arabic checker’s name piece, not beside a job, a proofreader or an outlet’s name', () => {
    const presstv = 'https://www.presstv.ir/';
    expect(linkPoints('أعمل في برس تي في', presstv, 'سارة | تدقيق الأخبار')).toBe(60);
    expect(linkPoints('مدقق لغوي في برس تي في', presstv, 'سارة | تدقيق الأخبار')).toBe(60);
    expect(linkPoints('ونراجع برس تي في', presstv, 'SANA | تدقيق الأخبار')).toBe(60);
  });
  it('a state’s adjective only before the Russian label; a commenter is no writer', () => {
    expect(labelled('Народное СМИ, подотчётное властям')).toBe(false);
    expect(labelled('Антироссийское СМИ, подотчётное властям')).toBe(false);
    expect(jobOf('Naandika comments kwenye HabariLeo kila siku')).toBeUndefined();
  });
});

describe('after the five-hundred-and-eighty-first set (RULES_VERSION 151)', () => {
  it('labels: Portuguese press with the state’s adjective, Georgian and Sinhala under the name, guarded', () => {
    expect(labelled('Imprensa estatal angolana')).toBe(true);
    expect(labelled('Imprensa estatal libertina')).toBe(false);
    expect(labelled('Liberdade de imprensa estatal angolana')).toBe(false);
    expect(labelled('საქართველო · მთავრობის ხელში მყოფი მედიასაშუალება')).toBe(true);
    expect(labelled('არ ვარ მთავრობის მედია')).toBe(false);
    expect(labelled('დამოუკიდებელი მედია, არა სახელმწიფო')).toBe(false);
    expect(labelled('ශ්‍රී ලාංකික රජය විසින් මෙහෙයවන මාධ්‍ය ආයතනයකි')).toBe(true);
    expect(labelled('ස්වාධීන මාධ්‍ය')).toBe(false);
    expect(labelled('මම රජයේ මාධ්‍ය කරුවෙක් නොවේ')).toBe(false);
  });
  it('checkers: the piece picked apart below, the link to one’s target, reports on an outlet’s coverage', () => {
    expect(
      linkPoints(
        'Checo cifras de comunicados oficiales. La nota que hoy desmenuzo, abajo 👇',
        'https://notimex.mx/es/',
      ),
    ).toBe(0);
    expect(linkPoints('Periodista de TeleSUR. La nota que hoy desmiento, abajo', 'https://www.telesurtv.net/')).toBe(
      60,
    );
    const irna = 'https://fr.irna.ir/';
    expect(linkPoints('Dépêches francophones de l’IRNA passées au peigne fin. Le lien mène à ma cible', irna)).toBe(0);
    expect(
      linkPoints('Les dépêches de l’IRNA passées au peigne fin par notre rédaction', irna, 'IRNA français', 'irna_fr'),
    ).toBe(60);
    const trt = 'https://www.trtarabi.com/';
    expect(
      linkPoints(
        'ندقق فيما ينتشر على الشاشات. آخر تقاريرنا عن تغطية TRT عربي في الرابط 👇',
        trt,
        'دقّق معنا | تدقيق أخبار',
      ),
    ).toBe(0);
  });
  it('Persian "in/at <outlet> I report" opening the clause; not "about"', () => {
    expect(jobOf('در خبرگزاری مهر از مجلس گزارش می‌دهم')).toBe('mehr');
    expect(jobOf('من در خبرگزاری مهر گزارش می‌دهم')).toBe('mehr');
    expect(jobOf('در مورد خبرگزاری مهر گزارش می‌دهم')).toBeUndefined();
    expect(jobOf('در کامنت‌های خبرگزاری مهر می‌نویسم')).toBeUndefined();
  });
});

describe('RULES_VERSION 151 as its review narrowed it', () => {
  it('Georgian and Sinhala labels in their whole shape only; no person’s, critic’s, union’s sentence', () => {
    expect(labelled('რუსეთის სახელმწიფოს მიერ კონტროლირებული მედია')).toBe(true);
    expect(labelled('ვმუშაობ სახელმწიფო მედიაში')).toBe(false);
    expect(labelled('მთავრობის მედია ტყუის')).toBe(false);
    expect(labelled('სტუდენტი, ვსწავლობ სახელმწიფო მედიას')).toBe(false);
    expect(labelled('රජය පාලනය කරන මාධ්‍ය ආයතනයකි (ශ්‍රී ලංකාව)')).toBe(true);
    expect(labelled('ශ්‍රී ලංකා රජයේ පාලනය යටතේ පවතින මාධ්‍ය')).toBe(true);
    expect(labelled('රජයේ මාධ්‍ය විචාරකයා')).toBe(false);
    expect(labelled('රාජ්‍ය මාධ්‍ය සේවක සංගමය')).toBe(false);
    expect(labelled('රජයේ මාධ්‍ය විවේචනය කරමි')).toBe(false);
  });
});

describe('after the five-hundred-and-eighty-eighth set (RULES_VERSION 152)', () => {
  it('a job’s end by a season; years spent told in Arabic number words', () => {
    expect(jobOf('Редактор Liter.kz до весны 2022-го. Сейчас — свадебный монтаж и горы')).toBe(
      'kazakhstan-government-press (former)',
    );
    expect(jobOf('Редактор Liter.kz, жду весны 2022')).toBe('kazakhstan-government-press');
    expect(jobOf('قضيت عشر سنوات أقدّم البرامج في تلفزيون قطر، وصرت أكتب عن المطبخ والترحال')).toBe(
      'qatar-media-corporation (former)',
    );
  });
  it('checkers: "逐條查核" beside official media, "contrastamos la propaganda televisiva"; not a newsroom', () => {
    expect(linkPoints('逐條查核官媒的香港報道，附原文連結與證據來源', 'http://hk.people.com.cn/')).toBe(0);
    const canal4 = 'https://www.canal4.com.ni/';
    expect(linkPoints('Nicas exiliados en Costa Rica 🔎 contrastamos la propaganda televisiva', canal4)).toBe(0);
    expect(linkPoints('Noticiero de Canal 4 Nicaragua: contrastamos la información', canal4, 'Canal 4', 'canal4')).toBe(
      60,
    );
  });
  it('the Somali label with the government before its verb', () => {
    expect(labelled('Soomaaliya: warbaahin ay dawladdu gacanta ku hayso')).toBe(true);
    expect(labelled('warbaahin ay dawladdu gacanta ku hayso - been abuur')).toBe(false);
  });
});

describe('RULES_VERSION 152 as its review narrowed it', () => {
  it('years spent, not beside "and I still am"', () => {
    expect(jobOf('أمضيت أربع سنوات مذيعة في تلفزيون قطر ومستمرة')).toBe('qatar-media-corporation');
    expect(jobOf('قضيت عشر سنوات وما زلت مذيعا في تلفزيون قطر')).toBe('qatar-media-corporation');
  });
  it('the Chinese item-by-item check not on the outlet’s own desk, a promoter’s or an accountant’s', () => {
    const people = 'http://hk.people.com.cn/';
    expect(linkPoints('本台逐條查核官媒報道', people)).toBe(60);
    expect(linkPoints('转发人民日报好文！逐条核查谣言，支持官媒', people)).toBe(60);
    expect(linkPoints('会计师｜逐条核查账目｜人民日报读者', people)).toBe(60);
  });
  it('Islamabad in Urdu script taken back: an Iranian town shares it', () => {
    expect(jobOf('خبرنگار PTV، اسلام آباد غرب، کرمانشاه')).toBeUndefined();
  });
});

describe('after the five-hundred-and-eighty-eighth set, a second reading (RULES_VERSION 153)', () => {
  it('the Azerbaijani host’s verbs after the locative; not a dream, "one day", a guest', () => {
    expect(jobOf('AzTV-də səhər proqramını aparıram')).toBe('aztv');
    expect(jobOf('Bir gün AzTV-də səhər proqramını aparıram')).toBeUndefined();
    expect(jobOf('AzTV-də proqramını aparıram deyə xəyal edirəm')).toBeUndefined();
  });
  it('a programme in the genitive between the outlet and its host (az, tr); not a fan, kin, the past', () => {
    expect(jobOf('Ictimai Televiziyanın səhər efirinin aparıcısıyam 🎙')).toBe('ictimai-tv');
    expect(jobOf("TRT'nin sabah programının sunucusuyum")).toBe('trt');
    expect(jobOf("TRT'nin sabah programının sunucusunu seviyorum")).toBeUndefined();
    expect(jobOf('AzTV-nin səhər verilişinin aparıcısı anam')).toBeUndefined();
  });
  it('French "jusqu’à l’été 2022" ends a job', () => {
    expect(jobOf("Journaliste à RT France jusqu'à l'été 2022")).toBe('rt (former)');
    expect(jobOf("Journaliste à RT France jusqu'à l'été 2030")).toBe('rt');
  });
});

describe('RULES_VERSION 153 as its review narrowed it', () => {
  it('no bare "on air" (a guest’s, a one-off’s); the programme between only with the writer’s own title', () => {
    expect(jobOf('Sabah AzTV-də efirdəyəm, izləyin!')).toBeUndefined();
    expect(jobOf('İctimai Televiziyanın səhər efirinin aparıcısı anamdır')).toBeUndefined();
    expect(jobOf("TRT'nin sabah programının sunucusu çok güzel")).toBeUndefined();
    expect(jobOf("TRT'nin sabah programının sunucusuyum diye şaka yapıyorum")).toBeUndefined();
    expect(jobOf("TRT Haber'in ana haber bülteninin sunucusuyum")).toBe('trt');
  });
  it('"jusqu’à l’…" not where a holiday, studies or the present stand beside it', () => {
    expect(jobOf("jusqu'à l'été 2022 j'étais étudiante, aujourd'hui journaliste à RT France")).toBe('rt');
    expect(jobOf('présentatrice RT France — en vacances jusqu’à l’été 2023')).toBe('rt');
  });
});
