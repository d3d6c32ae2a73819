/**
 * After the three-hundred-and-ninth to three-hundred-and-fifteenth sets' misses were read (RULES_VERSION 110): HINA in
 * its Croatian cases where Croatia is placed, Radio România Actualități, Hungarian "as its correspondent", Bengali
 * newsreaders, and two checkers (a checking word in the name, a Chinese "this issue checked X, the link below").
 * Both sides of each, with what the review of the draft (about 320 probes) narrowed or took back: HINA's accusative
 * ("Pišem za Hinu" is also "I write for Hina"), Bengali's genitive form ("বিটিভির খবর পড়ি", a reader's too), a
 * checking word "chequeo(s)" in a name without the bio's own check, the Chinese issue without the outlet as its object.
 */
import { describe, expect, it } from 'vitest';
import { jobOf } from './bio.helpers';
import { linkPoints } from './link.helpers';

describe('staff lines', () => {
  it.each([
    ['Novinarka u Hini, pratim unutarnju politiku. Zagreb. Stavovi su moji', 'hina'],
    ['Reporteră parlamentară, Radio România Actualități. Din București', 'radio-romania'],
    ['Az MTI brüsszeli tudósítójaként uniós ügyeket magyarázok, röviden', 'mtva'],
    ['খবর পড়ি বাংলাদেশ টেলিভিশনে 📺 রাত ৮টার বুলেটিনে আমাকে পাবেন', 'btv-bangladesh'],
  ])('%s', (bio, id) => {
    expect(jobOf(bio)).toBe(id);
  });
  it.each([
    'Pišem za Hinu, moju sestru',
    'Zagreb 🇭🇷 · Pišem za Hinu',
    'A Telex riportereként az MTI-t kritizálom',
    'Anyukám az MTI tudósítójaként dolgozik',
    'Az M1 műsorvezetőjeként szeretnék egyszer dolgozni',
    'বিটিভির খবর পড়ি 📺 রামপুরা, ঢাকা',
    'Partid parlamentar, Radio România',
    'বিটিভির খবর দেখি',
    'স্বপ্ন: বিটিভির খবর পড়ি',
    'আমার মা বিটিভির খবর পড়ি',
  ])('not a person named Hina, a party, a viewer, a dream or a relative: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
});

describe('checkers', () => {
  it('a checking word in the name: half weight', () => {
    const bio = 'Chequeo cifras de políticos y medios, tele pública incluida. Fuente: link';
    expect(linkPoints(bio, 'https://mediospublicos.uy/programas/', 'Lucía Ferrando · chequeos')).toBe(30);
  });
  it('not a clinic’s check-ups, nor a surname that begins like the outlet’s brand', () => {
    expect(linkPoints('Chequeos médicos a domicilio', 'https://mediospublicos.uy/', 'Clínica Salud · chequeos')).toBe(
      60,
    );
    expect(linkPoints('Noticias', 'https://www.hina.hr/', 'Ana Hinić · fact-check', 'hinic_ana')).toBe(30);
  });
  it('the Chinese "this issue checked X, the original’s link below"', () => {
    const bio = '逐句比对官媒原文｜这期查的是法治日报，原文链接在下';
    expect(linkPoints(bio, 'https://legaldaily.com.cn/')).toBe(0);
    expect(linkPoints('法治日报官方账号，原文链接在下', 'https://legaldaily.com.cn/')).toBe(60);
    expect(linkPoints('这期查的是高考分数线，链接在下', 'https://legaldaily.com.cn/')).toBe(60);
  });
});
