/**
 * Bio rules from the ninth and tenth fresh sets' misses, read as classes. Arabic names of two words whose second takes
 * the article are also written as one word ("روز اليوسف" / "روزاليوسف"): the joined form reads as the same outlet,
 * bound as employer only where a title binds it. Vietnamese "từng làm" / "từng là" ("used to work as / be") is past.
 */
import { describe, expect, it } from 'vitest';
import { readBio } from '../../src/lists/bio/index';
import { arabicJoined } from '../../src/lists/bio/tables';

describe('Arabic names written joined', () => {
  it('joins two Arabic words whose second takes the article, and nothing else', () => {
    expect(arabicJoined('روز اليوسف')).toBe('روزاليوسف');
    expect(arabicJoined('قناة العالم')).toBe('قناةالعالم');
    expect(arabicJoined('روسيا اليوم الإخبارية')).toBeUndefined(); // three words
    expect(arabicJoined('بي بي')).toBeUndefined(); // no article
    expect(arabicJoined('Rose al-Youssef')).toBeUndefined(); // not Arabic script
  });

  it('a title, "at the magazine", then the joined name is current employment', () => {
    const r = readBio('صحفية بمجلة روزاليوسف ✍️ | القاهرة 🇪🇬');
    expect(r.employment?.outlet.state).toBe('EG');
    expect(r.employment?.former).toBe(false);
  });

  it('the joined name takes a proclitic as the spaced one does', () => {
    expect(readBio('صحفية بروزاليوسف').employment?.outlet.state).toBe('EG');
  });

  it('a name whose second word has no article is read spaced only, not joined', () => {
    expect(readBio('مذيع بإذاعة موريتانيا').employment?.outlet.state).toBe('MR');
    expect(readBio('مذيع بإذاعةموريتانيا').employment).toBeUndefined();
  });

  it('the same with "former" is past employment', () => {
    expect(readBio('صحفية سابقة بمجلة روزاليوسف').employment?.former).toBe(true);
  });

  it('a reader of the joined name, or the name alone, is a mention and no employment', () => {
    for (const bio of ['قارئة لمجلة روزاليوسف', 'روزاليوسف']) {
      const r = readBio(bio);
      expect(r.employment, bio).toBeUndefined();
      expect(
        r.mentions.some((m) => m.outlet.state === 'EG'),
        bio,
      ).toBe(true);
    }
  });
});

describe('Vietnamese "used to work as"', () => {
  it('"từng làm" and "đã từng là" before the title put the employment in the past', () => {
    expect(readBio('Từng làm phóng viên Thời báo Kinh tế Sài Gòn 6 năm').employment?.former).toBe(true);
    expect(readBio('Tôi đã từng là phóng viên Thời báo Kinh tế Sài Gòn').employment?.former).toBe(true);
  });

  it('"từng" as "each", or "đã từng đi" ("have been to"), leaves the employment current', () => {
    expect(readBio('Phóng viên Thời báo Kinh tế Sài Gòn | tin nóng từng ngày').employment?.former).toBe(false);
    expect(readBio('Đã từng đi Mỹ - phóng viên Thời báo Kinh tế Sài Gòn').employment?.former).toBe(false);
  });
});
