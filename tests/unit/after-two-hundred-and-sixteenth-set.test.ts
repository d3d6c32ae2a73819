/**
 * After the two-hundred-and-ninth to two-hundred-and-sixteenth sets' innocent `suspected` were read (RULES_VERSION 98):
 * checkers whose own verb has the linked outlet or state media as its object ("Checking China Daily HK’s claims",
 * "Sprawdzam, co piszą dzienniki Polska Press", "Chequeamos al canal estatal", Persian "… را می‌سنجم"), a link sentence
 * in Polish and Spanish, a fan club that says it is not the station, Vietnamese "đã nghỉ làm" opening a clause as past.
 * Both sides of each.
 */
import { describe, expect, it } from 'vitest';
import { checksNamed, factCheckOf, linkIsChecked } from '../../src/lists/bio/fact-check';
import { outletLink } from '../../src/signals/outlet-link';
import type { Observation } from '../../src/tiktok/observation';
import { jobOf } from './bio.helpers';

const linkPoints = (signature: string, bioLink: string, nickname = 'x') => {
  const obs = {
    handle: 'someone',
    source: 'dom',
    observedAt: 0,
    posts: [],
    user: { uniqueId: 'someone', nickname, signature, bioLink },
  } as unknown as Observation;
  return outletLink.evaluate({ obs, history: [], now: 0 })?.points;
};

describe('a checker’s own verb with the linked outlet as its object', () => {
  it('zeroes the link', () => {
    expect(linkPoints('Media researcher, HK. Checking China Daily HK’s claims', 'http://www.chinadailyhk.com/')).toBe(
      0,
    );
    expect(linkPoints('Sprawdzam, co piszą dzienniki Polska Press.', 'https://wspolczesna.pl/')).toBe(0);
    expect(checksNamed('Rozbieram przekazy Sputnika po polsku', 'Sputnik')).toBe('Rozbieram');
  });
  it('not "checking in", nor the outlet’s own staff', () => {
    expect(linkPoints('Checking in from the CGTN studio', 'https://www.cgtn.com/')).toBe(60);
    expect(linkPoints('Reporter at CGTN, checking CGTN facts', 'https://www.cgtn.com/')).toBe(60);
  });
});

describe('state media as the object', () => {
  it('right after the verb, or before Persian را and the verb', () => {
    expect(factCheckOf('Chequeamos al canal estatal boliviano, nota por nota')?.media).toBe('al canal estatal');
    expect(factCheckOf('نگار هستم؛ ادعاهای خبرگزاری‌های رسمی را یکی‌یکی می‌سنجم')?.verb).toBe('می‌سنجم');
  });
  it('not the verb with another object', () => {
    expect(factCheckOf('Chequeamos precios del súper. Canal estatal de cocina')).toBeUndefined();
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

describe('a fan club that says it is not the station', () => {
  it('zeroes its link', () => {
    expect(
      linkPoints(
        'Club de fans de un programa de pasillos de Pública FM. No somos la emisora',
        'https://www.publicafm.ec/',
      ),
    ).toBe(0);
  });
  it('the station’s own line keeps it', () => {
    expect(linkPoints('Pública FM, la radio pública del Ecuador', 'https://www.publicafm.ec/')).toBe(60);
  });
});

describe('Vietnamese "đã nghỉ làm" opening a clause', () => {
  it('is a past job', () => {
    expect(jobOf('Đã nghỉ làm phóng viên báo Tiền Phong ☕ nay mở quán sách ở Đà Lạt')).toBe('tien-phong (former)');
  });
  it('not "off work at weekends" after a current title', () => {
    expect(jobOf('Phóng viên báo Tiền Phong, nghỉ làm cuối tuần')).toBe('tien-phong');
  });
});
