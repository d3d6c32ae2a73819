/**
 * After the hundred-and-seventy-third to hundred-and-seventy-sixth sets' innocent `suspected` were read
 * (RULES_VERSION 91): the Hungarian "I was" and "I worked" mark a clause's job as past, as the Persian and Turkish
 * ones do. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { jobOf } from './bio.helpers';

describe('Hungarian past forms of the job', () => {
  it('"voltam" (I was) makes the job a past one', () => {
    expect(jobOf('Az M1 Híradónál voltam riporter 2014 és 2021 között. Ma szabadúszó videós 🎥')).toBe('mtva (former)');
  });
  it('the present forms stay present', () => {
    expect(jobOf('Az M1 Híradó riportere vagyok')).toBe('mtva');
    expect(jobOf('Riporter az M1 Híradónál')).toBe('mtva');
  });
  it('only inside the job’s phrase or right after it: elsewhere in the clause it is another past (a review)', () => {
    expect(jobOf('Az M1 riportere voltam')).toBe('mtva (former)');
    expect(jobOf('Az M1 riportere vagyok, előtte a TV2-nél dolgoztam')).toBe('mtva');
    expect(jobOf('Az M1 Híradó tudósítója vagyok, ott voltam Kijevben')).toBe('mtva');
  });
});
