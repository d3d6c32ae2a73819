/**
 * After the three-hundred-and-fifty-eighth to three-hundred-and-sixty-fourth sets' innocent `suspected` and labelled
 * misses were read (RULES_VERSION 117): researchers who take apart the linked outlet's posts (German "ich zerlege",
 * Arabic "أفكّك" as a researcher's verb of analysis, "باحثة في التضليل الإعلامي" as a researcher's title), an Arabic
 * "the link: the latest article we checked", former jobs opening with Vietnamese "từng theo nghề" and Greek "κάποτε".
 * Both sides of each, with what a review (about 230 probes) narrowed or took back.
 */
import { describe, expect, it } from 'vitest';
import { jobOf } from './bio.helpers';
import { linkPoints } from './link.helpers';

describe('researchers and checkers linking what they take apart', () => {
  it.each([
    [
      'Desinfo-Forscherin. Ich zerlege RT-DE-Beiträge Satz für Satz 🔍',
      'https://pressefreiheit.rtde.tech/',
      'faktenlupe.jana',
      'Jana | Faktenlupe',
    ],
    ['باحثة في التضليل الإعلامي | أفكّك روايات RT عربي ومثيلاتها', 'https://arabic.rt.com/', 'layla.x', 'ليلى الحسيني'],
    [
      'نتحقق مما يُتداول من أخبار في المغرب · الرابط: آخر مقال فحصناه',
      'https://almaghribialyaoum.com/?p=58371',
      'tahaqquq.ma',
      'تحقّق | مدقّق أخبار',
    ],
  ])('%s', (bio, link, handle, nickname) => {
    expect(linkPoints(bio, link, nickname, handle)).toBe(0);
  });
  it.each([
    ['Moderator RT DE – ich zerlege die Woche', 'https://de.rt.com/'],
    ['Ich zerlege die Weltlage für RT DE', 'https://de.rt.com/'],
    ['مذيع RT عربي - أفكك الأخبار', 'https://arabic.rt.com/'],
    ['إعلامية في RT عربي | باحثة في التضليل الإعلامي', 'https://arabic.rt.com/'],
    ['التدقيق اللغوي مهنتي. الرابط: آخر مقال دققناه', 'https://almaghribialyaoum.com/?p=1'],
  ])('not a presenter, one who works for it, a proofreader: %s', (bio, link) => {
    expect(linkPoints(bio, link, 'y', 'x')).toBe(60);
  });
  it('not the outlet’s own correspondent', () => {
    expect(
      linkPoints('Korrespondentin bei RT DE. Ich zerlege die Mythen des Westens', 'https://de.rt.com/', 'y', 'x'),
    ).toBe(60);
  });
});

describe('former jobs', () => {
  it.each([
    ['Tám năm mình từng theo nghề phóng viên ở HTV, nay mở xe bánh mì ở Gò Vấp 🥖', 'htv (former)'],
    ['Κάποτε δημοσιογράφος στο ΡΙΚ, σήμερα ψαράς στην Κάτω Πάφο 🎣', 'cybc (former)'],
    ['Phóng viên VTV', 'vtv'],
    ['Từng ngày làm phóng viên VTV', 'vtv'],
    ['Phóng viên VTV, từng theo nghề giáo', 'vtv'],
    ['Παρουσιάστρια ΕΡΤ, κάποτε μοντέλο', 'ert'],
    ['Κάποτε μοντέλο - δημοσιογράφος ΕΡΤ', 'ert'],
  ])('%s', (bio, id) => {
    expect(jobOf(bio)).toBe(id);
  });
});
