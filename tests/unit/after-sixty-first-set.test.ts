/**
 * After the sixty-first and sixty-second sets' misses were read (RULES_VERSION 48): South Slavic "nekad" as a past
 * job; four more titles (Serbian feminine producer, Lebanese "مندوب", Burmese newsreader, Kazakh title with the
 * first-person copula); «РГ»; Yemen's Al-Thawra publishing house, placed; Algeria's Darija name; East Slavic "real"
 * before the state's name. Both sides.
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

  it('reads the new titles beside an outlet, and not alone or beside a firm or a state', () => {
    expect(jobOf('Producentkinja @ B92 🎬 | Beograd')).toBe('kopernikus');
    expect(jobOf('Producentkinja | Beograd | kafa')).toBeUndefined();
    expect(jobOf('مندوبة الوكالة الوطنية للإعلام في الجنوب 📰 صور')).toBe('nna-lebanon');
    expect(jobOf('مندوب مبيعات | شركة الوطنية')).toBeUndefined();
    expect(jobOf('مندوب سوريا لدى الأمم المتحدة')).toBeUndefined();
    expect(jobOf('MRTV သတင်းကြေညာသူ 🎙️ | နေပြည်တော်')).toBe('mrtv');
    expect(jobOf('သတင်းကြေညာသူ 🎙️ | နေပြည်တော်')).toBeUndefined();
    expect(jobOf('ҚазАқпарат тілшісімін 🎙️ Астана')).toBe('kazinform');
    expect(jobOf('Тілшімін 🎙️ Астана')).toBeUndefined();
  });

  it('reads «РГ» beside a title, case-sensitively, and not alone', () => {
    expect(jobOf('Собкор «РГ» по Уралу 🏔️ | Екатеринбург')).toBe('rossiyskaya-gazeta');
    expect(jobOf('Читаю «РГ» каждый день')).toBeUndefined();
    expect(jobOf('Корреспондент Рг')).toBeUndefined();
  });

  it("reads Al-Thawra's publishing house where the bio places Yemen, and not elsewhere", () => {
    expect(jobOf('مصوّر صحفي | مؤسسة الثورة للصحافة 📷 | صنعاء')).toBe('yemen-state-press');
    expect(jobOf('مصوّر صحفي | مؤسسة الثورة للصحافة | دمشق')).toBeUndefined();
  });

  it("reads Algeria's Darija name as the state's, with its flag", () => {
    expect(presents('دزاير تتقدم 🇩🇿', 'حقيقة بلادنا بلا فلتر 🇩🇿', 'dzair.tantasser')?.state.code).toBe('DZ');
    expect(presents('دزاير تتقدم 🇫🇷', '', 'dzair.tantasser')).toBeUndefined();
  });

  it("reads East Slavic \"real\" right before the state as a slogan, not a critic's, a traveller's or a shop's", () => {
    expect(presents('Моя сильная', 'Настоящая Беларусь без западной лжи 🇧🇾', 'silnaya')?.where).toBe('bio');
    expect(presents('Аня', 'Настоящая Беларусь — бело-красно-белая #FreeBelarus', 'anya')).toBeUndefined();
    expect(presents('Аня', 'Настоящий Казахстан: путешествия по степи', 'anya')).toBeUndefined();
    expect(presents('Магазин', 'Настоящий Узбекистан плов доставка', 'shop')).toBeUndefined();
    expect(presents('Ivan', 'Настоящая Россия — это деревня, где я вырос', 'ivan')).toBeUndefined();
    expect(presents('Ivan', 'Беларусь настоящая', 'ivan')).toBeUndefined();
  });
});
