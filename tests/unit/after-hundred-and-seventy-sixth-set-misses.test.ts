/**
 * After the hundred-and-sixty-ninth to hundred-and-seventy-sixth sets' misses were read (RULES_VERSION 92): the
 * label's renderings with the control in brackets or after a comma (es, pt, th, kk) and after a state's name and a
 * colon; titles (Malay newsreader, Sinhala senior reporter, Lusophone football commentator); South Slavic, Polish and
 * Czech programmes between a title and "na"/"w"; the brand in the handle over a linked story; wishes and kin before
 * titles in Malay, Portuguese and South Slavic. Taken back by the review, and tested unread: Armenian "Public
 * Television" by itself, a Chinese bio opening with a bare "在 X 当 …". Both sides of each.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isLabelled } from '../../src/history/labels';
import { outletLink } from '../../src/signals/outlet-link';
import { isLabelText } from '../../src/tiktok/label';
import type { Observation } from '../../src/tiktok/observation';
import { domSource } from '../../src/tiktok/page-source';
import { readProfile } from '../../src/tiktok/profile';
import { profiles, renderProfileHtml } from '../fixtures/render';
import { jobOf, NOW } from './bio.helpers';

describe('the label in more renderings', () => {
  it.each([
    'Medio estatal boliviano (control gubernamental)',
    'Medio estatal (control del estado)',
    'Média estatal chinês, controlado pelo Governo',
    'สื่อรัฐไทย (รัฐบาลควบคุม)',
    'Үкімет бақылайтын ақпарат құралы (Қазақстан)',
  ])('reads %s', (t) => expect(isLabelText(t)).toBe(true));

  it.each([
    'Medio estatal independiente (control gubernamental)',
    'Medio estatal yucateco',
    'Média estatal não, controlado pelo Governo',
    'Média estatal independente, controlado pelo Governo',
    'Үкімет бақылайтын ақпарат құралы емес',
    'สื่อรัฐไทย',
    // a review of RULES_VERSION 92: denials and other words in the adjective's slot, a title before the Kazakh label
    'สื่อรัฐอิสระ (รัฐบาลควบคุม)',
    'สื่อรัฐประหาร (รัฐบาลควบคุม)',
    'Mídia estatal jamais, controlada pelo governo',
    'Mídia estatal paródia, controlada pelo governo',
    'Сатира · Үкімет бақылайтын ақпарат құралы',
  ])('does not read %s', (t) => expect(isLabelText(t)).toBe(false));

  const labelled = (text: string) => isLabelled({ uniqueId: 'x', stateControlledMediaText: text });
  it('a label after a state name and a colon counts', () => {
    expect(labelled('Ecuador: medio estatal')).toBe(true);
    expect(labelled('Pilipinas: midyang hawak ng pamahalaan')).toBe(true);
  });
  it('… not after any other title, nor a state with more words, nor a question', () => {
    expect(labelled('Podcast: medio estatal')).toBe(false);
    expect(labelled('Satire : Medio estatal')).toBe(false);
    expect(labelled('Ecuador libre: medio estatal')).toBe(false);
    expect(labelled('Cuba: Medio estatal? No')).toBe(false);
    // a capital, a demonym or a city is no state's name (a review), nor a label with a tail after a separator
    expect(labelled('Moscú: medio estatal')).toBe(false);
    expect(labelled('Cubano: medio estatal')).toBe(false);
    expect(labelled('Asunción: medio estatal')).toBe(false);
    expect(labelled('Ecuador: medio estatal - mentira')).toBe(false);
    expect(isLabelText('Ecuador: medio estatal')).toBe(false);
  });
});

describe('titles and programmes', () => {
  it.each([
    ['Penyampai berita RTB 📺 | Bandar Seri Begawan', 'rtb-brunei'],
    ['දිනමිණ පුවත්පතේ ජ්‍යෙෂ්ඨ වාර්තාකාරිනී ✍️ කොළඹ', 'lake-house'],
    ['Relator de futebol • RNA – Rádio Nacional de Angola • Luanda 🇦🇴', 'rna-angola'],
    ['Voditeljka Nacionalnog dnevnika na TV Pink 🎙️ Beograd', 'tv-pink'],
    ['Urednica Dnevnika na HRT-u', 'hrt'],
    ['Prezenterka Wiadomości w TVP', 'tvp'],
  ])('%s', (bio, want) => expect(jobOf(bio)).toBe(want));

  it.each([
    // "penyampai" alone conveys anything; "relator" alone is a rapporteur
    'Penyampai maklumat RTB | Bandar Seri Begawan',
    'Relator • RNA – Rádio Nacional de Angola',
    // a programme list is a list, not a gap before the employer
    'Novinarka | politika, vesti, sport | RTS',
    // "Public Television" in Armenian is any state's (a review: Japan's NHK so named), and a bare 在 opening a bio
    // may be turned past, another's, fiction or a joke by a later clause (a review): both taken back, both unread
    'Լրագրող եմ Ճապոնիայի Հանրային հեռուստատեսությունում (NHK)',
    'Լրագրող եմ Հանրային հեռուստատեսությունում (1tv.am) 📺',
    '在央视当记者｜已离职',
    '在央视当记者｜我老公',
    '在科技日报当记者｜主要跑航天、新能源｜稿件见报纸客户端',
    // a review: denials, kin, hopes and imitation before the new titles and programmes
    'Nisam voditeljka Dnevnika na RTS-u',
    'Kći voditeljke Dnevnika na RTS',
    'Buduća voditeljka Dnevnika na RTS',
    'Sanjam da budem voditeljka Dnevnika na RTS',
    'Impian jadi penyampai radio di Radio Televisyen Malaysia',
    'Cita-cita: penyampai berita RTB | Bandar Seri Begawan',
    'Sonho ser relator de futebol na Rádio Nacional de Angola',
    // "Vijesti" is also an outlet's name, not a programme word
    'Novinarka Vijesti na RTCG',
  ])('not %s', (bio) => expect(jobOf(bio)).toBeUndefined());
});

const linkPoints = (signature: string, bioLink: string, handle: string, nickname = 'x') => {
  const obs = {
    handle,
    source: 'dom',
    observedAt: 0,
    posts: [],
    user: { uniqueId: handle, nickname, signature, bioLink },
  } as unknown as Observation;
  return outletLink.evaluate({ obs, history: [], now: 0 })?.points;
};

describe('the link to one story', () => {
  const story = 'https://www.boliviatv.bo/principal/noticias.php';
  it('keeps its weight when the handle carries the outlet’s own name as its host writes it', () => {
    expect(linkPoints('Noticias, deporte y cultura', story, 'boliviatv.canal7')).toBe(60);
  });
  it('counts half for a handle without it', () => {
    expect(linkPoints('Noticias, deporte y cultura', story, 'maria.lopez')).toBe(30);
  });
  it('a critic’s or a shop’s handle carrying the brand is no tie (a review)', () => {
    expect(linkPoints('Noticias, deporte y cultura', story, 'boliviatv_miente')).toBe(30);
    expect(
      linkPoints(
        'Recetas de casa',
        'https://www.granma.cu/cuba/2026-12-01/receta-de-la-abuela-01122026',
        'granma_cocina',
      ),
    ).toBe(30);
  });
  it('a host that is an ordinary word is no brand in a handle', () => {
    // people.com.cn is People's Daily's host, but "people" is no name of the outlet
    expect(linkPoints('Daily reads', 'http://en.people.com.cn/n3/2026/1201/c90000-2000001.html', 'people.watch')).toBe(
      30,
    );
  });
});

describe('the page reader keeps a label after a colon as text only', () => {
  const base = profiles.find((c) => c.id === 'northkoreanlife')!;
  const read = (label: string) => {
    const c = { ...base, user: { ...base.user, stateControlledMedia: undefined, stateControlledMediaText: label } };
    const doc = parseHTML(renderProfileHtml(c, { now: NOW, format: 'dom-only' })).document;
    return readProfile(domSource(doc as unknown as ParentNode), { handle: c.user.uniqueId, observedAt: NOW }).user;
  };
  it('a state before the colon: labelled', () => {
    const user = read('Ecuador: medio estatal');
    expect(user?.stateControlledMedia).toBeUndefined();
    expect(user?.stateControlledMediaText).toBe('Ecuador: medio estatal');
    expect(isLabelled(user)).toBe(true);
  });
  it('another title before the colon: not labelled', () => {
    expect(isLabelled(read('Podcast: medio estatal'))).toBe(false);
  });
  it('a whole label is the label, as before', () => {
    expect(read('Medio estatal · Ecuador')?.stateControlledMedia).toBe('Medio estatal · Ecuador');
  });
});
