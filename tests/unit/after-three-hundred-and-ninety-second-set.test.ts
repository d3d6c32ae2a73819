/**
 * After the three-hundred-and-eighty-sixth to -ninety-second sets' misses were read (RULES_VERSION 122): labels in new
 * words ("state-controlled broadcaster", "de titularidad y control estatal"), an analyst of a state's media reading
 * the linked paper "for a living", and staff lines in English, French, Vietnamese, Greek, Hungarian, Arabic,
 * Azerbaijani and Amharic; what its review narrowed or took back. Both sides of each.
 */
import { describe, expect, it } from 'vitest';
import { isLabelled } from '../../src/history/labels';
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
