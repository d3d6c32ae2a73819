/**
 * After the hundred-and-forty-fifth to hundred-and-forty-eighth sets' misses were read (RULES_VERSION 85): Japanese
 * "元・" as "former"; a fact-checker's own first-person verb; musicians opening a music page; TikTok's label as "media
 * controlled by the authorities / the government" in Russian and Chinese; the land's own names 中华, Đất Việt and
 * สยามประเทศ; KUNA in Arabic letters, Al Bayan and El Telégrafo and CTC's acronym placed; Bakhtar in Pashto. Both sides
 * of each.
 */
import { describe, expect, it } from 'vitest';
import { outletLink } from '../../src/signals/outlet-link';
import { isLabelText } from '../../src/tiktok/label';
import type { Observation } from '../../src/tiktok/observation';
import { jobOf } from './bio.helpers';
import { presents } from './self-presentation.helpers';

const presentsAs = (name: string, bio = '', handle = 'someone') => presents(name, bio, handle)?.state.code;

const NOW = Date.UTC(2026, 11, 5);
const run = (user: Observation['user']) =>
  outletLink.evaluate({
    obs: { handle: 'someone', status: 'ok', source: 'universal', observedAt: NOW, user, posts: [] },
    history: [],
    now: NOW,
  })!;

describe('Japanese "元・" (former) with its middle dot', () => {
  it('reads the job as a past one', () => {
    expect(jobOf('元・人民網日本語版 編集者／今は大阪で中国語を教えています🍵')).toBe('peoples-daily (former)');
    expect(jobOf('元･新華社記者')).toBe('xinhua (former)');
  });
  it('keeps a present job a present one', () => {
    expect(jobOf('人民網日本語版 編集者／大阪在住')).toBe('peoples-daily');
  });
});

describe('a fact-checker’s own first-person verb beside a linked outlet', () => {
  const weekly = 'http://www.wsieciprawdy.pl/najnowszy-numer';
  it('halves the link of "Weryfikuję" (I verify), "I fact-check", "Проверяю факты"', () => {
    for (const signature of [
      'Weryfikuję, co piszą tygodniki. Tekst, który dziś sprawdzam ⬇️',
      'I fact-check weekly magazines. Today’s text ⬇️',
    ]) {
      const r = run({ uniqueId: 'someone', nickname: 'Sprawdzam', signature, bioLink: weekly });
      expect(r.points, signature).toBe(30);
    }
    expect(run({ uniqueId: 'someone', signature: 'Проверяю факты ⬇️', bioLink: 'https://www.1tv.ru/news' }).points).toBe(
      30,
    );
  });
  it('not a project’s plural, nor a reader: the link keeps its weight', () => {
    expect(run({ uniqueId: 'someone', signature: 'Weryfikujemy fakty ⬇️', bioLink: weekly }).points).toBe(60);
    expect(run({ uniqueId: 'someone', signature: 'Czytam co tydzień ⬇️', bioLink: weekly }).points).toBe(60);
  });
});

describe('musicians opening a music page', () => {
  it('reads a street-music page named for the land as a page, not the land’s voice', () => {
    expect(
      presentsAs('Sones de Cuba 🇨🇺 Santiago', 'Músicos de la calle Heredia 🎺 trovadores de barrio, sin estudio'),
    ).toBeUndefined();
    expect(presentsAs('Kenya Sounds 🇰🇪', 'Musicians of Nairobi’s matatu culture')).toBeUndefined();
  });
  it('not musicians among the land’s framing words or a list of sights', () => {
    expect(presentsAs('Cuba Real 🇨🇺', 'Músicos, paisajes y gente de mi Cuba', 'cuba.real')).toBe('CU');
    expect(presentsAs('Cuba 🇨🇺', 'La música y la belleza de Cuba', 'cuba.today')).toBe('CU');
  });
});

