/**
 * Before the ninety-fifth and ninety-sixth sets were scored (RULES_VERSION 65, from the known risks left by the
 * nineteenth session): Korean 출신 and Chinese/Japanese 出身 after a title or an outlet are a past job, after a place a
 * hometown; and more (see each block). After those two sets were scored (RULES_VERSION 66, as a review left it): Afghan
 * state papers by their Pashto and Dari mastheads; Honduras's armed forces channel by its names; "the land of"
 * Myanmar, Cambodia and Laos as the state's name. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { readBio } from '../../src/lists/bio';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf, NOW } from './bio.helpers';
import { presentsAs } from './self-presentation.helpers';

/** The outlet an account's own name brands it as (an empty bio), if one. */
const brandIn = (name: string) => readBio('', { now: NOW, name }).employment?.outlet.id;

describe('before the ninety-fifth and ninety-sixth sets', () => {
  it('reads "coming from" after a title or an outlet as a past job, and after a place as a hometown', () => {
    expect(jobOf('CCTV 기자 출신 | 여행 유튜버')).toBe('cctv (former)');
    expect(jobOf('조선중앙TV 아나운서 출신')).toBe('kctv (former)');
    expect(jobOf('CGTN 출신 기자')).toBe('cgtn (former)');
    expect(jobOf('新华社记者出身，现在做自媒体')).toBe('xinhua (former)');
    expect(jobOf('부산 출신 CGTN 기자')).toBe('cgtn');
    expect(jobOf('CGTN 기자 | 평양 출신')).toBe('cgtn');
    expect(jobOf('CCTV记者 | 北京出身')).toBe('cctv');
    // … and before a place, a school or a family, and before the outlet ("a reporter once, now CGTN's anchor")
    expect(jobOf('CGTN 기자 출신지: 부산')).toBe('cgtn');
    expect(jobOf('CGTN 기자 출신학교 서울대')).toBe('cgtn');
    expect(jobOf('인민일보 기자 출신 교수')).toBe('peoples-daily (former)');
    expect(jobOf('CGTN主播 出身寒门')).toBe('cgtn');
    expect(jobOf('新華社の東京特派員 出身は北京')).toBe('xinhua');
    expect(jobOf('新华社记者 出身 北京')).toBe('xinhua');
    expect(jobOf('기자 출신 CGTN 앵커입니다')).toBe('cgtn');
  });
});

describe('a wish written as a dream', () => {
  it('reads "my dream is to be" before the title as a wish, and a dream job held, or a dream elsewhere, as the job', () => {
    expect(jobOf('My dream is to be a reporter at CGTN')).toBeUndefined();
    expect(jobOf('Landed my dream job: reporter at RT 🙏')).toBe('rt');
    expect(jobOf('Living the dream: anchor at CGTN')).toBe('cgtn');
    expect(jobOf('Reporter at CGTN. Living the dream')).toBe('cgtn');
    expect(jobOf('Dream team: reporter at CGTN')).toBe('cgtn');
  });
});

describe('a leave inside a job', () => {
  it('keeps the job current when the past date ends a leave, and past when it ends the job', () => {
    expect(jobOf('Reporter at CGTN (on leave until May 2024)')).toBe('cgtn');
    expect(jobOf('Reporter at CGTN (maternity leave 2022–2023)')).toBe('cgtn');
    expect(jobOf('Корреспондент RT, в декрете до 2024')).toBe('rt');
    expect(jobOf('Репортёр RT, в отпуске по уходу за ребёнком до 2024')).toBe('rt');
    expect(jobOf('Presentadora de RT, de baja por maternidad hasta 2024')).toBe('rt');
    expect(jobOf('CGTN 기자 (2024년까지 육아휴직중)')).toBe('cgtn');
    expect(jobOf('CGTN主持人 休假至2024年')).toBe('cgtn');
    expect(jobOf("TRT muhabiri, 2024'e kadar izinli")).toBe('trt');
    expect(jobOf('Reporter at CGTN until 2023')).toBe('cgtn (former)');
    expect(jobOf('Reporter at CGTN, Baja California 2015–2020')).toBe('cgtn (former)');
    expect(jobOf('Reporter at CGTN (leaves until 2020)')).toBe('cgtn (former)');
  });

  it('reads a leave word after the date as the next item of a timeline, and a verb or a holiday as no leave', () => {
    expect(jobOf('RT presenter 2014–2021 then sabbatical')).toBe('rt (former)');
    expect(jobOf('Xinhua correspondent 2015-2021 leave a comment 👇')).toBe('xinhua (former)');
    expect(jobOf('Periodista de teleSUR de 2014 a 2019 de Baja California')).toBe('telesur (former)');
    expect(jobOf('Корреспондент RT 2015-2022 отпускаю и иду дальше')).toBe('rt (former)');
    expect(jobOf('CGTN 기자 2015-2020 휴가 같은 인생')).toBe('cgtn (former)');
    expect(jobOf('CGTN 기자 2019-2022 휴직 후 퇴사')).toBe('cgtn (former)');
  });
});

