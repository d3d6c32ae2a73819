/**
 * After the three-hundred-and-thirty-seventh to three-hundred-and-forty-third sets' misses were read (RULES_VERSION
 * 114): two state words of composed labels (French "étatiquement contrôlé", Russian "подконтрольное властям"), a
 * checker's brand by a state's name beside "we check the news", the researcher of "госСМИ", Romanian and Arabic desk
 * words, Jordan's dailies by their state's adjective, Kenyan and Mozambican bureau cities. Both sides of each, with what
 * the review of the draft (about 190 probes) narrowed or took back: bare "власти" and "étatiquement", a checker's
 * brand by any capitalised word, a state's own unit, dreams, kin and imitations in Romanian and Arabic.
 */
import { describe, expect, it } from 'vitest';
import { isLabelled } from '../../src/history/labels';
import { jobOf } from './bio.helpers';
import { linkPoints } from './link.helpers';

const labelled = (text: string) => isLabelled({ uniqueId: 'x', stateControlledMediaText: text });

describe('labels', () => {
  it.each([
    'Sénégal : média étatiquement contrôlé',
    'Казахстан · СМИ, подконтрольное властям',
    'Подконтрольное российским властям СМИ',
  ])('%s', (text) => {
    expect(labelled(text)).toBe(true);
  });
  it.each([
    'Média étatiquement incorrect',
    'Presse étatiquement muselée',
    'СМИ, неподконтрольное властям',
    'СМИ, неугодное властям',
    'СМИ преследуемое властями',
    'Медиа о власти',
    'Журналист СМИ подконтрольного властям',
    'Медиа местной власти',
  ])('not a pun, a muzzled press, independence, persecution, a topic, a person: %s', (text) => {
    expect(labelled(text)).toBe(false);
  });
});

describe('a checker named by its state', () => {
  it.each([
    [
      'Ici on vérifie la presse officielle, chiffre par chiffre. Lien : le journal',
      'http://www.lapresse.tn/',
      'Vérif’ Tunisie 🔎',
    ],
    [
      'On vérifie les infos officielles et virales en Centrafrique. Source du jour ⬇️',
      'https://www.acap.cf/',
      'Vérif Centrafrique 🔎',
    ],
    ['We check news from Nigeria', 'https://www.nta.ng/', 'Fact Check Nigeria'],
  ])('half weight: %s', (bio, link, nickname) => {
    expect(linkPoints(bio, link, nickname, 'checker.x')).toBe(30);
  });
  it.each([
    [
      'Verificamos las noticias falsas contra la Revolución. Unidad antifake.',
      'https://www.granma.cu/',
      'Verifica Cuba',
    ],
    ['Проверяем новости, которые распространяют враги Сирии', 'https://sana.sy/', 'Фактчек Сирия'],
    ['On vérifie les infos avant vous. Abonnez-vous !', 'https://www.acap.cf/', 'Vérif Bangui'],
    ['We check news. Government anti-fake desk', 'https://www.kbc.co.ke/', 'Faktencheck Kenia'],
    ['Verificamos los datos de tu empresa', 'https://www.telesurtv.net/', 'Verifica Chile'],
    ['Nous vérifions la presse du pays', 'https://www.acap.cf/', 'Vérif Express'],
  ])('full weight: a state unit, its enemies, a promise, a firm, no state’s name: %s', (bio, link, nickname) => {
    expect(linkPoints(bio, link, nickname, 'checker.x')).toBe(60);
  });
});

describe('a researcher of state media', () => {
  it('"Исследую госСМИ Центральной Азии" links what she studies', () => {
    expect(
      linkPoints('Исследую госСМИ Центральной Азии 🔍 Разбираю публикации', 'https://liter.kz/', 'Дана', 'dana'),
    ).toBe(30);
  });
  it.each(['Исследую госСМИ Запада и их ложь', 'Исследую госСМИ изнутри. 10 лет в эфире'])(
    'not an adversary’s media, nor an insider: %s',
    (bio) => {
      expect(linkPoints(bio, 'https://tass.ru/', 'y', 'x')).toBe(60);
    },
  );
});

describe('staff', () => {
  it.each([
    ['Prezint știrile de seară la TVR 1 📺 Iași ❤️ București', 'tvr'],
    ['محررة في القسم الاقتصادي بجريدة الرأي الأردنية | عمّان ☕', 'jordan-press-foundation'],
    ['Repórter • Rádio Moçambique • Nampula 🎙️', 'mozambique-broadcasters'],
    ['Ripota wa KNA, Nyeri 🇰🇪 ninaandika kuhusu kilimo na jamii', 'kna'],
    ['Reporter à La Nation, Cotonou 🇧🇯', 'la-nation-benin'],
    ['Journaliste à La Nation, Djibouti', 'djibouti-state-media'],
  ])('%s', (bio, id) => {
    expect(jobOf(bio)).toBe(id);
  });
  it.each([
    'Prezint știrile de seară la TVR 1 în curând',
    'Prezint știrile de seară la TVR 1 în visele mele',
    'Imit prezentatorii de la știrile de seară la TVR',
    'Fiica mea e prezentatoare știrile de seară la TVR 1',
    'Văd știrile de seară la TVR 1',
    'حلمي: محررة في القسم الاقتصادي بجريدة الرأي الأردنية',
    'يوما ما محررة في القسم الاقتصادي بجريدة الرأي الأردنية',
    'ابن محرر في القسم المحلي بجريدة الرأي الأردنية',
    'أختلف مع الرأي الأردنية',
    'Redakteurin bei der KNA in Bonn',
    'Je sers La Nation, Bénin 🇧🇯',
  ])('not soon, a dream, an imitation, a daughter’s, a viewer, a son’s, a reader: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
});
