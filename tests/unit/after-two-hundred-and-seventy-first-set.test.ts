/**
 * After the two-hundred-and-sixty-fourth to two-hundred-and-seventy-first sets' misses were read (RULES_VERSION 105, as
 * its review left it): three checkers linking the outlet they check, a label in words no rendering listed, and staff
 * lines. Both sides of each. Taken back: Sinhala label words, German "arbeite in der Redaktion von" (past jobs and
 * jokes read as current).
 */
import { describe, expect, it } from 'vitest';
import { isLabelled } from '../../src/history/labels';
import { mayBeLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';
import { linkPoints } from './link.helpers';

const labelled = (text: string) => isLabelled({ uniqueId: 'x', stateControlledMediaText: text });

describe('a checker naming or classing the linked outlet', () => {
  it('"put the official press to the test", imperative', () => {
    expect(
      linkPoints('Pon a prueba la prensa oficialista conmigo 🔎 nota de hoy 👇', 'https://www.tn8.tv/politica/'),
    ).toBe(0);
  });
  it('"I take apart the stories of state TV"', () => {
    expect(linkPoints('Разбираю сюжеты белорусского госТВ по кадрам', 'http://belrtr.by/')).toBe(0);
  });
  it('not a project’s plural (RULES_VERSION 81’s refusal stands)', () => {
    expect(linkPoints('Разбираем сюжеты белорусского госТВ', 'http://belrtr.by/')).toBe(60);
    expect(linkPoints('Проверяем сюжеты госТВ Беларуси', 'http://belrtr.by/')).toBe(60);
  });
  it('not beside a media title, nor stories of anything else', () => {
    expect(linkPoints('Ведущая белорусского госТВ. Разбираю сюжеты госТВ', 'http://belrtr.by/')).toBe(60);
    expect(linkPoints('Разбираю сюжеты фильмов по кадрам', 'http://belrtr.by/')).toBe(60);
  });
  it('Bosnian "a team for fact-checking" with the outlet named', () => {
    expect(
      linkPoints('Tim za provjeru činjenica. Na redu: jedan prilog BHRT-a, link ispod 👇', 'http://www.bhrt.ba/'),
    ).toBe(0);
  });
  it('not its own staff, nor its own desk (the outlet right after the words)', () => {
    expect(linkPoints('Novinar BHRT-a. Tim za provjeru činjenica', 'http://www.bhrt.ba/')).toBe(60);
    expect(linkPoints('Tim za provjeru činjenica BHRT-a', 'http://www.bhrt.ba/')).toBe(60);
    expect(linkPoints('Tim za provjeru činjenica: BHRT', 'http://www.bhrt.ba/')).toBe(60);
  });
  it('the imperative not beside a media title, nor a call to tune in; the stories not in the outlet’s own voice', () => {
    expect(linkPoints('Periodista de VTV. Pon a prueba la prensa oficial', 'https://www.vtv.gob.ve/')).toBe(60);
    expect(linkPoints('¡Pon a prueba la prensa oficialista! Suscríbete a VTV', 'https://www.vtv.gob.ve/')).toBe(60);
    expect(linkPoints('Монтажёр. Разбираю сюжеты нашего госТВ', 'http://belrtr.by/')).toBe(60);
  });
});

describe('a label in words no rendering listed', () => {
  it('"Account of a media …" before the label’s words of control', () => {
    expect(labelled('Compte d’un média que contrôle l’État · Burundi')).toBe(true);
    expect(mayBeLabelText('Compte d’un média que contrôle l’État · Burundi')).toBe(true);
  });
  it.each([
    'Compte d’un média indépendant de l’État',
    'Compte officiel de l’État · média',
    'Cuenta de un medio censurado por el Estado',
    'Account of a media banned by the government',
    'Medio censurado por el Estado',
  ])('not independence, an account’s sentence, censorship or a ban: %s', (text) => {
    expect(labelled(text)).toBe(false);
  });
  it('Sinhala words taken back by the review (scorn, persons and questions read as the label)', () => {
    // (the label itself is read again in its whole shape since RULES_VERSION 151, never composed, so scorn, persons
    // and questions with these words stay unread)
    expect(labelled('ශ්‍රී ලංකා රජයේ පාලනය යටතේ පවතින මාධ්‍ය')).toBe(true);
    expect(labelled('ශ්‍රී ලංකා රජයේ පාලනය යටතේ පවතින මාධ්‍ය? නැහැ')).toBe(false);
    expect(labelled('මම රජයේ මාධ්‍ය ආයතනයක වැඩ කරමි')).toBe(false);
  });
});

describe('staff lines', () => {
  it.each([
    ['أقدّم النشرات على قناة الإخبارية • من الرياض', 'saudi-broadcasting-authority'],
    ['Je présente le journal de 20h30 sur la CRTV 📺 Yaoundé', 'crtv'],
    ['Корреспондент РТР-Беларусь 📍Минск', 'stv-belarus'],
    ['Je couvre la rubrique Société pour Le Soleil 🇸🇳 Dakar', 'le-soleil-senegal'],
    ['Anadolu Ajansı’nda haberler muhabiriyim', 'anadolu'],
  ])('%s', (bio, outlet) => {
    expect(jobOf(bio)).toBe(outlet);
  });
  it.each([
    'Ich arbeite in der Redaktion von RT DE nicht mehr',
    'Критик РТР-Беларусь',
    'Je présente le journal de 20h30 sur la CRTV (sketch) 📺 Yaoundé',
    'أقدّم لكم النشرات على قناة الإخبارية',
  ])('not denied, criticised, played or to an audience: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
});
