/**
 * After the three-hundred-and-forty-fourth to three-hundred-and-fiftieth sets' misses were read (RULES_VERSION 115):
 * a citizens' "vérification citoyenne", "official papers" as a class a checker checks; the Gulf presenter's "أطلّ
 * عليكم … في نشرة أخبار", the Zulu possessive "yakwa-", the Montenegrin "centralni Dnevnik", Swahili "naandikia" and
 * "zamani" (formerly), "Zanzibar Leo" and "Daily News (TSN)" as names. Both sides of each, with what the review of the
 * draft (about 200 probes) took back or narrowed.
 */
import { describe, expect, it } from 'vitest';
import { jobOf } from './bio.helpers';
import { linkPoints } from './link.helpers';

describe('checkers of official papers and figures', () => {
  it.each([
    [
      'Vérification citoyenne des chiffres diffusés par la RTNB ⬇️ sources en lien',
      'http://www.rtnb.bi/',
      'verif.bi',
      'Vérif Burundi',
    ],
    [
      'We fact-check Tehran’s official papers every morning. Receipts linked 🔍',
      'https://www.tehrantimes.com/section/politics',
      'headline.check',
      'Headline Check',
    ],
  ])('the link is what they check: %s', (bio, link, handle, nickname) => {
    expect(linkPoints(bio, link, nickname, handle)).toBe(0);
  });
  // (a review of RULES_VERSION 115 took back the passive "fact-checked" and "vérification des infos")
  it.each([
    ['Our state papers, fact-checked daily', 'https://www.tehrantimes.com/', 'ttnews', 'TT News'],
    ['Official papers, fact-checked', 'https://www.tehrantimes.com/', 'tehrantimes.official', 'Tehran Times'],
    ['Editor. Vérification des infos à la RTNB', 'http://www.rtnb.bi/', 'x', 'y'],
    ['Cellule de vérification des informations de la RTNB', 'http://www.rtnb.bi/', 'rtnbcheck', 'RTNB Vérif'],
  ])('not the outlet’s own claim of quality, its unit, its editor: %s', (bio, link, handle, nickname) => {
    expect(linkPoints(bio, link, nickname, handle)).toBe(60);
  });
});

describe('staff', () => {
  it.each([
    ['أطلّ عليكم كل مساء في نشرة أخبار تلفزيون قطر 🇶🇦 | الدوحة', 'qatar-media-corporation'],
    ['Ngiyintatheli yakwa-Isolezwe eThekwini 📰', 'independent-media-za'],
    ['Vodim centralni Dnevnik na TVCG 📺 Podgorica', 'rtcg'],
    ['Journaliste reporter, Télé Sahel (ORTN) • Niamey 🇳🇪', 'niger-state-media'],
    ['Journaliste-reporter, CGTN', 'cgtn'],
    ['Ninaandikia Zanzibar Leo 📰 Hadithi za jamii kutoka Unguja', 'zanzibar-leo'],
    ['Naandikia Daily News (TSN) 🇹🇿 nipo Dodoma', 'tanzania-standard-newspapers'],
  ])('%s', (bio, id) => {
    expect(jobOf(bio)).toBe(id);
  });
  it.each([
    'أطل عليكم من شاشة تلفزيون قطر كضيفة',
    'ممثلة. أطل عليكم على شاشة تلفزيون الكويت في مسلسل جديد',
    'أطل عليكم في برنامج تلفزيون دبي',
    'Ndoto yangu: naandikia Daily News (TSN)',
    'Iphupho lami: intatheli yakwa-SABC',
    'أطلّ عليكم من نافذتي على تلفزيون قطر',
    'Ngiyathanda intatheli yakwa-Isolezwe',
    'Gledam centralni Dnevnik na TVCG',
    'Habari za Zanzibar leo',
    'Mwandishi wa habari @ Zanzibar Leo, kesho Pemba',
    'Reporter and fan, CGTN',
    'Fan reporter, CGTN',
    'Journaliste reporter indépendant, CGTN',
    'Nasoma Daily News (TSN) kila siku',
  ])('not a guest, an actress, a programme, a dream, a window, a fan, a viewer, today’s news, a reader: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
});
