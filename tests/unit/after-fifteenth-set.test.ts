/**
 * After the fifteenth and sixteenth sets' misses were read (RULES_VERSION 20): "retired" and "pensioner" mark a job as
 * past across a comma; the start of a capital in a handle no longer names the state; a page selling advertising in
 * more languages is no state's voice. Both sides of each.
 */
import { describe, expect, it } from 'vitest';
import { jobOf } from './bio.helpers';
import { presents } from './self-presentation.helpers';

describe('retired, across a comma', () => {
  it.each([
    ['Пенсионерка, дълги години репортерка в БНР', 'bnr'],
    ['Retired, reporter at CGTN for 30 years', 'cgtn'],
    ['Jubilada, periodista de Granma', 'granma'],
  ])('%s is a past job', (bio, outlet) => {
    expect(jobOf(bio)).toBe(`${outlet} (former)`);
  });

  it.each([
    ['Репортерка в БНР 📻 Родопите', 'bnr'],
    ['Reporter at CGTN for 30 years', 'cgtn'],
  ])('%s stays current', (bio, outlet) => {
    expect(jobOf(bio)).toBe(outlet);
  });
});

describe('a handle names the state by its own names, not by the start of its capital', () => {
  it('a person named with the flag and the state, whose handle holds the start of the capital, is not its voice', () => {
    expect(presents('Abakar 🇹🇩 Tchad', '', 'abakar.the.ndjam')).toBeUndefined();
  });

  it('the start of the state’s own name still names it', () => {
    expect(presents('Tchad Nouveau 🇹🇩', '', 'tchad.nouveau')).toBeDefined();
    expect(presents('Tchad Nouveau 🇹🇩', '', 'tcha.nouveau')).toBeDefined();
  });
});

describe('a page selling advertising is no state’s voice, in more languages', () => {
  it.each([
    ['Soomaaliya Wararka 🇸🇴 24', 'Wararka ugu dambeeya 🔥 Xayeysiis iyo iibka: link-ga 👇', 'soomaaliya.wararka24'],
    ['Berita Malaysia 🇲🇾', 'Iklan & kerjasama: DM', 'berita.malaysia'],
  ])('%s', (name, bio, handle) => {
    expect(presents(name, bio, handle)).toBeUndefined();
    expect(presents(name, 'Wararka ugu dambeeya 🔥', handle)).toBeDefined();
  });
});
