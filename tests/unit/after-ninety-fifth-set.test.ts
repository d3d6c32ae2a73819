/**
 * Before the ninety-fifth and ninety-sixth sets were scored (RULES_VERSION 65, from the known risks left by the
 * nineteenth session): Korean 출신 and Chinese/Japanese 出身 after a title or an outlet are a past job, after a place a
 * hometown. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { jobOf } from './bio.helpers';

describe('before the ninety-fifth and ninety-sixth sets', () => {
  it('reads "coming from" after a title or an outlet as a past job, and after a place as a hometown', () => {
    expect(jobOf('CCTV 기자 출신 | 여행 유튜버')).toBe('cctv (former)');
    expect(jobOf('조선중앙TV 아나운서 출신')).toBe('kctv (former)');
    expect(jobOf('CGTN 출신 기자')).toBe('cgtn (former)');
    expect(jobOf('新华社记者出身，现在做自媒体')).toBe('xinhua (former)');
    expect(jobOf('부산 출신 CGTN 기자')).toBe('cgtn');
    expect(jobOf('CGTN 기자 | 평양 출신')).toBe('cgtn');
    expect(jobOf('CCTV记者 | 北京出身')).toBe('cctv');
  });
});

describe('a wish written as a dream job', () => {
  it('reads "dream job:" before the title as a wish, and a dream elsewhere in the bio as nothing', () => {
    expect(jobOf('Dream job: reporter at CGTN ✨')).toBeUndefined();
    expect(jobOf('My dream is to be a reporter at CGTN')).toBeUndefined();
    expect(jobOf('Reporter at CGTN. Living the dream')).toBe('cgtn');
    expect(jobOf('Dream team: reporter at CGTN')).toBe('cgtn');
  });
});

describe('a leave inside a job', () => {
  it('keeps the job current when the past date ends a leave, and past when it ends the job', () => {
    expect(jobOf('Reporter at CGTN (on leave until May 2024)')).toBe('cgtn');
    expect(jobOf('Reporter at CGTN (maternity leave 2022–2023)')).toBe('cgtn');
    expect(jobOf('Корреспондент RT, в декрете до 2024')).toBe('rt');
    expect(jobOf('CGTN 기자 (2024년까지 육아휴직중)')).toBe('cgtn');
    expect(jobOf('Reporter at CGTN until 2023')).toBe('cgtn (former)');
    expect(jobOf('Reporter at CGTN, Baja California 2015–2020')).toBe('cgtn (former)');
    expect(jobOf('Reporter at CGTN (leaves until 2020)')).toBe('cgtn (former)');
  });
});

describe('staff lines written with verbs, and wishes before them', () => {
  it('reads "I report for", Vietnamese "làm báo ở" and Persian "گزارش می‌دهم" as staff lines', () => {
    expect(jobOf('I report for CGTN from Nairobi')).toBe('cgtn');
    expect(jobOf('Làm báo nói ở Đài TNVN 🎙️')).toBe('vov');
    expect(jobOf('Làm việc ở VTV')).toBe('vtv');
    expect(jobOf('از دبی برای العربیه فارسی گزارش می‌دهم')).toBe('mbc-group');
    // the outlet as the report's topic or target, and a place after "làm báo ở"
    expect(jobOf('درباره پرس تی وی گزارش می‌دهم')).toBeUndefined();
    expect(jobOf('Tôi làm báo ở Hà Nội, thích xem VTV')).toBeUndefined();
  });

  it('reads a wish before an employment phrase as no job, in English, Arabic and Vietnamese', () => {
    expect(jobOf('I want to work at CGTN')).toBeUndefined();
    expect(jobOf('Hoping to work for CGTN one day')).toBeUndefined();
    expect(jobOf('I want to report for CGTN')).toBeUndefined();
    expect(jobOf('أحلم أن أعمل في الجزيرة')).toBeUndefined();
    expect(jobOf('Sinh viên báo chí, mong được làm việc tại VTV')).toBeUndefined();
    expect(jobOf('Ước mơ làm báo ở VTV')).toBeUndefined();
    // a wish elsewhere leaves the job as it is
    expect(jobOf('Reporter at CGTN, want to travel')).toBe('cgtn');
    expect(jobOf('Tôi làm việc tại VTV, muốn đi du lịch')).toBe('vtv');
  });
});
