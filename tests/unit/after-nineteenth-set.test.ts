/**
 * After the nineteenth and twentieth sets' misses were read (RULES_VERSION 28): Kazakhstanskaya Pravda by its
 * newsroom short name, the Cambodian national radio in Khmer and its news announcer, Mozambique's Sunday paper by
 * "jornal Domingo" placed by the bio, the Russian label as "СМИ под государственным контролем". Both sides.
 */
import { describe, expect, it } from 'vitest';
import { isLabelText } from '../../src/tiktok/label';
import { employerOf } from './bio.helpers';

describe('staff lines', () => {
  it.each([
    ['Собкор «Казправды» по Павлодарской области', 'kazakhstan-government-press'],
    ['អ្នកប្រកាសព័ត៌មាន នៅវិទ្យុជាតិកម្ពុជា', 'tvk'],
    ['Jornalista do jornal Domingo 📰 | Maputo', 'sociedade-de-noticias'],
  ])('%s', (bio, id) => {
    expect(employerOf(bio)).toBe(id);
  });

  it.each([
    'Leio o jornal Domingo todas as semanas | Maputo',
    'Jornalista do jornal Domingo 📰 | Lisboa',
    'Jornalista, Domingo de manhã na praia | Maputo',
  ])('not: %s', (bio) => {
    expect(employerOf(bio)).toBeUndefined();
  });
});

describe('the Russian label "under state control"', () => {
  it('reads it, and not a sentence about control', () => {
    expect(isLabelText('СМИ под государственным контролем · Россия')).toBe(true);
    expect(isLabelText('Под контролем: мой бюджет')).toBe(false);
  });
});
