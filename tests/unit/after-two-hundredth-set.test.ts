/**
 * After the hundred-and-ninety-third to two-hundredth sets' misses were read (RULES_VERSION 96): label renderings (fr
 * "à contrôle étatique" whole or after a country and a dash, pt "Órgão de informação sob controlo estatal", es "sujeto
 * al Estado" and "subordinado al gobierno de <country>", hu "állami irányítás alatt álló média"); the Vietnamese "từng
 * có N năm làm" opening a clause as a past job; fact-checkers' French title and Greek and Arabic verbs; Portuguese "no"
 * (in the) before a newsroom's noun is no denial; Sputnik's Azerbaijani edition by its own name. Both sides of each.
 */
import { describe, expect, it } from 'vitest';
import { isLabelled } from '../../src/history/labels';
import { factCheckerTitle, factCheckVerb } from '../../src/lists/bio/fact-check';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf, read } from './bio.helpers';

const labelled = (text: string) => isLabelled({ uniqueId: 'x', stateControlledMediaText: text });

describe('the label in more renderings', () => {
  it.each([
    'Médias à contrôle étatique',
    'Órgão de informação sob controlo estatal (Angola)',
    'México · medio de comunicación sujeto al Estado',
    'Magyarország: állami irányítás alatt álló média',
    'Côte d’Ivoire – média à contrôle étatique',
    'Medio subordinado al gobierno de México',
  ])('reads %s', (t) => expect(labelled(t)).toBe(true));

  it.each([
    'Non – média à contrôle étatique',
    'Québec – média à contrôle étatique',
    'Média à contrôle étatique ? Non',
    'Órgão de informação sob controlo estatal - mentira',
    'Medio subordinado al gobierno de Jalisco',
    'Medio subordinado al gobierno de la Ciudad de México',
    'Medios sujetos al gobierno de Jalisco',
  ])('does not read %s', (t) => expect(labelled(t)).toBe(false));

  it('the country in the slot is not label text by itself', () => {
    expect(isLabelText('Medio subordinado al gobierno de México')).toBe(false);
  });
});

describe('"từng có N năm làm" opening a clause', () => {
  it('is a past job', () => {
    expect(jobOf('Từng có 10 năm làm phát thanh viên ở VOV World 🎙️ Giờ dạy IELTS online')).toBe('vov (former)');
  });
  it('not after a current title', () => {
    expect(jobOf('Phát thanh viên VOV World, từng có mặt ở Paris')).toBe('vov');
    expect(jobOf('Phát thanh viên VOV World. Từng có 10 năm làm ở VTV')).toBe('vov');
  });
});

describe('fact-checkers', () => {
  it('the French title and the Greek and Arabic verbs', () => {
    expect(factCheckerTitle('Vérificatrice de faits 🔎 je décortique les dépêches')).toBe('vérificatrice de faits');
    expect(factCheckVerb('Ελέγχω ισχυρισμούς του Sputnik Ελλάδα.')).toBe('ελέγχω ισχυρισμούς');
    expect(factCheckVerb('مدققة معلومات 🔎 مقال روزاليوسف الذي أراجعه هذا الأسبوع')).toBe('الذي أراجعه');
  });
  it('not a plural, nor "review" alone', () => {
    expect(factCheckerTitle('Les vérificateurs de faits mentent')).toBeUndefined();
    expect(factCheckVerb('أراجع الكتب الجديدة')).toBeUndefined();
  });
});

describe('Portuguese "no" before a newsroom’s noun', () => {
  it('is "in the", not a denial', () => {
    expect(read('Escrevo sobre economia no jornal Notícias').mentions[0]?.context).toBeUndefined();
    expect(jobOf('Jornalista no jornal Notícias')).toBe('sociedade-de-noticias');
  });
  it('a denial stays one', () => {
    expect(jobOf('No trabajo en RT')).toBeUndefined();
    expect(read('No trabajo en RT').mentions[0]?.context).toBe('negation');
  });
});

describe('Sputnik’s Azerbaijani edition by its own name', () => {
  it('"Sputnik Azərbaycanın müxbiri" is its staff', () => {
    expect(jobOf('Sputnik Azərbaycanın müxbiri 🎙 Bakı')).toBe('sputnik');
  });
  it('a viewer of it is not', () => {
    expect(jobOf('Sputnik Azərbaycanı izləyirəm')).toBeUndefined();
  });
});

describe('Rada TV by the names it gives itself', () => {
  it('"Рада ТБ" with a title is its staff', () => {
    expect(jobOf('Ведуча Рада ТБ')).toBe('rada-tv');
  });
  it('a critic naming it is not', () => {
    expect(jobOf('Критикую Рада ТБ')).toBeUndefined();
  });
});
