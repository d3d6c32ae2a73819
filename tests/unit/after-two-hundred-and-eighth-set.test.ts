/**
 * After the two-hundred-and-first to two-hundred-and-eighth sets' misses were read (RULES_VERSION 97): labels in
 * Amharic and "emisora sujeta al control estatal" after a country; Hungarian "egykor" before a title as past; checkers:
 * "Разбираю фейки госСМИ", "Ponemos a prueba a la prensa oficial", a bio saying its link is what it debunks; "Conduzco
 * un programa de X" as X's host. Both sides of each.
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
  it.each(['መንግሥት ቁጥጥር ሥር ያለ ሚዲያ አይደለም', 'Québec · emisora sujeta al control estatal'])('does not read %s', (t) =>
    expect(labelled(t)).toBe(false),
  );
});

describe('Hungarian "egykor" before a title', () => {
  it('is a past job', () => {
    expect(jobOf('Egykor az M1 Híradó operatőre, ma esküvőket filmezek Debrecenben')).toBe('mtva (former)');
  });
  it('not after a current title', () => {
    expect(jobOf('Az M1 Híradó operatőre vagyok, egykor a TV2-nél dolgoztam')).toBe('mtva');
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
  it('not a desk’s link in bio, nor the link as "our site"', () => {
    expect(linkIsChecked('RT fact-check desk. Link in bio')).toBeUndefined();
    expect(linkIsChecked('Fact-checking. Link = our site')).toBeUndefined();
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
});
