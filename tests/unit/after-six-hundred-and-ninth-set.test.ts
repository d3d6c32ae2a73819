/**
 * Rules after the six-hundred-and-ninth blind set (RULES_VERSION 156 on): each side of each rule, in inputs written here
 * (no blind case's wording is copied).
 */
import { describe, expect, it } from 'vitest';
import { jobOf } from './bio.helpers';

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

describe('Dar Al Hilal’s magazine by its noun, placed (RULES_VERSION 156)', () => {
  it('where the bio places Egypt; not Riyadh’s club', () => {
    expect(jobOf('محررة بمجلة الهلال | القاهرة')).toBe('dar-al-hilal');
    expect(jobOf('محررة بمجلة الهلال | الرياض')).toBeUndefined();
  });
});
