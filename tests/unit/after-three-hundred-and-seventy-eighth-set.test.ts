/**
 * After the three-hundred-and-seventy-second to -seventy-eighth sets' misses were read (RULES_VERSION 120): labels in
 * new words ("média affilié au pouvoir public", "قناة تملكها الدولة وتوجّهها"); checkers (Armenian "the source — by the
 * link", an independent team of checking with the official agencies as its object, "la prensa del gobierno", "chaque
 * dépêche de X au crible" under a checker's brand); staff lines in Slovak, Bulgarian, Hindi, French, Arabic, Persian,
 * Serbian, Haitian Creole and Chinese. Both sides of each.
 */
import { describe, expect, it } from 'vitest';
import { isLabelled } from '../../src/history/labels';
import { jobOf } from './bio.helpers';
import { linkPoints } from './link.helpers';

const labelled = (text: string) => isLabelled({ uniqueId: 'x', stateControlledMediaText: text });

describe('labels', () => {
  it.each(['Burundi · média affilié au pouvoir public', 'اليمن · قناة تملكها الدولة وتوجّهها', 'قناة تابعة للدولة'])(
    'reads %s',
    (t) => {
      expect(labelled(t)).toBe(true);
    },
  );
  it.each([
    'قناة لا تملكها الدولة',
    'قناة مستقلة عن الدولة',
    'أنا أكره قناة الدولة',
    'Le pouvoir public et les médias',
    'média critique du pouvoir public',
    'قناة رسمية',
    // (a review of RULES_VERSION 120: the channel word only with a label's own "owned by", "affiliated to")
    'قناة حكومية',
    'قناة الحكومة تكذب',
    'قناة تابعة للدولة؟',
    'قناة الدولة الإسلامية',
    'قناة دولة الكويت',
    'اشترك في قناة الحكومة',
  ])('not a negation, independence, scorn, a sentence, a critic, "official", a question, a name: %s', (t) => {
    expect(labelled(t)).toBe(false);
  });
});

describe('checkers', () => {
  it.each([
    ['Փաստեր ենք ստուգում մամուլում։ Այս շաբաթվա աղբյուրը՝ հղումով', 'https://hhpress.am/', 'Լիլիթ | փաստաստուգում'],
    [
      'فريق تدقيق معلومات مستقل. نراجع بيانات الوكالات الرسمية بالمصادر والأرقام',
      'http://www.mena.org.eg/',
      'فريق سَنَد',
    ],
    [
      'Verificamos titulares de la prensa del gobierno nicaragüense. Nota revisada 👇',
      'https://diariobarricada.com/',
      'Chequeo Cocibolca',
    ],
    [
      'Collectif de vérification : chaque dépêche de Gabon Matin au crible 🔎',
      'http://www.gabonmatin.ga/',
      'Vérif Gabon',
    ],
  ])('%s → 0', (bio, link, nickname) => {
    expect(linkPoints(bio, link, nickname, 'checker')).toBe(0);
  });
  it.each([
    [
      'Gabon Matin : chaque dépêche de Gabon Matin au crible de la rédaction',
      'http://www.gabonmatin.ga/',
      'Gabon Matin',
    ],
    ['L’actu au crible. Journaliste à Gabon Matin', 'http://www.gabonmatin.ga/', 'Vérif Gabon'],
    [
      'Vérif Gabon · Agence nationale : chaque dépêche de Gabon Matin au crible',
      'http://www.gabonmatin.ga/',
      'Vérif Gabon',
    ],
  ])('not the outlet’s own, its journalist, an agency’s desk: %s', (bio, link, nickname) => {
    expect(linkPoints(bio, link, nickname, 'someone')).toBe(60);
  });
  it.each([
    ['Periodista de la prensa del gobierno. Verificamos titulares', 'https://diariobarricada.com/', 'x', 'someone'],
    ['Oficina de prensa del gobierno. Verificamos titulares', 'https://diariobarricada.com/', 'x', 'someone'],
    ['Verificamos noticias. Prensa del gobierno', 'https://diariobarricada.com/', 'x', 'someone'],
    ['Փաստաստուգում՝ Հայաստանի Հանրապետություն օրաթերթ, մեր բաժինը', 'https://hhpress.am/', 'x', 'someone'],
    ['Նորություններ։ Այսօրվա աղբյուրը՝ հղումով։ Փաստեր ենք ստուգում', 'https://hhpress.am/', 'x', 'someone'],
    ['أعمل في الوكالات الرسمية. فريق تحقق معلومات مستقل', 'http://www.mena.org.eg/', 'x', 'someone'],
    ['Les infos de RT au crible', 'https://rt.com/', 'Vérif Russie', 'rtfrance_verif'],
    [
      'Ministère de la Communication. Les déclarations du Gabon Matin au crible',
      'http://www.gabonmatin.ga/',
      'Vérif Gabon',
      'x',
    ],
  ])(
    'what the review of RULES_VERSION 120 narrowed: a staffer, an office, a daily’s desk, a news account, an employee, a brand in the handle, a ministry: %s',
    (bio, link, nickname, handle) => {
      expect(linkPoints(bio, link, nickname, handle)).toBe(60);
    },
  );
});

