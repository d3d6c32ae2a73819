/**
 * After the twenty-fifth to twenty-eighth sets' misses were read (RULES_VERSION 33): a hashtag's words joined by "_";
 * French "au"/"du" before a name with "Le"; a channel's number glued to an acronym; Lakhanda in Sinhala; Narodnaya Gazeta placed (Belarus and Tajikistan); the Russian
 * label's "subordinate to / affiliated with the state" participles on the label element. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';

describe('after the twenty-fifth to twenty-eighth sets', () => {
  it.each([
    ['مقدّم برامج في #إذاعة_قطر 🎙️ | الدوحة 🇶🇦', 'qatar-media-corporation'],
    ['Presenter at #Radio_Ghana', 'gbc'],
    ['Journaliste au Rénovateur 🇱🇦 Vientiane | Culture', 'le-renovateur'],
    ['Journaliste du Soleil, Dakar', 'le-soleil-senegal'],
    ['Phóng viên VTV3', 'vtv'],
    ['Reporter TVR1 Romania', 'tvr'],
    ['ලක්හඬ FM නිවේදක 🎙️ | රාත්‍රී 10ට ගීත වැඩසටහන', 'itn-sri-lanka'],
    // a name two states' papers share, placed by the bio's capital
    ['Корреспондент «Народной газеты» 📰 Душанбе', 'tajikistan-government-press'],
    ['Корреспондент «Народной газеты» 📰 Минск', 'belarus-segodnya'],
  ])('%s', (bio, want) => expect(jobOf(bio)).toBe(want));

  it.each([
    'I love #Radio_Ghana',
    '#CGTN_fan',
    // "au soleil" in lower case is the sun; a two-letter acronym takes no number ("RT5")
    'Vacances au soleil ☀️ | journaliste',
    'Reporter at RT5',
    'Journaliste, fan du Soleil de Marseille',
    'Корреспондент «Народной газеты»',
    // a hashtag that is more than the name stays one word (a review)
    'Journalist #Against_CGTN',
    'Journalist 🇬🇭 #Down_with_Radio_Ghana',
    'Journalist 🇬🇭 #Radio_Ghana_listener',
    // "du" inside another name; a number only on a shared acronym ("MRTV-4" is another company's channel)
    'Animatrice à la Radio du Soleil 🇸🇳',
    'Rédactrice à La Voix du Soleil 🇸🇳',
    'Journaliste au Soleil Levant 🇸🇳',
    'Reporter MRTV4',
  ])('not: %s', (bio) => expect(jobOf(bio)).toBeUndefined());

  it('reads the Russian label in its participles, on the label element only', () => {
    expect(isLabelText('Медиаресурс, подчинённый государству (Туркменистан)')).toBe(true);
    expect(isLabelText('СМИ, аффилированные с государством')).toBe(true);
    expect(isLabelText('Медиаресурс, подчинённый государству')).toBe(true);
    expect(isLabelText('Медиа и государство: мой блог')).toBe(false);
    // the noun "state", not an adjective of it (a review)
    expect(isLabelText('Медиаграмотность, связанная с государственной политикой')).toBe(false);
    expect(isLabelText('Медиа, связанные с государственным переворотом')).toBe(false);
  });
});
