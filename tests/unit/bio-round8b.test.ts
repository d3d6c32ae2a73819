/**
 * Round 8b (D13j): the classes the by-construction test (employer-lines-coverage.test.ts) exposed, and the named
 * leftovers, each on both sides, in outlets and wordings of our own choosing.
 */
import { describe, expect, it } from 'vitest';
import { readBio } from '../../src/lists/bio';
import { nisbaState } from '../../src/lists/names';
import { REGISTRY } from '../../src/lists/registry/index';
import { outletForLink } from '../../src/lists/registry/match-domain';
import { NOW } from './bio.helpers';

const read = (bio: string) => readBio(bio, { outlets: REGISTRY, now: NOW });
const employer = (bio: string) => {
  const e = read(bio).employment;
  return e && !e.former ? e.outlet.id : undefined;
};

describe('a line of just a title and a name across a bar', () => {
  it.each([
    ['Correspondent | Xinhua News Agency', 'xinhua'],
    ['Journaliste • Radiodiffusion Télévision Ivoirienne', 'rti-cote-divoire'],
    ['记者 | 新华社', 'xinhua'],
    ['ТАСС | корреспондент', 'tass'],
    // Its own line of a longer bio.
    ['📍 Nairobi\nCorrespondent | CGTN Africa\nviews my own', 'cgtn'],
  ])('%s: staff of %s', (bio, id) => {
    expect(employer(bio)).toBe(id);
  });

  it.each([
    // A third item makes a list of topics.
    'Correspondent | Xinhua News Agency | memes',
    'politics | 新华社 | 记者',
    // Two lines are two statements.
    'Correspondent\n\nXinhua News Agency',
    // A name that is an ordinary word.
    'Journalist | RT',
    'Фотограф | Звезда',
    // No title.
    'Travel | Xinhua News Agency',
  ])('%s: none', (bio) => {
    expect(employer(bio)).toBeUndefined();
  });
});

describe('a Korean title glued to the name', () => {
  it.each([
    ['조선중앙통신기자', 'kcna'],
    ['조선중앙TV앵커', 'kctv'],
    ['로동신문 평양지사 | 로동신문기자', 'rodong-sinmun'],
  ])('%s: staff of %s', (bio, id) => {
    expect(employer(bio)).toBe(id);
  });

  it.each(['기자회견 보는 중', '평양기자', '조선중앙통신기자회견 분석'])('%s: none', (bio) => {
    expect(employer(bio)).toBeUndefined();
  });
});

describe('a Malay title before the name, and a name that opens inside the title', () => {
  it.each([
    ['Pembaca berita RTM 🇲🇾', 'rtm'],
    ['Penyiar Bernama Radio', 'bernama'],
    ['Wartawan Bernama', 'bernama'],
  ])('%s: staff of %s', (bio, id) => {
    expect(employer(bio)).toBe(id);
  });

  it.each(['Pembaca berita setia | kopi', 'Penyiar radio sambilan', 'Berita RTM tiap malam bersama keluarga'])(
    '%s: none',
    (bio) => {
      expect(employer(bio)).toBeUndefined();
    },
  );
});

describe('the Sinhala word for "television" alone is no outlet', () => {
  it.each(['රූපවාහිනී මාධ්‍යවේදී', 'මාධ්‍යවේදී | රූපවාහිනී', 'රූපවාහිනී නිවේදිකා'])('%s: none', (bio) => {
    expect(read(bio).mentions).toEqual([]);
  });

  it('the corporation by its name is Rupavahini', () => {
    expect(employer('ශ්‍රී ලංකා රූපවාහිනී සංස්ථාව මාධ්‍යවේදී')).toBe('rupavahini');
  });
});

