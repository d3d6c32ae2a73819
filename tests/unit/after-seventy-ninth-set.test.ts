/**
 * After the seventy-ninth and eightieth sets' misses were read (RULES_VERSION 55): a fact-checker naming its state's
 * official media with the nationality adjective inside (Arabic), more of the class in Arabic, Persian and the Russian
 * genitive; Xinhua's name in other scripts; Somalia's "Dalka Journal"; Uganda's "New Vision", placed and read as the
 * ordinary phrase it also is; a month before the year that ended a job; a name glossed in brackets by the same
 * outlet's other name. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { factCheckOf } from '../../src/lists/bio/fact-check';
import { jobOf, read } from './bio.helpers';

describe('after the seventy-ninth and eightieth sets', () => {
  it('reads state media named as a class with a nationality adjective inside, and not a longer phrase', () => {
    expect(factCheckOf('تدقيق ما ينشره الإعلام السوري الرسمي والخاص')?.media).toBe('الإعلام السوري الرسمي');
    expect(factCheckOf('نتحقق من أخبار وسائل الإعلام المصرية الحكومية')?.media).toBe('وسائل الإعلام المصرية الحكومية');
    expect(factCheckOf('تدقيق ادعاءات الإعلام الحكومي')?.media).toBe('الإعلام الحكومي');
    // "in", "for", "as one of", "about" before the class: where or for whom the checking is done (a review)
    expect(factCheckOf('نتحقق من الأخبار قبل نشرها في الإعلام السوري الرسمي')).toBeUndefined();
    expect(factCheckOf('Проверяем тексты для государственных СМИ')).toBeUndefined();
    expect(factCheckOf('تدقيق حسابات الإعلام الحكومي | محاسب قانوني')).toBeUndefined();
    expect(factCheckOf('Проверяем заявления государственных СМИ')?.media).toBe('государственных сми');
    // the adjective alone, or two of them joined, is not the class; nor the class without a checking word
    expect(factCheckOf('تدقيق ما ينشره الإعلام السوري')).toBeUndefined();
    expect(factCheckOf('تدقيق ما ينشره الإعلام العربي والدولي الرسمي')).toBeUndefined();
    expect(factCheckOf('أخبار الإعلام السوري الرسمي')).toBeUndefined();
    // staff naming their own newsroom, then a checking word: the class is the verb's object only (a review)
    expect(factCheckOf('تدقيق لغوي | محررة في الإعلام السوري الرسمي')).toBeUndefined();
    expect(factCheckOf('شبكة الإعلام العراقي الرسمية | نتحقق من كل خبر')).toBeUndefined();
    expect(factCheckOf('Журналист государственных СМИ. Проверяем каждое слово')).toBeUndefined();
    expect(factCheckOf('Перевіряємо заяви державних ЗМІ')?.media).toBe('державних змі');
  });

  it("reads Xinhua's Arabic name and Somalia's Dalka Journal as employers, and not a reader's line", () => {
    expect(jobOf('مراسلة وكالة أنباء شينخوا بالعربية في القاهرة 🎙️')).toBe('xinhua');
    expect(jobOf('Wariye ka tirsan Dalka Journal 📰 Muqdisho')).toBe('somalia-state-media');
    expect(jobOf('أتابع أخبار شينخوا يوميا')).toBeUndefined();
    expect(jobOf('Akhriste Dalka Journal')).toBeUndefined();
    // a bookshop, a company or a restaurant named after the outlet (a review)
    expect(jobOf('موظف في مكتبة شينخوا')).toBeUndefined();
    expect(jobOf('موظفة في مطعم سبوتنيك')).toBeUndefined();
  });

  it('reads "New Vision" only placed in Uganda and not as part of another name', () => {
    expect(jobOf('Senior Reporter, New Vision 🗞️ Health & courts. Kampala')).toBe('vision-group');
    expect(jobOf('Reporter at New Vision 🇺🇬')).toBe('vision-group');
    expect(jobOf('Reporter at New Vision')).toBeUndefined();
    expect(jobOf('Media director at New Vision Church Kampala 🇺🇬')).toBeUndefined();
    expect(jobOf('Journalist | New Vision Media Group, Nairobi')).toBeUndefined();
    // a director of a placed ordinary name is anyone's; its own city last after it is where (reviews)
    expect(jobOf('Kampala 🇺🇬 | Music director at New Vision ⛪')).toBeUndefined();
    expect(jobOf('Executive director at New Vision, a youth NGO in Gulu 🇺🇬')).toBeUndefined();
    expect(jobOf('Reporter at The New Vision 🇺🇬 Kampala')).toBe('vision-group');
    expect(jobOf('Reporter at The New Vision Kampala')).toBe('vision-group');
    expect(jobOf('Producer at New Vision Kampala Church 🇺🇬')).toBeUndefined();
    expect(jobOf('Host at RT Moscow')).toBeUndefined();
    expect(jobOf('كاتب في الجزيرة السعودية')).toBeUndefined();
  });

  it('ends a job at a month and year in the past, and not at one to come', () => {
    expect(jobOf('Reporter at CGTN until May 2022')).toBe('cgtn (former)');
    expect(jobOf('Reporterin bei RT DE bis Juni 2022')).toBe('rt (former)');
    expect(jobOf("Journaliste à RT France jusqu'en juin 2022")).toBe('rt (former)');
    expect(jobOf('Reportera de Telesur hasta marzo de 2021')).toBe('telesur (former)');
    expect(jobOf('Корреспондент RT до мая 2022 г.')).toBe('rt (former)');
    expect(jobOf('Корреспондент RT с 2015 по май 2022')).toBe('rt (former)');
    expect(jobOf('Dziennikarka TVP do maja 2022')).toBe('tvp (former)');
    expect(jobOf('Phóng viên VTV đến tháng 5 năm 2022')).toBe('vtv (former)');
    expect(jobOf('Reporter at CGTN, Jan 2019–Mar 2023')).toBe('cgtn (former)');
    expect(jobOf('مراسلة قناة العالم حتى أيار 2022')).toBe('al-alam (former)');
    expect(jobOf('Phóng viên VTV đến tháng 5/2022')).toBe('vtv (former)');
    expect(jobOf('Reporter at CGTN (2018 - May 2022)')).toBe('cgtn (former)');
    expect(jobOf('Reporter at CGTN until May 2027')).toBe('cgtn');
    expect(jobOf('Reporter at CGTN since May 2022')).toBe('cgtn');
    expect(jobOf('Reporter at CGTN 🎙️ May 2022 - present')).toBe('cgtn');
    // a day before the month is an event, a full date no range, a word no month (a review)
    expect(jobOf('Корреспондент RT, мир до 24 февраля 2022 уже не вернуть')).toBe('rt');
    expect(jobOf('Ведущая RT, марафон до 9 мая 2025')).toBe('rt');
    expect(jobOf('Корреспондент RT, мир до февраля 2022 уже не вернуть')).toBe('rt');
    expect(jobOf('مذيع في التلفزيون السوري منذ ما قبل آذار 2011')).toBe('ortas');
    expect(jobOf('Phóng viên VTV, tới tháng 5/2025 cưới 💍')).toBe('vtv');
    expect(jobOf('CGTN 记者 2019-06-22 入职')).toBe('cgtn');
    expect(jobOf('CGTN reporter married 2019 - Dec 21 💍')).toBe('cgtn');
    expect(jobOf('Repórter da TV Brasil, Rainha do Mar 2019')).toBe('ebc');
    expect(jobOf('Phóng viên TTXVN do tháng 5/2023 chuyển về Hà Nội')).toBe('vna');
  });

  it("reads a name glossed in brackets by the same outlet's other name, and not other words before a bracket", () => {
    expect(jobOf('संवाददाता, राष्ट्रिय समाचार समिति (रासस) | काठमाडौं')).toBe('rss-nepal');
    expect(read('Correspondent, News Agency of Nigeria (NAN)').employments).toHaveLength(1);
    // capitalised words before a known name in brackets are not its name: a critic's, another newsroom's (a review)
    expect(jobOf('संवाददाता, The Kathmandu Post (रासस)')).toBeUndefined();
    expect(jobOf('Journalist, Critic Of Global Times (Xinhua)')).toBeUndefined();
    expect(jobOf('Reporter, Daily Nation (Xinhua) | Nairobi')).toBeUndefined();
    expect(jobOf('Phóng viên báo Việt Nam News (TTXVN) | Hà Nội')).toBeUndefined();
    expect(jobOf('Reporter at Sky News (ex-RT)')).toBe('rt (former)');
  });
});
