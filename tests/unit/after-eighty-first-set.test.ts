/**
 * After the eighty-first and eighty-second sets' misses were read (RULES_VERSION 56): Al Arabiya's Farsi edition by
 * its Persian spelling. (The business account that posts like a content farm: tests/unit/signal-ablation.test.ts.)
 * After the eighty-third and eighty-fourth (RULES_VERSION 57): "former" abbreviated with a dot; the name as its handle
 * after a comma; "<place>-based" before the title; the outlet's own state or city right after its name. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';

describe('after the eighty-first and eighty-second sets', () => {
  it("reads Al Arabiya's Persian spelling as its employer, and not a mention or a critic", () => {
    expect(jobOf('گزارشگر العربیه فارسی در دبی 🎙️ | نظرات شخصی است')).toBe('mbc-group');
    expect(jobOf('خبرنگار سابق العربیه فارسی')).toBe('mbc-group (former)');
    expect(jobOf('عاشق زبان العربیه')).toBeUndefined();
    // the Arabic word for "Arabic", which the Persian spelling folds to, is no channel (a check of the corpus)
    expect(jobOf('مذيعة في الإذاعة العربية')).toBeUndefined();
    expect(jobOf('منتقد العربیه فارسی')).toBeUndefined();
  });

  it('reads "former" abbreviated with a dot as past, and keeps the clause whole after it', () => {
    expect(jobOf('Ehem. Redakteurin bei IRNA (dt. Dienst) · freie Übersetzerin, Köln')).toBe('irna (former)');
    expect(jobOf('Fmr. reporter at CGTN')).toBe('cgtn (former)');
    expect(jobOf('Voorm. verslaggever bij CGTN')).toBe('cgtn (former)');
    // a dot after another word still ends the clause
    expect(jobOf('Reporter at CGTN. Ehm. what else')).toBe('cgtn');
    expect(jobOf('Ehm. Presenter at RT')).toBe('rt');
  });

  it('reads a byline with its handle after a comma and a "-based" place before the title', () => {
    expect(jobOf('Tehran-based correspondent, @PressTV. Views my own. 🎙️')).toBe('press-tv');
    expect(jobOf('Beijing-based reporter, CGTN')).toBe('cgtn');
    expect(jobOf('Dar es Salaam-based reporter, TBC')).toBe('tbc');
    // "-based" opens the clause and its words are a place: no hopeful's, fired reporter's or method's (a review)
    expect(jobOf('Aspiring London-based reporter, CGTN')).toBeUndefined();
    expect(jobOf('Fired Moscow-based reporter, RT')).toBeUndefined();
    expect(jobOf('Evidence-based reporter, CGTN')).toBeUndefined();
    expect(jobOf('Reporter, @CGTN, @BBC')).toBeUndefined();
    expect(jobOf('Love this, @CGTN')).toBeUndefined();
  });

  it("reads the outlet's own state or city after its name as where, and not another state's", () => {
    expect(jobOf('Senior reporter, The Chronicle 🇿🇼 Bulawayo | courts & council')).toBe('zimpapers');
    expect(jobOf('Journalist, The Herald Zimbabwe')).toBe('zimpapers');
    expect(jobOf('Reporter, CGTN Kenya')).toBeUndefined();
    expect(jobOf('Reporter, The Chronicle 🇬🇧 London')).toBeUndefined();
    // … and a place does not hide a "former" word after it (a review)
    expect(jobOf('Reporter, at CGTN Beijing ex')).toBeUndefined();
    expect(jobOf('Reporter, at CGTN ex')).toBe('cgtn (former)');
  });
});

describe('after the eighty-fifth and eighty-sixth sets', () => {
  it("reads Malay broadcasting's programme producer, RTB's Malay name and Tigray's agency by its Tigrinya name", () => {
    expect(jobOf('Pembaca berita, Radio Televisyen Brunei')).toBe('rtb-brunei');
    expect(jobOf('Penerbit rancangan di RTB 🇧🇳')).toBe('rtb-brunei');
    // "penerbit" alone is a publishing house in Indonesian, before its name
    expect(jobOf('Buku terbitan penerbit TVRI?')).toBeUndefined();
    expect(jobOf('ጋዜጠኛ ትካል መራኸቢ ብዙሓን ትግራይ')).toBe('tigray-mass-media');
  });
});

describe('after the eighty-seventh and eighty-eighth sets', () => {
  it('reads no title after a name that is the object of "about", "on" or "against", and keeps "at"', () => {
    expect(jobOf('درباره پرس تی وی کار می‌کنم')).toBeUndefined();
    expect(jobOf('روی پرس تی وی کار می‌کنم')).toBeUndefined();
    // not Chinese "关于" or Arabic "عن": headings, "on behalf of" (a review)
    expect(jobOf('نيابة عن قناة العالم مراسل')).toBe('al-alam');
    expect(jobOf('در پرس تی وی کار می‌کنم')).toBe('press-tv');
    expect(jobOf('在新华社工作')).toBe('xinhua');
    // a bio's "About" heading is no topic word
    expect(jobOf('About: CGTN reporter')).toBe('cgtn');
  });
});

describe('after the eighty-ninth and ninetieth sets', () => {
  it('reads Akhbar El Yom by its foundation\'s Arabic name, not "today\'s news"', () => {
    expect(jobOf('صحفية بمؤسسة أخبار اليوم ✍️ ملف البرلمان | القاهرة')).toBe('egypt-national-press');
    // the same names of Moroccan, Yemeni and Sudanese papers: only where the bio places Egypt (a review)
    expect(jobOf('صحفي بمؤسسة أخبار اليوم اليمنية')).toBeUndefined();
    expect(jobOf('صحفي في دار أخبار اليوم السودانية')).toBeUndefined();
    // … and placed in Algeria they are no Algerian paper's either (the names belong to Egypt's row only)
    expect(jobOf('صحفي بمؤسسة أخبار اليوم | الجزائر 🇩🇿')).toBeUndefined();
    expect(jobOf('صحفية أتابع أخبار اليوم')).toBeUndefined();
  });

  it('reads the Spanish label with "oficial", "controlado" or the state\'s adjective, and not a question or a title', () => {
    expect(isLabelText('Medio estatal controlado · Guatemala')).toBe(true);
    expect(isLabelText('Medio oficial del Estado')).toBe(true);
    // no adjective after it: insults, satire and regional states (a review)
    expect(isLabelText('Medio estatal manipulado')).toBe(false);
    expect(isLabelText('Medio estatal yucateco')).toBe(false);
    expect(isLabelText('Medio estatal controlado? No')).toBe(false);
    expect(isLabelText('Medio del Estado Islámico')).toBe(false);
    expect(isLabelText('Medio estatal de Jalisco')).toBe(false);
    expect(isLabelText('Medio oficial')).toBe(false);
  });
});

describe('after the ninety-first and ninety-second sets', () => {
  it("reads Amharic's newsreader and Channel 5's full Thai name, and not a wish or a viewer", () => {
    expect(jobOf('የዜና አንባቢ @ ኢቢሲ (EBC) 🎙️ | አዲስ አበባ')).toBe('ebc-ethiopia');
    expect(jobOf('ผู้สื่อข่าว สถานีวิทยุโทรทัศน์กองทัพบก ช่อง 5 | ติดต่องานทาง DM')).toBe('channel-5-thailand');
    expect(jobOf('የዜና አንባቢ መሆን እፈልጋለሁ')).toBeUndefined();
    expect(jobOf('ชอบดูสถานีวิทยุโทรทัศน์กองทัพบก')).toBeUndefined();
  });
});

describe('after the ninety-third and ninety-fourth sets', () => {
  it("reads a beat right before the title as the title's, People's Daily in Korean, and a former Korean line as past", () => {
    expect(jobOf('Political reporter, Tehran Times. Tehran-based. Opinions are mine')).toBe('tehran-times');
    expect(jobOf('Sports reporter, CGTN')).toBe('cgtn');
    expect(jobOf('Politics, reporter, CGTN')).toBeUndefined();
    expect(jobOf('Fan of politics reporter, CGTN')).toBeUndefined();
    expect(jobOf('인민망 한국어판 기자 📍베이징 | 중국 생활 브이로그')).toBe('peoples-daily');
    expect(jobOf('전 인민망 한국어판 기자 · 지금은 서울에서 프리랜서 번역가')).toBe('peoples-daily (former)');
    expect(jobOf('인민망 기사 공유')).toBeUndefined();
  });
});
