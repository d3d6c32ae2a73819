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

describe('a checker by the trade’s own words (RULES_VERSION 155)', () => {
  it('finds the word in the name, the handle or the bio, in several languages', () => {
    expect(checkerWord('Айгүл · фактчекер', 'aigul.k', 'Күнде жаңалық')).toBe('фактчекер');
    expect(checkerWord('Marko', 'marko.provera', '')).toBe('provera');
    expect(checkerWord('Lina', 'lina', 'نتحقق من الأخبار المتداولة')).toBe('نتحقق');
    expect(checkerWord('Ali', 'ali', 'Haberleri teyit ediyoruz')).toBe('teyit ediyoruz');
    expect(checkerWord('小王', 'xw', '专做新闻核查')).toBe('核查');
  });
  it('not the adjective of verified news, a proofreader, a state’s anti-fake unit, a negation', () => {
    expect(checkerWord('Noticias', 'noticias', 'Noticias verificadas al instante')).toBeUndefined();
    expect(checkerWord('Son Dakika', 'sondakika', 'Teyit edilmiş haberler')).toBeUndefined();
    expect(checkerWord('سارة', 'sara', 'تدقيق لغوي وتحرير')).toBeUndefined();
    expect(checkerWord('Verifica Isla', 'v.isla', 'Unidad antifake del canal')).toBeUndefined();
    expect(checkerWord('Фактчек', 'fc', 'Ловим фейки западных СМИ')).toBeUndefined();
    expect(checkerWord('Olga', 'olga', 'Я не проверяю ничего')).toBeUndefined();
  });
  it('a checker’s link to an outlet it does not name counts half', () => {
    expect(linkPoints('Ресми мәлімдемелерді тексеремін', inform, 'Дана', 'dana.k1')).toBe(30);
    expect(linkPoints('Ресми мәлімдемелерді оқимын', inform, 'Дана', 'dana.k1')).toBe(60);
  });
  it('named once by a checker whose own name is the checking word: what it checks, half', () => {
    expect(linkPoints('Ove nedelje gledamo TV Pink ⬇️', pink, 'Provera činjenica', 'provera.k1')).toBe(30);
    expect(linkPoints('Leemos lo que publica Sputnik Mundo', sputnik, 'Chequea Ya 🔎', 'chequea.ya')).toBe(30);
  });
  it('not when the name carries an outlet’s name, the bio a media title or the outlet named twice', () => {
    expect(linkPoints('Leemos lo que publica Sputnik Mundo', sputnik, 'Sputnik Chequea', 'chequea.ya')).toBe(60);
    expect(linkPoints('Presentadora en TV Pink ⬇️', pink, 'Provera činjenica', 'provera.k1')).toBe(60);
    expect(linkPoints('TV Pink vesti. Gledajte TV Pink ⬇️', pink, 'Provera činjenica', 'provera.k1')).toBe(60);
  });
  it('an outlet’s boast of verified news keeps its link whole', () => {
    expect(linkPoints('Teyit edilmiş son dakika haberleri', trt, 'Son Dakika', 'sondakika.tr')).toBe(60);
  });
});
