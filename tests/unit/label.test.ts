/**
 * TikTok's state-media label is read from the label only: every JSON form TikTok's code carries, the label element
 * under the name (in the interface's language) and its learn-more link — never from the bio or the nickname.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { tiktokLabel } from '../../src/signals/tiktok-label';
import { readItemList, readUserDetail } from '../../src/tiktok/embedded';
import { isLabelText, labelFromMiscInfo, labelFromUser } from '../../src/tiktok/label';
import type { Observation } from '../../src/tiktok/observation';
import { domSource } from '../../src/tiktok/page-source';
import { readProfile } from '../../src/tiktok/profile';
import { assess } from '../../src/verdict';

const NOW = Date.UTC(2026, 5, 1);

describe('JSON forms', () => {
  it.each([
    ['stateControlledMedia: true', { stateControlledMedia: true }],
    ['stateControlledMedia as text', { stateControlledMedia: 'China state-controlled media' }],
    ['stateControlledMedia as an object', { stateControlledMedia: { text: 'Russia state-controlled media' } }],
    ['account_labels label_type 1', { account_labels: [{ label_type: 1, content: 'Iran state-controlled media' }] }],
    ['accountLabels labelType "1"', { accountLabels: [{ labelType: '1', content: 'x' }] }],
    ['an scm-named field', { scm_label: { content: 'China state-controlled media' } }],
  ])('%s is the label', (_, raw) => {
    expect(labelFromUser({ uniqueId: 'a', ...raw })).toBeDefined();
  });

  it.each([
    ['stateControlledMedia false', { stateControlledMedia: false }],
    ['stateControlledMedia null (comment and search users)', { stateControlledMedia: null, account_labels: null }],
    ['an empty object', { stateControlledMedia: {} }],
    ['another label type', { account_labels: [{ label_type: 2, content: 'Government organisation' }] }],
    ['the label words in the bio', { signature: 'China state-controlled media watcher' }],
    ['the label words in the nickname', { nickname: 'State-affiliated media news' }],
  ])('%s is not', (_, raw) => {
    expect(labelFromUser({ uniqueId: 'a', ...raw })).toBeUndefined();
  });

  it('a video whose misc_info carries scm_tag_info labels its author', () => {
    const misc = JSON.stringify({ scm_tag_info: { content: 'China state-controlled media', learn_more_url: 'x' } });
    expect(labelFromMiscInfo(misc)?.text).toBe('China state-controlled media');
    expect(labelFromMiscInfo(JSON.stringify({ other: 1 }))).toBeUndefined();
    expect(labelFromMiscInfo('{not json scm')).toBeUndefined();
    const author = { uniqueId: 'outlet', id: '7000000000000000000' };
    const item = { id: '7300000000000000000', createTime: 1_700_000_000, author, misc_info: misc };
    const obs = readItemList({ itemList: [item] }, 'outlet', NOW)!;
    expect(tiktokLabel.evaluate({ obs, history: [], now: NOW })?.strength).toBe('confirmed');
  });

  it('an /api/user/detail/ answer with account_labels makes state-media', () => {
    const user = { uniqueId: 'outlet', account_labels: [{ label_type: 1, content: 'Iran state-controlled media' }] };
    const obs = readUserDetail({ userInfo: { user, stats: { followerCount: 10 } }, statusCode: 0 }, 'outlet', NOW)!;
    expect(assess(obs).verdict).toBe('state-media');
  });
});

describe('label words in the interface languages', () => {
  it.each([
    'China state-controlled media',
    'Russia state-affiliated media',
    'Medio controlado por el Estado de China',
    'Média contrôlé par l’État (Russie)',
    'Staatlich kontrolliertes Medium (China)',
    'Mídia controlada pelo Estado da China',
    'Государственные СМИ России',
    'وسائل إعلام تسيطر عليها الدولة',
    '中国政府媒体',
    '中國政府媒體',
    '중국 국영 매체',
    '中国の国営メディア',
    'رسانه تحت کنترل دولت',
    'Devlet kontrolündeki medya',
  ])('%s', (t) => expect(isLabelText(t)).toBe(true));

  // The rest of TikTok's web language menu (the project's renderings, src/tiktok/label.ts): one label per language.
  it.each([
    ['ro', 'Media controlată de stat (România)'],
    ['it', 'Media controllati dallo Stato (Cina)'],
    ['nl', 'Door de staat gecontroleerde media (China)'],
    ['pl', 'Media kontrolowane przez państwo (Rosja)'],
    ['cs', 'Média kontrolovaná státem (Čína)'],
    ['sk', 'Štátom kontrolované médiá (Rusko)'],
    ['hu', 'Állami irányítású média (Kína)'],
    ['el', 'Μέσα ενημέρωσης ελεγχόμενα από το κράτος (Κίνα)'],
    ['fi', 'Valtion hallinnoima media (Kiina)'],
    ['sv', 'Statligt kontrollerade medier (Kina)'],
    ['da', 'Statskontrollerede medier (Kina)'],
    ['nb', 'Statskontrollerte medier (Kina)'],
    ['uk', 'ЗМІ, що контролюються державою (Росія)'],
    ['bg', 'Контролирани от държавата медии (Русия)'],
    ['he', 'מדיה בשליטת המדינה (סין)'],
    ['hi', 'राज्य-नियंत्रित मीडिया (चीन)'],
    ['bn', 'রাষ্ট্র-নিয়ন্ত্রিত মিডিয়া (চীন)'],
    ['bn, য় decomposed', 'রাষ্ট্র-নিয়ন্ত্রিত মিডিয়া'.normalize('NFD')],
    ['ur', 'ریاست کے زیر کنٹرول میڈیا (چین)'],
    ['th', 'สื่อที่ควบคุมโดยรัฐ (จีน)'],
    ['vi', 'Truyền thông do nhà nước kiểm soát (Trung Quốc)'],
    ['vi, the state after', 'Truyền thông chịu sự kiểm soát của nhà nước (Trung Quốc)'],
    ['vi, decomposed', 'Truyền thông do nhà nước kiểm soát (Trung Quốc)'.normalize('NFD')],
    ['id', 'Media yang dikendalikan negara (Tiongkok)'],
    ['ms', 'Media dikawal kerajaan (China)'],
    ['jv', 'Media sing dikontrol negara (Tiongkok)'],
    ['fil', 'Media na kontrolado ng estado (China)'],
    ['ceb', 'Media nga kontrolado sa estado (China)'],
    ['km', 'ប្រព័ន្ធផ្សព្វផ្សាយដែលគ្រប់គ្រងដោយរដ្ឋ (ចិន)'],
    ['my', 'နိုင်ငံတော်ထိန်းချုပ်ထားသော မီဒီယာ (တရုတ်)'],
    ['kk', 'Мемлекет бақылайтын БАҚ (Қытай)'],
    ['uz', 'Davlat nazoratidagi media (Xitoy)'],
    ['az', 'Dövlət nəzarətində olan media (Çin)'],
    ['af', 'Staatsbeheerde media (China)'],
    ['ca', 'Mitjans controlats per l’Estat (Xina)'],
    ['hr', 'Mediji pod kontrolom države (Kina)'],
    ['sr', 'Медији под контролом државе (Кина)'],
    ['lt', 'Valstybės kontroliuojama žiniasklaida (Kinija)'],
    ['lv', 'Valsts kontrolēti mediji (Ķīna)'],
    ['et', 'Riigi kontrollitav meedia (Hiina)'],
    ['sw', 'Vyombo vya habari vinavyodhibitiwa na serikali (China)'],
  ])('%s: %s', (_, t) => expect(isLabelText(t)).toBe(true));

  // The same words as ordinary header text are not the label: a media outlet's own nickname, a state's own news.
  it.each([
    'Media Romania',
    'Stiri de stat si media',
    'Media Indonesia',
    'Truyền thông Việt Nam',
    'Truyền thông của nhà nước và xã hội',
    'สื่อสร้างสรรค์',
    'Державний діяч',
    'Statens medier og kultur',
  ])('not: %s', (t) => expect(isLabelText(t)).toBe(false));

  it.each(['Travel media', 'State of mind media', 'Independent media', 'statecontrolled'])('not: %s', (t) =>
    expect(isLabelText(t)).toBe(false),
  );
});

/** A 2026-layout header (h1 nickname, h2 handle), with an optional label row and bio. */
function page(opts: { label?: string; link?: boolean; bio?: string; nickname?: string }): ParentNode {
  const label = opts.label ?? '';
  const link = opts.link
    ? '<a href="https://www.tiktok.com/tns-inapp/pages/state-affiliated-media?show_nav_bar=1">ⓘ</a>'
    : '';
  const html = `<main><div data-e2e="user-page"><div>
    <h1 data-e2e="user-title">${opts.nickname ?? 'News Today'}</h1><h2 data-e2e="user-subtitle">newstoday</h2>
    ${label || link ? `<div><span>${label}</span>${link}</div>` : ''}
    <h3><strong data-e2e="following-count">3</strong><strong data-e2e="followers-count">12.5K</strong></h3>
    <h2 data-e2e="user-bio">${opts.bio ?? 'Daily news'}</h2></div></div></main>`;
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as ParentNode;
}

