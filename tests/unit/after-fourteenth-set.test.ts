/**
 * The fourteenth fresh set's misses, as classes (docs/calibration.md): a page that sells advertising beside a state's
 * name is a business, Romanian "cândva" (once) before an old job, the Thai label as "under the state's control", and
 * the Gulf staff line "من أسرة تحرير" (of the editorial family of). Both sides; generic wordings.
 */
import { describe, expect, it } from 'vitest';
import { readBio } from '../../src/lists/bio/index';
import { isLabelText } from '../../src/tiktok/label';
import { presents } from './self-presentation.helpers';

describe('a page that sells its reach is a business, not a state’s voice', () => {
  it.each([
    ['Chile Noticias Hoy 🇨🇱', 'Publicidad y promociones por DM', 'chile.noticias'],
    ['Kenya News Today 🇰🇪', 'For advertising and sponsorship: link below', 'kenya.news.today'],
    ['Россия Сегодня 🇷🇺', 'Реклама в директ', 'rossiya.segodnya'],
  ])('%s', (name, bio, handle) => {
    expect(presents(name, bio, handle)).toBeUndefined();
    expect(presents(name, '', handle)).toBeDefined();
  });
});

describe('Romanian "cândva" (once) puts the old job in the past', () => {
  it('with it, former; without it, current', () => {
    expect(readBio('Cândva reporter la TVR | București 🇷🇴').employment?.former).toBe(true);
    expect(readBio('Reporter la TVR | București 🇷🇴').employment?.former).toBe(false);
  });
});

describe('the Thai label as "media under the state’s control"', () => {
  it('is the label; the words for "media" alone are not', () => {
    expect(isLabelText('สื่อภายใต้การควบคุมของรัฐ (จีน)')).toBe(true);
    expect(isLabelText('สื่อสร้างสรรค์')).toBe(false);
  });
});

describe('"من أسرة تحرير" (of the editorial family of) binds the paper', () => {
  it('before the paper: employment; a reader of it: a mention', () => {
    expect(readBio('من أسرة تحرير جريدة عمان | مسقط').employment?.outlet.state).toBe('OM');
    expect(readBio('أقرأ جريدة عمان كل صباح').employment).toBeUndefined();
  });
});
