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
  it('a Chinese career "came to a close" is past', () => {
    expect(jobOf('十年新华社记者生涯告一段落｜现在教书')).toBe('xinhua (former)');
    expect(jobOf('新华社记者｜十年')).toBe('xinhua');
  });
});
