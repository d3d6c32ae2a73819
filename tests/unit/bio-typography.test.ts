/**
 * Employer lines in the typography of 17 languages (issue 13, the fresh set's staff misses as classes): role +
 * preposition, particle or case + outlet; outlet + particle or postposition + role (ja, ko, zh, hi); quotes «» „“ 《》
 * 「」『』; a desk, beat or programme between title and employer; a media emoji as the byline's tie — each with the
 * negation, past, criticism, research and parody rules in the same language, and hard negatives of the same shape.
 * Outlets are looked up by alias, so the tests hold while the registry grows.
 */
import { describe, expect, it, vi } from 'vitest';
import type { BioReading } from '../../src/lists/bio';
import { BEATS } from '../../src/lists/roles';
import { NOW, outlet, read } from './bio.helpers';

function employs(bio: string, alias: string, former = false): void {
  const r = read(bio);
  expect(r.employment?.outlet, `${bio}: ${JSON.stringify(r.ruledOut?.why ?? r.context ?? null)}`).toBe(outlet(alias));
  expect(r.employment?.former, bio).toBe(former);
}

function none(bio: string, context?: BioReading['context']): void {
  const r = read(bio);
  expect(r.employment, `${bio}: ${r.employment?.phrase}`).toBeUndefined();
  if (context) expect(r.context, bio).toBe(context);
}

describe('employer lines by language: current, former, and the context rules', () => {
  // [language, current employment, alias, former employment, a critic or researcher, a denial or parody, its context]
  const rows: [string, string, string, string, string, string, BioReading['context']][] = [
    [
      'en',
      'News presenter at CGTN',
      'CGTN',
      'Former sports reporter at CGTN',
      'Studying CGTN propaganda',
      'Not affiliated with CGTN',
      'negation',
    ],
    [
      'es',
      'Periodista de deportes en teleSUR',
      'teleSUR',
      'Ex periodista de teleSUR (2014–2020)',
      'Desmentimos las mentiras de teleSUR',
      'Parodia de teleSUR',
      'parody',
    ],
    [
      'fr',
      'Présentatrice du JT de 20h 📺 CRTV',
      'CRTV',
      'Ancienne présentatrice à la CRTV',
      'La propagande de la CRTV décryptée',
      'Compte parodique, parodie de la CRTV',
      'parody',
    ],
    [
      'pt',
      'Jornalista na TPA 🇦🇴',
      'TPA',
      'Fui jornalista da TPA até 2019',
      'Mentiras da TPA expostas',
      'Não trabalho na TPA',
      'negation',
    ],
    [
      'de',
      'Moderatorin der Nachrichten bei CGTN',
      'CGTN',
      'Ehemalige Moderatorin bei CGTN',
      'Lügen von CGTN',
      'Nicht für CGTN tätig',
      'negation',
    ],
    [
      'it',
      'Giornalista presso CGTN',
      'CGTN',
      'Ex giornalista di CGTN',
      'Ricercatrice: la propaganda di CGTN',
      'Non sono affiliato a CGTN',
      'negation',
    ],
    [
      'ru',
      'Ведущая «Вестей» на «России 24»',
      'Россия 24',
      'Бывшая ведущая «Вестей» на «России 24»',
      'Пропаганда «России 24» — разбор',
      'Не работаю на «Россию 24»',
      'negation',
    ],
    [
      'uk',
      'Журналістка телеканалу «Россия 24»',
      'Россия 24',
      'Колишня журналістка телеканалу «Россия 24»',
      'Досліджую пропаганду «России 24»',
      'Пародія на «Россию 24»',
      'parody',
    ],
    [
      'zh',
      '《人民日报》记者',
      '人民日报',
      '前《人民日报》记者',
      '揭穿《人民日报》的谎言',
      '恶搞《人民日报》',
      'parody',
    ],
    [
      'ja',
      '『朝鮮新報』記者',
      '朝鮮新報',
      '元『朝鮮新報』記者',
      '朝鮮新報のプロパガンダを研究',
      '朝鮮新報とは無関係です',
      'negation',
    ],
    [
      'ko',
      '조선중앙통신 기자',
      '조선중앙통신',
      '전 조선중앙통신 기자',
      '조선중앙통신 프로파간다 연구원',
      '조선중앙통신 패러디',
      'parody',
    ],
    [
      'ar',
      'مذيعة أخبار في قناة الإخبارية',
      'قناة الإخبارية',
      'مذيعة سابقة في قناة الإخبارية',
      'أكاذيب قناة الإخبارية',
      'لست موظفة في قناة الإخبارية',
      'negation',
    ],
    [
      'fa',
      'خبرنگار حوزه‌ی اقتصاد در خبرگزاری جمهوری اسلامی',
      'خبرگزاری جمهوری اسلامی',
      'خبرنگار پیشین خبرگزاری جمهوری اسلامی',
      'دروغ های خبرگزاری جمهوری اسلامی',
      'طنز خبرگزاری جمهوری اسلامی',
      'parody',
    ],
    [
      'tr',
      "TRT Haber'de spor muhabiri",
      'TRT Haber',
      'Eski TRT Haber muhabiri',
      'TRT Haber yalanları',
      'TRT Haber ile ilgim yok',
      'negation',
    ],
    [
      'id',
      'Wartawan TVRI',
      'TVRI',
      'Mantan wartawan TVRI',
      'Peneliti propaganda TVRI',
      'Bukan wartawan TVRI',
      'negation',
    ],
    [
      'ms',
      'Wartawan di Bernama',
      'Bernama',
      'Bekas wartawan Bernama',
      'Pemantauan propaganda Bernama',
      'Parodi Bernama',
      'parody',
    ],
    [
      'vi',
      'Phóng viên của Thông tấn xã Việt Nam',
      'Thông tấn xã Việt Nam',
      'Cựu phóng viên Thông tấn xã Việt Nam',
      'Tuyên truyền dối trá của Thông tấn xã Việt Nam 🤡',
      'Không phải phóng viên Thông tấn xã Việt Nam',
      'negation',
    ],
    ['hi', 'डीडी न्यूज़ की एंकर', 'डीडी न्यूज़', 'पूर्व पत्रकार, दूरदर्शन', 'दूरदर्शन का दुष्प्रचार: शोध', 'दूरदर्शन की पैरोडी', 'parody'],
  ];
  for (const [lang, current, alias, former, critic, denied, context] of rows) {
    it(`${lang}: ${current}`, () => {
      employs(current, alias);
      employs(former, alias, true);
      none(critic);
      none(denied, context);
    });
  }
});

