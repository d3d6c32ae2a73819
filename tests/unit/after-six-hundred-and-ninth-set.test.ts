/**
 * Rules after the six-hundred-and-ninth blind set (RULES_VERSION 156 on): each side of each rule, in inputs written here
 * (no blind case's wording is copied).
 */
import { describe, expect, it } from 'vitest';
import { isLabelled } from '../../src/history/labels';
import { jobOf } from './bio.helpers';
import { linkPoints } from './link.helpers';

const labelled = (text: string) => isLabelled({ uniqueId: 'x', stateControlledMediaText: text });

describe('a Spanish host’s programme on the channel (RULES_VERSION 156)', () => {
  it('the programme’s name in quotes, a weekday at most, then "por" or "en"', () => {
    expect(jobOf('Conduzco «Las Tardes» por Ecuador TV')).toBe('medios-publicos-ecuador');
    expect(jobOf('Conduzco “Hoy en Casa”, los martes por Canal Encuentro')).toBe('canal-encuentro');
  });
  it('"las noticias" with its daypart "of" the channel', () => {
    expect(jobOf('Conduzco las noticias matinales de Ecuador TV')).toBe('medios-publicos-ecuador');
  });
  it('not a parody, a dream, a joke, a drive through town', () => {
    expect(jobOf('Conduzco «Las Tardes» por Ecuador TV (parodia)')).toBeUndefined();
    expect(jobOf('Mi sueño: conduzco «Las Tardes» por Ecuador TV')).toBeUndefined();
    expect(jobOf('Conduzco las noticias de Ecuador TV jaja')).toBeUndefined();
    expect(jobOf('Conduzco «mi taxi» por la ciudad, escucho Ecuador TV')).toBeUndefined();
    expect(jobOf('Conduzco «Las Tardes» por el centro de Ecuador TV')).toBeUndefined();
  });
});

describe('RULES_VERSION 156 as its review narrowed it', () => {
  it('not a repost, a wish, a slogan, a viewer; "las noticias" with a daypart only', () => {
    expect(jobOf('RT: Conduzco «Las Tardes» por Ecuador TV')).toBeUndefined();
    expect(jobOf('Quiero que conduzco «Las Tardes» por Ecuador TV')).toBeUndefined();
    expect(jobOf('Conduzco «Adelante» por Ecuador TV, lema de campaña')).toBeUndefined();
    expect(jobOf('Conduzco las noticias de Ecuador TV en mi casa')).toBeUndefined();
    expect(jobOf('Conduzco las noticias falsas de Ecuador TV')).toBeUndefined();
  });
  it('Dar Al Hilal’s "مجلة الهلال" taken back: Riyadh’s club has a magazine of that name', () => {
    expect(jobOf('محررة بمجلة الهلال | القاهرة')).toBeUndefined();
  });
});

describe('"разбор госСМИ" as a checker’s name piece (RULES_VERSION 156)', () => {
  const people = 'http://russian.people.com.cn/';
  it('the outlet analysed by a critic so named links at no weight; its staff keep it', () => {
    expect(linkPoints('Разбираю, как «Жэньминь жибао» пишет о России', people, 'Оля | разбор госСМИ')).toBe(0);
    expect(linkPoints('Разбираю, как «Жэньминь жибао» пишет о России', people, 'Оля')).toBe(60);
    expect(linkPoints('Работаю в «Жэньминь жибао»', people, 'Оля | разбор госСМИ')).toBe(60);
  });
  it('not "разбор фейков", a state desk’s name as often', () => {
    expect(linkPoints('Редакция РИА', 'https://ria.ru/', 'Разбор фейков')).toBe(60);
  });
});

describe('German labels with a compound media word (RULES_VERSION 157)', () => {
  it('"Medienhaus", "Medienunternehmen" after the state’s participle', () => {
    expect(labelled('Türkei: vom Staat gelenktes Medienhaus')).toBe(true);
    expect(labelled('Russland: staatlich gelenktes Medienunternehmen')).toBe(true);
  });
  it('not a person’s sentence, a denial, a study', () => {
    expect(labelled('Ich arbeite für ein staatlich gelenktes Medienhaus')).toBe(false);
    expect(labelled('Kein staatlich gelenktes Medienhaus')).toBe(false);
    expect(labelled('Studie über staatlich gelenkte Medienkonzerne')).toBe(false);
    // (its review: a worker's, a "formerly", a mixed-language or a country-less line)
    expect(labelled('Mitarbeiter bei einem staatlichen Medienhaus')).toBe(false);
    expect(labelled('Ehemals staatliches Medienhaus')).toBe(false);
    expect(labelled('state-controlled Medienhaus')).toBe(false);
    expect(labelled('Staatliches Medienhaus')).toBe(false);
  });
});

describe('Nepali labels with "सञ्चारमाध्यम" (RULES_VERSION 157)', () => {
  it('the government’s control and the mass media', () => {
    expect(labelled('नेपाल · सरकारी नियन्त्रणको सञ्चारमाध्यम')).toBe(true);
    expect(labelled('नेपाल सरकारको नियन्त्रणमा रहेको सञ्चार माध्यम')).toBe(true);
  });
  it('not a critic, a worker, a denial, the independent media, the word alone', () => {
    expect(labelled('सरकारी सञ्चारमाध्यमको आलोचक')).toBe(false);
    expect(labelled('म सरकारी सञ्चारमाध्यममा काम गर्छु')).toBe(false);
    expect(labelled('सरकारी नियन्त्रणको सञ्चारमाध्यम होइन')).toBe(false);
    expect(labelled('स्वतन्त्र सञ्चारमाध्यम')).toBe(false);
    expect(labelled('सञ्चारमाध्यम')).toBe(false);
    // (its review: a journalist's, a critic's, a warning's case endings)
    expect(labelled('सरकारी सञ्चारमाध्यमका पत्रकार')).toBe(false);
    expect(labelled('सरकारी नियन्त्रणको सञ्चारमाध्यमको विरोध')).toBe(false);
    expect(labelled('सरकार नियन्त्रित सञ्चारमाध्यमबाट टाढा रहनुहोस्')).toBe(false);
  });
});
