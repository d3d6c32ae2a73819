/**
 * After the three-hundred-and-sixteenth to three-hundred-and-twenty-second sets' misses were read (RULES_VERSION 111):
 * a Polish span "12 lat …, dziś …" as the past, VOH's row, staff lines in French, Portuguese, Arabic and Tajik, and
 * three checkers (a checking word in the name, Chinese "事实查核", a fabrication named) with an article's opaque id. Both
 * sides of each, with what the review of the draft (about 390 probes) narrowed or took back: bare "تحقق" in a name (a
 * wish "comes true", a brand), the nouns "выдумки" (the outlets' own "Выдумки Запада"), any emoji as a name's
 * separator, an opaque id under /news/, /story/, /content/ (live pages, topic hubs); and, as earlier reviews had, "pivô"
 * and "مقدمة الأخبار" (the reader folds the article, so no form of it can be a title).
 */
import { describe, expect, it } from 'vitest';
import { articlePath } from '../../src/lists/article-link';
import { read } from './bio.helpers';
import { linkPoints } from './link.helpers';

const job = (bio: string) => {
  const e = read(bio).employment;
  return e ? `${e.former ? 'former' : 'current'} ${e.outlet.id}` : undefined;
};

describe('a Polish span before "today"', () => {
  it('the past where "dziś" brings something else', () => {
    expect(job('12 lat reporterem Dziennika Polskiego, dziś przewodnik tatrzański 🏔️')).toBe('former polska-press');
  });
  it('not the span alone, nor "od" (the present)', () => {
    expect(job('12 lat reporterem Dziennika Polskiego')).toBe('current polska-press');
    expect(job('Od 12 lat reporterem Dziennika Polskiego')).toBe('current polska-press');
    expect(job('12 lat reporterem Dziennika Polskiego, dziś też w Dzienniku Polskim')).toBe('current polska-press');
    expect(job('3 lata reporterem TVP, obecnie wydawcą tamże')).toBe('current tvp');
  });
});

describe('staff lines', () => {
  it.each([
    ['Đang là phóng viên VOH, mảng đô thị 📻 góp nhặt chuyện Sài Gòn', 'current voh'],
    ['Journaliste au desk éco de l’APS 🇸🇳 Dakar · opinions perso', 'current senegal-state-media'],
    ['Дар вилояти Суғд барои «Садои мардум» менависам 📰 Хуҷанд', 'current tajikistan-government-press'],
    // (RULES_VERSION 135 reads "pivô" again, beside a news word or 📺 only and never the centre of a row)
    ['Pivô da TV Zimbo 📺 noticiário das 20h | Luanda 🇦🇴', 'current medianova'],
  ])('%s', (bio, reading) => {
    expect(job(bio)).toBe(reading);
  });
  it.each([
    'Fui pivô da polêmica da TV Brasil',
    'Pivô da polêmica no telejornal da TV Brasil 📺',
    'Pivô do escândalo da TV Zimbo, segundo o jornal',
    'مقدمة الأخبار بالقناة الأولى المغربية | الرباط',
    'مقدمة الأخبار: الجزيرة تكذب',
    'أحب مقدمة الأخبار في قناة الجزيرة',
    'أتابع مقدمة الأخبار في قناة العربية',
    'حلمي أن أصبح مقدمة أخبار في قناة الجزيرة',
    'Дар бораи «Садои мардум» менависам',
  ])(
    'not "pivô" as the centre of a row nor "مقدمة الأخبار" (the top of the news), a critic, a fan or a topic: %s',
    (bio) => {
      expect(job(bio)).toBeUndefined();
    },
  );
});

describe('checkers and articles', () => {
  it('an opaque id after an article segment is one article', () => {
    expect(articlePath('https://world.huanqiu.com/article/4JkP7qL2mXv')).toBe(true);
    expect(articlePath('https://example.org/article/latest')).toBe(false);
    expect(articlePath('https://example.org/news/abcdefgh')).toBe(false);
    expect(articlePath('https://www.rt.com/news/live2024x')).toBe(false);
    expect(articlePath('https://www.cgtn.com/article/BRICS2024')).toBe(false);
  });
  it('the Chinese "事实查核" beside the outlet named', () => {
    const bio = '事实查核与媒体素养｜本周拆解环球网国际一则报道，原文见链接';
    expect(linkPoints(bio, 'https://world.huanqiu.com/article/4JkP7qL2mXv')).toBe(0);
    expect(linkPoints('环球网事实查核', 'https://www.huanqiu.com/', 'x', 'huanqiu_fc')).toBe(60);
  });
  it('a fabrication named as the outlet’s', () => {
    const bio = 'Розбираю фейки російських медіа. Сьогодні: що вигадали «Известия»';
    expect(linkPoints(bio, 'https://www.iz.ru/')).toBe(0);
    expect(
      linkPoints('Выдумки Запада — разбираем в эфире RT', 'https://www.rt.com/', 'RT на русском', 'rt_russian'),
    ).toBe(60);
  });
  it('a checking word among the name’s pieces, an emoji between them', () => {
    const bio = 'نفحص المقاطع المتداولة ونصحح أخطاء القنوات الكبرى، المصدر بالرابط 👇';
    expect(linkPoints(bio, 'https://mubasher.aljazeera.net/', 'تحقّق ✔️ مدققو الأخبار')).toBe(30);
    expect(linkPoints('أجمل العطور', 'https://mubasher.aljazeera.net/', 'تحقق 🛍️ حلمك')).toBe(60);
  });
});
