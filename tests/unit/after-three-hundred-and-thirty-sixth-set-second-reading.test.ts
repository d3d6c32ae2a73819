/**
 * After the three-hundred-and-twenty-third to three-hundred-and-thirty-sixth sets' misses were read a second time
 * (RULES_VERSION 113): Armenian case endings and outlet nouns, a Persian newsreader on a numbered channel, programme
 * beats (cultural, magazín, the Arabic evening, a Brazilian setorista's Planalto), "as a reporter" after a name that is
 * also a word, a host's programme by its hour for an acronym, Bulgarian "новини по", Vietnamese news photos, German
 * "ich berichte für". Both sides of each, with what the review of the draft (about 430 probes) narrowed or took back.
 */
import { describe, expect, it } from 'vitest';
import { jobOf } from './bio.helpers';

describe('Armenian', () => {
  it.each([
    ['Հանրային ռադիոյի հաղորդավար 🎙 Առավոտյան եթերում', 'public-radio-armenia'],
    ['«Արմենպրես» լրատվական գործակալության թղթակից | Երևան', 'armenpress'],
  ])('%s', (bio, id) => {
    expect(jobOf(bio)).toBe(id);
  });
  it.each([
    'Ֆրանսիայի Հանրային ռադիոյի լրագրող',
    'Մայրս Հանրային ռադիոյի լրագրող է',
    'Երազում եմ դառնալ Հանրային ռադիոյի հաղորդավար',
    'Հանրային ռադիոյի հաղորդավարի երկրպագու',
    'Հանրային ռադիոյի հաղորդավարի ձայնը',
  ])('not another country’s, a mother’s, a dream, a fan, the host’s voice: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
});

describe('Persian newsreader', () => {
  it('"خبرخوان شبکه یک صداوسیما"', () => {
    expect(jobOf('خبرخوان شبکه یک صداوسیما 📺 تهران')).toBe('irib');
  });
  it.each([
    'اپلیکیشن خبرخوان صداوسیما',
    'برنامه‌نویس خبرخوان شبکه خبر صداوسیما',
    'طرفدار خبرخوان شبکه یک صداوسیما',
    'تقلید صدای خبرخوان شبکه یک صداوسیما',
  ])('not an app, a programmer, a fan, an imitation: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
});

describe('programme beats and a setorista', () => {
  it.each([
    ['Conduzco un magazín cultural en Señal Colombia, Bogotá 📺', 'rtvc'],
    ['أقدّم نشرات المساء على شاشة الشرق للأخبار | الرياض', 'srmg'],
    ['Setorista do Planalto na TV Brasil 📺', 'ebc'],
  ])('%s', (bio, id) => {
    expect(jobOf(bio)).toBe(id);
  });
  it.each(['Viagem ao Planalto na TV Brasil', 'Vi un magazín cultural en Señal Colombia'])(
    'not a trip or a viewer: %s',
    (bio) => {
      expect(jobOf(bio)).toBeUndefined();
    },
  );
});

describe('"as a reporter" after a name that is also a word', () => {
  it('"Trabalho na TPA como repórter desde 2016"', () => {
    expect(jobOf('Trabalho na TPA como repórter desde 2016 🎙️ Luanda')).toBe('tpa');
  });
  it.each([
    'Trabalho na TPA como estagiária',
    'I work at Sputnik as a producer',
    'I work at RT as a reporter in my dreams',
    'In GTA I work at RT as a reporter',
    'Trabajo en RT como periodista jaja',
    'Ma femme travaille à RT comme journaliste',
    'Trabalho na TPA como repórter kkkk',
  ])('not an intern, a studio’s producer, a dream, a game, a joke, a wife: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
});

describe('a host’s programme by its hour', () => {
  it.each([
    ['Apresento o telejornal vespertino da TPA 📺 Luanda', 'tpa'],
    ['Presento el telediario del mediodía de Canal Sur 📺', 'canal-sur'],
    ['Presento el telediario de las 21h de Canal Sur', 'canal-sur'],
  ])('%s', (bio, id) => {
    expect(jobOf(bio)).toBe(id);
  });
  it.each([
    'Presento el noticiero del mediodía de RT y lo critico',
    'Apresento o telejornal das 20h da TPA, disse ninguém',
    'Presento las noticias de la noche de RT en mi canal',
    'Veo el telediario del mediodía de Canal Sur',
  ])('not a critic, a joke, a reposter, a viewer: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
});

describe('Bulgarian news "по" a channel', () => {
  it('"Водя централните новини по БНТ 1"', () => {
    expect(jobOf('Водя централните новини по БНТ 1 📺 Мненията тук са си мои')).toBe('bnt');
  });
  it.each([
    'Гледам новините по БНТ',
    'Водя новини по БНТ в мечтите си',
    'Бивша: водя новините по БНТ',
    'Водя новините по БНТ в моя канал',
    'Водя новините по БНТ 2 години, вече не',
  ])('not a viewer, a dream, a past, my channel: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
});

describe('Vietnamese news photos, German "ich berichte für"', () => {
  it.each([
    ['Tôi chụp ảnh thời sự cho TTXVN ở miền Trung 📷 Đà Nẵng', 'vna'],
    ['Ich berichte für RT DE aus Moskau', 'rt'],
  ])('%s', (bio, id) => {
    expect(jobOf(bio)).toBe(id);
  });
  it.each([
    'Tôi viết bài cho VTV',
    'Thư tôi viết cho VTV',
    'Tôi chụp ảnh cho VTV xem',
    'Berichte für RT DE wurden gelöscht',
    'Berichte für CGTN aus Peking sind gefälscht',
    'Ich berichte über RT DE',
  ])('not a letter, a contest, the noun "reports", a topic: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
});