describe('staff lines written with verbs, and wishes before them', () => {
  it('reads "I report for", Vietnamese "làm báo nói ở" and Persian "برای … گزارش می‌دهم" as staff lines', () => {
    expect(jobOf('I report for CGTN from Nairobi')).toBe('cgtn');
    expect(jobOf('Làm báo nói ở Đài TNVN 🎙️')).toBe('vov');
    expect(jobOf('Tôi làm báo tại Đài Tiếng nói Việt Nam')).toBe('vov');
    expect(jobOf('از دبی برای العربیه فارسی گزارش می‌دهم')).toBe('mbc-group');
    // "report" as a noun or after a refusal; the outlet reported on, or as the report's topic; a place of work, a
    // topic of journalism and a father's job in Vietnamese (a review)
    expect(jobOf('Bias report for CGTN coverage of Xinjiang')).toBeUndefined();
    expect(jobOf('I refuse to report for RT')).toBeUndefined();
    expect(jobOf('تخلفات صداوسیما را گزارش می‌دهم')).toBeUndefined();
    expect(jobOf('از سانسور صداوسیما گزارش می‌دهم')).toBeUndefined();
    expect(jobOf('درباره پرس تی وی گزارش می‌دهم')).toBeUndefined();
    expect(jobOf('Làm việc ở Đài Loan nghe VOV mỗi ngày')).toBeUndefined();
    expect(jobOf('Review làm báo ở VTV')).toBeUndefined();
    expect(jobOf('Ba mình làm việc tại VTV')).toBeUndefined();
  });

  it('reads a wish before an employment phrase as no job, in English, Arabic and Vietnamese, unless it came true', () => {
    expect(jobOf('I want to work at CGTN')).toBeUndefined();
    expect(jobOf('Hoping to work for CGTN one day')).toBeUndefined();
    expect(jobOf("I'd love to work at TRT World")).toBeUndefined();
    expect(jobOf("Someday I'll work at CGTN")).toBeUndefined();
    expect(jobOf('أحلم أن أعمل في الجزيرة')).toBeUndefined();
    expect(jobOf('طالبة إعلام | حلمي مذيعة في الجزيرة')).toBeUndefined();
    expect(jobOf('Sinh viên báo chí, mong được làm việc tại VTV')).toBeUndefined();
    expect(jobOf('Ước mơ trở thành phóng viên VTV')).toBeUndefined();
    expect(jobOf('Fulfilled my dream of working at CGTN 🇨🇳')).toBe('cgtn');
    expect(jobOf('Đã thực hiện được ước mơ làm việc tại VTV')).toBe('vtv');
    // a wish elsewhere leaves the job as it is
    expect(jobOf('Reporter at CGTN, want to travel')).toBe('cgtn');
    expect(jobOf('Tôi làm việc tại VTV, muốn đi du lịch')).toBe('vtv');
  });
});

