/** Past employment: "former", "ex-", бывший, 前/原/曾任, سابق, closed date ranges, "until 2021", "left in 2022". */
import type { Cue } from './cues';
import { type Binding, distance, SEGMENT_BREAK, WINDOW } from './employment';
import type { Hit } from './lexicon';
import { type Clause, tokenize, YEAR_TOKEN } from './words';

const Y = '(?:19|20)\\d{2}';

/**
 * "2014–2020", "2014-2020", "(2015-19)", "2018年至2021年", "с 2015 по 2020", "de 2015 a 2020", Arabic "من 2008 إلى
 * 2012" (إلى, الى "to"), Persian "از ۱۳۹۲ تا ۱۳۹۸" (تا "to"; solar years are read apart, SOLAR_RANGE).
 */
const RANGE = new RegExp(
  `(?<!\\d)(${Y}) ?年? ?(?:[-–—‐‑~〜]|to|till|until|through|au|à|a|al|bis|hasta|até|до|по|至|到|đến|إلى|الى|تا) ?(${Y}|\\d{2})(?!\\d)`,
  'gu',
);

/** A range of Solar Hijri years (Iran, Afghanistan: 1392–1398 is 2013–2019): the Gregorian year is about 621 more. */
const SOLAR_RANGE = /(?<!\d)(1[34]\d{2}) ?(?:[-–—‐‑]|تا) ?(1[34]\d{2})(?!\d)/gu;

/** "until 2021", "до 2020", "hasta 2019", "jusqu'en 2018", "至2021年". Matched on lower case (an 'i' flag costs ms). */
const UNTIL = new RegExp(
  `(?<![a-zà-ÿа-яё])(?:until|till|through|up to|до|по|hasta|jusqu['’] ?(?:en|à|au)|bis|até|حتى|تا|至|到|đến) ?(${Y})(?!\\d)`,
  'gu',
);

/** 曾任, 曾在, 曾经 …: "once held / was at". 曾 alone is also a surname, so only with the verb after it. */
const ZENG = /曾(?:任|在|经|經|是|于|於|为|為|供职|供職|就职|就職|担任|擔任)/u;

/** 前/原/元 right before the outlet or title, not as the end of another word (目前 "at present", 以前, 平原 …). */
const CJK_FORMER = /[前原元]$/u;

const CJK_NOT_FORMER = /[目之以此當当提面眼空史年天日月周門门跟生最高平草还還复復中从從事]$/u;

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits as ASCII: "من ٢٠٠٨ إلى ٢٠١٢", "(۱۳۹۲–۱۳۹۸)". */
function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/gu, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

function pastYear(clause: string, year: number): boolean {
  const text = asciiDigits(clause).toLowerCase();
  if (!/\d{2}/.test(text)) return false;
  for (const m of text.matchAll(RANGE)) {
    const from = Number(m[1]);
    let to = Number(m[2]);
    if (to < 100) {
      to += Math.floor(from / 100) * 100;
      if (to < from) to += 100;
    }
    if (to >= from && to < year) return true;
  }
  for (const m of text.matchAll(UNTIL)) if (Number(m[1]) < year) return true;
  for (const m of text.matchAll(SOLAR_RANGE)) {
    if (Number(m[2]) >= Number(m[1]) && Number(m[2]) + 621 < year) return true;
  }
  return false;
}

export function isFormer(c: Clause, b: Binding, cues: Hit<Cue>[], year: number): boolean {
  if (b.formerOnly || b.ex) return true;
  for (const h of cues) {
    const kind = h.item.kind;
    if (kind === 'former-any') return true;
    // Inside the binding: "Reporter formerly at RT", "worked at TASS".
    if (kind === 'former' && h.index >= b.start && h.end <= b.end) return true;
    if (kind === 'former' && h.index <= b.start && b.start - h.end <= WINDOW) {
      // Up to four words before the binding, or its own first word ("worked at", "работал в").
      const between = c.text.slice(Math.min(h.end, b.start), b.start);
      if (!SEGMENT_BREAK.test(between) && distance(between) <= 4) return true;
    }
    if (kind === 'left') {
      const next = tokenize(c.text.slice(h.end, h.end + WINDOW)).slice(0, 4);
      if (next.some((tok) => YEAR_TOKEN.test(tok.raw))) return true;
      if (b.name.index >= h.end && b.name.index - h.end <= WINDOW && distance(c.text.slice(h.end, b.name.index)) <= 2) {
        return true;
      }
    }
  }
  if (c.cjk) {
    // Burmese ဟောင်း ("old, former") written joined after the title: "သတင်းထောက်ဟောင်း", former reporter
    // (Myanmar–English Dictionary).
    if (/^\s?ဟောင်း/u.test(c.text.slice(b.end, b.end + 8))) return true;
    const lead = c.text.slice(Math.max(0, b.start - 3), b.start).replace(/[《「『\s]/gu, '');
    if (CJK_FORMER.test(lead) && !CJK_NOT_FORMER.test(lead.slice(0, -1))) return true;
    const zeng = c.text.search(ZENG);
    if (zeng >= 0 && zeng < b.start) return true;
  }
  c.past ??= pastYear(c.text, year);
  return c.past;
}
