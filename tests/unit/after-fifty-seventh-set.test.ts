/**
 * After the fifty-seventh and fifty-eighth sets' misses were read (RULES_VERSION 46): the Khmer producer. A review
 * took back "pivô" (Brazil's "pivô da polêmica", the centre of a row) and "wydawca" (a record or book publisher). Both
 * sides.
 */
import { describe, expect, it } from 'vitest';
import { jobOf } from './bio.helpers';

describe('after the fifty-seventh and fifty-eighth sets', () => {
  it.each([['ផលិតករ នៅ TVK', 'tvk']])('%s', (bio, want) => expect(jobOf(bio)).toBe(want));

  it.each([
    // a basketball pivot, a football club's, a book publisher who reads a paper, "I am at TVK"
    'Pivô do Benfica ⚽',
    'Pivô de basquetebol | TPA fan',
    'Wydawca książek | czytam Gazetę Polską',
    'ខ្ញុំនៅ TVK',
    // taken back (a review)
    'Fui pivô da polêmica da TV Brasil em 2018 😅',
    'Wydawca muzyczny koncertu TVP Kultura 📀',
  ])('not: %s', (bio) => expect(jobOf(bio)).toBeUndefined());
});
