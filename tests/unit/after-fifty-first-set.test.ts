/**
 * After the fifty-first and fifty-second sets' misses were read (RULES_VERSION 43): the Armenian genitive after a
 * vowel (-յի), French "cadreur", Radio Nigeria in Hausa; and what a review took back (a Russian quoted name after
 * "на"/"в", Spanish and Portuguese camera titles, the Spanish label's "gestionado por"). Both sides.
 */
import { describe, expect, it } from 'vitest';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';

describe('after the fifty-first and fifty-second sets', () => {
  it.each([
    ['Հայաստանի հանրային ռադիոյի լրագրող', 'public-radio-armenia'],
    ['Cadreur chez RT France', 'rt'],
    ['Mai karanta labarai a Rediyon Najeriya Kaduna 📻', 'frcn'],
  ])('%s', (bio, want) => expect(jobOf(bio)).toBe(want));

  it.each([
    // a cook at a restaurant named "Star"; a surveillance room's cameras; a listener; a fan of the radio's journalists
    'Повар в «Звезде»',
    'Operador de cámaras de seguridad en Canal Sur',
    // taken back: a venue's, a camp's, a hotel's host in «…»; a security camera's operator
    'Ведущий в «Звезде» каждую пятницу 🎤 бронь столиков в директ',
    'Ведущая в «Маяке» — детский лагерь, смена 2024 ☀️',
    'Operadora de cámara de CCTV, centro comercial',
    'Ina son sauraron Rediyon Najeriya',
    'Ես սիրում եմ Հանրային ռադիոյի լրագրողներին',
  ])('not: %s', (bio) => expect(jobOf(bio)).toBeUndefined());

  it('reads no label from "gestionado por el gobierno" (a review: regions, student governments, denials)', () => {
    expect(isLabelText('Medio gestionado por el estado Zulia')).toBe(false);
    expect(isLabelText('No somos un medio gestionado por el gobierno')).toBe(false);
    expect(isLabelText('Medio dependiente del Estado ¿Por qué?')).toBe(true);
  });
});
