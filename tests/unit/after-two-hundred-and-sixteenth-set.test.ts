/**
 * After the two-hundred-and-ninth to two-hundred-and-sixteenth sets' innocent `suspected` were read (RULES_VERSION 98,
 * as its review of about 200 probes left it): checkers whose own verb has the linked outlet or state media as its
 * object ("Checking China Daily HK’s claims", "Sprawdzam, co piszą dzienniki Polska Press", "Chequeamos al canal
 * estatal", Persian "… را می‌سنجم"), not after "for", "on", "para"…; a link sentence in Polish and Spanish; Vietnamese
 * "đã nghỉ làm" opening a clause as past, not with "để" or "quay lại". Taken back and tested so: fan clubs and "No
 * somos la emisora" as a fan's words (they ruled out staff anywhere in the bio). Both sides of each.
 */
import { describe, expect, it } from 'vitest';
import { checksNamed, factCheckOf, linkIsChecked } from '../../src/lists/bio/fact-check';
import { jobOf } from './bio.helpers';
import { linkPoints } from './link.helpers';

describe('a checker’s own verb with the linked outlet as its object', () => {
  it('zeroes the link', () => {
    expect(linkPoints('Media researcher, HK. Checking China Daily HK’s claims', 'http://www.chinadailyhk.com/')).toBe(
      0,
    );
    expect(linkPoints('Sprawdzam, co piszą dzienniki Polska Press.', 'https://wspolczesna.pl/')).toBe(0);
    expect(checksNamed('Rozbieram przekazy Sputnika po polsku', 'Sputnik')).toBe('Rozbieram');
  });
  it('not "checking in", the outlet’s own staff, "for X", "on X", nor "rt" inside a word (review)', () => {
    expect(linkPoints('Checking in from the CGTN studio', 'https://www.cgtn.com/')).toBe(60);
    expect(linkPoints('Reporter at CGTN, checking CGTN facts', 'https://www.cgtn.com/')).toBe(60);
    expect(linkPoints('I check facts for Xinhua', 'http://www.xinhuanet.com/')).toBe(60);
    expect(linkPoints('Checking the facts on CGTN every night at 8', 'https://www.cgtn.com/')).toBe(60);
    expect(linkPoints('I check every single report twice. RT', 'https://www.rt.com/')).toBe(60);
  });
});

describe('state media as the object', () => {
  it('right after the verb, or before Persian را and the verb', () => {
    expect(factCheckOf('Chequeamos al canal estatal boliviano, nota por nota')?.media).toBe('al canal estatal');
    expect(factCheckOf('نگار هستم؛ ادعاهای خبرگزاری‌های رسمی را یکی‌یکی می‌سنجم')?.verb).toBe('می‌سنجم');
  });
  it('not the verb with another object, nor "for the state channel" (review)', () => {
    expect(factCheckOf('Chequeamos precios del súper. Canal estatal de cocina')).toBeUndefined();
    expect(factCheckOf('Verificamos para el canal estatal')).toBeUndefined();
  });
});

describe('the link sentence in Polish and Spanish', () => {
  it('reads', () => {
    expect(linkIsChecked('link = źródło, które sprawdzam')).toBeDefined();
    expect(linkIsChecked('En el link: lo revisado')).toBeDefined();
  });
  it('not the link as a shop', () => {
    expect(linkIsChecked('Link: sklep')).toBeUndefined();
  });
});

describe('taken back by the review: fan-club words', () => {
  it('a presenter with a fan club keeps her job; the fan club’s link keeps its weight', () => {
    expect(jobOf('Presentadora de teleSUR 🎙️ | Club de fans: @anafans')).toBe('telesur');
    expect(
      linkPoints(
        'Club de fans de un programa de pasillos de Pública FM. No somos la emisora',
        'https://www.publicafm.ec/',
      ),
    ).toBe(60);
  });
});

describe('Vietnamese "đã nghỉ làm" opening a clause', () => {
  it('is a past job', () => {
    expect(jobOf('Đã nghỉ làm phóng viên báo Tiền Phong ☕ nay mở quán sách ở Đà Lạt')).toBe('tien-phong (former)');
  });
  it('not "off work at weekends" after a current title, nor a leave with a return (review)', () => {
    expect(jobOf('Phóng viên báo Tiền Phong, nghỉ làm cuối tuần')).toBe('tien-phong');
    expect(jobOf('Nghỉ làm MC VTV để sinh con, tháng sau quay lại')).toBe('vtv');
  });
});