describe('after the ninety-fifth and ninety-sixth sets', () => {
  it("reads Afghanistan's state papers by their Pashto and Dari names, and Honduras's armed forces channel placed", () => {
    expect(jobOf('په اصلاح ورځپاڼه کې خبریال 📰 کابل')).toBe('afghanistan-state-newspapers');
    expect(jobOf('خبرنگار روزنامه انیس | کابل')).toBe('afghanistan-state-newspapers');
    // Iran's reformist dailies (a review)
    expect(jobOf('خبرنگار روزنامه اصلاح‌طلب شرق | تهران')).toBeUndefined();
    expect(jobOf('Periodista de Fuerzas Armadas TV 🇭🇳')).toBe('honduras-ffaa-tv');
    expect(jobOf('Periodista de FF.AA. TV 🇨🇱')).toBeUndefined();
  });

  it('reads "the land of" Myanmar, Cambodia and Laos as the state\'s name', () => {
    expect(presentsAs('မြန်မာပြည် 🇲🇲')).toBe('MM');
    expect(presentsAs('ប្រទេសកម្ពុជា 🇰🇭')).toBe('KH');
    expect(presentsAs('ປະເທດລາວ 🇱🇦')).toBe('LA');
    // the words built on them stay other words (people, natives)
    expect(presentsAs('မြန်မာပြည်သူ 🇲🇲')).toBeUndefined();
  });
});

describe('after the ninety-seventh and ninety-eighth sets', () => {
  it("reads an outlet's language or region of service after its name as part of a bare byline", () => {
    expect(jobOf('Novinarka, Al Jazeera Balkans 🎙️ Sarajevo. Stavovi su lični.')).toBe('al-jazeera');
    expect(jobOf('Journalist, Xinhua Africa')).toBe('xinhua');
    expect(jobOf('Correspondent, TASS English')).toBe('tass');
    expect(jobOf('Al Jazeera Balkans, novinarka')).toBe('al-jazeera');
    // more words after the service, or a list of outlets, stay a clause with more in it; what follows the service is
    // read as following the name (a mocking emoji, "fan"); a shared acronym takes no service (Radio Taiwan
    // International's "RTI Français", a review)
    expect(jobOf('Journalist, CGTN official watcher')).toBeUndefined();
    expect(jobOf('Journalist, Xinhua English, Reuters, AFP')).toBeUndefined();
    expect(jobOf('Anchor, CGTN English 🤡 (not really)')).toBeUndefined();
    expect(jobOf('Reporter, at CGTN English fan')).toBeUndefined();
    expect(jobOf('Reporter, RTI Français 🇨🇮 | Taipei')).toBeUndefined();
  });
});

describe('after the ninety-ninth and hundredth sets', () => {
  it("reads a Nigerian state broadcaster's on-air name, and its acronym only where the bio places Nigeria", () => {
    expect(jobOf('Reporter with RSBC 🇳🇬')).toBe('nigeria-state-broadcasters');
    expect(jobOf('Presenter at Radio Rivers 🇳🇬')).toBe('nigeria-state-broadcasters');
    expect(jobOf('Reporter at RSBC (Rivers State Broadcasting Corporation)')).toBe('nigeria-state-broadcasters');
    expect(jobOf('Reporter with RSBC')).toBeUndefined();
    // the on-air name elsewhere, and the acronym spelled out as another body (a review)
    expect(jobOf('Presenter at Radio Rivers 🇬🇧')).toBeUndefined();
    expect(jobOf('Media director at RSBC (Redeemed Saints Bible Church) 🇳🇬')).toBeUndefined();
    expect(jobOf('Editor at RSBC (Revised Statutes of BC) 🇳🇬')).toBeUndefined();
    // the outlet's own name spelt out another way is still the outlet's
    expect(jobOf('Reporter at RSBC (Rivers State Broadcasting Corp.) 🇳🇬')).toBe('nigeria-state-broadcasters');
  });

  it('reads dance and music words as a page\'s subject, and "Tanzania" still as the state', () => {
    expect(presentsAs('Bénin 🇧🇯 Danse')).toBeUndefined();
    expect(presentsAs('ኢትዮጵያ 🇪🇹 ዜማ')).toBeUndefined();
    expect(presentsAs('Tanzania 🇹🇿', 'Tanzania yetu')).toBe('TZ');
    expect(presentsAs('Habari', 'Our Tanzania 🇹🇿')).toBe('TZ');
  });
});

