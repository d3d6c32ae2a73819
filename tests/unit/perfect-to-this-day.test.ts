/**
 * The perfect of "work" held to this day (src/lists/bio/former.ts, perfectToThisDay; RULES_VERSION 32): English
 * "have worked … since 2015 / for ten years now" and Vietnamese "đã làm việc … được 10 năm nay / đến nay" are a current
 * job; without the "to this day" words, or with a closed range, the perfect stays past. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { jobOf } from './bio.helpers';

describe('the perfect held to this day', () => {
  it.each([
    ['Tôi đã làm việc tại VTV được 10 năm nay', 'vtv'],
    ['I have worked at CGTN since 2015', 'cgtn'],
    ['I have worked at CGTN for ten years now', 'cgtn'],
    ["I've worked at RT since 2019 🎙️", 'rt'],
  ])('%s', (bio, want) => expect(jobOf(bio)).toBe(want));

  it.each([
    ['Have worked at CGTN', 'cgtn (former)'],
    ['Worked at CGTN since 2015', 'cgtn (former)'],
    ['I have worked at CGTN 2010-2015, freelance since 2016', 'cgtn (former)'],
    ['Have worked at CGTN since 2015-2018', 'cgtn (former)'],
    ['Tôi đã làm việc tại VTV', 'vtv (former)'],
    ['Đã làm việc tại VTV 5 năm', 'vtv (former)'],
    ['Former CGTN reporter, I have worked there since 2015', 'cgtn (former)'],
    // the "to this day" words must follow the outlet and end the clause (a second review)
    ['I have worked at Xinhua, living in Paris since 2018', 'xinhua (former)'],
    ["I've worked at RT, married since 2016 💍", 'rt (former)'],
    ['I have worked at RT and been freelance since 2020', 'rt (former)'],
    ["I've worked at RT since 2015 off and on, now full time BBC", 'rt (former)'],
    ["I've worked at RT, BBC & CNN to date", 'rt (former)'],
    ['Have worked at CGTN since 2019 as a guest', 'cgtn (former)'],
    ['Đã làm việc tại VTV, nghỉ hưu từ 2020 đến nay', 'vtv (former)'],
    ['Đã làm việc tại VTV, đến nay vẫn nhớ nghề 🥲', 'vtv (former)'],
    // first person only, and no other past word in the clause (a third review)
    ['Đã làm việc tại VTV từ 2012 đến nay', 'vtv (former)'],
    ['Hubby has worked at RT since 2015', 'rt (former)'],
    ['Từng là phóng viên, đã làm việc tại VTV đến nay', 'vtv (former)'],
    ['Nhà báo đã nghỉ hưu, đã làm việc tại VTV đến nay', 'vtv (former)'],
  ])('past: %s', (bio, want) => expect(jobOf(bio)).toBe(want));
});
