/**
 * After the thirty-fifth to fortieth sets' misses were read (RULES_VERSION 37): a regional studio's city after a
 * shared acronym, title abbreviations and their dots, a Russian desk in the genitive before a quoted name, a Turkish
 * locative on an edition, names bylines write, the Thai and Uzbek label renderings. Both sides.
 */
import { describe, expect, it } from 'vitest';
import { isLabelText } from '../../src/tiktok/label';
import { jobOf } from './bio.helpers';

describe('after the thirty-fifth to fortieth sets', () => {
  it.each([
    // a regional studio: the city right after the acronym places it
    ['Reporter TVR Iași 🎥 | Povești din Moldova', 'tvr'],
    ['Mai karanta labarai, NTA Kano 🎙️', 'nta'],
    ['Reporter RTS Niš', 'rts'],
    ['Journaliste RTS Thiès 🎙️', 'senegal-state-media'],
    // abbreviations and titles
    ['Корр. БЕЛТА по Гомельской области 📝 | рыбалка', 'belta'],
    ['Продуцент в програма „Хоризонт“ на БНР 🎧 София', 'bnr'],
    ['سینئر رپورٹر، ایسوسی ایٹڈ پریس آف پاکستان 📰 اسلام آباد', 'app-pakistan'],
    ['ارنا اردو کا نمائندہ، اسلام آباد 🎙️', 'irna'],
    // a desk in the genitive before a quoted name; an edition with a locative
    ['Обозреватель отдела экономики «Известий» | Москва', 'izvestia'],
    ['TRT Çukurova Radyosu’nda yapımcı 🎙️ | Adana', 'trt'],
    // names as bylines write them
    ['Mtangazaji @ Radio Taifa, KBC 📻 Mombasa', 'kbc-kenya'],
    ['Dziennikarka „Głosu Pomorza” 📰 Słupsk', 'polska-press'],
    ['Phát thanh viên @ Đài TNND TP.HCM 🎙️', 'voh'],
    ['Pišem za Sputnik Srbija', 'sputnik'],
    ['人民網日本語版で編集をしています📝 北京在住', 'peoples-daily'],
  ])('%s', (bio, want) => expect(jobOf(bio)).toBe(want));

  it.each([
    // a city elsewhere in the bio places nothing
    'Visiting Kano, love NTA 📺',
    // the abbreviation's dot closes no sentence, and a viewer is still a viewer
    'Я корр. Смотрю RT',
    'Читатель отдела писем «Известий»',
    "TRT'yi izleyen muhabir",
    // "News" in Russian is not the Serbian paper
    'Ведущая «Новостей» на ТВ | Москва',
    'Читам Новости | Београд',
    'Ведущая новостей, Белград 🇷🇸',
    // a review: desks named by something else, degrees and colleges after a city, "mostly", "we write about"
    'Редактор отдела кадров «Спутник»',
    'Редактор службы такси «Спутник»',
    'Journalist BSS Khulna University',
    "Presenter NTC Kumasi nurses' SRC",
    'Productor agrícola SPR Guadalajara',
    'نمائندہ PBC Lahore',
    'CGTN中心に編集をしています',
    'Пишем за БНТ и медиите',
    'Mtangazaji wa Radio Taifa 🇹🇿',
    // editing a video of a Xinhua story is no job there
    '新華社のニュースで動画編集をしています',
    'نمائندہ سام سنگ | PTV دیکھتا ہوں',
  ])('not: %s', (bio) => expect(jobOf(bio)).toBeUndefined());

  it('reads the Thai and Uzbek renderings on the label element only', () => {
    expect(isLabelText('สื่อที่รัฐกำกับดูแล · ไทย')).toBe(true);
    expect(isLabelText('สื่อในการกำกับของภาครัฐ (ไทย)')).toBe(true);
    expect(isLabelText('Oʻzbekiston: hukumat nazorat qiladigan media')).toBe(true);
    expect(isLabelText('สื่อของรัฐบาลและประชาชน')).toBe(false);
    expect(isLabelText('Hukumat yangiliklari media')).toBe(false);
  });
});
