/**
 * After the two-hundred-and-first to two-hundred-and-eighth sets' misses were read (RULES_VERSION 97, as its review of
 * about 620 probes left it): labels in Amharic and "emisora sujeta al control estatal" with the state's name in a slot;
 * Hungarian "egykor" opening a clause as past; checkers: "Разбираю фейки госСМИ", "Ponemos a prueba a la prensa
 * oficial" (the class right after the verb only), a bio saying in the first person that its link is what it debunks;
 * "Conduzco un programa de X" as X's host, not a reposter's, a dream's or an ordinary name's. Both sides of each.
 */
import { describe, expect, it } from 'vitest';
import { isLabelled } from '../../src/history/labels';
import { factCheckOf, linkIsChecked } from '../../src/lists/bio/fact-check';
import { jobOf } from './bio.helpers';

const labelled = (text: string) => isLabelled({ uniqueId: 'x', stateControlledMediaText: text });

describe('the label in more renderings', () => {
  it.each(['በኢትዮጵያ መንግሥት ቁጥጥር ሥር ያለ ሚዲያ', 'Venezuela · emisora sujeta al control estatal'])('reads %s', (t) =>
    expect(labelled(t)).toBe(true),
  );
  it.each([
    'መንግሥት ቁጥጥር ሥር ያለ ሚዲያ አይደለም',
    'በትግራይ መንግሥት ቁጥጥር ሥር ያለ ሚዲያ',
    'Québec · emisora sujeta al control estatal',
    'Granada · emisora sujeta al control estatal',
  ])('does not read %s (a region, a city: review)', (t) => expect(labelled(t)).toBe(false));
});

describe('Hungarian "egykor" before a title', () => {
  it('is a past job', () => {
    expect(jobOf('Egykor az M1 Híradó operatőre, ma esküvőket filmezek Debrecenben')).toBe('mtva (former)');
  });
  it('not after a current title, "at one o’clock", nor "once and still" (review)', () => {
    expect(jobOf('Az M1 Híradó operatőre vagyok, egykor a TV2-nél dolgoztam')).toBe('mtva');
    expect(jobOf('Hétköznap egykor az M1 Híradó műsorvezetője')).toBe('mtva');
    expect(jobOf('Egykor és ma is az M1 riportere')).toBe('mtva');
  });
});

describe('checkers', () => {
  it('name state media as what they take apart or put to the test', () => {
    expect(factCheckOf('Разбираю фейки белорусских госСМИ. Сегодня проверяю «СБ»')?.media).toBe('госсми');
    expect(factCheckOf('Ponemos a prueba a la prensa oficial venezolana 🔎')?.media).toBe('prensa oficial');
  });
  it('say their link is what they debunk', () => {
    expect(linkIsChecked('Fact-checking the official English spin. Link = what we debunk')).toBeDefined();
    expect(linkIsChecked('Enlace: lo que verificamos esta semana')).toBeDefined();
  });
  it('not a desk’s link in bio, the link as "our site", nor the outlet’s own third person (review)', () => {
    expect(linkIsChecked('RT fact-check desk. Link in bio')).toBeUndefined();
    expect(linkIsChecked('Fact-checking. Link = our site')).toBeUndefined();
    expect(linkIsChecked('Enlace: lo que verifica VTV hoy')).toBeUndefined();
  });
  it('the verbs beside a named outlet or another object are no checker (review)', () => {
    expect(factCheckOf('Разбираю фейки западных СМИ. Автор RT')).toBeUndefined();
    expect(factCheckOf('Ponemos a prueba coches. Un programa de RT')).toBeUndefined();
    expect(factCheckOf('Somos prensa oficial. Verificamos cada dato')).toBeUndefined();
  });
});

describe('"Conduzco un programa de X"', () => {
  it('is X’s host', () => {
    expect(jobOf('Conduzco un programa de Señal Colombia 📺 regiones, música y cultura')).toBe('rtvc');
    expect(jobOf('Conduco il telegiornale di Rai 1')).toBe('rai');
  });
  it('a reposter’s "presento las noticias de", a cooking show, a taxi are not', () => {
    expect(jobOf('Presento las noticias de RT')).toBeUndefined();
    expect(jobOf('Conduzco un programa de cocina')).toBeUndefined();
    expect(jobOf('Conduzco un taxi de RT')).toBeUndefined();
  });
  it('nor a reposter’s channel, a question, an ordinary name (review)', () => {
    expect(jobOf('Conduzco un programa de RT en mi canal de YouTube')).toBeUndefined();
    expect(jobOf('¿Conduzco el programa de RT? jaja')).toBeUndefined();
    expect(jobOf('Conduzco el programa de Sputnik, mi perro')).toBeUndefined();
  });
});
