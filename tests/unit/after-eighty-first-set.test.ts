/**
 * After the eighty-first and eighty-second sets' misses were read (RULES_VERSION 56): Al Arabiya's Farsi edition by
 * its Persian spelling. (The business account that posts like a content farm: tests/unit/signal-ablation.test.ts.)
 * Both sides.
 */
import { describe, expect, it } from 'vitest';
import { jobOf } from './bio.helpers';

describe('after the eighty-first and eighty-second sets', () => {
  it("reads Al Arabiya's Persian spelling as its employer, and not a mention or a critic", () => {
    expect(jobOf('گزارشگر العربیه فارسی در دبی 🎙️ | نظرات شخصی است')).toBe('mbc-group');
    expect(jobOf('خبرنگار سابق العربیه فارسی')).toBe('mbc-group (former)');
    expect(jobOf('عاشق زبان العربیه')).toBeUndefined();
    // the Arabic word for "Arabic", which the Persian spelling folds to, is no channel (a check of the corpus)
    expect(jobOf('مذيعة في الإذاعة العربية')).toBeUndefined();
    expect(jobOf('منتقد العربیه فارسی')).toBeUndefined();
  });
});
