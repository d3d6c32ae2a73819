/**
 * The thirteenth fresh set's misses, as classes (docs/calibration.md): the label in European and African Portuguese
 * ("média"), "the republic" daily of three states placed by the bio, Afrikaans newsreader titles (and a listener who
 * is none), and Spanish/Portuguese "antes" (formerly). Both sides of each; generic wordings, none of the set's own.
 */
import { describe, expect, it } from 'vitest';
import { readBio } from '../../src/lists/bio/index';
import { isLabelText } from '../../src/tiktok/label';

describe('the Portuguese label as Portugal and Angola write "media"', () => {
  it('"Média controlada pelo Estado" is the label', () => {
    expect(isLabelText('Média controlada pelo Estado (Moçambique)')).toBe(true);
  });

  it('"média" inside another word is not', () => {
    expect(isLabelText('Multimédia controlada pelo Estado')).toBe(false);
  });
});

describe('"the republic" daily: Egypt’s, Algeria’s or Yemen’s, as the bio places it', () => {
  it.each([
    ['مراسل جريدة «الجمهورية» | القاهرة', 'EG'],
    ['صحفي في جريدة الجمهورية | وهران 🇩🇿', 'DZ'],
    ['محرر في صحيفة الجمهورية | تعز 🇾🇪', 'YE'],
  ])('%s', (bio, state) => {
    expect(readBio(bio).employment?.outlet.state).toBe(state);
  });

  it('with no state placed, nothing', () => {
    expect(readBio('مراسل جريدة الجمهورية').employment).toBeUndefined();
  });
});

describe('Afrikaans newsreader and announcer', () => {
  it('"Nuusleser by …" binds the broadcaster', () => {
    expect(readBio('Nuusleser by die NBC | Windhoek 🇳🇦').employment?.outlet.state).toBe('NA');
  });

  it('a listener ("Ek luister na …", "I listen to …") is none', () => {
    expect(readBio('Ek luister na die NBC se nuusleser | Windhoek 🇳🇦').employment).toBeUndefined();
    expect(readBio('I listen to RT presenters every day').employment).toBeUndefined();
  });
});

describe('"antes" (formerly) heading the old job', () => {
  it.each([
    ['es', 'Antes periodista en teleSUR, ahora cocinera'],
    ['pt', 'Antes repórter da TV Brasil'],
  ])('%s', (_, bio) => {
    expect(readBio(bio).employment?.former).toBe(true);
  });

  it('without it, current', () => {
    expect(readBio('Periodista en teleSUR').employment?.former).toBe(false);
  });
});

describe('an apostrophe inside a Cyrillic word', () => {
  it('keeps a declined Ukrainian title one word, so it stems like its entry', () => {
    expect(readBio('Кореспондентка «Урядового кур’єра»').employment?.outlet.state).toBe('UA');
    expect(readBio("Кореспондент «Урядовий кур'єр»").employment?.outlet.state).toBe('UA');
  });

  it('a reader of the paper only mentions it', () => {
    const r = readBio('Я читаю «Урядовий кур’єр»');
    expect(r.employment).toBeUndefined();
    expect(r.mentions.map((m) => m.outlet.state)).toEqual(['UA']);
  });
});
