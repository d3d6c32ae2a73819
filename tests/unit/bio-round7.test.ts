/**
 * The classes of the seventh set's misses (docs/calibration.md, "after the seventh set"), from both sides, in outlets
 * and wordings other than the set's: a kind noun before an outlet's name in quotes, in its case forms; a Chinese
 * outlet run into the title with another place's name glued before it; an outlet named with its country's name.
 * Outlets are looked up by alias, or by id where the name read is only the core of a longer alias.
 */
import { describe, expect, it } from 'vitest';
import { outlet, read } from './bio.helpers';

const employer = (bio: string) => read(bio).employment?.outlet;

describe('a kind noun, then the name in quotes without its kind word', () => {
  it.each([
    ['Корреспондент на телеканале «Звезда»', 'zvezda'],
    ['Редактор на телеканале «Алматы» 🇰🇿', 'Almaty TV'],
    ['Журналист телеканала «Культура»', 'vgtrk'],
  ])('%s', (bio, alias) => expect(employer(bio)).toBe(outlet(alias)));

  it.each([
    ['no title: a viewer', 'Смотрю телеканал «Астана» по вечерам'],
    ['a noun of another kind', 'Ведущая в газете «Маяк»'],
    ['the capital without quotes or noun', 'Живу в Астане, ведущая свадеб'],
    ['a critic', 'Разоблачаю ложь телеканала «Звезда» 🤥'],
  ])('not the employer: %s', (_, bio) => expect(employer(bio)).toBeUndefined());
});

describe('a Han name run into the title, and another place glued before it', () => {
  it('经济日报 before a title is the outlet', () => expect(employer('经济日报编辑')).toBe(outlet('经济日报')));
  it.each([['香港经济日报记者'], ['台湾经济日报记者']])('%s is another paper', (bio) =>
    expect(employer(bio)).toBeUndefined(),
  );
});

describe("an outlet's name holding its country's name", () => {
  it('the channel', () => expect(employer('Periodista en Paraguay TV')).toBe(outlet('Paraguay TV')));
  it.each([['Periodista en Paraguay 🇵🇾'], ['Bloguera de viajes: Paraguay TV y radio']])('not: %s', (bio) =>
    expect(employer(bio)).toBeUndefined(),
  );
});