describe('a desk, beat or programme between title and employer', () => {
  it('binds when an explicit connector or outlet noun comes after the last qualifier', () => {
    employs('مذيعة أخبار في قناة الإخبارية 🇸🇦 | الرياض', 'قناة الإخبارية');
    employs('خبرنگار حوزه‌ی اقتصاد در خبرگزاری جمهوری اسلامی (ایرنا) | تهران', 'خبرگزاری جمهوری اسلامی');
    employs('Ведущая «Вестей» на «России 24» 🎙 | Москва', 'Россия 24');
    employs('Reporter for the evening news at CGTN', 'CGTN');
    employs('Host of the morning show at CGTN', 'CGTN');
  });
  it('does not bind a beat standing right before the outlet, or a list with commas', () => {
    none('Journalist, politics, CGTN');
    none('Reporter covering news about CGTN');
    // "Journalist politics CGTN news" is read as employment since the second fresh set (a beat word between a title
    // and the outlet binds by nearness: "Mtangazaji wa habari TBC1"); tests/unit/loose-binding.test.ts.
    none('مذيعة أخبار الإخبارية');
  });
  it('every beat is one lower-case word, none repeated', () => {
    for (const b of BEATS) {
      expect(b, b).toBe(b.toLowerCase().trim());
      expect(/\s/.test(b), b).toBe(false);
    }
    expect(new Set(BEATS).size).toBe(BEATS.length);
  });
});

describe('a media emoji as the tie of a byline', () => {
  it('binds a title, a programme and a media emoji to an outlet that stands alone up to the next break', () => {
    employs('Présentatrice du JT de 20h 📺 CRTV | Yaoundé 🇨🇲 | Maman de 2', 'CRTV');
    employs('Journaliste 🎙️ CRTV', 'CRTV');
  });
  it('keeps apart what follows the emoji when it is more than the name, another emoji, or a list separator', () => {
    none('Présentatrice du JT de 20h 📺 CRTV fan club');
    none('Journaliste 🍕 CRTV');
    none('Journaliste 📺 | CRTV');
    // An ordinary-word name never takes the emoji's tie.
    none('Journalist 📺 RT');
  });
});

