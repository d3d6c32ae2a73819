/**
 * After the fifty-seventh and fifty-eighth sets' misses were read (RULES_VERSION 46): the anchor as Portugal and
 * Angola say it ("pivô"), the Khmer producer, the Polish programme editor ("wydawca", "wydawczyni"). Both sides.
 */
import { describe, expect, it } from 'vitest';
import { jobOf } from './bio.helpers';

describe('after the fifty-seventh and fifty-eighth sets', () => {
  it.each([
    ['Pivô da TPA', 'tpa'],
    ['ផលិតករ នៅ TVK', 'tvk'],
    ['Wydawczyni w Jedynce Polskiego Radia 📻', 'polskie-radio'],
    ['Wydawca w Polskim Radiu', 'polskie-radio'],
  ])('%s', (bio, want) => expect(jobOf(bio)).toBe(want));

  it.each([
    // a basketball pivot, a football club's, a book publisher who reads a paper, "I am at TVK"
    'Pivô do Benfica ⚽',
    'Pivô de basquetebol | TPA fan',
    'Wydawca książek | czytam Gazetę Polską',
    'ខ្ញុំនៅ TVK',
  ])('not: %s', (bio) => expect(jobOf(bio)).toBeUndefined());
});
