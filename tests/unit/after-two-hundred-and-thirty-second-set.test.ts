/**
 * After the two-hundred-and-twenty-fifth to two-hundred-and-thirty-second sets' misses were read (RULES_VERSION 100):
 * a checking project by its name linking what it checks counts half, and an Arabic "the source we reviewed"; French hosts' "J’anime le 20h de X"; a
 * reporter's first-person "Je couvre … pour X". Both sides of each.
 */
import { describe, expect, it } from 'vitest';
import { outletLink } from '../../src/signals/outlet-link';
import type { Observation } from '../../src/tiktok/observation';
import { jobOf } from './bio.helpers';

const linkPoints = (signature: string, bioLink: string, nickname = 'x', handle = 'someone') => {
  const obs = {
    handle,
    source: 'dom',
    observedAt: 0,
    posts: [],
    user: { uniqueId: handle, nickname, signature, bioLink },
  } as unknown as Observation;
  return outletLink.evaluate({ obs, history: [], now: 0 })?.points;
};

describe('a checking project by its name', () => {
  it('the link counts half', () => {
    expect(
      linkPoints(
        'Provjeravamo izjave političara i medija u BiH. Analiza FTV priloga na linku',
        'http://www.rtvfbih.ba/vijesti/',
        'Provjera činjenica BiH',
      ),
    ).toBe(30);
  });
  it('not a project’s verbs in the bio alone, nor with a media title, nor under the outlet’s own name', () => {
    expect(linkPoints('Weryfikujemy fakty ⬇️', 'https://www.telesurtv.net/')).toBe(60);
    expect(linkPoints('Reportera. Verificamos datos', 'https://www.telesurtv.net/', 'Fact Check Caracas')).toBe(60);
    expect(linkPoints('Verificamos datos cada día', 'https://www.telesurtv.net/', 'teleSUR Verifica')).toBe(60);
  });
});

describe('the Arabic source sentence', () => {
  it('"the source we reviewed today" is what it checks', () => {
    expect(
      linkPoints(
        'نتحقق من البيانات الرسمية والأخبار المتداولة 🔎 المصدر الذي راجعناه اليوم 👇',
        'http://nna-leb.gov.lb/',
      ),
    ).toBe(0);
  });
  it('not "the source: the official site"', () => {
    expect(linkPoints('المصدر: الموقع الرسمي 👇', 'http://nna-leb.gov.lb/')).toBe(60);
  });
});

describe('hosts’ and reporters’ French and Spanish verbs', () => {
  it.each([
    ['J’anime le 20h de Télé-Liban 📺 Beyrouth', 'tele-liban'],
    ['Je couvre la politique pour Cameroon Tribune depuis 2017 ✍🏾 Yaoundé', 'cameroon-tribune'],
    ['Redactoare RADOR, agenția de știri a Radio România', 'radio-romania'],
  ])('%s', (bio, id) => expect(jobOf(bio)).toBe(id));
  it.each([
    'Je présente les infos de RT à mes abonnés',
    'J’anime le 20h de CRTV (parodie)',
    'Je couvre mon chat pour Cameroon Tribune',
    'Un jour j’anime le 20h de Télé-Liban',
  ])('not %s (a reposter, a parody, no beat, a dream)', (bio) => expect(jobOf(bio)).toBeUndefined());
});
