/**
 * After the two-hundred-and-forty-first to two-hundred-and-forty-eighth sets' innocent `suspected` were read
 * (RULES_VERSION 102, as its review left it): Hungarian and Swahili "I was" before a title as a past job; a French
 * checker's object (an Arabic one taken back). Both sides of each.
 */
import { describe, expect, it } from 'vitest';
import { factCheckOf } from '../../src/lists/bio/fact-check';
import { jobOf } from './bio.helpers';

describe('"I was" opening a clause before a title', () => {
  it('is a past job', () => {
    expect(jobOf('Nyolc évig voltam az MTI tudósítója, most szabadúszó fotós Pécsett')).toBe('mtva (former)');
    expect(jobOf('Nilikuwa mwandishi wa HabariLeo kwa miaka 9. Leo nalima parachichi')).toBe(
      'tanzania-standard-newspapers (former)',
    );
  });
  it('not a present job after it, nor "still"', () => {
    expect(jobOf('Voltam már az MTI-ben, most az MTI tudósítója vagyok')).toBe('mtva');
    expect(jobOf('Az MTI tudósítója vagyok')).toBe('mtva');
    expect(jobOf('Nyolc évig voltam az MTI tudósítója, és ma is az vagyok')).toBe('mtva');
  });
});

describe('a checker’s object', () => {
  it('French "what the public media broadcast"', () => {
    expect(factCheckOf('Fact-checking citoyen. Nous vérifions ce que diffusent les médias publics')?.media).toBe(
      'les médias publics',
    );
  });
  it('not the public media as the writer’s own newsroom, nor the newspapers before the verb', () => {
    expect(factCheckOf('Journaliste des médias publics. Nous vérifions chaque info')).toBeUndefined();
    expect(factCheckOf('محرر في الصحف القومية. نتحقق من كل خبر')).toBeUndefined();
  });
});

/** Its review (about 165 probes) narrowed each; both sides. */
describe('as the review of RULES_VERSION 102 left it', () => {
  it('"still" words keep the job current', () => {
    expect(jobOf('Voltam a Duna TV operatőre, továbbra is az vagyok')).toBe('mtva');
    expect(jobOf('Nilikuwa mtangazaji wa TBC na bado niko')).toBe('tbc');
  });
  it('the French object: "we" only, the class ending the sentence, no in-house desk', () => {
    expect(factCheckOf('Je vérifie ce que disent les médias publics')).toBeUndefined();
    expect(factCheckOf('Nous vérifions ce que diffusent les médias publics avant diffusion.')).toBeUndefined();
    expect(
      factCheckOf('Nous vérifions ce que diffusent les médias publics : notre mission de service public'),
    ).toBeUndefined();
  });
  it('the Arabic newspapers taken back: their own staff check news too', () => {
    expect(factCheckOf('أعمل في تدقيق الأخبار بإحدى الصحف القومية')).toBeUndefined();
    expect(factCheckOf('نتحقق من الأخبار بشكل مستقل ✅ ونراجع ما تنشره الجرائد الحكومية')).toBeUndefined();
  });
});
