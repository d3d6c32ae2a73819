/**
 * After the two-hundred-and-seventy-second to two-hundred-and-seventy-ninth sets' misses were read (RULES_VERSION 106,
 * as its review left it): a Vietnamese label counted in syllables, and staff lines. Both sides of each. Taken back by
 * the review: bare "разбираю/разбираем" before the state-media class (the outlets' own shows and staff, tidying, people
 * defending state media), FTV as a placed acronym (production companies of that name in Bosnia), and Chinese "任職"
 * without 於 (wishes, relatives, friends, past tenures).
 */
import { describe, expect, it } from 'vitest';
import { isLabelled } from '../../src/history/labels';
import { jobOf } from './bio.helpers';
import { linkPoints } from './link.helpers';

const labelled = (text: string) => isLabelled({ uniqueId: 'x', stateControlledMediaText: text });

describe('a Vietnamese label counted in syllables', () => {
  it('sixteen at most, for the label’s own shape (control by the state)', () => {
    expect(labelled('Truyền thông đặt dưới sự kiểm soát của Nhà nước ở Việt Nam')).toBe(true);
  });
  it.each([
    'Tôi làm việc cho truyền thông đặt dưới sự kiểm soát của Nhà nước',
    'Truyền thông không đặt dưới sự kiểm soát của Nhà nước',
    'Truyền thông đặt dưới sự kiểm soát của Nhà nước ở Việt Nam nói dối',
    'Cựu biên tập viên truyền thông nhà nước Việt Nam, giờ làm podcast độc lập',
    'Ghét truyền thông nhà nước vì họ luôn che giấu sự thật với dân',
    'Građanin koji svaki dan gleda državne medije i piše o njima na svom profilu',
    'Media that are placed under the control of the state of the country here',
  ])('not a person’s, negated, scorned, another language or another shape: %s', (text) => {
    expect(labelled(text)).toBe(false);
  });
});

describe('staff lines', () => {
  it('the main news', () => {
    expect(jobOf('Presento las noticias centrales en Bolivia TV 📡 La Paz, cada noche')).toBe('bolivia-state-media');
  });
  it('not a reposter’s', () => {
    expect(jobOf('Presento las noticias centrales de RT en mi canal')).toBeUndefined();
  });
  it('RTVFBiH’s television by its own name, in its cases', () => {
    expect(jobOf('Voditeljica na Federalnoj televiziji')).toBe('bhrt');
    expect(jobOf('Voditeljica Dnevnika, Federalna televizija')).toBe('bhrt');
  });
  it('not a viewer of it', () => {
    expect(jobOf('Gledam Federalnu televiziju svaku večer')).toBeUndefined();
  });
});

describe('taken back by the review of RULES_VERSION 106', () => {
  it('bare "разбираем" before the class, FTV unplaced, bare 任職', () => {
    expect(linkPoints('Разбираем новости госСМИ за неделю', 'https://www.1tv.ru/shows/nedelya')).toBe(60);
    expect(jobOf('Producer @ FTV Productions, Banja Luka 🇧🇦')).toBeUndefined();
    expect(jobOf('我爸任職香港電台')).toBeUndefined();
  });
});
