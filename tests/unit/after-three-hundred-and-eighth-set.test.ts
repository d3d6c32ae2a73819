/**
 * After the three-hundred-and-second to three-hundred-and-eighth sets' misses were read (RULES_VERSION 109): a
 * Portuguese label, a reporter's "I cover … for", Hindi's newsreader verb after the outlet, a researcher listing the
 * outlets it studies, and an Arabic "the link is the page we examine today". Both sides of each, with what the review
 * of the draft (about 470 probes) narrowed or took back (an outlet named as a checking verb's object no longer excuses
 * its naming elsewhere).
 */
import { describe, expect, it } from 'vitest';
import { isLabelled } from '../../src/history/labels';
import { mediaResearcherTitle } from '../../src/lists/bio/fact-check';
import { jobOf } from './bio.helpers';
import { linkPoints } from './link.helpers';

const labelled = (text: string) => isLabelled({ uniqueId: 'x', stateControlledMediaText: text });

describe('a Portuguese label', () => {
  it('"meio de comunicação" as the media word', () => {
    expect(labelled('Meio de comunicação estatal angolano sob controlo governamental')).toBe(true);
  });
  it.each([
    'Trabalho num meio de comunicação estatal',
    'Eu sou meio de comunicação estatal',
    'Não sou meio de comunicação estatal',
    'Meio de comunicação independente do Estado',
  ])('not a person, a negation or independence: %s', (text) => {
    expect(labelled(text)).toBe(false);
  });
});

describe('staff lines', () => {
  it.each([
    ['I cover East Africa for CGTN Africa', 'cgtn'],
    ['Cubro el sur del país para Telesur', 'telesur'],
    ['I cover politics for RT', 'rt'],
    ['आकाशवाणी में समाचार पढ़ती हूँ 🎙️ | कविता, चाय और पुरानी फ़िल्में', 'prasar-bharati'],
    ['आकाशवाणी पर रोज़ सुबह ख़बरें पढ़ती हूँ 📻 दिल्ली', 'prasar-bharati'],
    ['Penyampai radio di Ria 897, Mediacorp. Jumpa korang setiap pagi!', 'mediacorp'],
  ])('%s', (bio, id) => {
    expect(jobOf(bio)).toBe(id);
  });
  it.each([
    'I cover songs for CGTN',
    'I cover my face for CGTN',
    'Cubro a mi hermana para Telesur',
    'I cover the news for CGTN 😂',
    'I cover BTS dances for CGTN',
    'I cover China news for CGTN viewers',
    'One day I cover the Olympics for CGTN',
    'डीडी न्यूज़ पर आई खबरें पढ़ता हूँ',
    'मैं रोज़ डीडी न्यूज़ पर खबरें पढ़ता हूँ',
    'आकाशवाणी पर ख़बरें सुनती हूँ',
    'पहले आकाशवाणी में समाचार पढ़ती थी',
    'सपना: आकाशवाणी में समाचार पढ़ती हूँ',
  ])('not a singer’s, a make-up artist’s, a relative’s, a joke, a listener, a past or a dream: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
});

describe('checkers and researchers', () => {
  it('a researcher of state outlets listing those it studies: half weight', () => {
    const bio = 'Researcher: how Beijing’s state outlets cover Africa. CGTN, Xinhua, StarTimes.';
    expect(linkPoints(bio, 'https://africa.cgtn.com/category/opinion/')).toBe(30);
  });
  it('not a researcher at or proud of state media, nor a checker naming one outlet only', () => {
    expect(mediaResearcherTitle('Researcher at state media CGTN')).toBeUndefined();
    expect(mediaResearcherTitle('Researcher, proud of our state media')).toBeUndefined();
    expect(linkPoints('Fact-checker | CGTN', 'https://www.cgtn.com/')).toBe(60);
    expect(linkPoints('Fact-checker | CGTN, Xinhua', 'https://www.cgtn.com/')).toBe(60);
    expect(linkPoints('Researcher, Chinese state media', 'https://www.cgtn.com/')).toBe(60);
    expect(
      linkPoints('Researcher: how state media cover Africa. Our team: CGTN, Xinhua', 'https://www.cgtn.com/'),
    ).toBe(60);
  });
  it('the Arabic "the link is the page we examine today", the outlet named as what is reviewed', () => {
    const bio = 'نراجع ما تنشره الأهرام والصحف الرسمية 🔎 الرابط للصفحة التي نفحصها اليوم';
    expect(linkPoints(bio, 'http://www.ahram.org.eg/')).toBe(0);
    expect(linkPoints('الرابط للصفحة التي نفحصها اليوم صحيحة', 'http://www.ahram.org.eg/')).toBe(60);
    expect(linkPoints('الرابط للتقرير الذي نفحصه اليوم، وهو صحيح', 'http://www.ahram.org.eg/')).toBe(60);
    expect(linkPoints('الرابط للمادة التي راجعناها اليوم قبل بثها', 'http://www.ahram.org.eg/')).toBe(60);
  });
  it('not the outlet’s own account naming itself besides the checked object', () => {
    expect(linkPoints('سانا | نراجع ما تنشره سانا. الرابط للخبر الذي نفحصه اليوم', 'https://sana.sy/')).toBe(60);
  });
});
