/**
 * After the hundred-and-ninety-third to two-hundredth sets' misses were read (RULES_VERSION 96, as its review of about
 * 400 probes left it): label renderings, whole or with a country in a slot (fr "à contrôle étatique", pt "Órgão de
 * informação sob controlo estatal (<country>)", es "<country> · … sujeto al Estado" and "subordinado al gobierno de
 * <country>", hu "állami irányítás alatt álló média"); Vietnamese "từng có N năm làm" opening a clause as a past job,
 * not with "đến nay"; the French fact-checker's title without a media title beside it; Portuguese "no" (in the) after
 * a word before a newsroom's noun is no denial; Sputnik's Azerbaijani edition by its own name, with Azerbaijani past
 * and kin words; kin after a Turkic genitive title. Taken back and tested so: Greek and Arabic checking verbs, Spanish
 * "sujeto" anywhere. Both sides of each.
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
    "Côte d'Ivoire – média à contrôle étatique",
    'Medio subordinado al gobierno de México',
    'Medio subordinado al Gobierno de México',
  ])('reads %s', (t) => expect(labelled(t)).toBe(true));

  it.each([
    'Non – média à contrôle étatique',
    'Québec – média à contrôle étatique',
    'Média à contrôle étatique ? Non',
    'Órgão de informação sob controlo estatal - mentira',
    'Órgão de informação sob controlo estatal (paródia)',
    'Állami irányítás alatt álló média - NEM',
    'Medio subordinado al gobierno de Jalisco',
    'Medio subordinado al gobierno de la Ciudad de México',
    'Medio subordinado al gobierno de Granada',
    'Medio sujeto al Estado de México',
    // (the review of RULES_VERSION 96: "sujeto" anywhere read denials and jokes)
    'No somos un medio sujeto al gobierno',
    'Medios sujetos al gobierno mienten',
  ])('does not read %s', (t) => expect(labelled(t)).toBe(false));

  it('the country in the slot is not label text by itself', () => {
    expect(isLabelText('Medio subordinado al gobierno de México')).toBe(false);
  });
});

describe('"từng có N năm làm" opening a clause', () => {
  it('is a past job', () => {
    expect(jobOf('Từng có 10 năm làm phát thanh viên ở VOV World 🎙️ Giờ dạy IELTS online')).toBe('vov (former)');
  });
  it('not after a current title, nor "until now"', () => {
    expect(jobOf('Phát thanh viên VOV World, từng có mặt ở Paris')).toBe('vov');
    expect(jobOf('Phát thanh viên VOV World. Từng có 10 năm làm ở VTV')).toBe('vov');
    expect(jobOf('Đã từng có 15 năm làm biên tập viên VTV1 cho đến nay')).toBe('vtv');
  });
});

describe('fact-checkers', () => {
  it('the French title', () => {
    expect(factCheckerTitle('Vérificatrice de faits 🔎 je décortique les dépêches')).toBe('vérificatrice de faits');
    expect(factCheckerTitle('Les vérificateurs de faits mentent')).toBeUndefined();
  });
  it('taken back by the review: Greek and Arabic verbs (a desk’s plural, any editor’s "I revise")', () => {
    expect(factCheckVerb('Ελέγχουμε ισχυρισμούς | Sputnik Ελλάδα')).toBeUndefined();
    expect(factCheckVerb('الخبر الذي أراجعه كمحرر في قناة الإخبارية')).toBeUndefined();
  });
});

describe('Portuguese "no" before a newsroom’s noun', () => {
  it('after a word is "in the", not a denial', () => {
    expect(read('Escrevo sobre economia no jornal Notícias').mentions[0]?.context).toBeUndefined();
    expect(jobOf('Jornalista no jornal Notícias')).toBe('sociedade-de-noticias');
  });
  it('a denial stays one, and so does a line opening with it or after a comma (review)', () => {
    expect(jobOf('No trabajo en RT')).toBeUndefined();
    expect(read('No trabajo en RT').mentions[0]?.context).toBe('negation');
    expect(read('No canal oficial de RT en Español').mentions[0]?.context).toBe('negation');
    expect(read('Periodista independiente, no canal de RT').mentions[0]?.context).toBe('negation');
  });
});

describe('Sputnik’s Azerbaijani edition by its own name', () => {
  it('"Sputnik Azərbaycanın müxbiri" is its staff', () => {
    expect(jobOf('Sputnik Azərbaycanın müxbiri 🎙 Bakı')).toBe('sputnik');
  });
  it('a viewer, a past job, a relative is not (review)', () => {
    expect(jobOf('Sputnik Azərbaycanı izləyirəm')).toBeUndefined();
    expect(jobOf('Əvvəllər Sputnik Azərbaycanın müxbiri')).toBe('sputnik (former)');
    expect(jobOf('Sputnik Azərbaycanın müxbiri idi, indi müstəqil jurnalistdir')).toBe('sputnik (former)');
    expect(jobOf('Anam Sputnik Azərbaycanın müxbiridir')).toBeUndefined();
    expect(jobOf('Sputnik Azərbaycanın müxbirinin həyat yoldaşı')).toBeUndefined();
    expect(jobOf('TRT muhabirinin eşiyim')).toBeUndefined();
  });
  it('the title itself stays read', () => {
    expect(jobOf('TRT muhabiriyim')).toBe('trt');
    expect(jobOf('AzTV-nin müxbiriyəm')).toBe('aztv');
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
