/**
 * The bio reader's classes after the fifth and sixth fresh sets (docs/calibration.md, "after the fifth and sixth
 * sets"): each rule from both sides. Outlets are looked up by alias, not by id, so the tests hold while the registry
 * grows.
 */
import { describe, expect, it } from 'vitest';
import { type BioReading, readBio } from '../../src/lists/bio';
import { STATE_OUTLETS, type StateOutlet } from '../../src/lists/outlets';

const NOW = Date.UTC(2026, 0, 15);

function outlet(alias: string): StateOutlet {
  const found = STATE_OUTLETS.find((o) => o.aliases.includes(alias));
  if (!found) throw new Error(`no outlet with alias ${alias}`);
  return found;
}

function read(bio: string): BioReading {
  return readBio(bio, { now: NOW });
}

describe('"earlier, formerly" adverbs before the old job', () => {
  it.each([
    ['Раньше — корреспондент РЕН ТВ, с 2022 года не работаю на ТВ', 'РЕН ТВ'],
    ['Trước đây là phóng viên VTV1', 'VTV1'],
    ['Daha önce TRT muhabiri', 'TRT'],
  ])('%s: former', (bio, alias) => {
    const r = read(bio);
    expect(r.employment?.outlet).toBe(outlet(alias));
    expect(r.employment?.former).toBe(true);
  });

  it.each([
    ['Корреспондент РЕН ТВ. Раньше жила в Сочи', 'РЕН ТВ'],
    ['TRT muhabiri. Daha önce öğretmendim', 'TRT'],
  ])('%s: the adverb in another clause leaves the job current', (bio, alias) => {
    const r = read(bio);
    expect(r.employment?.outlet).toBe(outlet(alias));
    expect(r.employment?.former).toBe(false);
  });
});

describe('an acronym in brackets after the name is part of it in a bare comma byline', () => {
  it('"Correspondent, <name> (<ACRONYM>)" is employment', () => {
    const r = read('Correspondent, News Agency of Nigeria (NAN) 🇳🇬 | Abuja | Health & Education');
    expect(r.employment?.outlet).toBe(outlet('News Agency of Nigeria'));
    expect(r.employment?.former).toBe(false);
  });

  it.each([
    'Journalist, News Agency of Nigeria (critic)',
    'Journalist, politics, News Agency of Nigeria (NAN)',
    'Correspondent, News Agency of Nigeria (NAN) watchdog reports',
  ])('a word in brackets, a topic list or more words stay a list: %s', (bio) => {
    expect(read(bio).employment).toBeUndefined();
  });
});
