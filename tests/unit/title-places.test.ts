/**
 * Job titles place a bio by their language (src/lists/roles/title-languages.ts, src/lists/bio/title-places.ts), for
 * the acronyms several states' outlets share; titles in a language of many states, or shared by many languages,
 * place nothing.
 */
import { describe, expect, it } from 'vitest';
import { placesOfTitles } from '../../src/lists/bio/title-places';
import { EMPLOYMENT_AFTER_OUTLET, EMPLOYMENT_PHRASES } from '../../src/lists/roles/employment';
import { TITLE_LANGUAGES } from '../../src/lists/roles/title-languages';
import { MEDIA_ROLES } from '../../src/lists/roles/titles';
import { jobOf } from './bio.helpers';

describe('titles place a bio by their language', () => {
  it('lists only words that are titles or employment phrases of the vocabulary', () => {
    const known = new Set(
      [...MEDIA_ROLES, ...EMPLOYMENT_PHRASES, ...EMPLOYMENT_AFTER_OUTLET].map((w) => w.toLowerCase()),
    );
    const unknown = TITLE_LANGUAGES.flatMap(([, ws]) => ws).filter((w) => !known.has(w.toLowerCase()));
    expect(unknown).toEqual([]);
  });

  it.each([
    ['Novinarka na HRT-u', ['HR', 'RS']],
    ['Dziennikarzem jestem od lat', ['PL']],
    ['BRT muhabiri | Lefkoşa', ['TR', 'CY']],
    ['Taskatu xibaar ci RTS', ['SN']],
    ['Ġurnalista', ['MT']],
    ["Ma'aikaciyar NTA Kano", ['NG']],
  ])('%s places %j', (bio, states) => {
    expect(placesOfTitles(bio)).toEqual(expect.arrayContaining(states));
  });

  it.each([
    'Reporter and editor',
    'Journaliste à Dakar',
    'Periodista y editora',
    'journalist',
    'novi nar',
    // A word that only begins like a title: the stem takes three more letters at most
    'novinarkastična',
  ])('%s places nothing', (bio) => {
    expect(placesOfTitles(bio)).toEqual([]);
  });

  it.each([
    ['Novinarka na HRT-u', 'hrt'],
    ['novinarka RTS-a', 'rts'],
    ['Dziennikarz PAP-u', 'pap'],
    ['Taskatu xibaar ci RTS 📺 Ndakaaru', 'senegal-state-media'],
    ["AA'da muhabirim • kedi annesi 🐈", 'anadolu'],
    ['Giornalista Rai 📺 TGR Sicilia', 'rai'],
  ])('reads a shared acronym as the outlet of the title language’s state: %s', (bio, id) => {
    expect(jobOf(bio)).toBe(id);
  });

  it.each([
    // The same acronyms with titles that place nothing stay unread: a shared acronym needs a place
    'Reporter at RTS',
    'Journalist, PAP',
    'Editor at AA',
    'Rai fan, raï music forever',
  ])('leaves a shared acronym unread where the title places nothing: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
});

describe('a review of the change: innocent lines that must stay unread', () => {
  it.each([
    'Digital producer at CBS 19 Digital',
    'KCTV 제주방송 기자',
    'Водитель в МРТ-центре',
    'Работаю водителем на МРТ Медицина',
    'Sunucu yöneticisi @ AA Bilişim',
    'Wartawan CNA Taiwan | Fokus Taiwan',
    'Wartawan Catholic News Agency (CNA) Indonesia',
    'Periodista uruguaya en Canal 5 de México',
    'Uruguayan-born reporter at Canal 5 Rosario 🇦🇷',
    'Reporter at Daily News Egypt, born in Botswana',
    'مراسل في منطقة ماسبيرو',
    'خبرنگار شبکه خبر فارسی دویچه وله',
    'Photojournalist, at the CGTN building fire 2009',
    'Periodista, en TeleSUR no',
    'Kolumnistka, w TVP Info nie pracuję',
    'Novinarka na RTS protestu',
    'Cronista | Raí',
    // A birthplace does not place a shared name (a second review)
    'Locutor na Rádio Mais, nascido em Luanda',
    'Reporter at Daily News, from Botswana',
  ])('%s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });

  it.each([
    ['Conductora en Canal 5 🇺🇾 | Uruguay', 'secan'],
    // Benin's own "La Nation" is placed in its clause since RULES_VERSION 114 (the birthplace still places nothing)
    ['Journaliste à La Nation (Bénin), née à Djibouti', 'la-nation-benin'],
    ['CNA presenter 🇸🇬 | coffee > sleep', 'mediacorp'],
    ['Mmegadikgang wa Daily News 🇧🇼', 'botswana-government-media'],
    ['Работих в БНТ', 'bnt (former)'],
  ])('while the state’s own lines still read: %s', (bio, id) => {
    expect(jobOf(bio)).toBe(id);
  });
});
