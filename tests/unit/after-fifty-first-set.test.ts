/**
 * After the fifty-first and fifty-second sets' misses were read (RULES_VERSION 43): the Armenian genitive after a
 * vowel (-յի), a Russian quoted name after "на"/"в", the camera operator in the singular, Radio Nigeria in Hausa, the
 * Spanish label's "gestionado por el gobierno". Both sides.
 */
import { describe, expect, it } from 'vitest';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';

describe('after the fifty-first and fifty-second sets', () => {
  it.each([
    ['Հայաստանի հանրային ռադիոյի լրագրող', 'public-radio-armenia'],
    ['Продюсер на «Звезде» 🎬 Коломна', 'zvezda'],
    ['Ведущий на «Первом канале»', 'channel-one-russia'],
    ['Operador de cámara en Canal Sur 🎥 Sevilla', 'canal-sur'],
    ['Mai karanta labarai a Rediyon Najeriya Kaduna 📻', 'frcn'],
  ])('%s', (bio, want) => expect(jobOf(bio)).toBe(want));

  it.each([
    // a cook at a restaurant named "Star"; a surveillance room's cameras; a listener; a fan of the radio's journalists
    'Повар в «Звезде»',
    'Operador de cámaras de seguridad en Canal Sur',
    'Ina son sauraron Rediyon Najeriya',
    'Ես սիրում եմ Հանրային ռադիոյի լրագրողներին',
  ])('not: %s', (bio) => expect(jobOf(bio)).toBeUndefined());

  it('reads "managed by the government" on the label element only, not a region or a question', () => {
    expect(isLabelText('Paraguay · medio gestionado por el gobierno')).toBe(true);
    expect(isLabelText('Medio gestionado por el gobierno de Jalisco')).toBe(false);
    expect(isLabelText('Medio gestionado por el gobierno? No')).toBe(false);
  });
});
