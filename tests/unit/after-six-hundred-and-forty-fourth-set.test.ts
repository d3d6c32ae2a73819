/**
 * Rules after the six-hundred-and-forty-fourth blind set (RULES_VERSION 161 on): each side of each rule, in inputs
 * written here (no blind case's wording is copied).
 */
import { describe, expect, it } from 'vitest';
import { jobOf } from './bio.helpers';
import { linkPoints } from './link.helpers';

describe('checkers and a past career (RULES_VERSION 161)', () => {
  const sputnik = 'https://rs.sputniknews.com/';
  it('a Serbian checker "takes apart" the outlet’s news: its link counts nothing; staff "for" it keep theirs', () => {
    expect(linkPoints('Ovde rastavljamo vesti Sputnika, tvrdnju po tvrdnju', sputnik, 'Provera')).toBe(0);
    expect(linkPoints('Rastavljam vesti za Sputnik svako jutro', sputnik, 'Marko')).toBe(60);
  });
  it('"the magnifying glass on" the outlet’s headlines, not on a topic "at" it', () => {
    const rt = 'https://actualidad.rt.com/';
    expect(linkPoints('Lupa sobre las notas de RT, una por una', rt, 'Ana')).toBe(0);
    expect(linkPoints('Lupa sobre la política, en RT', rt, 'Ana')).toBe(60);
  });
  it('… the claims as the verb’s object only: not a podcast’s topics, not a programme called "Lupa" (its review)', () => {
    expect(linkPoints('Rastavljam teme dana: Sputnik podkast', sputnik, 'Marko')).toBe(60);
    expect(linkPoints('Lupa sobre la semana, de RT', 'https://actualidad.rt.com/', 'Lupa')).toBe(60);
  });
  it('a Chinese career "came to a close" is past; a season, one’s studies or the pandemic are not the job', () => {
    expect(jobOf('十年新华社记者生涯告一段落｜现在教书')).toBe('xinhua (former)');
    expect(jobOf('新华社记者，节目第一季告一段落')).toBe('xinhua');
    expect(jobOf('新华社记者，学业告一段落，入职三年')).toBe('xinhua');
  });
});
