/**
 * After the fifteenth and sixteenth sets' other misses were read (RULES_VERSION 22): Albanian linking articles, Somali
 * "works at" as a relative clause and its loanword titles, Kuwait TV's full name, the Ukrainian label with "які",
 * and names other stations share placed by their clause. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { readBio } from '../../src/lists/bio/index';
import { isLabelText } from '../../src/tiktok/label';
import { employerOf, NOW } from './bio.helpers';
import { presents } from './self-presentation.helpers';

describe('staff lines', () => {
  it.each([
    ['Gazetare e ATSH-së 📰 | Tiranë', 'atsh'],
    ['Suxufiyad ka shaqaysa SLNTV 🎙️ | Hargeysa', 'somaliland-state-media'],
    ['مذيعة بتلفزيون دولة الكويت 🎙️', 'kuwait-tv'],
    ['Locutora na Rádio Mais 🇦🇴', 'medianova'],
  ])('%s', (bio, id) => {
    expect(employerOf(bio)).toBe(id);
  });

  it.each([
    'Jornalista e apresentadora',
    'Repórter e fã da RTP',
    'Locutora na Rádio Mais 📻 Lisboa 🇵🇹',
    'Locutora na Rádio Mais',
    'Suxufiyad | Hargeysa',
  ])('not: %s', (bio) => {
    expect(employerOf(bio)).toBeUndefined();
  });
});

describe('the Ukrainian label with a relative pronoun', () => {
  it('reads "ЗМІ, які контролює держава" and not a sentence about the state', () => {
    expect(isLabelText('ЗМІ, які контролює держава (Україна)')).toBe(true);
    expect(isLabelText('Держава контролює все, кажуть вони')).toBe(false);
  });
});

describe('"Malaysia MADANI" is no motto (tried and taken back after a review)', () => {
  it('a café, a tuition centre or a supporter named with it beside the flag is not the state’s voice', () => {
    expect(presents('Malaysia Madani Cafe 🇲🇾', '', 'madani.cafe')).toBeUndefined();
    expect(presents('Pusat Tuisyen Malaysia MADANI 🇲🇾', '', 'tuisyen.madani')).toBeUndefined();
    expect(presents('Malaysia MADANI 🇲🇾', 'Akaun peribadi penyokong PMX', 'madani.my')).toBeUndefined();
  });
});

describe('after the eighteenth set', () => {
  it('reads the Russian compound "госконтролируемое СМИ" as the label, and not other compounds with СМИ', () => {
    expect(isLabelText('Госконтролируемое СМИ (Молдова)')).toBe(true);
    expect(isLabelText('Госзакупки и СМИ')).toBe(false);
  });

  it('reads the Sinhala feminine reporter, with its indefinite ending, and not the outlet alone', () => {
    expect(employerOf('ලංකාපුවත් වාර්තාකාරිනියක්')).toBe('lankapuvath');
    expect(employerOf('ලංකාපුවත් පුවත්')).toBeUndefined();
  });
});

describe('Somali past forms that the present forms begin (a review)', () => {
  it.each(['Suxufiyad ka shaqaysay SNTV', 'Suxufi ka shaqeysay Radio Muqdisho', 'Suxufiyad ka shaqaysatay SNTV'])(
    '%s is a past job',
    (bio) => {
      expect(employerOf(bio)).toBeUndefined();
      expect(readBio(bio, { now: NOW }).employment?.former).toBe(true);
    },
  );
});
