/**
 * After the two-hundred-and-eightieth to two-hundred-and-ninety-fourth sets' misses were read (RULES_VERSION 107): a
 * Serbian label and a label with "RD Congo" set apart, staff lines in eleven languages, an article asked for by its
 * id at a site's root, and a checker's verb whose object is the linked outlet's placed acronym. Both sides of each,
 * with what the review of the draft (about 810 probes) narrowed.
 */
import { describe, expect, it } from 'vitest';
import { isLabelled } from '../../src/history/labels';
import { articlePath } from '../../src/lists/article-link';
import { jobOf } from './bio.helpers';
import { linkPoints } from './link.helpers';

const labelled = (text: string) => isLabelled({ uniqueId: 'x', stateControlledMediaText: text });

describe('labels', () => {
  it.each([
    'Србија — медиј под управом државе',
    'медиј под управом државе',
    'RD Congo : média gouvernemental contrôlé',
    'République démocratique du Congo : médias d’État',
  ])('the state in its Serbian case, DR Congo by its short name: %s', (text) => {
    expect(labelled(text)).toBe(true);
  });
  it.each([
    'Критикујем медије државе',
    'медији државе лажу',
    'Kritikujem medije države',
    'Радим у медију државе',
    'Независни медиј, не државни',
    'Бивши новинар медија државе',
    'Подржавам медије',
    'Медијска писменост у држави',
    'Фан медија под управом државе',
    'Медиј против државе',
  ])('not a Serbian sentence of scorn, a person, independence or a past job: %s', (text) => {
    expect(labelled(text)).toBe(false);
  });
});

describe('staff lines', () => {
  it.each([
    ['أقدم البرنامج الصباحي على تلفزيون دبي 📺 | الإمارات', 'dubai-media'],
    ['كل ليلة بقدّم نشرة الثامنة على تلفزيون لبنان 📺 بين بيروت والبقاع', 'tele-liban'],
    ['Urednica spoljne politike na B92 | Beograd', 'kopernikus'],
    ['Репортерка в централната емисия на БНТ 📺 тук пиша от свое име', 'bnt'],
    ['Ninaripoti Bunge kwa HabariLeo ✍️ Dodoma ndiyo ofisi yangu', 'tanzania-standard-newspapers'],
    ['Веду утренний эфир «Альфа Радио», будни с 7 до 10 ☕ Минск', 'belarus-segodnya'],
    ['MTI-tudósító vagyok Brüsszelben · kávé, bicikli, uniós csúcsok', 'mtva'],
    ['Conduzco el matutino de Radio Illimani 🎙️ La Paz · mamá de dos', 'bolivia-state-media'],
    ['Lucrez în redacția RADOR (Radio România). Aici scriu în nume propriu.', 'radio-romania'],
    ['Pembaca berita RTM 🎙️ TV1 & Radio Klasik | anak jati Kelantan', 'rtm'],
    ['Bertugas sebagai pembaca berita RTB 📺 Orang BSB', 'rtb-brunei'],
    ['央广记者，入行第八年，会场菜场都跑', 'cnr'],
    ['Reporter la Știrile TVR 📺 Sate uitate, oameni buni', 'tvr'],
  ])('%s', (bio, id) => {
    expect(jobOf(bio)).toBe(id);
  });
  it.each([
    'أقدم لكم البرنامج الصباحي على تلفزيون دبي',
    'أشاهد البرنامج الصباحي على تلفزيون دبي',
    'بقدم ردي على نشرة تلفزيون لبنان',
    'Analiza spoljne politike na B92 je loša',
    'Гледам централната емисия на БНТ',
    'Ninaripoti habari za HabariLeo',
    'Ninaripoti Bunge na HabariLeo',
    'Веду счёт ошибкам «Альфа Радио»',
    'Az MTI-tudósítók hazudnak',
    'Anti-MTI-tudósító vagyok',
    'Nem MTI-tudósító vagyok',
    'Veo el matutino de Radio Illimani',
    'Urmăriți Știrile TVR',
    '我喜欢听央广',
    '中央广场记者',
    '中央广场购物中心主播',
    '中央广电总局编辑',
    'Pembaca berita setia RTM',
    'Peminat pembaca berita RTM',
    'Фен на водещата на централната емисия на БНТ',
    'MTI-tudósító vagyok (paródia)',
    'MTI-tudósító vagyok, ha nagy leszek',
    'Веду утренний эфир «Радио России» в своих снах',
    'أقدم البرنامج الصباحي على تلفزيون دبي كضيف',
    'Ninaripoti Bunge kwa HabariLeo zamani',
  ])('not a viewer’s, a reposter’s, a critic’s or a negation: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
});

describe('one article asked for by its id', () => {
  it.each([
    'https://www.observateurcontinental.fr/?module=articles&action=view&id=5821',
    'https://example.org/index.php?option=com_content&view=article&id=12',
  ])('at the root too: %s', (url) => {
    expect(articlePath(url)).toBe(true);
  });
  it.each([
    'https://example.org/?p=61842',
    'https://example.org/?section=news&id=3',
    'https://example.org/?module=articles&action=list&id=5',
    'https://example.org/author/x?view=article&id=1',
    'https://example.org/',
  ])('not a short permalink, a section, a list, an author’s page or the root: %s', (url) => {
    expect(articlePath(url)).toBe(false);
  });
  it('half weight for a reader, full for the outlet’s own account', () => {
    const url = 'https://www.observateurcontinental.fr/?module=articles&action=view&id=5821';
    expect(linkPoints('On vérifie les articles d’Observateur Continental.', url)).toBe(30);
    expect(linkPoints('Le fil de l’actualité internationale', url, 'Observateur Continental')).toBe(60);
  });
});

describe('a checker’s object by the linked outlet’s placed acronym', () => {
  it('the object of a checking verb', () => {
    expect(linkPoints('Chequeamos uno por uno los titulares de ABI, la agencia oficial', 'http://www.abi.bo/')).toBe(0);
  });
  it('not the acronym named twice, after an employer’s preposition, or without the claims checked', () => {
    expect(linkPoints('Chequeamos los titulares de ABI. Somos ABI', 'http://www.abi.bo/')).toBe(60);
    expect(linkPoints('Chequeamos los titulares para ABI', 'http://www.abi.bo/')).toBe(60);
    expect(linkPoints('Chequeamos la información de ABI', 'http://www.abi.bo/')).toBe(60);
  });
  it('not the outlet’s own account, in-house or defending it', () => {
    expect(linkPoints('Chequeamos los titulares de ABI', 'http://www.abi.bo/', 'x', 'abi_bolivia')).toBe(60);
    expect(linkPoints('Chequeamos los titulares de ABI', 'http://www.abi.bo/', 'ABI Noticias')).toBe(60);
    expect(linkPoints('Nous vérifions chaque dépêche MAP avant diffusion', 'https://www.mapnews.ma/')).toBe(60);
    expect(linkPoints('Desmentimos las afirmaciones contra VTV', 'https://www.vtv.gob.ve/')).toBe(60);
  });
});