describe('national broadcasters of states the data set has no row for', () => {
  it.each([
    ['Journaliste à l’ORTM 🇲🇱', 'ortm-mali'],
    ['Présentatrice, Office de Radio et Télévision du Mali', 'ortm-mali'],
    ['Journaliste à l’ORTM 🇲🇬', 'ortm-madagascar'],
    ['Reporter à la RTG, Conakry 🇬🇳', 'rtg-guinea'],
    ['Journaliste, Radio Télévision Guinéenne', 'rtg-guinea'],
    ['News presenter at MBC 🇲🇺', 'mbc-mauritius'],
    ['Journalist, Mauritius Broadcasting Corporation', 'mbc-mauritius'],
  ])('%s: staff of %s', (bio, id) => {
    expect(employer(bio)).toBe(id);
  });

  it.each([
    // The shared acronyms unplaced say nothing of which outlet is meant.
    'Journaliste à l’ORTM',
    'Journaliste à la RTG',
    'Presenter at MBC',
    // The state named without the broadcaster.
    'Journaliste malien, Bamako',
    'Reporter | Mauritius',
  ])('%s: none', (bio) => {
    expect(employer(bio)).toBeUndefined();
  });

  it('reads their sites as theirs', () => {
    expect(outletForLink('https://www.ortm.ml/direct')?.outlet.id).toBe('ortm-mali');
    expect(outletForLink('mbcradio.tv/news')?.outlet.id).toBe('mbc-mauritius');
    expect(outletForLink('https://ortm.mg')?.outlet.id).toBe('ortm-madagascar');
  });

  it('types them by the data set criteria they cite: state-controlled or captured public', () => {
    const type = (id: string) => REGISTRY.find((o) => o.id === id)?.type;
    expect([type('ortm-mali'), type('rtg-guinea'), type('mbc-mauritius'), type('ktrk')]).toEqual([
      'SC',
      'SC',
      'CaPu',
      'SC',
    ]);
  });
});

describe('Arabic "formerly" after an ordinary-word name', () => {
  it.each([
    ['مراسل الجزيرة سابقا', 'al-jazeera'],
    ['مراسلة في سانا سابقاً', 'sana'],
  ])('%s: past employment at %s', (bio, id) => {
    const r = read(bio);
    expect(r.employment?.outlet.id).toBe(id);
    expect(r.employment?.former).toBe(true);
  });

  it.each(['الجزيرة سابقا كانت أفضل', 'كنت أتابع سانا سابقا'])('%s: no employment', (bio) => {
    expect(read(bio).employment).toBeUndefined();
  });
});

describe('more national broadcasters of states the data set has no row for', () => {
  it.each([
    ['Presenter at Eswatini TV', 'eswatini-tv'],
    ['Journalist at EBIS 🇸🇿', 'ebis-eswatini'],
    ['Jornalista da TGB 🇬🇼', 'tgb-guinea-bissau'],
    ['Jornalista | Televisão da Guiné-Bissau', 'tgb-guinea-bissau'],
    ['Reporter at Sierra Leone Broadcasting Corporation', 'slbc-sierra-leone'],
    ['Periodista de RTVGE', 'rtvge'],
    ['Presentadora en TVGE 🇬🇶', 'rtvge'],
  ])('%s: staff of %s', (bio, id) => {
    expect(employer(bio)).toBe(id);
  });

  it.each([
    'Jornalista da TGB',
    'Journalist at EBIS',
    'Swazi culture | dance',
    'Reporter | Sierra Leone',
    'Presentadora en TVGE',
    'Viaje a Guinea Ecuatorial | Malabo',
  ])('%s: none', (bio) => {
    expect(employer(bio)).toBeUndefined();
  });

  it('leaves the SLBC acronym to Sri Lanka, whose alias it is', () => {
    expect(read('Reporter at SLBC 🇸🇱').employment?.outlet.id).not.toBe('slbc-sierra-leone');
  });
});

