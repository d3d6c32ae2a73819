/**
 * The classes the third fresh set missed (docs/calibration.md, "after the third fresh set"), each rule on both sides:
 * case endings joined to a name, particles of unspaced scripts, compound desk titles, apostrophe and diacritic
 * variants of names, Turkic genitives, native names, and a link to one article.
 */
import { describe, expect, it } from 'vitest';
import { articlePath } from '../../src/lists/article-link';
import { readBio } from '../../src/lists/bio';
import { DECLINED, tokenize } from '../../src/lists/bio/words';
import { findStateMentions } from '../../src/lists/names';
import { outletLink } from '../../src/signals/outlet-link';
import type { Observation, PostSummary } from '../../src/tiktok/observation';

const employer = (bio: string, name?: string) => readBio(bio, { name }).employment?.outlet.id;

describe('a case ending joined to an outlet name by a hyphen or an apostrophe', () => {
  it.each([
    ['AZƏRTAC-ın Gəncə müxbiri', 'azertac'],
    ['MTI-nél fotóriporter', 'mtva'],
    ["AZƏRTAC'ın Bakı müxbiri", 'azertac'],
  ])('binds: %s', (bio, id) => expect(employer(bio)).toContain(id));

  it.each([
    'AZƏRTAC-ın Gəncə Bakı xəbərləri müxbiri', // three words between: too far for an outlet before its title
    'AZƏRTAC-ın, Gəncə müxbiri', // list punctuation
    'Telex-nél fotóriporter', // no state outlet
  ])('does not bind: %s', (bio) => expect(employer(bio)).toBeUndefined());
});

describe('particles of unspaced scripts between a title and its employer', () => {
  it('Khmer នៃ ("of") joins the reporter to TVK', () => {
    expect(employer('អ្នកយកព័ត៌មាន នៃទូរទស្សន៍ជាតិកម្ពុជា TVK')).toContain('tvk');
  });
  it('other Khmer words between still break the nearness ("a reporter who watches TVK")', () => {
    expect(employer('អ្នកយកព័ត៌មាន ដែលមើលទូរទស្សន៍ជាតិកម្ពុជា')).toBeUndefined();
  });
  it('Burmese: Myawady TV then the title, the Burmese way', () => {
    expect(employer('မြဝတီ ရုပ်မြင်သံကြား သတင်းထောက် | နေပြည်တော်')).toBe('myawady');
  });
  it('the bare Burmese town name Myawaddy names no outlet', () => {
    expect(readBio('မြဝတီ သတင်းထောက်').mentions).toEqual([]);
  });
});

describe('compound desk titles', () => {
  it.each(['Az MTI fotóriportere', 'Sportjournalist bei RT DE', 'Fotoreporter RIA Novosti'])('a title: %s', (bio) =>
    expect(employer(bio)).toBeDefined(),
  );
  it.each(['photojournalistic work on CGTN', 'Sportfan, watching RT DE'])('not a title: %s', (bio) =>
    expect(employer(bio)).toBeUndefined(),
  );
});

describe('apostrophe and diacritic variants of names', () => {
  it.each(['Oʻzbekiston', 'O‘zbekiston', 'O’zbekiston', "O'zbekiston", 'Ozbekiston', 'Yangi Oʻzbekiston 🇺🇿'])(
    'Uzbekistan in %s',
    (t) => expect(findStateMentions(t).map((m) => m.item.code)).toContain('UZ'),
  );
  it('Latin diacritics typed or not: Turkiye, Viet Nam', () => {
    expect(findStateMentions('Turkiye').map((m) => m.item.code)).toEqual(['TR']);
  });
  it("possessives keep the name: China's", () => {
    expect(findStateMentions("China's army").map((m) => m.item.code)).toEqual(['CN']);
  });
  it('no state in a word that only resembles one', () => {
    expect(findStateMentions('Ozbek oshi retsepti')).toEqual([]);
  });
  it.each(['Oʻzbekiston 24 muxbiri', 'O‘zbekiston 24 muxbiri', 'Ozbekiston 24 muxbiri'])(
    'the outlet name in every spelling: %s',
    (bio) => expect(employer(bio)).toBe('mtrk'),
  );
});

describe('the Turkic genitive joined to a name', () => {
  it('Oʻzbekiston Milliy teleradiokompaniyasining: of the national broadcaster', () => {
    expect(readBio('Oʻzbekiston Milliy teleradiokompaniyasining muxbiri').employment?.outlet.id).toBe('mtrk');
  });
  it('English -ning words keep no second key', () => {
    // Beyond the exact and the lower-case form, only the declined-stem key (its own key space: src/lists/bio/words.ts, DECLINED).
    expect(
      tokenize('morning evening planning').map((t) => t.keys.slice(2).filter((k) => !k.startsWith(DECLINED))),
    ).toEqual([[], [], []]);
  });
});