describe('after the hundred-and-first and hundred-and-second sets', () => {
  it('reads more outlets by their own spellings: 24KZ, Egyptian TV with ي, Sputnik Georgia in Georgian', () => {
    expect(jobOf('«24KZ» арнасының тілшісі | Астана 📍')).toBe('khabar');
    expect(jobOf('مذيعة نشرة بالتليفزيون المصري 📺 | القاهرة')).toBe('ertu');
    expect(jobOf('ჟურნალისტი • Sputnik საქართველო 📰 თბილისი')).toBe('sputnik');
    expect(jobOf('أحب مشاهدة التليفزيون المصري')).toBeUndefined();
  });

  it('reads an ordinary-word name with a joiner and a language as that edition, and the Spanish label with a country', () => {
    expect(brandIn('Sputnik en español')).toBe('sputnik');
    expect(brandIn('Sputnik en español fan')).toBeUndefined();
    expect(brandIn('sputnik en español')).toBeUndefined();
    expect(brandIn('Sputnik')).toBeUndefined();
    // not a region, not "in" (a film's dub, a travel page), not a bio line (a review)
    expect(brandIn('Sputnik in Hindi')).toBeUndefined();
    expect(brandIn('Sputnik en Asia')).toBeUndefined();
    expect(readBio('Sputnik en español', { now: NOW, name: 'Ana' }).employment).toBeUndefined();
    expect(isLabelText('Medios de Rusia controlados por el Estado')).toBe(true);
    expect(isLabelText('Medios de Corea del Norte controlados por el Estado')).toBe(true);
    expect(isLabelText('Medio de comunicación no controlado por el Estado')).toBe(false);
    expect(isLabelText('Medios de Jalisco controlados por el Gobierno')).toBe(false);
  });
});

describe('after the hundred-and-third and hundred-and-fourth sets', () => {
  it("reads a year's own dot before a lower-case word as no break, so the date stays with its job", () => {
    expect(jobOf('Do 2022. novinarka na TV Pink, sada podkast o knjigama 📚')).toBe('tv-pink (former)');
    expect(jobOf('Reporter at CGTN since 2019. love cats')).toBe('cgtn');
    // only after a clause that is "until <year>" alone: not a title's "since", not a past "until" of another job (a
    // review)
    expect(jobOf('Novinar od 2012. mrzim RTS')).toBeUndefined();
    expect(jobOf('Studentkinja do 2019. sada novinarka RTS-a')).toBe('rts');
    expect(jobOf('Worked at BBC until 2019. now reporter at RT')).toBe('rt');
    // Arabic "retired", Egyptian "on pension"
    expect(jobOf('مذيعة متقاعدة من التليفزيون المصري')).toBe('ertu (former)');
  });

  it('reads "Voice of" seeds in Azerbaijani and Amharic, and IRNA\'s Urdu service', () => {
    expect(presentsAs('🇦🇿 Azərbaycanın Səsi')).toBe('AZ');
    expect(presentsAs('🇪🇹 የኢትዮጵያ ድምፅ')).toBe('ET');
    expect(presentsAs('Azərbaycanın qızı 🇦🇿')).toBeUndefined();
    // a singer's stage name, a child of the country (a review)
    expect(presentsAs('🇦🇿 Azərbaycanın Səsi 🎤', 'Müğənni')).toBeUndefined();
    expect(presentsAs('የኢትዮጵያ ልጅ 🇪🇹')).toBeUndefined();
    expect(jobOf('نامہ نگار، ارنا اردو سروس')).toBe('irna');
  });
});

describe('after the hundred-and-fifth and hundred-and-sixth sets', () => {
  it("reads censorship and propaganda as a critic's words in French and Russian too, however the bio denies them", () => {
    expect(presentsAs('Iran 🇮🇷', 'Sans propagande occidentale ni celle des mollahs')).toBeUndefined();
    expect(presentsAs('Россия 🇷🇺', 'Без цензуры Запада и Кремля')).toBeUndefined();
    expect(presentsAs('Россия 🇷🇺', 'Без пропаганды')).toBeUndefined();
    expect(presentsAs('Россия 🇷🇺', 'Настоящая Россия 🇷🇺 Подпишись')).toBe('RU');
  });
});
