/**
 * After the hundred-and-fifty-seventh to hundred-and-sixtieth sets' misses were read (RULES_VERSION 88): words that sat
 * dead behind an ASCII-only `\b` (tests/unit/word-boundary.test.ts keeps the class out); two channels of one
 * broadcaster joined by "&"; a name glossed in brackets by its own acronym in a script without capitals, and a title
 * with its beat before it, or its channel by number after a dash; "Myanmar's land"; the Spanish label with the control
 * said after a comma. Both sides of each, and what a review took back.
 */
import { describe, expect, it } from 'vitest';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';
import { presentsAs } from './self-presentation.helpers';

describe('words an ASCII-only \\b had kept dead', () => {
  it('a singer (any case, plural) and an advertiser’s contact (either number) rule the state’s name out as a voice', () => {
    expect(presentsAs('Türkiye 🇹🇷', 'şarkıcı 🎤')).toBeUndefined();
    expect(presentsAs('Türkiye 🇹🇷', 'ŞARKICI')).toBeUndefined();
    expect(presentsAs('Türkiye 🇹🇷', 'Şarkıcılar')).toBeUndefined();
    expect(presentsAs('Sénégal 🇸🇳', 'Pour publicité: contact@x.sn')).toBeUndefined();
    expect(presentsAs('Burkina Infos 🇧🇫', 'Pour vos publicités: 70 00 00 00')).toBeUndefined();
  });
  it('and the same names stand without them', () => {
    expect(presentsAs('Türkiye 🇹🇷', 'Günlük hayat 🎤')).toBe('TR');
    expect(presentsAs('Sénégal 🇸🇳', 'Pour toute info: contact@x.sn')).toBe('SN');
  });
  it('taken back (a review): "dân chủ" is the Party’s own slogan word; the Turkish and Azerbaijani "true face"', () => {
    expect(presentsAs('Việt Nam 🇻🇳', 'Dân giàu, nước mạnh, dân chủ, công bằng, văn minh')).toBe('VN');
    expect(presentsAs('Yaşam', "Türkiye'nin gerçek yüzü")).toBeUndefined();
    expect(presentsAs('Mehmet', "Türkiye'nin gerçek yüzünü keşfedin 🇹🇷")).toBeUndefined();
    expect(presentsAs('Gündəlik həyat', 'Azərbaycanın əsl üzü 🇦🇿')).toBeUndefined();
  });
});

describe('two channels of one broadcaster joined by "&"', () => {
  it('reads "KBC Channel 1 & Radio Taifa" as one employer after the title', () => {
    expect(jobOf('Mtangazaji wa habari | KBC Channel 1 & Radio Taifa | Nairobi 🇰🇪')).toBe('kbc-kenya');
    expect(jobOf('Reporter | KBC Channel 1 & Radio Taifa')).toBe('kbc-kenya');
  });
  it('in a comma clause too', () => {
    expect(jobOf('Mtangazaji wa habari, KBC Channel 1 & Radio Taifa')).toBe('kbc-kenya');
  });
  it('two outlets so joined stay two, a list', () => {
    expect(jobOf('Journalist | RT & Sputnik')).toBeUndefined();
    expect(jobOf('Fan of KBC Channel 1 & Radio Taifa')).toBeUndefined();
  });
});

describe('a name glossed in brackets in a script without capitals', () => {
  it('reads "বাংলাদেশ টেলিভিশন (বিটিভি)" as the signature its bracket makes, after a title with its beat', () => {
    expect(jobOf('সংবাদ উপস্থাপক | বাংলাদেশ টেলিভিশন (বিটিভি) 📺 ঢাকা')).toBe('btv-bangladesh');
    expect(jobOf('News presenter | Bangladesh Television (BTV) 📺 Dhaka')).toBe('btv-bangladesh');
  });
  it('not a bracket holding anything but the same outlet’s name ("সাবেক", former), nor a beat without a title', () => {
    expect(jobOf('সংবাদ উপস্থাপক | বাংলাদেশ টেলিভিশন (সাবেক) 📺 ঢাকা')).toBeUndefined();
    expect(jobOf('খেলা | বাংলাদেশ টেলিভিশন (বিটিভি)')).toBeUndefined();
    expect(jobOf('Sports fan | Bangladesh Television (BTV)')).toBeUndefined();
  });
  it('nor a beat’s signature with a list after it, nor a parody (a review)', () => {
    expect(jobOf('Health reporter | CGTN (中国国际电视台) | BBC | Al Jazeera')).toBeUndefined();
    expect(jobOf('সংবাদ উপস্থাপক | বাংলাদেশ টেলিভিশন (বিটিভি) | প্যারোডি')).toBeUndefined();
  });
});

describe('"Myanmar’s land" as the country’s name', () => {
  it('presents Myanmar', () => {
    expect(presentsAs('မြန်မာ့မြေ 🇲🇲', '', 'golden.land.mm')).toBe('MM');
  });
  it('not in a traveller’s name, nor beside the Spring Revolution’s words (a review)', () => {
    expect(presentsAs('မြန်မာ့မြေ ခရီးသွား', '', 'x')).toBeUndefined();
    expect(presentsAs('မြန်မာ့မြေ 🇲🇲', 'နွေဦးတော်လှန်ရေး အောင်ရမည်', 'x')).toBeUndefined();
    expect(presentsAs('မြန်မာ့မြေ 🇲🇲', '#WhatsHappeningInMyanmar', 'x')).toBeUndefined();
  });
});

describe('the Spanish label with the control said after a comma', () => {
  it('reads the whole label, the state’s adjective in its slot', () => {
    expect(isLabelText('Medio estatal ecuatoriano, con control gubernamental')).toBe(true);
    expect(isLabelText('Medios estatales cubanos, con control del Estado')).toBe(true);
    expect(isLabelText('Medio estatal, con control gubernamental')).toBe(true);
  });
  it('not a denial in the slot, nor "without control", nor the adjective alone', () => {
    expect(isLabelText('Medio estatal no, con control gubernamental')).toBe(false);
    expect(isLabelText('medio estatal jamás, con control estatal')).toBe(false);
    expect(isLabelText('Medio estatal independiente, con control del Estado')).toBe(false);
    expect(isLabelText('Medio estatal ecuatoriano, sin control gubernamental')).toBe(false);
    expect(isLabelText('Medio estatal ecuatoriano')).toBe(false);
  });
});

describe('English reporters’ verbs of a beat, taken back (a review)', () => {
  it('bind no one: not first-person forms, they name anyone’s job', () => {
    expect(jobOf('Covering parliament for Tehran Times')).toBeUndefined();
    expect(jobOf('Stop covering politics for CGTN!')).toBeUndefined();
    expect(jobOf('Follow Ali, covering politics for Xinhua')).toBeUndefined();
  });
});

describe('a broadcaster’s channel by its number after a dash', () => {
  it('glosses the name as a signature does', () => {
    expect(jobOf('مذيعة نشرة الأخبار | تلفزيون الكويت – القناة الأولى 🇰🇼')).toBe('kuwait-tv');
    expect(jobOf('مذيعة | تلفزيون الكويت – القناة الأولى')).toBe('kuwait-tv');
  });
  it('not after a viewer’s word, nor a dash before anything but a channel’s number', () => {
    expect(jobOf('مشاهدة | تلفزيون الكويت – القناة الأولى 🇰🇼')).toBeUndefined();
    expect(jobOf('مذيعة | تلفزيون الكويت – رأيي الشخصي')).toBeUndefined();
  });
});
