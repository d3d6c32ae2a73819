/**
 * After the forty-third and forty-fourth sets' misses were read (RULES_VERSION 39): a title's kind-of-job adjective
 * before a bar, a city after "in" places a shared acronym, Lao "stationed at", Polish "I write for", the Armenian daily
 * by its name and "daily", and the label read from its two ideas (media and the state) where no rendering is written.
 * Both sides.
 */
import { describe, expect, it } from 'vitest';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';

describe('after the forty-third and forty-fourth sets', () => {
  it.each([
    ['مراسلة ميدانية | قناة الإخبارية 🎙️ الرياض | قهوة', 'saudi-broadcasting-authority'],
    ['Field reporter | CGTN | Nairobi', 'cgtn'],
    ['Corresponsal de la ACN en Matanzas ⚾ pelota', 'acn-cuba'],
    ['Reporter NTA in Kano', 'nta'],
    ['ພະນັກງານຂ່າວ ປະຈຳ ວຽງຈັນໃໝ່ ✍️ ສັງຄົມ', 'vientiane-mai'],
    ['Piszę do Dziennika Zachodniego 🗞️ Katowice', 'polska-press'],
    ['Լրագրող | «Հայաստանի Հանրապետություն» օրաթերթ 📰 Երևան', 'armenpress'],
  ])('%s', (bio, want) => expect(jobOf(bio)).toBe(want));

  it.each([
    // a list of outlets after an adjective title; a city of another state; a stranger "stationed"; a letter-writer
    'Senior reporter | CGTN | BBC',
    'Journalist, ACN en Madrid',
    'ຄົນ ປະຈຳ ວຽງຈັນໃໝ່',
    'Piszę do was z Katowic',
    // the state's own name, without "daily"
    'Հայաստանի Հանրապետություն 🇦🇲 իմ հայրենիքը',
  ])('not: %s', (bio) => expect(jobOf(bio)).toBeUndefined());

  it('reads a label rendering from its two ideas, not a negation, a region or another sense', () => {
    expect(isLabelText('রাষ্ট্রের নিয়ন্ত্রণাধীন গণমাধ্যম (বাংলাদেশ)')).toBe(true);
    expect(isLabelText('Crna Gora: medij koji kontroliše država')).toBe(true);
    expect(isLabelText('Медиј под контрола на државата')).toBe(true);
    expect(isLabelText('Not state media')).toBe(false);
    expect(isLabelText('Медиа, независимые от государства')).toBe(false);
    expect(isLabelText('Не е државен медиум')).toBe(false);
    expect(isLabelText('Medios del Estado de México')).toBe(false);
    expect(isLabelText('State of the art media')).toBe(false);
    expect(isLabelText('Media Relations · State Department')).toBe(false);
    // no word for the state, or too long to be the label
    expect(isLabelText('Media & Entertainment')).toBe(false);
    expect(isLabelText(`Medio del Estado ${'y mucho más '.repeat(8)}`)).toBe(false);
  });
});
