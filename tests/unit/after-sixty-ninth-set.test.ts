/**
 * After the sixty-ninth to seventy-second sets' misses were read (RULES_VERSION 52): IRINN's Persian name with "Sima",
 * with the Persian "retired / resigned / dismissed" and "until the year …" as a past job; Medianova's "Exame Angola";
 * and the Thai titles with a beat written on, taken back after a review ("สำนักข่าว", news agency, holds "นักข่าว").
 * Both sides.
 */
import { describe, expect, it } from 'vitest';
import { jobOf } from './bio.helpers';

describe('after the sixty-ninth to seventy-second sets', () => {
  it('reads IRINN by "شبکه خبر سیما", not any "news network"; its resigned and retired staff as past', () => {
    expect(jobOf('خبرنگار شبکه خبر سیما 🎙 تهران')).toBe('irib');
    expect(jobOf('خبرنگار شبکه خبر محلی')).toBeUndefined();
    expect(jobOf('خبرنگار مستعفی شبکه خبر سیما')).toBe('irib (former)');
    expect(jobOf('خبرنگار بازنشسته صدا و سیما')).toBe('irib (former)');
    expect(jobOf('مجری شبکه خبر سیما تا سال ۱۴۰۱')).toBe('irib (former)');
  });

  it('reads "Exame Angola", not bare "Exame"', () => {
    expect(jobOf('Jornalista de economia na Exame Angola 📊 | Luanda')).toBe('medianova');
    expect(jobOf('Jornalista de economia na Exame | São Paulo')).toBeUndefined();
  });

  it('takes back the Thai title with a beat written on: a news agency is no reporter', () => {
    expect(jobOf('แปลข่าวจากสำนักข่าวต่างประเทศ Xinhua')).toBeUndefined();
    // … while a reporter's title with a beat glued on, opening its word, is read since RULES_VERSION 83 (src/lists/bio/index.ts
    // THAI_BEAT_TITLE): the agency's word holds the title inside it, not at its start
    expect(jobOf('นักข่าวการเมือง @ สำนักข่าวไทย อสมท')).toBe('mcot');
  });
});
