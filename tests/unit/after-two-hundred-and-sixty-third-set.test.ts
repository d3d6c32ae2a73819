/**
 * After the two-hundred-and-fifty-sixth to two-hundred-and-sixty-third sets' misses were read (RULES_VERSION 104, as
 * its review left it): labels in words no rendering listed (Polish, Albanian, Vietnamese, Greek), a checker linking
 * the outlet it checks, and staff lines. Both sides of each.
 */
import { describe, expect, it } from 'vitest';
import { isLabelled } from '../../src/history/labels';
import { mayBeLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';
import { linkPoints } from './link.helpers';

const labelled = (text: string) => isLabelled({ uniqueId: 'x', stateControlledMediaText: text });

describe('a label in words no rendering listed', () => {
  it.each([
    'Polska · środek przekazu kontrolowany przez państwo',
    'Media e kontrolluar nga shteti i Shqipërisë',
    'Phương tiện thông tin quốc doanh · Việt Nam',
    'Ελλάδα · κρατικά ελεγχόμενο μέσο',
  ])('%s', (text) => {
    expect(labelled(text)).toBe(true);
    expect(mayBeLabelText(text)).toBe(true);
  });
  it.each([
    'Środki przekazu nie są państwowe',
    'Media e pavarur, jo e shtetit',
    'Nuk jemi media e shtetit',
    'Unë punoj në media shtetërore',
    'Kritikë e medias së shtetit',
    'Phương tiện thông tin không phải quốc doanh',
    'Tôi làm ở phương tiện thông tin quốc doanh',
    'Δεν είμαστε κρατικό μέσο',
    'Μέσα στο κρατικό νοσοκομείο',
    'Δημοκρατικό μέσο ενημέρωσης',
    'Κρατική υποτροφία, μέσο όρο 19',
    'Δημοσιογράφος σε κρατικό μέσο',
    'Media shqiptare në Shtetet e Bashkuara',
    'Media për shtetasit',
    'Media shtetërore gënjen',
    'Báo chí quốc doanh nói dối',
    'Nhân viên truyền thông công ty quốc doanh',
    'Niezależne środki przekazu państwa',
  ])('not a negation, a person, scorn or "inside": %s', (text) => {
    expect(labelled(text)).toBe(false);
  });
});

describe('a checker naming the linked outlet', () => {
  it('"I compare … with the facts"', () => {
    expect(
      linkPoints('Porównuję serwisy informacyjne z faktami. Dziś na warsztacie: TVP 👇', 'http://www.tvp.pl/'),
    ).toBe(0);
  });
  it('not a staffer’s, nor "consistent with the facts"', () => {
    expect(linkPoints('Dziennikarka TVP. Porównuję deklaracje z faktami', 'http://www.tvp.pl/')).toBe(60);
    expect(linkPoints('TVP Info — informacje zgodne z faktami', 'http://www.tvp.pl/')).toBe(60);
    expect(linkPoints('Nie porównuję niczego z faktami. TVP', 'http://www.tvp.pl/')).toBe(60);
  });
  it('not a forecaster’s or a pollster’s own figures', () => {
    expect(linkPoints('RT | аналитик | сравниваю прогнозы с фактами', 'https://www.rt.com/')).toBe(60);
    expect(linkPoints('Pogodynka TVP. Porównuję prognozy z danymi', 'http://www.tvp.pl/')).toBe(60);
  });
  it('Azerbaijani "fact-checking" in two words', () => {
    expect(linkPoints('Fakt yoxlaması | Bu həftə: AZƏRTAC', 'https://azertac.az/')).toBe(0);
  });
  it('not beside a staffer’s title, and "I check" alone is anyone’s (taken back by the review)', () => {
    expect(linkPoints('AZƏRTAC müxbiri | fakt yoxlaması', 'https://azertac.az/')).toBe(60);
    expect(linkPoints('AZƏRTAC əməkdaşı. Faktları yoxlayıram', 'https://azertac.az/')).toBe(60);
    expect(linkPoints('Rəsmi xəbərləri yoxlayıram 🔍 Bu həftə: AZƏRTAC-ın rəqəmləri', 'https://azertac.az/')).toBe(60);
  });
});

describe('staff lines', () => {
  it('the legislature a reporter covers', () => {
    expect(jobOf('Cubro o Congresso pela Agência Brasil 🗞️ Brasília')).toBe('ebc');
    expect(jobOf('Cubro la Asamblea Nacional para ANTV · Caracas')).toBe('antv');
    expect(jobOf('I cover Parliament for CGTN')).toBe('cgtn');
  });
  it('not a critic of it, a viewer, or a title of the legislature', () => {
    expect(jobOf('Critico al Congreso en Telesur')).toBeUndefined();
    expect(jobOf('Cubro o Congresso e assisto a Agência Brasil')).toBeUndefined();
    expect(jobOf('Directora del Congreso en Telesur')).toBeUndefined();
    expect(jobOf('Presento en el Congreso en Telesur')).toBeUndefined();
  });
  it('Arabic "on" a radio or a channel, for a host’s verb', () => {
    expect(jobOf('أقدّم برنامج «نهار جديد» على إذاعة الرياض 📻')).toBe('saudi-broadcasting-authority');
  });
  it('not to an audience, an apology or a comment', () => {
    expect(jobOf('أقدّم لكم برنامج «نهار جديد» على إذاعة الرياض')).toBeUndefined();
    expect(jobOf('أقدّم اعتذاري على إذاعة الرياض')).toBeUndefined();
    expect(jobOf('أقدم تعليقي على إذاعة الرياض')).toBeUndefined();
    expect(jobOf('أقدم «ردة فعل» على قناة الجزيرة')).toBeUndefined();
    expect(jobOf('أقدم «رأيي» على قناة الجزيرة كل أسبوع')).toBeUndefined();
    expect(jobOf('أقدم برنامج «الأخبار» على قناة الجزيرة — ليس حسابا رسميا')).toBeUndefined();
  });
  it('Adjara TV and Radio by its whole name, placed by Batumi', () => {
    expect(jobOf('ჟურნალისტი • აჭარის ტელევიზია და რადიო • ბათუმი 🌊')).toBe('adjara-tv');
    expect(jobOf('Journalist • Adjara TV • Batumi')).toBe('adjara-tv');
    expect(jobOf('Journalist • Adjara TV • Paris')).toBeUndefined();
  });
});
