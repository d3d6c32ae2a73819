/**
 * After the three-hundred-and-sixty-fifth to -seventy-first sets' misses were read (RULES_VERSION 119): checkers whose
 * link is what they check ("الرابط أدناه هو المصدر قيد الفحص"), "فحص الأخبار", "نتتبع ادعاءات" beside the official media,
 * a nickname whose own checking verb names the outlet ("Sprawdzam Sputnika"); staff lines: the Azerbaijani locative
 * joined to "Televiziya", the Bulgarian host's programme "по" the channel, "reporteando para", Serbian "уређујем" and
 * "вести", Turkish "dış haber", MENA's initials "أ ش أ", "Sou apresentadora …, TVM". Both sides of each.
 */
import { describe, expect, it } from 'vitest';
import { jobOf } from './bio.helpers';
import { linkPoints } from './link.helpers';

describe('checkers linking what they check', () => {
  it.each([
    ['نتحقق من أخبار وكالة وال الرسمية 🔍 الرابط أدناه هو المصدر قيد الفحص', 'https://lana.gov.ly/', 'تحقّق ليبيا 🔍'],
    ['مبادرة يمنية مستقلة لفحص الأخبار، نتتبع ادعاءات الإعلام الرسمي', 'https://yementv.tv/', 'مرصد التحقق اليمني'],
    [
      'Weryfikuję wideo Sputnik Polska zdanie po zdaniu. Link: to, co sprawdzam',
      'https://pl.sputniknews.com/',
      'Sprawdzam Sputnika',
    ],
  ])('%s → 0', (bio, link, nickname) => {
    expect(linkPoints(bio, link, nickname, 'checker')).toBe(0);
  });
  it.each([
    ['نفحص الأخبار قبل النشر | قناة اليمن الرسمية', 'https://yementv.tv/', 'قناة اليمن'],
    ['الرابط أدناه هو المصدر الرسمي للأخبار', 'https://lana.gov.ly/', 'وكالة الأنباء الليبية'],
    ['الرابط هو الخبر قيد التحقق وهو صحيح', 'https://lana.gov.ly/', 'x'],
    ['Sputnik Polska. Link: to, co sprawdzam', 'https://pl.sputniknews.com/', 'Sputnik Polska'],
    ['Oficjalne konto', 'https://pl.sputniknews.com/', 'Sprawdzam Sputnika'],
  ])('not the outlet’s own, its source, a vouching, its own name: %s', (bio, link, nickname) => {
    expect(linkPoints(bio, link, nickname, 'someone')).toBe(60);
  });
});

describe('staff lines', () => {
  it.each([
    ['İctimai Televiziyada müxbir kimi çalışıram | Bakı', 'ictimai-tv'],
    ['İctimai Televiziyasında müxbirəm', 'ictimai-tv'],
    ['Водещ на сутрешния блок по БНТ 1 ☕ София | пиша и за театър', 'bnt'],
    ['Desde 2016 reporteando para TVN 🇨🇱 terreno, calle y micrófono', 'tvn-chile'],
    ['Уређујем вести у агенцији Тањуг. Београд. Фудбал, историја, џез', 'tanjug'],
    ['Dış haber muhabiri, Anadolu Ajansı • Ankara merkezli', 'anadolu'],
    ['صحفي ومحرر - وكالة أنباء الشرق الأوسط (أ ش أ) | القاهرة ⚽', 'mena-agency'],
    ['Sou apresentadora do Telejornal, TVM 📺 Maputo | mãe e leitora', 'mozambique-broadcasters'],
  ])('%s', (bio, id) => {
    expect(jobOf(bio)).toBe(id);
  });
  it.each([
    'Anam İctimai Televiziyada müxbirdir',
    'İctimai Televiziyada müsahibə verdim',
    'Фен на водещия на сутрешния блок по БНТ 1',
    'Мечтая да съм водещ на сутрешния блок по БНТ 1',
    'Sanjam da uređujem vesti na RTS',
    'Pratim vesti na RTS',
    'Sou fã da apresentadora do Telejornal, TVM 📺 Maputo',
    'Sou filha da apresentadora, TVM 🇲🇿',
    'Sou estudante de jornalismo, TPA',
    'I’m not a reporter, CGTN',
  ])('not a mother’s, a guest’s, a fan’s, a dream, a viewer, a daughter, a student, a denial: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
});

describe('what the review of RULES_VERSION 119 narrowed', () => {
  it.each([
    'عاجل: الرابط أدناه هو خبر قيد التحقق، تابعونا للتأكيد',
    'الرابط أدناه هو المصدر قيد الفحص ✅ موثوق',
    'قسم التحقق في قناة اليمن. الرابط أدناه هو الخبر قيد التحقق',
    'الرابط أدناه هو الخبر قيد التحقق وسننشر التأكيد قريباً',
  ])('breaking news, a vouching, a desk, a promised confirmation keep the link: %s', (bio) => {
    expect(linkPoints(bio, 'https://yementv.tv/', 'x', 'someone')).toBe(60);
  });
  it.each([
    ['Keçmişdə İctimai Televiziyada müxbir', 'ictimai-tv (former)'],
    ['Бях водещ на сутрешния блок по БНТ', 'bnt (former)'],
  ])('a past: %s', (bio, job) => {
    expect(jobOf(bio)).toBe(job);
  });
  it.each([
    'İctimai Televiziyada aparıcı olmaq arzusu',
    'İctimai Televiziyada aparıcı olan anama həsr',
    'Rossiyada 24 soat ishlayman, jurnalist',
    'Майка ми е водеща на сутрешния блок по БНТ',
    'Водещ на блок по БНТ, гост в предаването',
    'Reportando para Telesur en 2015',
    'Reportando para Telesur en mis sueños',
    'Reportando para Telesur en clase',
    'Trabajando para Telesur hace años',
  ])('a dream, a mother, "in Russia", a guest, a year, a dream, a class, years ago: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
});
