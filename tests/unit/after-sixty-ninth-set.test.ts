/**
 * After the sixty-ninth to seventy-second sets' misses were read (RULES_VERSION 52): Thai titles with their beat
 * written on; IRINN's Persian name with "Sima"; Medianova's "Exame Angola". Both sides.
 */
import { describe, expect, it } from 'vitest';
import { jobOf } from './bio.helpers';

describe('after the sixty-ninth to seventy-second sets', () => {
  it('reads a Thai title with its beat written on, beside an outlet only', () => {
    expect(jobOf('นักข่าวการเมือง @ สำนักข่าวไทย อสมท')).toBe('mcot');
    expect(jobOf('ผู้สื่อข่าวกีฬา สำนักข่าวไทย')).toBe('mcot');
    expect(jobOf('นักข่าวการเมือง | กรุงเทพฯ')).toBeUndefined();
  });

  it('reads IRINN by "شبکه خبر سیما", not any "news network"', () => {
    expect(jobOf('خبرنگار شبکه خبر سیما 🎙 تهران')).toBe('irib');
    expect(jobOf('خبرنگار شبکه خبر محلی')).toBeUndefined();
  });

  it('reads "Exame Angola", not bare "Exame"', () => {
    expect(jobOf('Jornalista de economia na Exame Angola 📊 | Luanda')).toBe('medianova');
    expect(jobOf('Jornalista de economia na Exame | São Paulo')).toBeUndefined();
  });
});
