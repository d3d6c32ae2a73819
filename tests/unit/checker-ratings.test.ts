/**
 * A checker's rating scale in its captions (src/lists/checker-ratings.ts) and the half-weight link it earns
 * (src/signals/outlet-link.ts, RULES_VERSION 158): each side of each condition, in inputs written here.
 */
import { describe, expect, it } from 'vitest';
import { captionRating, ratingScale } from '../../src/lists/checker-ratings';
import { outletLink } from '../../src/signals/outlet-link';
import type { Observation } from '../../src/tiktok/observation';

const DAY = 86_400;
const NOW = 1_796_000_000;

/** The link's points on a profile whose posts carry these captions, one a day (an ordinary pace). */
function linkPoints(bio: string, link: string, captions: string[], nickname = 'Lucía R.', handle = 'lucia.r'): number {
  const posts = captions.map((desc, i) => ({
    id: String(9000 + i),
    createTime: NOW - (i + 1) * DAY,
    desc,
    hashtags: [],
  }));
  const obs = {
    handle,
    source: 'universal',
    observedAt: NOW * 1000,
    posts,
    user: { uniqueId: handle, nickname, signature: bio, bioLink: link },
  } as unknown as Observation;
  return outletLink.evaluate({ obs, history: [], now: NOW * 1000 })?.points ?? -1;
}

const VTV = 'https://www.vtv.gob.ve/';
const ordinary = ['Receta de arepas', 'Un paseo por el parque', 'Mi perro en la playa'];

describe('captionRating', () => {
  it('reads a rating opening a caption before its separator, in several languages', () => {
    expect(captionRating('Falso: la foto es de 2019')).toBe('falso');
    expect(captionRating('ENGAÑOSO | el gráfico recorta el eje')).toBe('engañoso');
    expect(captionRating('Faux : la route n’est pas bitumée')).toBe('faux');
    expect(captionRating('Missing context: the quote is older')).toBe('missing context');
    expect(captionRating('مضلل: الصورة قديمة')).toBe('مضلل');
    expect(captionRating('Yanıltıcı: grafik eksik')).toBe('yanıltıcı');
  });
  it('not a word that only opens a sentence, nor fakes, corrections, "the truth"', () => {
    expect(captionRating('Falso amigo, una canción')).toBeUndefined();
    expect(captionRating('True story: I met a bear')).toBeUndefined();
    expect(captionRating('Фейк: Запад снова врёт')).toBeUndefined();
    expect(captionRating('FAKE: what the BBC said')).toBeUndefined();
    expect(captionRating('تصحيح: ورد خطأ في تقرير أمس')).toBeUndefined();
    expect(captionRating('Правда: как живут в деревне')).toBeUndefined();
    expect(captionRating('Receta: arepas')).toBeUndefined();
  });
});

describe('ratingScale', () => {
  it('two different ratings, or one that is not "false"', () => {
    expect(ratingScale(['Falso: a', 'Engañoso: b'])?.ratings).toEqual(['falso', 'engañoso']);
    expect(ratingScale(['Vrai : le prix a doublé'])?.ratings).toEqual(['vrai']);
    expect(ratingScale(['Falso: a', 'Verdadero: b'])?.example).toBe('Verdadero: b');
  });
  it('not "false" alone, however often: a state’s debunker has one word', () => {
    expect(ratingScale(['FALSO: a', 'FALSO: b', 'Falso: c'])).toBeUndefined();
    expect(ratingScale(['Фейк: a', 'Фейк: b'])).toBeUndefined();
    expect(ratingScale([])).toBeUndefined();
  });
  it('a caption repeated by the grid counts once', () => {
    expect(ratingScale(['Falso: a', 'Falso: a'])).toBeUndefined();
  });
});

describe('the link of an account whose captions rate on a scale (RULES_VERSION 158)', () => {
  const rated = ['Falso: el puente se inauguró en 2021', 'Engañoso: la cifra omite dos años', ...ordinary];
  it('counts half beside a checker’s scale, in full without it', () => {
    expect(linkPoints('Revisamos lo que dicen los noticieros', VTV, rated)).toBe(30);
    expect(linkPoints('Revisamos lo que dicen los noticieros', VTV, ordinary)).toBe(60);
    expect(linkPoints('Revisamos lo que dicen los noticieros', VTV, ['FALSO: a', 'FALSO: b', ...ordinary])).toBe(60);
  });
  it('not the state’s framing in the name, the bio or a rating', () => {
    expect(linkPoints('Desmontamos las mentiras de Occidente', VTV, rated)).toBe(60);
    expect(linkPoints('Revisamos', VTV, ['Falso: lo que dice la prensa occidental', 'Engañoso: b'])).toBe(60);
    expect(linkPoints('Revisamos', VTV, rated, 'Verdad contra el imperialismo')).toBe(60);
  });
  it('not the outlet’s staff, a media job, its brand or handle', () => {
    expect(linkPoints('Periodista en VTV', VTV, rated)).toBe(60);
    expect(linkPoints('Periodista. Revisamos datos', VTV, rated)).toBe(60);
    expect(linkPoints('Revisamos datos', VTV, rated, 'VTV Verifica')).toBe(60);
    expect(linkPoints('Revisamos datos', VTV, rated, 'Verifica', 'vtv.verifica')).toBe(60);
  });
});
