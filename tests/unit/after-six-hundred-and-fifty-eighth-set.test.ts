/**
 * Rules after the six-hundred-and-fifty-eighth blind set (RULES_VERSION 162 on): each side of each rule, in inputs
 * written here (no blind case's wording is copied).
 */
import { describe, expect, it } from 'vitest';
import { jobOf } from './bio.helpers';

describe('a former job by a span and "today" another trade, in Spanish and Portuguese (RULES_VERSION 162)', () => {
  it('the span opening the clause, then "hoy", "ahora", "hoje" and another trade', () => {
    expect(jobOf('Diez años reportero en Telesur, hoy panadero en Quito')).toBe('telesur (former)');
    expect(jobOf('Doze anos repórter na TV Brasil, hoje professora')).toBe('ebc (former)');
  });
  it('not a place, "also", no span, or the present’s "llevo"', () => {
    expect(jobOf('Diez años reportero en Telesur, hoy en Quito')).toBe('telesur');
    expect(jobOf('Diez años reportero en Telesur, ahora también presentador')).toBe('telesur');
    expect(jobOf('Reportero en Telesur, hoy panadero los domingos')).toBe('telesur');
    expect(jobOf('Llevo diez años como reportero en Telesur')).toBe('telesur');
  });
  it('… nor "still", the outlet’s own school, a guide of style, a side job, another person (its review)', () => {
    expect(jobOf('Diez años reportero en Telesur, hoy emprendedor y sigo en Telesur')).toBe('telesur');
    expect(jobOf('Diez años reportero en Telesur, hoy profesor en la escuela de la propia Telesur')).toBe('telesur');
    expect(jobOf('Diez años reportero en Telesur, hoy guía de estilo del canal')).toBe('telesur');
    expect(jobOf('Diez años reportero en Telesur, hoy cocinero de fin de semana')).toBe('telesur');
    expect(jobOf('Diez años reportero en Telesur, hoy profesora mi hija')).toBe('telesur');
  });
});

describe('Bulgarian "former" with its article (RULES_VERSION 162)', () => {
  it('the definite forms mark the job past', () => {
    expect(jobOf('Бившата водеща на БНТ, днес писателка')).toBe('bnt (former)');
    expect(jobOf('Бившият репортер от БНТ')).toBe('bnt (former)');
  });
  it('not without it', () => {
    expect(jobOf('Водеща на БНТ, днес в ефир')).toBe('bnt');
  });
});