describe("a name ending in its own state's nisba over another state's name that shares a word", () => {
  it.each([
    ['مراسلة لقناة الإخبارية السورية', 'ortas'],
    ['مراسل في قناة الإخبارية السورية 🇸🇾', 'ortas'],
  ])('%s: staff of %s', (bio, id) => {
    expect(employer(bio)).toBe(id);
  });

  it.each([
    // No nisba, or the Saudi one: Saudi Arabia's channel, as before.
    ['مراسلة قناة الإخبارية', 'saudi-broadcasting-authority'],
    ['مذيعة قناة الإخبارية السعودية', 'saudi-broadcasting-authority'],
  ])('%s: staff of %s', (bio, id) => {
    expect(employer(bio)).toBe(id);
  });

  it('reads a nisba as its state in either gender, with or without the article, and nothing else as one', () => {
    expect(['السورية', 'السوري', 'سورية', 'المصرية', 'العراقي'].map(nisbaState)).toEqual([
      'SY',
      'SY',
      'SY',
      'EG',
      'IQ',
    ]);
    expect(['الإخبارية', 'العربية', 'الرسمية', 'قناة'].map(nisbaState)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('Belteleradio by its Belarusian name, in the genitive too', () => {
  it.each(['Карэспандэнт Белтэлерадыёкампаніі', 'Працую ў Белтэлерадыёкампаніі'])('%s: staff', (bio) => {
    expect(employer(bio)).toBe('belteleradio');
  });

  it('names without a tie say nothing', () => {
    expect(employer('Глядзім Белтэлерадыёкампанію разам')).toBeUndefined();
  });
});

describe('Vietnamese "dẫn chương trình" as a title, and KPL by its Lao acronym', () => {
  it.each([
    ['Dẫn chương trình VTV', 'vtv'],
    ['BTV - Dẫn chương trình | Đài Tiếng nói Việt Nam (VOV)', 'vov'],
    ['ນັກຂ່າວ ຂປລ', 'kpl'],
  ])('%s: staff of %s', (bio, id) => {
    expect(employer(bio)).toBe(id);
  });

  it.each(['Đang học dẫn chương trình', 'Dẫn chương trình đám cưới | Hà Nội', 'ຂປລ ລາຍງານ'])(
    '%s: no employment',
    (bio) => {
      expect(employer(bio)).toBeUndefined();
    },
  );
});

describe('a title then a declined name in guillemets, no kind noun', () => {
  it.each([
    ['Военкор «Звезды»', 'zvezda'],
    ['Ведущая «Звезды» 🎙', 'zvezda'],
    ['Корреспондентка «Красной звезды»', 'krasnaya-zvezda'],
  ])('%s: staff of %s', (bio, id) => {
    expect(employer(bio)).toBe(id);
  });

  it.each(['Ансамбль «Звезда»', 'Фанат «Звезды»', 'Солистка ансамбля «Звезда»', 'Журналист | Астана'])(
    '%s: no employment',
    (bio) => {
      expect(employer(bio)).toBeUndefined();
    },
  );
});

describe("Syria's state television by its Arabic names", () => {
  it.each(['مذيع في التلفزيون السوري', 'مراسل التلفزيون العربي السوري', 'مذيعة الفضائية السورية'])(
    '%s: ORTAS staff',
    (bio) => {
      expect(employer(bio)).toBe('ortas');
    },
  );

  it('a viewer says nothing', () => {
    expect(employer('أشاهد التلفزيون السوري كل مساء')).toBeUndefined();
  });
});

describe('PTV News by its Urdu name', () => {
  it('an anchor of it is PTV staff', () => {
    expect(employer('پی ٹی وی نیوز کی اینکر')).toBe('ptv-pakistan');
  });
  it('a viewer says nothing', () => {
    expect(employer('پی ٹی وی نیوز دیکھتا ہوں')).toBeUndefined();
  });
});

describe('a wish or an imitation is no title', () => {
  it.each([
    'Aspiring reporter at CGTN',
    'Future journalist at CGTN',
    'News anchor wannabe at CGTN',
    'Quiero ser periodista de teleSUR',
    'Bakal pembaca berita RTM 🇲🇾',
    'Calon wartawan Bernama',
    'Мечтаю стать ведущей «Звезды»',
    '조선중앙TV앵커 흉내 내기',
  ])('%s: no employment', (bio) => {
    expect(employer(bio)).toBeUndefined();
  });

  it.each([
    ['Reporter at CGTN', 'cgtn'],
    ['Future of news | Reporter at CGTN', 'cgtn'],
    ['Reporter at CGTN covering the future of Africa', 'cgtn'],
    ['Будущее медиа | Корреспондент ТАСС', 'tass'],
    ['Wartawan Bernama', 'bernama'],
  ])('%s: staff of %s', (bio, id) => {
    expect(employer(bio)).toBe(id);
  });
});
