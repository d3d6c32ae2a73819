/**
 * After the three-hundred-and-twenty-third to three-hundred-and-thirty-sixth sets' misses were first read
 * (RULES_VERSION 112): a Hungarian label ("médium"), a French one ("sous l’autorité publique"), and a host's "la edición
 * nocturna de". Both sides of each, narrowed by a quick review (about 190 probes) to the labels' own shapes ("ellenőrzés
 * alatt álló médium", "placé sous l’autorité publique": a psychic's "médium", a regulator's name are not labels) and an
 * edition named by its hour.
 */
import { describe, expect, it } from 'vitest';
import { isLabelled } from '../../src/history/labels';
import { jobOf } from './bio.helpers';

const labelled = (text: string) => isLabelled({ uniqueId: 'x', stateControlledMediaText: text });

describe('labels', () => {
  it.each(['Magyar állami ellenőrzés alatt álló médium', 'Centrafrique · média placé sous l’autorité publique'])(
    '%s',
    (text) => {
      expect(labelled(text)).toBe(true);
    },
  );
  it.each([
    'Állami médiumnál dolgozom',
    'Az állami médium hazudik',
    'Független médium, nem állami',
    'Egykori állami médium',
    'Nous critiquons les médias sous l’autorité publique',
    'Médium és jós, állami engedéllyel',
    'Állami médium riporter',
    'Kormányfüggetlen média',
    'Haute autorité publique de la presse',
    'Média sanctionné par l’autorité publique',
  ])('not a person, scorn, independence, a past or a critic: %s', (text) => {
    expect(labelled(text)).toBe(false);
  });
});

describe('a host’s edition', () => {
  it('"Conduzco la edición nocturna de X"', () => {
    expect(jobOf('Conduzco la edición nocturna de TN8 📺 desde Managua')).toBe('nicaragua-state-tv');
  });
  it('not another verb, nor an edition not named by its hour', () => {
    expect(jobOf('Veo la edición nocturna de TN8')).toBeUndefined();
    expect(jobOf('Conduzco la edición casera de TN8')).toBeUndefined();
    expect(jobOf('Conduzco la edición de TN8')).toBeUndefined();
  });
});
