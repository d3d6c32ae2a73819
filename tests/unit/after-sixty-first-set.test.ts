/**
 * After the sixty-first and sixty-second sets' misses were read (RULES_VERSION 48): South Slavic "nekad",
 * "nekadašnji" as a past job; more titles (Serbian feminine producer, Burmese newsreader, Kazakh titles with the
 * first-person copula); Yemen's Al-Thawra publishing house, placed; the Kazakh channel's Latin name, the locative after
 * a possessive, Turkic past verbs after a title, "want to become" after a title. And what a review took back: Lebanese
 * "مندوب", «РГ», Algeria's Darija name, East Slavic "real" before the state's name. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { readStateIdentity } from '../../src/lists/self-presentation';
import { STATES_WITH_OUTLETS } from '../../src/lists/states';
import { jobOf } from './bio.helpers';

const presents = (name: string, bio: string, handle: string) =>
  readStateIdentity(name, bio, handle, (c) => STATES_WITH_OUTLETS.has(c)).presents;

describe('after the sixty-first and sixty-second sets', () => {
  it('reads "nekad" (once) before the title as a past job, and not a current title after it', () => {
    expect(jobOf('Nekad voditeljka na B92 📺 Sad učim prvake da čitaju | Novi Sad')).toBe('kopernikus (former)');
    expect(jobOf('Некада новинарка РТС-а')).toBe('rts (former)');
    expect(jobOf('Nekad novinar, sad voditeljka na B92')).toBe('kopernikus');
    expect(jobOf('Voditeljka na B92')).toBe('kopernikus');
  });

  it('reads "nekadašnji" (former) and Slovenian "nekoč" as past jobs', () => {
    expect(jobOf('Nekadašnja voditeljka RTS-a')).toBe('rts (former)');
    expect(jobOf('Nekoč novinarka RTV Slovenija')).toBe('rtv-slovenija (former)');
  });

  it('reads the new titles beside an outlet, placed by their language, and not alone', () => {
    expect(jobOf('Producentkinja @ B92 🎬 | Beograd')).toBe('kopernikus');
    expect(jobOf('Producentkinja | Beograd | kafa')).toBeUndefined();
    expect(jobOf('MRTV သတင်းကြေညာသူ 🎙️ | နေပြည်တော်')).toBe('mrtv');
    expect(jobOf('သတင်းကြေညာသူ 🎙️ | နေပြည်တော်')).toBeUndefined();
    expect(jobOf('ҚазАқпарат тілшісімін 🎙️ Астана')).toBe('kazinform');
    expect(jobOf('Тілшімін 🎙️ Астана')).toBeUndefined();
  });

  it('takes back what a review found read wrongly: "مندوب" (a delegate), "РГ" (initials)', () => {
    expect(jobOf('مندوب في مؤتمر وكالة الأنباء الجزائرية')).toBeUndefined();
    expect(jobOf('مندوب الجزيرة في اتحاد الكرة')).toBeUndefined();
    expect(jobOf('Ведущий специалист РГ по тарифам')).toBeUndefined();
    expect(jobOf('Корреспондент районной газеты «РГ»')).toBeUndefined();
  });

  it("reads Al-Thawra's publishing house where the bio places Yemen, and not elsewhere", () => {
    expect(jobOf('مصوّر صحفي | مؤسسة الثورة للصحافة 📷 | صنعاء')).toBe('yemen-state-press');
    expect(jobOf('مصوّر صحفي | مؤسسة الثورة للصحافة | دمشق')).toBeUndefined();
  });

  it('takes back East Slavic "real" before a state and Algeria\'s Darija name: people, dishes, critics, brands', () => {
    expect(presents('Моя сильная', 'Настоящая Беларусь без западной лжи 🇧🇾', 'silnaya')).toBeUndefined();
    expect(presents('Мария', 'Настоящий 🇮🇹 кофе у нас в кофейне', 'maria')).toBeUndefined();
    expect(presents('Мария', 'Настоящая Россия без Путина', 'maria')).toBeUndefined();
    expect(presents('دزاير ستور 🇩🇿', '', 'dzair_shop')).toBeUndefined();
  });
});

describe('after the sixty-first and sixty-second sets: Kazakh names and wishes', () => {
  it("reads the Kazakh channel's Latin name with its channel word, in the genitive, not the locative", () => {
    expect(jobOf('Qazaqstan телеарнасында тілшімін 🎤 | Шымкент')).toBeUndefined();
    expect(jobOf('Анам Хабар арнасында тілші ❤️')).toBeUndefined();
    expect(jobOf('Qazaqstan телеарнасы тілшісімін')).toBe('qazaqstan-rtrk');
    expect(jobOf('«Qazaqstan» ұлттық арнасының тілшісімін 🎥 | Астана')).toBe('qazaqstan-rtrk');
    expect(jobOf('Қазақстанда тілшімін')).toBeUndefined();
    expect(jobOf('Qazaqstan телеарнасын көремін')).toBeUndefined();
  });

  it('reads "want to become" after a title as a wish, and the title alone as the job', () => {
    expect(jobOf('Qazaqstan телеарнасында тілші болғым келеді')).toBeUndefined();
    expect(jobOf('TRT muhabiri olmak istiyorum')).toBeUndefined();
    expect(jobOf('TRT muhabiri')).toBe('trt');
    expect(jobOf('दूरदर्शन में पत्रकार बनना चाहती हूँ')).toBeUndefined();
    expect(jobOf('दूरदर्शन में पत्रकार हूँ')).toBe('prasar-bharati');
    expect(jobOf('KCNA 기자가 되고 싶어요')).toBeUndefined();
    expect(jobOf('CCTV记者')).toBe('cctv');
    expect(jobOf('TRT MUHABİRİ OLMAK İSTİYORUM')).toBeUndefined();
    expect(jobOf('CGTN記者を目指しています')).toBeUndefined();
    expect(jobOf('Мечтаю быть ведущей RT')).toBeUndefined();
    expect(jobOf('Корреспондент RT')).toBe('rt');
    expect(jobOf('أحلم أن أكون مذيعة في قناة الجزيرة')).toBeUndefined();
    expect(jobOf('مذيعة في قناة الجزيرة')).toBe('al-jazeera');
  });

  it('reads the Turkic past of "be" or "work" right after the title as a past job', () => {
    expect(jobOf('«Хабар» арнасының тілшісі болдым')).toBe('khabar (former)');
    expect(jobOf('Бұрын «Хабар» арнасының тілшісі')).toBe('khabar (former)');
    expect(jobOf('«Хабар» арнасының тілшісімін')).toBe('khabar');
    expect(jobOf('TRT muhabiri idim')).toBe('trt (former)');
    expect(jobOf('TRT muhabiri')).toBe('trt');
    expect(jobOf('Хабар 24 тілшісі едім')).toBe('khabar (former)');
    expect(jobOf('AzTV müxbiri olmuşam')).toBe('aztv (former)');
  });

  it('reads Arabic "before <year>" as the end of a job', () => {
    expect(jobOf('محرر بمؤسسة الثورة للصحافة قبل 2015 | حالياً مستقل 🇾🇪')).toBe('yemen-state-press (former)');
    expect(jobOf('محرر بمؤسسة الثورة للصحافة 🇾🇪')).toBe('yemen-state-press');
  });

  it('takes back the South Slavic producer as a placing title (real-time-strategy games)', () => {
    expect(jobOf('Producentica RTS igara 🎮 | Zagreb')).toBeUndefined();
  });
});
