/**
 * Issue 15's reader shortcuts give the same answers as the general paths they skip: the ASCII path of
 * normaliseHashtag (no `normalize`, no Unicode-class regex) and the one-word test in front of the label terms.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLabelText, LABEL_TERMS, NEGATED_LABEL } from '../../src/tiktok/label';
import { normaliseHashtag } from '../../src/tiktok/raw';

/** The general path, as normaliseHashtag computed it for every input before the shortcut. */
const slowHashtag = (raw: string) =>
  raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}_]/gu, '')
    .slice(0, 100);

const slowLabel = (t: string | undefined) =>
  !!t && t.length <= 200 && LABEL_TERMS.some((re) => re.test(t)) && !NEGATED_LABEL.test(t);

/** One phrase per term and form (the label test's samples and their other alternatives), in several cases. */
const PHRASES = [
  'China state-controlled media',
  'Russia state affiliated media',
  'Medio controlado por el Estado de China',
  'Medios de comunicación afiliados al estado',
  'Média contrôlé par l’État (Russie)',
  "Médias affiliés à l'état",
  'Staatlich kontrolliertes Medium (China)',
  'staatlich verbundene Medien',
  'Mídia controlada pelo Estado da China',
  'Meios de comunicação afiliados ao estado',
  'Государственные СМИ России',
  'государственное медиа',
  'СМИ, контролируемые государством',
  'وسائل إعلام تسيطر عليها الدولة',
  'إعلام حكومي',
  '中国政府媒体',
  '中國政府媒體',
  '国家控制媒体',
  '官方媒體',
  '중국 국영 매체',
  '정부 통제 미디어',
  '국가 통제 언론',
  '中国の国営メディア',
  '政府が管理するメディア',
  'رسانه تحت کنترل دولت',
  'رسانه‌های وابسته به حکومت',
  'Devlet kontrolündeki medya',
  'Devlet güdümlü yayın',
];

describe('normaliseHashtag: the ASCII shortcut', () => {
  it('equals the general path on any ASCII text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 140 }), (s) => {
        expect(normaliseHashtag(s)).toBe(slowHashtag(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('and on text beyond ASCII (the general path itself)', () => {
    for (const s of ['Bye2020🎉', 'ＦＵＬＬＷＩＤＴＨ', 'Çağ_Ünlü', 'ﬁre', 'e\u0301té', '#中国', 'Ⅻ']) {
      expect(normaliseHashtag(s), s).toBe(slowHashtag(s));
    }
    expect(normaliseHashtag('ＦＵＬＬ')).toBe('full'); // the check itself can fail: NFKC still applies here
  });
});

describe('isLabelText: the one-word test in front of the terms', () => {
  it('every phrase of every term still passes, in any case and inside other text', () => {
    for (const p of PHRASES) {
      expect(slowLabel(p), `${p} (the sample itself)`).toBe(true);
      // Upper case may leave a term (Turkish ı has no ASCII capital): the shortcut must agree with the terms.
      for (const t of [p, p.toLowerCase(), p.toUpperCase(), `ⓘ ${p} ·`]) expect(isLabelText(t), t).toBe(slowLabel(t));
    }
  });

  it('agrees with the terms alone on random text around label words', () => {
    const words = fc.constantFrom('media', 'Media', 'state-controlled', 'СМИ', '媒体', 'devlet', 'medya', ' ', 'x');
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string({ maxLength: 6 })), { maxLength: 12 }), (parts) => {
        const t = parts.join(' ');
        expect(isLabelText(t)).toBe(slowLabel(t));
      }),
      { numRuns: 2000 },
    );
  });
});