describe('staff lines', () => {
  it.each([
    ['Al Arabiya English correspondent 🎙 covering Saudi and the Gulf from Riyadh', 'mbc-group'],
    ['J’écris sur la santé et la société au journal Le Soleil 📰 Dakar 🇸🇳', 'le-soleil-senegal'],
    ['Moderujem ranné správy na Jednotke RTVS ☀️ Bratislava', 'stvr'],
    ['Sputnik India के लिए दिल्ली से रिपोर्टिंग करता हूँ 🎤 | विचार निजी हैं', 'sputnik'],
    ['Водя сутрешното предаване по БНТ 1 ☀️ Пловдив ↔ София', 'bnt'],
    ['光明网军事频道记者｜跑国防口十年', 'guangming-daily'],
    ['Prezantatè jounal 7è nan Televizyon Nasyonal Dayiti (RTNH) 📺', 'rtnh'],
    ['أقدّم برنامج الصباح على تلفزيون دبي ☀️ حسابي الشخصي', 'dubai-media'],
    ['خبرنگارم و برای العربیه فارسی از دبی گزارش می‌دهم 🎙️', 'mbc-group'],
    ['Пишем за „Вечерње новости“ ⚽ спорт, Београд и понека прича', 'vecernje-novosti'],
    ['Reportera de Televisión Legislativa, San Salvador', 'el-salvador-legislative-media'],
  ])('%s', (bio, id) => {
    expect(jobOf(bio)).toBe(id);
  });
  it.each([
    'Sledujem ranné správy na Jednotke RTVS',
    'Sputnik India के लिए रिपोर्टिंग करना मेरा सपना है',
    'मैं Sputnik India के लिए रिपोर्टिंग करता था',
    'J’écris sur la mode au journal de mon lycée, fan du Soleil',
    'أتابع برنامج الصباح على تلفزيون دبي',
    'حلمي أقدم برنامج الصباح على تلفزيون دبي',
    'أقدم لكم برنامج الصباح على تلفزيون دبي',
    'Пишем за БНТ и нейните грешки',
    'Reportera de Televisión Legislativa de Jalisco',
    // (a review of RULES_VERSION 120)
    'Sníva sa mi, že moderujem ranné správy na Jednotke RTVS',
    'أقدّم برنامج ردود على قناة الجزيرة',
    'أقدّم برنامج تدريب على قناة الجزيرة',
    'برای العربیه فارسی از خانه گزارش می‌دهم',
    'روزی برای العربیه فارسی از دبی گزارش می‌دهم',
    'Пишем за Вечерње новости и сръбските медии',
    'Пишем за „Вечерње новости“ у својим сновима',
    'Reportera de Televisión Legislativa',
  ])('not a viewer, a dream, a past, a school paper, a reposter, Bulgarian "about": %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
});