function read(root: ParentNode): Observation {
  return readProfile(domSource(root), { handle: 'newstoday', observedAt: NOW, documentHandle: 'newstoday' });
}

// Round 7: the label element may carry the phrase in either number, with or without an article, and the state in
// brackets after it (a seventh-set page: the Arabic singular with "(السعودية)"). Read from the label element only.
describe('label words in grammatical variants', () => {
  it.each([
    ['ar singular, state in brackets', 'وسيلة إعلام خاضعة لسيطرة الدولة (السعودية)'],
    ['ar plural with article', 'وسائل الإعلام التابعة للدولة (مصر)'],
    ['ar masculine participle', 'إعلام خاضع لسيطرة الدولة (سوريا)'],
    ['ar government media', 'وسيلة إعلام حكومية (الأردن)'],
    ['es indefinite article', 'Medio afiliado a un gobierno (Venezuela)'],
    ['fr indefinite article', 'Média affilié à un État (Iran)'],
  ])('%s', (_, t) => expect(isLabelText(t)).toBe(true));

  it.each([
    ['ar independent media', 'وسيلة إعلام مستقلة (لبنان)'],
    ['ar media of a company', 'وسيلة إعلام تابعة لشركة خاصة'],
    ['es private outlet', 'Medio de comunicación privado (Paraguay)'],
  ])('not the label: %s', (_, t) => expect(isLabelText(t)).toBe(false));

  it('the Arabic phrase in a bio is not the label', () => {
    const obs = read(page({ bio: 'نحن لسنا وسيلة إعلام خاضعة لسيطرة الدولة' }));
    expect(obs.user?.stateControlledMedia).toBeUndefined();
    expect(assess(obs).verdict).not.toBe('state-media');
  });

  it('the Arabic singular under the name is the label', () => {
    const label = 'وسيلة إعلام خاضعة لسيطرة الدولة (الكويت)';
    const obs = read(page({ label }));
    expect(obs.user?.stateControlledMediaText).toBe(label);
    expect(assess(obs).verdict).toBe('state-media');
  });
});

describe('the rendered label', () => {
  it('the label element under the name, in English or Spanish, is the label', () => {
    for (const label of ['China state-controlled media', 'Medio controlado por el Estado de China']) {
      const obs = read(page({ label }));
      expect(obs.user?.stateControlledMediaText).toBe(label);
      expect(assess(obs).verdict).toBe('state-media');
    }
  });

  it('the learn-more link alone is the label, whatever the language of its text', () => {
    const obs = read(page({ label: 'Média affilié', link: true }));
    expect(obs.user?.stateControlledMedia).toMatchObject({ learnMore: expect.stringContaining('state-affiliated') });
    expect(assess(obs).verdict).toBe('state-media');
  });

  it.each([
    ['a public broadcaster saying it is not', { bio: 'Public broadcaster. We are not state-controlled media.' }],
    ['a researcher', { bio: 'I study state-affiliated media on TikTok' }],
    ['a nickname', { nickname: 'Russia state-controlled media' }],
  ])('never from %s', (_, opts) => {
    const obs = read(page(opts));
    expect(obs.user?.stateControlledMedia).toBeUndefined();
    expect(assess(obs).verdict).not.toBe('state-media');
  });
});
