/**
 * After the three-hundred-and-fifty-eighth to -sixty-fourth sets' staff lines were read (RULES_VERSION 118): Romanian
 * "realizator", Urdu "نیوز اینکر", "revista" as an outlet noun, a language service as a desk, the Arabic "أقدّم الأخبار
 * على" a numbered channel, the Bengali newsreader's verb after the broadcaster, a shared Arabic name placed by its
 * state's adjective, and Hindi and Urdu fans, relatives and dreams after the title; the label's Spanish "emisora"
 * (not after Granada, also Andalusia's city); a writer's topic between "I write" and "for". Both sides of each.
 */
import { describe, expect, it } from 'vitest';
import { isLabelled } from '../../src/history/labels';
import { jobOf } from './bio.helpers';

describe('titles and outlet nouns', () => {
  it.each([
    ['Realizator Radio România Actualități, dimineața în eter de la 6 🎙️', 'radio-romania'],
    ['پی ٹی وی نیوز میں نیوز اینکر 📺 لاہور | ذاتی اکاؤنٹ', 'ptv-pakistan'],
    ['Editor de economia na revista Exame Angola | Luanda', 'medianova'],
  ])('%s', (bio, id) => {
    expect(jobOf(bio)).toBe(id);
  });
  it.each([
    'Visez să fiu realizator la TVR',
    'Realizator video, urmăresc Radio România Actualități',
    'Leitora da revista Exame Angola',
    'Assinante da revista Exame Angola',
    'Entrevistado na revista Exame Angola',
  ])('not a dream, a viewer, a reader, a subscriber, a guest: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
});

describe('a language service as a desk', () => {
  it.each([
    ['Redactora del servicio en inglés de Prensa Latina. Habanera de Centro Habana', 'prensa-latina'],
    ['Journaliste au service anglais de Xinhua', 'xinhua'],
  ])('%s', (bio, id) => {
    expect(jobOf(bio)).toBe(id);
  });
  it.each([
    'Lector del servicio en inglés de Prensa Latina',
    'Fan del servicio en inglés de Prensa Latina',
    'Periodista, inglés, Prensa Latina',
    'Customer service at RT',
  ])('not a reader, a fan, a list, a customer desk: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
});

describe('the Arabic presenter of the news on a numbered channel', () => {
  it('"أقدّم الأخبار على الوطنية الأولى"', () => {
    expect(jobOf('أقدّم الأخبار على الوطنية الأولى 📺 من العاصمة')).toBe('tunisian-tv-radio');
  });
  it('a past job stays past', () => {
    expect(jobOf('كنت أقدم الأخبار على الوطنية الأولى')).toBe('tunisian-tv-radio (former)');
  });
  it.each([
    'أتابع الأخبار على الوطنية الأولى',
    'حلمي أن أقدم الأخبار على الوطنية الأولى',
    'أمي تقدم الأخبار على الوطنية الأولى',
    'أقدم لكم ملخص الأخبار على الوطنية الأولى',
  ])('not a viewer, a dream, a mother, a summary: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
});

describe('the Bengali newsreader, verb last', () => {
  it('"বাংলাদেশ বেতারে সংবাদ পাঠ করি"', () => {
    expect(jobOf('বাংলাদেশ বেতারে সংবাদ পাঠ করি 🎙️ কবিতা আর চা ভালোবাসি')).toBe('bangladesh-betar');
  });
  it.each(['বাংলাদেশ বেতারে সংবাদ শুনি', 'আমি আগে বাংলাদেশ বেতারে সংবাদ পাঠ করি', 'আমার মা বাংলাদেশ বেতারে সংবাদ পাঠ করেন'])(
    'not a listener, a past, a mother: %s',
    (bio) => {
      expect(jobOf(bio)).toBeUndefined();
    },
  );
});

describe('a shared Arabic name placed by its adjective', () => {
  it('"صحيفة البيان الإماراتية"', () => {
    expect(jobOf('محررة بقسم المحليات في صحيفة البيان الإماراتية')).toBe('dubai-media');
  });
  it.each(['صحفية في جريدة البيان العراقية', 'محررة بقسم المحليات في صحيفة البيان'])(
    'not another state’s, nor unplaced: %s',
    (bio) => {
      expect(jobOf(bio)).toBeUndefined();
    },
  );
  it('"صحيفة الأهرام" as "جريدة الأهرام"', () => {
    expect(jobOf('محرر في صحيفة الأهرام')).toBe('al-ahram');
  });
});

describe('Hindi and Urdu: a fan, a relative, a dream after the title', () => {
  it.each([
    ['डीडी न्यूज़ की एंकर', 'prasar-bharati'],
    ['اے پی پی سے وابستہ صحافی', 'app-pakistan'],
  ])('the title itself still reads: %s', (bio, id) => {
    expect(jobOf(bio)).toBe(id);
  });
  it.each([
    'मैं डीडी न्यूज़ की एंकर की फैन हूँ',
    'मेरी माँ डीडी न्यूज़ की एंकर हैं',
    'میں پی ٹی وی نیوز کی اینکر کا فین ہوں',
    'میری امی پی ٹی وی کی اینکر ہیں',
    'پی ٹی وی کی اینکر بننا میرا خواب ہے',
  ])('%s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
});

describe('the label’s Spanish "emisora"', () => {
  const labelled = (text: string) => isLabelled({ uniqueId: 'x', stateControlledMediaText: text });
  it.each(['Ecuador: emisora en manos estatales', 'Venezuela · emisora sujeta al control estatal'])('reads %s', (t) => {
    expect(labelled(t)).toBe(true);
  });
  it.each([
    'Granada · emisora sujeta al control estatal',
    'Granada: emisora estatal',
    'No somos una emisora estatal',
    'emisora independiente del Estado',
    'Emisora Estatal de Colombia',
    'Emisora de la gobernación de Antioquia',
  ])('not a city’s name, a negation, independence, a name: %s', (t) => {
    expect(labelled(t)).toBe(false);
  });
  it('Georgia stays a state’s name in English', () => {
    expect(labelled('Georgia · state-controlled media')).toBe(true);
  });
});

describe('a writer’s topic between "I write" and "for"', () => {
  it.each([
    ['Пишу о культуре для «Российской газеты»', 'rossiyskaya-gazeta'],
    ['I write about football for the Daily Graphic', 'graphic-ghana'],
    ['Escribo sobre cultura para Granma', 'granma'],
  ])('%s', (bio, id) => {
    expect(jobOf(bio)).toBe(id);
  });
  it.each([
    'I write about RT for my blog',
    'Пишу о RT для курсовой',
    'I want to write about sports for CGTN',
    'Escribo sobre Cuba para los lectores de Granma',
    'I write about propaganda for CGTN haters',
  ])('not the outlet as a topic, homework, a wish, its readers, a critic: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
});

describe('"my mother", "my brother" in Arabic', () => {
  it('the writer’s own job stays', () => {
    expect(jobOf('مذيعة في تلفزيون قطر | أمي قدوتي')).toBe('qatar-media-corporation');
  });
  it.each(['أمي مذيعة في تلفزيون قطر', 'أخي مراسل قناة الجزيرة'])('not a mother’s, a brother’s: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
});

describe('what the review of RULES_VERSION 118 narrowed', () => {
  it.each([
    'أقدم الأخبار على الجزيرة 7 أيام في الأسبوع',
    'نفسي أقدم الأخبار على الوطنية الأولى',
    'إن شاء الله أقدم الأخبار على الوطنية الأولى',
    'صفحة معجبين: أقدم الأخبار على الوطنية الأولى',
    'أقدم الأخبار على الوطنية الأولى (محاكاة)',
    'أقدم الأخبار على الوطنية 1 في التسعينات',
    'ما أقدم الأخبار على الوطنية الأولى',
    'বাংলাদেশ বেতারে খবর পড়ি আর শুনি',
    'বাংলাদেশ বেতারে সংবাদ পাঠ করি খেলায়',
    'বাংলাদেশ বেতারে সংবাদ পাঠ করি কল্পনায়',
    'ছোটবেলা থেকে বাংলাদেশ বেতারে সংবাদ পাঠ করি',
  ])('a number after the name, a wish, a fan page, imitation, a decade, a listener, a game: %s', (bio) => {
    expect(jobOf(bio)).toBeUndefined();
  });
  it.each([
    ['میں پی ٹی وی کی اینکر ہوں، میری امی میری طاقت', 'ptv-pakistan'],
    ['मैं डीडी न्यूज़ की एंकर हूँ और मेरा सपना सच हुआ', 'prasar-bharati'],
    ['در صدا و سیما مجری هستم و عاشق خواب', 'irib'],
    ['أقدم الأخبار على الوطنية 1 كل يوم 8 مساء', 'tunisian-tv-radio'],
  ])('the job kept past "I am" and a comma, in Persian, with the hour: %s', (bio, id) => {
    expect(jobOf(bio)).toBe(id);
  });
});