describe('outlet first, then a particle, postposition or closing quote, then the title', () => {
  it('reads Japanese の and closing 』, Hindi की/में, Korean', () => {
    employs('新華社の記者です', '新華社');
    employs('『朝鮮新報』記者｜東京在住', '朝鮮新報');
    employs('आकाशवाणी में संवाददाता', 'आकाशवाणी');
    employs('NHK勤務ではなく新華社勤務', '新華社');
    employs('조선중앙통신 소속 기자', '조선중앙통신');
  });
  it('does not read a title that comes after something other than a particle', () => {
    none('新華社を見た記者');
    // 記者会見 / 记者会: "press conference", not a title.
    none('人民日報の記者会見を見た');
    none('新华社记者会');
    none('डीडी न्यूज़ देखने वाली पत्रकार');
    none('조선중앙통신 보도 분석 기자');
  });
});

describe('an acronym that is also other things binds only explicitly: TPA', () => {
  it('takes an explicit tie or a bare comma byline', () => {
    employs('Jornalista na TPA 🇦🇴 | Telejornal | Luanda', 'TPA');
    employs('Jornalista, TPA', 'TPA');
  });
  it('is no employer in another sense or with a lower-case spelling', () => {
    none('Nurse, tPA stroke trials');
    none('TPA drug trial nurse');
    none('Travel reporter ✈️ TPA to LHR');
  });
});

describe('employer lines in more languages with state media in the registry', () => {
  // [language, current employment, alias, former employment, the outlet named by a critic or researcher]
  const rows: [string, string, string, string, string][] = [
    ['pl', 'Dziennikarka TVP Info', 'TVP Info', 'Była dziennikarka TVP Info', 'Badaczka: kłamstwa TVP Info'],
    ['hu', 'az M1 Híradó riportere', 'M1 Híradó', 'Volt riporter, M1 Híradó', 'Az M1 Híradó hazugságai: kutató'],
    ['az', 'AzTV-nin müxbiri', 'AzTV', 'Keçmiş AzTV müxbiri', 'AzTV təbliğat'],
    ['kk', 'Хабар 24 тілшісі', 'Хабар 24', 'Бұрынғы Хабар 24 тілшісі', 'Хабар 24 пропаганда'],
    ['be', 'Карэспандэнт БелТА', 'БелТА', 'Былы карэспандэнт БелТА', 'Лжывая прапаганда БелТА 🤡'],
    ['el', 'Δημοσιογράφος της ΕΡΤ', 'ΕΡΤ', 'Πρώην δημοσιογράφος της ΕΡΤ', 'Ερευνήτρια: η προπαγάνδα της ΕΡΤ'],
    ['ro', 'Jurnalistă la TVR 1', 'TVR 1', 'Fostă jurnalistă la TVR 1', 'Minciuni TVR 1: cercetătoare'],
    ['sw', 'Mtangazaji wa TBC1', 'TBC1', 'Aliyekuwa mtangazaji wa TBC1', 'Uongo wa TBC1'],
    ['tl', 'Reporter ng PTV 4', 'PTV 4', 'Former reporter ng PTV 4', 'PTV 4 propaganda'],
    ['ur', 'پی ٹی وی کی اینکر', 'پی ٹی وی', 'سابق اینکر، پی ٹی وی', 'پی ٹی وی کا پروپیگنڈا'],
    ['th', 'ผู้สื่อข่าวประจำ NBT World', 'NBT World', 'อดีตผู้สื่อข่าว NBT World', 'โฆษณาชวนเชื่อ NBT World'],
  ];
  for (const [lang, current, alias, former, critic] of rows) {
    it(`${lang}: ${current}`, () => {
      employs(current, alias);
      employs(former, alias, true);
      none(critic);
    });
  }

  it('finds a name whose acronym has a digit second on the first bio read ("M1 Híradó")', async () => {
    // The lexicon is compiled lazily per first letter; this name was filed under one key and looked up under another,
    // so it was found only after another bio had opened its bucket. A fresh module copy reads it first.
    vi.resetModules();
    const fresh = await import('../../src/lists/bio');
    expect(fresh.readBio('M1 Híradó', { now: NOW }).mentions.map((m) => m.name)).toEqual(['M1 Híradó']);
  });
});
