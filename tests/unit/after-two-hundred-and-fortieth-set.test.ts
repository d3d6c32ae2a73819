/**
 * After the two-hundred-and-thirty-third to two-hundred-and-fortieth sets' misses were read (RULES_VERSION 101):
 * checkers' and researchers' titles, their verbs of analysis with the linked outlet as object, state media as the
 * object of "проверяю" and "chequeamos", link sentences in Spanish and Russian; hosts' programme words, as the review
 * of that version left them (Afrikaans phrases taken back). Both sides.
 */
import { describe, expect, it } from 'vitest';
import { factCheckerTitle, factCheckOf, linkIsChecked, mediaResearcherTitle } from '../../src/lists/bio/fact-check';
import { jobOf } from './bio.helpers';
import { linkPoints } from './link.helpers';

describe('checkers’ and researchers’ titles', () => {
  it('read', () => {
    expect(factCheckerTitle('Tagasuri ng katotohanan 🔎')).toBe('tagasuri ng katotohanan');
    expect(factCheckerTitle('نحن فريق مستقل يدقق الأخبار الخليجية')).toBeDefined();
    expect(mediaResearcherTitle('Медиаисследовательница. Минск')).toBeDefined();
    expect(mediaResearcherTitle('Исследую пропаганду в Беларуси.')).toBeDefined();
  });
  it('not a team that is not independent, nor the state’s framing', () => {
    expect(factCheckerTitle('فريق التحرير يدقق الأخبار')).toBeUndefined();
    expect(mediaResearcherTitle('Исследую пропаганду Запада')).toBeUndefined();
  });
});

describe('a titled checker’s verb of analysis with the linked outlet as its object', () => {
  it('zeroes the link', () => {
    expect(
      linkPoints('Fact-checkeuse. Je décortique les vidéos de RT, sources en lien 👇', 'https://francais.rt.com/'),
    ).toBe(0);
  });
  it('not without the title: a presenter takes apart its own news', () => {
    expect(linkPoints('Journaliste. Je décortique les vidéos de RT', 'https://francais.rt.com/')).toBe(60);
    expect(linkPoints('Je décortique l’actu sur RT chaque soir', 'https://francais.rt.com/')).toBe(60);
  });
});

describe('state media as the object, and link sentences', () => {
  it('reads', () => {
    expect(factCheckOf('Проверяю белорусские госСМИ, по ссылке — разбор')?.verb).toBe('проверяю');
    expect(factCheckOf('Chequeamos a la televisión estatal')?.media).toBe('la televisión estatal');
    expect(linkIsChecked('Enlace: el reporte que desmentimos hoy')).toBeDefined();
    expect(linkIsChecked('В ссылке — разбираемый текст БелТА')).toBeDefined();
    expect(
      linkPoints('Исследую пропаганду в Беларуси. В ссылке — разбираемый текст БелТА', 'https://www.belta.by/'),
    ).toBe(0);
  });
  it('not for state TV, nor "the report we publish", nor the outlet named elsewhere too', () => {
    expect(factCheckOf('Проверяю звук для госСМИ')).toBeUndefined();
    expect(linkIsChecked('Enlace: el reporte que publicamos hoy')).toBeUndefined();
    expect(linkPoints('БелТА. В ссылке — разбираемый текст БелТА', 'https://www.belta.by/')).toBe(60);
  });
});

describe('hosts’ programme words', () => {
  it.each([
    ['Conduzco el informativo matinal en Radio Uruguay 📻', 'secan'],
    ['Je présente le réveil sur Radio Kara 📻 chaque matin en semaine, Togo', 'togo-state-media'],
  ])('%s', (bio, id) => expect(jobOf(bio)).toBe(id));
  it.each([
    'Mon réveil sonne sur Radio Kara',
    'Conduzco el informativo matinal en mi canal de YouTube, Radio Uruguay',
    'Ek skryf vir julle oor SABC se nuus',
  ])('not %s', (bio) => expect(jobOf(bio)).toBeUndefined());
});

describe('as the review of RULES_VERSION 101 left it', () => {
  it('not the outlet’s own team, nor "with", nor a negated title, nor a newsroom’s words in the link sentence', () => {
    expect(linkPoints('مدقق معلومات. نراجع الأخبار مع فريق سانا', 'https://sana.sy/')).toBe(60);
    expect(linkPoints('Fact-checkeuse. Je décortique l’info avec l’équipe de RT', 'https://francais.rt.com/')).toBe(60);
    expect(factCheckerTitle('غير تابع لأي فريق مستقل يدقق الأخبار')).toBeUndefined();
    expect(factCheckerTitle('Tagasuri ng katotohanan ng PTV')).toBeUndefined();
    expect(linkIsChecked('По ссылке — разбор главных новостей недели')).toBeUndefined();
    expect(linkIsChecked('Enlace: los temas que revisamos hoy')).toBeUndefined();
    expect(linkPoints('Verificamos tu reclamo a la agencia oficial', 'https://www.telam.com.ar/')).toBe(60);
    expect(linkPoints('Ведущая. Проверяю госСМИ каждое утро', 'https://belta.by/')).toBe(60);
    expect(factCheckOf('Не проверяю госСМИ')).toBeUndefined();
  });
  it('the state’s framing: the West’s propaganda, not a researcher living in the West', () => {
    expect(mediaResearcherTitle('Исследую пропаганду Запада и её методы')).toBeUndefined();
    expect(mediaResearcherTitle('Исследователь пропаганды. Живу на Западе')).toBeDefined();
  });
});
