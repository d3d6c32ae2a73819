/**
 * After the three-hundred-and-seventy-ninth to -eighty-fifth sets' misses were read (RULES_VERSION 121): labels in new
 * words ("el control editorial es del Estado" after "Rep. Dominicana", Hungarian "sajtó", Vietnamese "Báo Việt Nam …"),
 * an Azerbaijani checker with the verb last and "the source I checked is in the link", and staff lines: "ancla", "Faço
 * reportagem para", "since <year>" after a byline. Both sides of each.
 */
import { describe, expect, it } from 'vitest';
import { isLabelled } from '../../src/history/labels';
import { jobOf } from './bio.helpers';
import { linkPoints } from './link.helpers';

const labelled = (text: string) => isLabelled({ uniqueId: 'x', stateControlledMediaText: text });

describe('labels', () => {
  it.each([
    'Rep. Dominicana · el control editorial es del Estado',
    'Magyarország: államilag irányított sajtó',
    'Báo Việt Nam thuộc sự điều khiển của chính phủ',
  ])('reads %s', (t) => {
    expect(labelled(t)).toBe(true);
  });
  it.each([
    'thông báo của chính phủ',
    'Báo cáo của chính phủ',
    'A sajtó szabadsága az állam ellen',
    'El control editorial no es del Estado',
    'Sin control editorial del Estado',
    'Báo tôi ghét chính phủ',
  ])('not an announcement, a report, freedom, a negation, "without", scorn: %s', (t) => {
    expect(labelled(t)).toBe(false);
  });
});

describe('an Azerbaijani checker', () => {
  it('"… başlıqlarını yoxlayıram. Yoxladığım mənbə linkdə" → 0', () => {
    expect(
      linkPoints(
        'Sputnik Azərbaycan başlıqlarını yoxlayıram. Yoxladığım mənbə linkdə 👇',
        'https://az.sputniknews.ru/politics/',
        'Aysel yoxlayır 🔍',
        'checker',
      ),
    ).toBe(0);
  });
  it.each([
    ['Sputnik Azərbaycan xəbərlərini oxuyuram', 'x', 'someone'],
    ['Sputnik Azərbaycan müxbiri. Xəbərlərimi yoxlayıram', 'x', 'someone'],
    ['Sputnik Azərbaycan başlıqlarını yoxlayırıq, redaksiya', 'Sputnik Azərbaycan', 'sputnikaz'],
  ])('not a reader, a correspondent, the outlet’s own: %s', (bio, nickname, handle) => {
    expect(linkPoints(bio, 'https://az.sputniknews.ru/', nickname, handle)).toBe(60);
  });
});

describe('staff lines', () => {
  it.each([
    ['Ancla del noticiero nocturno de CERTV Canal 4RD 📺 Santo Domingo', 'certv'],
    ['Faço reportagem para a TDM desde 2017 🎙️ Macau contado em português', 'tdm'],
    ['JRI, CRTV Yaoundé, depuis 2016 🎥 Foot, ndolé et bonne humeur', 'crtv'],
    ['Reporter, CGTN, since 2015', 'cgtn'],
  ])('%s', (bio, id) => {
    expect(jobOf(bio)).toBe(id);
  });
  it.each(['Mi ancla es Dios, fan de CERTV', 'Fan de l’ancla de CERTV', 'Reporter, CGTN, since 2015 fan'])(
    'not a faith, a fan: %s',
    (bio) => {
      expect(jobOf(bio)).toBeUndefined();
    },
  );
});

describe('what the review of RULES_VERSION 121 narrowed', () => {
  it.each([
    'Nincs állami sajtó',
    'Ningún control editorial del gobierno',
    'Denunciamos el control editorial del gobierno',
    'Control editorial ajeno al gobierno',
    'Báo nhà nước chẳng ai đọc',
    'Báo nhà nước cũ',
  ])('no label: a negation, a critic, independence, scorn, a past: %s', (t) => {
    expect(labelled(t)).toBe(false);
  });
  it.each([
    ['Sputnik Azərbaycan xəbərlərini yoxlayırıq, sonra dərc edirik. Redaksiya', 'https://az.sputniknews.ru/'],
    ['Hər səhər Sputnik Azərbaycan xəbərlərini yoxlayıram 📰', 'https://az.sputniknews.ru/'],
    ['Her sabah TRT haberlerini kontrol ediyorum ☕', 'https://www.trt.net.tr/'],
    ['Sputnik Azərbaycan xəbərlərini yoxlayıram, hamısı doğrudur', 'https://az.sputniknews.ru/'],
    ['Korrektor. Mətnləri yoxlayıram. Yoxladığım mənbə linkdə', 'https://az.sputniknews.ru/'],
  ])('the link keeps its weight: a newsroom, a habit, a vouching, a proofreader: %s', (bio, link) => {
    expect(linkPoints(bio, link, 'x', 'someone')).toBe(60);
  });
  it.each([
    'Fan del ancla de teleSUR',
    'Sigo al ancla de teleSUR',
    'Mi ancla es teleSUR ⚓',
    'Sonho: faço reportagem para a CGTN',
    'Faço reportagem para a CGTN em sonho kkk',
  ])('no job: a fan, a follower, a figure, a dream: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
  it.each([
    ['Soy ancla de teleSUR', 'telesur'],
    ['Ex ancla de teleSUR', 'telesur (former)'],
  ])('the title where a title stands: %s', (bio, job) => {
    expect(jobOf(bio)).toBe(job);
  });
});