describe('TikTok’s label as "media controlled by the authorities / the government"', () => {
  it('reads the Russian and Chinese renderings', () => {
    expect(isLabelText('Медиа, подконтрольные властям Таджикистана')).toBe(true);
    expect(isLabelText('СМИ, контролируемые правительством Беларуси')).toBe(true);
    expect(isLabelText('受中國政府控制的媒體')).toBe(true);
    expect(isLabelText('受国家控制的媒体')).toBe(true);
  });
  it('not a negation, nor "authorities" without "media"', () => {
    expect(isLabelText('Медиа, неподконтрольные властям')).toBe(false);
    expect(isLabelText('不受中國政府控制的媒體')).toBe(false);
    expect(isLabelText('非国家控制的媒体')).toBe(false);
    expect(isLabelText('Подконтрольные властям')).toBe(false);
  });
});

describe('the land’s own names: 中华, Đất Việt, สยามประเทศ', () => {
  it('reads a flagged name of the land as the state’s', () => {
    expect(presentsAs('🇨🇳大美中华🇨🇳', '中国人的骄傲 ❤️', 'dameizhonghua')).toBe('CN');
    expect(presentsAs('Đất Việt Ngàn Năm 🇻🇳', 'Yêu nước là chia sẻ 🇻🇳', 'vn.hungcuong')).toBe('VN');
    expect(presentsAs('สยามประเทศ 🇹🇭', 'ไทยแท้ ๆ 🇹🇭', 'thailand.now')).toBe('TH');
  });
  it('not a firm or a dish named with it, nor the traditional 中華 (Taiwan, Japanese cuisine)', () => {
    expect(presentsAs('中华美食🇨🇳', '家常菜做法', 'chef.wang')).toBeUndefined();
    expect(presentsAs('Công ty Đất Việt', 'Vật liệu xây dựng', 'datviet.vn')).toBeUndefined();
    expect(presentsAs('中華民國🇹🇼', '台灣加油', 'tw.x')).toBe('TW');
    expect(presentsAs('町中華めぐり', '東京の中華料理店', 'machichuka')).toBeUndefined();
  });
});

describe('outlets’ names as staff write them', () => {
  it('reads KUNA in Arabic letters where the bio places it in Kuwait', () => {
    expect(jobOf('محررة أخبار محلية @ كونا 🇰🇼 التغريدات والمقاطع تعبر عن رأيي')).toBe('kuna');
    expect(jobOf('مراسل كونا في الكويت')).toBe('kuna');
  });
  it('not unplaced (also "be, you two")', () => {
    expect(jobOf('محررة أخبار محلية @ كونا')).toBeUndefined();
    expect(jobOf('كونا مع بعض دائماً 🇰🇼')).toBeUndefined();
  });
  it('reads Al Bayan, El Telégrafo and CTC’s acronym where the bio places them', () => {
    expect(jobOf('صحفية في جريدة البيان 🇦🇪')).toBe('dubai-media');
    expect(jobOf('Reportera de El Telégrafo, sección Política. Guayaquil 🇪🇨')).toBe('medios-publicos-ecuador');
    expect(jobOf('Шеф-редактор развлекательных шоу на СТС 📺 Москва')).toBe('ctc-media');
    expect(jobOf('Ведущая на телеканале СТС')).toBe('ctc-media');
  });
  it('not elsewhere, nor unplaced: another paper of the name, a car’s papers', () => {
    expect(jobOf('صحفي في جريدة البيان | بغداد')).toBeUndefined();
    expect(jobOf('Periodista de El Telégrafo 🇺🇾 Paysandú')).toBeUndefined();
    expect(jobOf('Reportera de El Telégrafo, sección Política.')).toBeUndefined();
    expect(jobOf('Шеф-редактор развлекательных шоу на СТС')).toBeUndefined();
    expect(jobOf('Менеджер по оформлению СТС, Москва')).toBeUndefined();
  });
  it('reads Bakhtar in Pashto, the agency before its reporter', () => {
    expect(jobOf('د باختر خبري اژانس خبریال | کابل')).toBe('bakhtar');
    expect(jobOf('خبریال د باختر خبري اژانس')).toBe('bakhtar');
  });
});
