/**
 * "I worked at" in the languages whose "I work at" the reader knows (src/lists/roles/employment.ts, FORMER and
 * FORMER_ANY in src/lists/bio/cues.ts): the past marks the job as past, the present stays current. A past job read as
 * current is how an innocent former staffer gets flagged.
 */
import { describe, expect, it } from 'vitest';
import { jobOf } from './bio.helpers';

describe('past work verbs', () => {
  it.each([
    ['Nakoze kuri RTNB', 'burundi-state-media'],
    ['Pracowałam w TVP Info', 'tvp'],
    ['เคยทำงานที่ NBT', 'nbt'],
    ['조선중앙통신에서 근무했습니다', 'kcna'],
    ['عملت في قناة الإخبارية السورية', 'ortas'],
    ['Працювала у Укрінформі', 'ukrinform'],
    ['Εργάστηκα στην ΕΡΤ', 'ert'],
    ['Werkte bij Xinhua', 'xinhua'],
    ['Jobbade på CGTN', 'cgtn'],
    ['Trabalhei na TPA', 'tpa'],
    ['Đã làm việc tại VTV', 'vtv'],
    ['Waxaan ka shaqeeyay SNTV', 'somalia-state-media'],
    ['Ngangisebenza e SABC', 'sabc'],
    ['Xinhua ishladim', 'xinhua'],
  ])('%s: a past job at %s', (bio, outlet) => {
    expect(jobOf(bio)).toBe(`${outlet} (former)`);
  });

  it.each([
    ['Trabajo en teleSUR', 'telesur'],
    ['Работя в Българска национална телевизия', 'bnt'],
    ['Nagtrabaho sa Radyo Pilipinas', 'radyo-pilipinas'],
    ['ทำงานที่ NBT', 'nbt'],
    ['Làm việc tại VTV', 'vtv'],
    ['Trabalho na TPA', 'tpa'],
    ['Jobbar på CGTN', 'cgtn'],
    ['Xinhua’da çalışıyorum', 'xinhua'],
  ])('%s: a current job at %s', (bio, outlet) => {
    expect(jobOf(bio)).toBe(outlet);
  });

  it.each([
    ['Кореспондентка, в «Урядовому кур’єрі» з 2017-го', 'ukraine-government-press'],
    ['Reporter, at CGTN', 'cgtn'],
    ['Корреспондент, в «Российской газете»', 'rossiyskaya-gazeta'],
  ])('a comma before the connector sets off the employer: %s', (bio, outlet) => {
    expect(jobOf(bio)).toBe(outlet);
  });

  it.each(['Reporter, news, at CGTN', 'Presenter, the CGTN show', 'Journalist, on CGTN lies'])(
    'a comma before other words still lists: %s',
    (bio) => {
      expect(jobOf(bio)).toBeUndefined();
    },
  );
});
