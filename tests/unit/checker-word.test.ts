/**
 * RULES_VERSION 155: a checker by the trade's own words (src/lists/bio/checker-word.ts) links the outlet it checks at
 * half weight, not as evidence; the refusals keep outlets' own desks, staff and boasts of "verified news" at full.
 * The inputs are written here, in other words than the blind sets' (no case's wording is copied).
 */
import { describe, expect, it } from 'vitest';
import { checkerWord } from '../../src/lists/bio/checker-word';
import { linkPoints } from './link.helpers';

const inform = 'https://www.inform.kz/';
const pink = 'https://www.pink.rs/';
const sputnik = 'https://mundo.sputniknews.com/';
const trt = 'https://www.trthaber.com/';

describe('a checker by the trade’s own words in its name (RULES_VERSION 155)', () => {
  it('finds the word in the name or the handle, in several languages', () => {
    expect(checkerWord('Айгүл · фактчекер', 'aigul.k', 'Күнде жаңалық')).toBe('фактчекер');
    expect(checkerWord('Lina | تدقيق المعلومات', 'lina', '')).toBe('تدقيق');
    expect(checkerWord('Haber Doğrulama', 'ali', '')).toBe('Haber Doğrulama');
    expect(checkerWord('小王｜新闻核查', 'xw', '')).toBe('新闻核查');
  });
  it('not in the bio alone: a newsroom vouches, a press office verifies', () => {
    expect(checkerWord('Ana', 'ana', 'Fact-checker independiente')).toBeUndefined();
    expect(checkerWord('Ana', 'ana', 'Verificamos titulares')).toBeUndefined();
  });
  it('a bare word of the name only beside the bio’s checking word, in the singular', () => {
    expect(checkerWord('Verifica Sur', 'vsur', 'Verificamos los datos de tu empresa')).toBeUndefined();
    expect(checkerWord('Provera Auto', 'provera.auto', 'Tehnički pregled i provera')).toBeUndefined();
    expect(checkerWord('Provera u minut', 'provera.k1', 'Proveravam tvrdnje')).toBe('Provera');
  });
  it('not an office’s inspection, a proofreader, a state’s unit, a course, a question, a negation', () => {
    expect(checkerWord('政务｜核查', 'zw', '关于开展核查工作的通知')).toBeUndefined();
    expect(checkerWord('سارة | تدقيق لغوي', 'sara', '')).toBeUndefined();
    expect(checkerWord('Verifica Isla', 'v.isla', 'Unidad antifake del canal')).toBeUndefined();
    expect(checkerWord('Фактчек', 'fc', 'Ловим фейки западных СМИ')).toBeUndefined();
    expect(checkerWord('Fact-checking 101', 'fc101', 'Curso online')).toBeUndefined();
    expect(checkerWord('Fact-checker?', 'fc', '')).toBeUndefined();
    expect(checkerWord('Не фактчекер', 'olga', '')).toBeUndefined();
  });
  it('a checker’s link to an outlet its bio does not name counts half', () => {
    expect(linkPoints('Ресми мәлімдемелерді оқимын', inform, 'Дана · фактчекер', 'dana.k1')).toBe(30);
    expect(linkPoints('Ресми мәлімдемелерді оқимын', inform, 'Дана', 'dana.k1')).toBe(60);
  });
  it('not when the bio names the outlet: staff in words the employment reader misses (a second review)', () => {
    expect(linkPoints('Ove nedelje gledamo TV Pink ⬇️', pink, 'Provera činjenica', 'pc.k1')).toBe(60);
    expect(linkPoints('Zaposlena na TV Pink', pink, 'Provera činjenica Mila', 'mila.k1')).toBe(60);
  });
  it('not beside a team’s or a job’s words', () => {
    expect(linkPoints('Haber doğrulama ekibi', trt, 'Haber Doğrulama TR', 'hd.k1')).toBe(60);
    expect(linkPoints('Trabajo con el canal', sputnik, 'Verificadora Ana', 'ana.k1')).toBe(60);
    expect(linkPoints('Günlük notlar', trt, 'Haber Doğrulama TR', 'hd.k1')).toBe(30);
  });
  it('not when the name carries an outlet’s name, the bio a media title or the outlet named twice', () => {
    expect(linkPoints('Leemos lo que publica Sputnik Mundo', sputnik, 'Sputnik Chequeador', 'chs.k1')).toBe(60);
    expect(linkPoints('Presentadora en TV Pink ⬇️', pink, 'Provera činjenica', 'pc.k1')).toBe(60);
    expect(linkPoints('TV Pink vesti. Gledajte TV Pink ⬇️', pink, 'Provera činjenica', 'pc.k1')).toBe(60);
  });
  it('an outlet’s boast of verified news keeps its link whole', () => {
    expect(linkPoints('Teyit edilmiş son dakika haberleri', trt, 'Son Dakika', 'sondakika.tr')).toBe(60);
  });
});