describe('a link to one article of an outlet', () => {
  it.each([
    'hirado.hu/belfold/cikk/2026/12/02/migracio-brusszel',
    'https://www.rt.com/russia/612345-some-story/',
    'https://news.cgtn.com/news/2026-12-02/a-story-of-the-day/index.html',
    'https://example.com/a?id=123456',
  ])('an article: %s', (l) => expect(articlePath(l)).toBe(true));
  it.each([
    'hirado.hu',
    'https://www.rt.com/',
    'https://www.rt.com/news/',
    'https://www.cgtn.com/author/some-reporter-name',
    'https://www.rt.com/shows/crosstalk-with-peter/',
  ])('not an article: %s', (l) => expect(articlePath(l)).toBe(false));

  const NOW = Date.UTC(2026, 11, 3);
  const newsroom = (n: number): PostSummary[] =>
    Array.from({ length: n }, (_, i) => ({ id: String(i), createTime: NOW / 1000 - i * 3600 * 3, hashtags: [] }));
  const run = (user: Observation['user'], posts: PostSummary[] = [], handle = 'someone') =>
    outletLink.evaluate({
      obs: { handle, status: 'ok', source: 'universal', observedAt: NOW, user, posts },
      history: [],
      now: NOW,
    })!;
  const ARTICLE = 'hirado.hu/belfold/cikk/2026/12/02/migracio-brusszel';

  it('from an account nothing else ties to the outlet: half weight, not evidence', () => {
    const r = run({ uniqueId: 'tenyleg', nickname: 'Tényleg igaz? 🔎', signature: 'Minden nap 👇', bioLink: ARTICLE });
    expect(r.points).toBe(30);
    expect(r.strength).toBeUndefined();
    expect(r.say?.key).toBe('sig_outlet_link_article');
  });
  it('from the outlet’s own account (its brand as the name): full weight, evidence', () => {
    const r = run({ uniqueId: 'm1hirado', nickname: 'M1 Híradó', signature: 'Hírek 👇', bioLink: ARTICLE });
    expect(r.points).toBe(60);
    expect(r.strength).toBe('evidence');
  });
  it('from a staff member of the outlet: full weight', () => {
    const r = run({ uniqueId: 'kb', nickname: 'Kovács Bence', signature: 'Az MTI riportere', bioLink: ARTICLE });
    expect(r.strength).toBe('evidence');
  });
  it('with a newsroom’s posting pace: full weight', () => {
    const r = run({ uniqueId: 'x', nickname: 'Hírek', signature: '', bioLink: ARTICLE }, newsroom(20));
    expect(r.strength).toBe('evidence');
  });
  it('the outlet’s home page from an account with no other tie: full weight, as before', () => {
    const r = run({ uniqueId: 'x', nickname: 'Hírek', signature: '', bioLink: 'hirado.hu' });
    expect(r.strength).toBe('evidence');
  });
});

describe('native names of state outlets in their own scripts', () => {
  it.each([
    ['ශ්‍රී ලංකා රූපවාහිනී සංස්ථාවේ මාධ්‍යවේදී', 'rupavahini'],
    ['ጋዜጠኛ ኤሪ-ቲቪ | ኣስመራ', 'eritrea-state-media'],
    ['صحفي في التلفزة التونسية', 'tunisian-tv-radio'],
    ['东方网记者', 'eastday'],
    ['Новинар ТВ Прва', 'prva-serbia'],
  ])('names the outlet: %s', (bio, id) => expect(readBio(bio).mentions.map((m) => m.outlet.id)).toContain(id));
  it.each(['රූපවාහිනී බලන්න', 'الأولى في الصف', 'ကြေးမုံ ရှေ့မှာ', '东方网络游戏'])('no outlet: %s', (bio) =>
    expect(readBio(bio).mentions).toEqual([]),
  );
});

describe('case endings joined to a name without a hyphen (Kazakh, Georgian, Armenian) and to an acronym', () => {
  it.each([
    ['Хабар агенттігінің тілшісі', 'khabar'],
    ['«Хабар» арнасының жүргізушісі', 'khabar'],
    ['საზოგადოებრივი მაუწყებლის ჟურნალისტი', 'gpb'],
    ['TRTde muhabir', 'trt'],
  ])('binds: %s', (bio, id) => expect(employer(bio)).toContain(id));
  it.each(['Хабар тыңдаймын, журналист емеспін', 'I love CDs and RTs, journalist', 'TRTdeniz muhabir'])(
    'does not: %s',
    (bio) => expect(employer(bio)).toBeUndefined(),
  );
  it('a wrong cut keys nothing: the bare Kazakh word for news is no outlet', () => {
    expect(readBio('Хабарлардың тілшісі').mentions).toEqual([]);
  });
});

describe('Slavic case endings on a Latin name; channel words in Thai; BTV in Bengali letters', () => {
  it.each([
    ['Novinarka Tanjuga', 'tanjug'],
    ['ผู้สื่อข่าวช่อง NBT', 'nbt'],
    ['বিটিভির সংবাদ পাঠিকা', 'btv'],
  ])('binds: %s', (bio, id) => expect(employer(bio)).toContain(id));
  it.each([
    'Novinarka, Tanjuga ne čitam', // a list comma, and a reader's words
    'Dziennikarka Sputnika', // an ordinary-word name keeps its strict ties, declined or not
    'ผู้สื่อข่าวที่ชอบดูช่อง NBT', // a reporter who likes to watch NBT: other Thai words between
  ])('does not: %s', (bio) => expect(employer(bio)).toBeUndefined());
});

describe('state names typed without the letters a keyboard lacks, and in their Latin national spellings', () => {
  it.each([
    ['Azerbaycan', 'AZ'],
    ['Baki', 'AZ'],
    ['Qazaqstan', 'KZ'],
    ['Rossiya', 'RU'],
    ['Uzbekiston', 'UZ'],
  ])('%s', (t, code) => expect(findStateMentions(t).map((m) => m.item.code)).toContain(code));
  it.each(['Bakir Hadžiomerović', 'Azerbaycanli yemekleri sevirem Rossiyanka'])('no state: %s', (t) =>
    expect(findStateMentions(t)).toEqual([]),
  );
});
