/**
 * Rules after the six-hundred-and-fifty-eighth blind set (RULES_VERSION 162 on): each side of each rule, in inputs
 * written here (no blind case's wording is copied).
 */
import { describe, expect, it } from 'vitest';
import { articlePath } from '../../src/lists/article-link';
import { readStateIdentity } from '../../src/lists/self-presentation';
import { STATES_WITH_OUTLETS } from '../../src/lists/states';
import { jobOf } from './bio.helpers';
import { linkPoints } from './link.helpers';

describe('a former job by a span and "today" another trade, in Spanish and Portuguese (RULES_VERSION 162)', () => {
  it('the span opening the clause, then "hoy", "ahora", "hoje" and another trade', () => {
    expect(jobOf('Diez años reportero en Telesur, hoy panadero en Quito')).toBe('telesur (former)');
    expect(jobOf('Doze anos repórter na TV Brasil, hoje professora')).toBe('ebc (former)');
  });
  it('not a place, "also", no span, or the present’s "llevo"', () => {
    expect(jobOf('Diez años reportero en Telesur, hoy en Quito')).toBe('telesur');
    expect(jobOf('Diez años reportero en Telesur, ahora también presentador')).toBe('telesur');
    expect(jobOf('Reportero en Telesur, hoy panadero los domingos')).toBe('telesur');
    expect(jobOf('Llevo diez años como reportero en Telesur')).toBe('telesur');
  });
  it('… nor "still", the outlet’s own school, a guide of style, a side job, another person (its review)', () => {
    expect(jobOf('Diez años reportero en Telesur, hoy emprendedor y sigo en Telesur')).toBe('telesur');
    expect(jobOf('Diez años reportero en Telesur, hoy profesor en la escuela de la propia Telesur')).toBe('telesur');
    expect(jobOf('Diez años reportero en Telesur, hoy guía de estilo del canal')).toBe('telesur');
    expect(jobOf('Diez años reportero en Telesur, hoy cocinero de fin de semana')).toBe('telesur');
    expect(jobOf('Diez años reportero en Telesur, hoy profesora mi hija')).toBe('telesur');
  });
});

describe('Bulgarian "former" with its article (RULES_VERSION 162)', () => {
  it('the definite forms mark the job past', () => {
    expect(jobOf('Бившата водеща на БНТ, днес писателка')).toBe('bnt (former)');
    expect(jobOf('Бившият репортер от БНТ')).toBe('bnt (former)');
  });
  it('not without it', () => {
    expect(jobOf('Водеща на БНТ, днес в ефир')).toBe('bnt');
  });
});

describe('desks and newsreaders the readers missed (RULES_VERSION 163)', () => {
  it('a reporter’s desk of science or health, and two desks joined by "and"', () => {
    expect(jobOf('Repórter de saúde na TV Brasil')).toBe('ebc');
    expect(jobOf('Periodista de salud y ciencia en RTVE')).toBe('rtve');
    expect(jobOf('Reporter of politics and economy at CGTN')).toBe('cgtn');
  });
  it('… not "and" before anything but a desk', () => {
    expect(jobOf('Fan of sports and news at CGTN')).toBeUndefined();
    expect(jobOf('Periodista de salud y amigos en RTVE')).toBeUndefined();
  });
  it('the French newsreader "reads you" the news "on" the channel, live from a city', () => {
    expect(jobOf('Je vous lis le journal du soir sur la RTNB, en direct de Gitega')).toBe('burundi-state-media');
    expect(jobOf('Je vous lis le journal sur la RTNB, en direct de mon canapé')).toBeUndefined();
  });
  it('… the news by its nouns, on air only: not "of" the channel, a paper’s pages, a platform or "but" another place', () => {
    expect(jobOf('Je vous lis les infos de la RTNB')).toBeUndefined();
    expect(jobOf('Je vous lis la page sport du quotidien Le Soleil à Dakar')).toBeUndefined();
    expect(jobOf('Je vous lis le journal sur la RTNB, en direct de Twitch')).toBeUndefined();
    expect(jobOf('Présentatrice du JT sur la RTNB, en direct de TikTok')).toBeUndefined();
    expect(jobOf('Je vous lis le journal sur la RTNB mais sur TikTok')).toBeUndefined();
  });
  it('… and a host’s verb keeps the programme "of" a feminine or elided name (its review)', () => {
    expect(jobOf("J'anime la matinale de la RTNB")).toBe('burundi-state-media');
  });
  it('an editor "runs" a placed paper’s desk or pages, not a paper held in the hands', () => {
    expect(jobOf('Je tiens la page sport du quotidien Le Soleil, Dakar')).toBe('le-soleil-senegal');
    expect(jobOf('Je tiens à remercier le quotidien Le Soleil, Dakar')).toBeUndefined();
    expect(jobOf('Je tiens les pages sport du quotidien Le Soleil à Dakar entre mes mains')).toBeUndefined();
    expect(jobOf('Je tiens les infos de la RTNB')).toBeUndefined();
  });
  it('German newsrooms’ editions by their compounds', () => {
    expect(jobOf('Ich moderiere die Spätnachrichten bei TRT Deutsch')).toBe('trt');
    expect(jobOf('Ich moderiere die Party bei TRT Deutsch')).toBeUndefined();
  });
});

/** Where the account's own name presents it as a state, or undefined for a mention or nothing. */
const presents = (name: string, bio = '') =>
  readStateIdentity(name, bio, 'someone.x1', (c) => STATES_WITH_OUTLETS.has(c)).presents?.state.code;

describe('the jewel a seed calls its state (RULES_VERSION 164)', () => {
  it('a praise noun beside the state’s name frames it where another framing word does too', () => {
    expect(presents('Bizim Azərbaycan Möcüzəsi 🇦🇿')).toBe('AZ');
    expect(presents('Наша Беларусь — чудо 🇧🇾')).toBe('BY');
  });
  it('… never the name and the praise alone, nor a flag alone (brands, given names: its review)', () => {
    expect(presents('Azərbaycan Möcüzəsi')).toBeUndefined();
    expect(presents('Чудо Россия')).toBeUndefined();
    expect(presents('Tesoro Cuba')).toBeUndefined();
    expect(presents('Чудо 🇷🇺')).toBeUndefined();
  });
  it('… and the given names stay names', () => {
    expect(presents('Miracle Nigeria 🇳🇬')).toBeUndefined();
    expect(presents('Treasure Uganda')).toBeUndefined();
    expect(presents('Cuba Perla')).toBeUndefined();
  });
  it('"Туркмения" names Turkmenistan', () => {
    expect(presents('Туркмения 🇹🇲')).toBe('TM');
  });
  it('a Romance adjective after a flag alone is a person’s name; after the state’s name it frames', () => {
    expect(presents('🇳🇮 Linda')).toBeUndefined();
    expect(presents('Nicaragua Linda 🇳🇮')).toBe('NI');
  });
});

describe('a checker of the governing camp’s headlines (RULES_VERSION 165)', () => {
  const barricada = 'https://diariobarricada.com/nacionales/';
  it('"checking the headlines of the oficialismo" makes the linked outlet what is checked', () => {
    expect(linkPoints('Chequeamos titulares del oficialismo venezolano. Fuente ⬇️', barricada, 'Lupa')).toBe(0);
  });
  it('… a claim’s noun before "del" only, not the camp as the verb’s bare object, nor without a checking verb', () => {
    expect(linkPoints('Chequeamos el oficialismo', barricada, 'Ana')).toBe(60);
    expect(linkPoints('Titulares del oficialismo, cada día', barricada, 'Ana')).toBe(60);
    expect(linkPoints('Verificamos la verdad del oficialismo', barricada, 'Ana')).toBe(60);
  });
  it('… nor a supporter’s, the outlet’s own account’s or a contributor’s words (its review)', () => {
    expect(linkPoints('Chequeamos titulares del oficialismo y los compartimos ✊', barricada, 'Ana')).toBe(60);
    expect(linkPoints('Chequeamos titulares del oficialismo. Cuenta oficial de Barricada', barricada, 'B')).toBe(60);
    expect(linkPoints('Chequeamos cifras del oficialismo | Colaborador de Radio Ya', barricada, 'P')).toBe(60);
  });
});

describe('a front page by its file is not one story (RULES_VERSION 165)', () => {
  it('at the root or under a language’s code', () => {
    expect(articlePath('https://kpl.gov.la/EN/Default.aspx')).toBe(false);
    expect(articlePath('https://example.org/index.php')).toBe(false);
  });
  it('… but a story’s folder before its index file, or a query for one story, still is', () => {
    expect(articlePath('https://arabic.cgtn.com/n/BfIcFA-EcA/JGceAA/index.html')).toBe(true);
    expect(articlePath('https://kpl.gov.la/EN/Detail.aspx?id=12345')).toBe(true);
    expect(articlePath('https://example.org/2026/12/01/index.html')).toBe(true);
  });
});

describe('after the six-hundred-and-sixty-fifth set (RULES_VERSION 166)', () => {
  it('a flag after a byline ends its clause, as an emoji does', () => {
    expect(jobOf('Courts reporter, The Herald 🇿🇼 Personal page. Harare')).toBe('zimpapers');
    expect(jobOf('Reportero 🇬🇹 Agencia Guatemalteca de Noticias')).toBe('guatemala-state-media');
  });
  it('… not a flag before a lower-case word, which stays in its clause', () => {
    expect(jobOf('Courts reporter, The Herald 🇿🇼 personal page. Harare')).toBeUndefined();
  });
  it('… nor before an end date, a past’s or a refusal’s word, which keep the job past (its review)', () => {
    expect(jobOf('Reporter at The Herald Harare 🇿🇼 Until 2021')).toBe('zimpapers (former)');
    expect(jobOf('Journalist, The Herald 🇿🇼 Retired 2020')).toBe('zimpapers (former)');
    expect(jobOf('Reporter at The Herald, Harare 🇿🇼 Jubilado desde 2020')).toBe('zimpapers (former)');
  });
  it('a German checker checks the videos "of" the outlet it links; "for" it is a job', () => {
    expect(linkPoints('Ich prüfe Videos von RT DE. Im Link: das heutige', 'https://de.rt.com/', 'Lea')).toBe(0);
    expect(linkPoints('Ich prüfe Videos für RT DE', 'https://de.rt.com/', 'Lea')).toBe(60);
    expect(linkPoints('I check videos of CGTN', 'https://www.cgtn.com/', 'Lea')).toBe(60);
  });
  it('… not in-house: before airing, for the newsroom, our colleagues’ (its review)', () => {
    expect(linkPoints('Ich prüfe Beiträge von RT DE vor der Sendung', 'https://de.rt.com/', 'Lea')).toBe(60);
    expect(linkPoints('Wir prüfen Videos von RT DE für die Redaktion', 'https://de.rt.com/', 'Lea')).toBe(60);
    expect(linkPoints('Wir überprüfen Beiträge unserer Kollegen von RT DE', 'https://de.rt.com/', 'Lea')).toBe(60);
  });
  it('a Spanish checker "reviews" the government-aligned radios', () => {
    expect(linkPoints('Revisamos a las radios oficialistas ⬇️', 'https://www.el19digital.com/', 'Lupa')).toBe(0);
    expect(linkPoints('Revisamos la programación de hoy ⬇️', 'https://www.el19digital.com/', 'Ana')).toBe(60);
    expect(
      linkPoints('Revisamos las radios oficialistas. Somos El 19 Digital', 'https://www.el19digital.com/', 'A'),
    ).toBe(60);
  });
  it('the Arabic "I cover" with its shadda; the French title joined by a hyphen', () => {
    expect(jobOf('أغطّي الأخبار لتلفزيون لبنان')).toBe('tele-liban');
    expect(jobOf('Journaliste-présentatrice du JT sur la RTNB')).toBe('burundi-state-media');
  });
  it('Addis Zemen by name, and in Amharic with its "newspaper" only', () => {
    expect(jobOf('Reporter, Addis Zemen')).toBe('ena');
    expect(jobOf('የአዲስ ዘመን ጋዜጣ ሪፖርተር ነኝ')).toBe('ena');
    expect(jobOf('እንኳን ለአዲስ ዘመን አደረሳችሁ ሪፖርተር ነኝ')).toBeUndefined();
  });
});

describe('Oman by عُمان, and Arabic persons and pages beside it (RULES_VERSION 167)', () => {
  it('عُمان with its damma names Oman; عمان alone is also Amman, and stays unread', () => {
    expect(presents('صوت عُمان 🇴🇲')).toBe('OM');
    expect(presents('عمان 🇯🇴')).toBeUndefined();
  });
  it('… a kitchen’s, a poet’s, a boy’s or a man’s name beside it is a page or a person', () => {
    expect(presents('مطبخ عُمان 🇴🇲')).toBeUndefined();
    expect(presents('شاعر من عُمان 🇴🇲')).toBeUndefined();
    expect(presents('ولد عُمان 🇴🇲')).toBeUndefined();
    expect(presents('سيف 🇴🇲 عُمان')).toBeUndefined();
    expect(presents('حمد 🇴🇲 عُمان')).toBeUndefined();
  });
  it('… but the words whole: "local", "was born", "poetic", a slogan’s "sword" keep a seed’s cue (its review)', () => {
    expect(presents('أخبار محلية سوريا 🇸🇾')).toBe('SY');
    expect(presents('السعودية ولدت من جديد 🇸🇦')).toBe('SA');
    expect(presents('سيف مصر 🇪🇬')).toBe('EG');
    expect(presents('الجزائر 🇩🇿 بلادي')).toBe('DZ');
  });
  it('… and a tourist, a trip, fans, vlogs, a university, an exile’s "free" are not the state’s voice', () => {
    expect(presents('سائح في عُمان 🇴🇲')).toBeUndefined();
    expect(presents('جمهور عُمان ⚽🇴🇲')).toBeUndefined();
    expect(presents('جامعة السلطان قابوس – عُمان 🇴🇲')).toBeUndefined();
    expect(presents('عُمان حرة 🇴🇲', 'معارض عُماني في المنفى')).toBeUndefined();
    expect(presents('جمهورية مصر 🇪🇬')).toBe('EG');
  });
});

describe('after the six-hundred-and-seventy-second set (RULES_VERSION 168)', () => {
  const avn = 'https://www.avn.info.ve/';
  it('a Spanish checker "reviews" the agency the link places, where the bio checks', () => {
    expect(linkPoints('Reviso a la agencia AVN dato por dato. El chequeo, abajo', avn, 'Ana')).toBe(0);
    expect(linkPoints('Reviso a la agencia AVN', avn, 'Ana')).toBe(60);
    expect(linkPoints('Reviso las notas de AVN antes de publicar. Chequeo de estilo', avn, 'Ana')).toBe(60);
  });
  it('… the checking word in the review’s own sentence, and no praise or defence of it (its review)', () => {
    const vtv = 'https://www.vtv.gob.ve/';
    expect(linkPoints('Reviso a VTV todos los días, ¡es la verdad! falso lo que dice CNN', vtv, 'Ana')).toBe(60);
    expect(linkPoints('Reviso VTV y desmiento a sus críticos: falsa oposición', vtv, 'Ana')).toBe(60);
    expect(linkPoints('Reviso a la agencia AVN dato por dato, en busca de la verdad', avn, 'Ana')).toBe(0);
  });
  it('a Malay "dream:" and a Romanian "I dream to" before an employment phrase are wishes', () => {
    expect(jobOf('Pelajar. Impian: bertugas di BERNAMA suatu hari')).toBeUndefined();
    expect(jobOf('Visez să scriu pentru Moldpres')).toBeUndefined();
  });
  it('"on duty at", the Arabic "I cover" a beat, the hour written out', () => {
    expect(jobOf('Bertugas di BERNAMA sejak 2019')).toBe('bernama');
    expect(jobOf('أغطي السياسة لصحيفة البيان 🇦🇪')).toBe('dubai-media');
    expect(jobOf('Je présente chaque soir le 20 heures de CRTV Télé')).toBe('crtv');
  });
  it('… not a beat without its article, nor another hour’s words', () => {
    expect(jobOf('أغطي سياسة لصحيفة البيان 🇦🇪')).toBeUndefined();
    expect(jobOf('Je présente chaque soir le 20 heures de retard de CRTV')).toBeUndefined();
  });
});

describe('heads of desks, weekend programmes, checkers by class and by the lens (RULES_VERSION 169)', () => {
  it('a desk’s head is a title: Spanish, French, Portuguese, English', () => {
    expect(jobOf('Jefa de Deportes, Diario El Salvador')).toBe('el-salvador-state-media');
    expect(jobOf('Jefa de redacción, Diario El Salvador')).toBe('el-salvador-state-media');
    expect(jobOf('Chef de la rubrique Société, Cameroon Tribune')).toBe('cameroon-tribune');
    expect(jobOf('Chefe de reportagem da Televisão de Moçambique')).toBe('mozambique-broadcasters');
    expect(jobOf('Head of Sport, Ghana Broadcasting Corporation')).toBe('gbc');
  });
  it('… not anyone’s boss, nor a press officer', () => {
    expect(jobOf('El jefe de Venezolana de Televisión es un corrupto')).toBeUndefined();
    expect(jobOf('Jefa de prensa de Venezolana de Televisión')).toBeUndefined();
    expect(jobOf('Jefe, Diario El Salvador')).toBeUndefined();
  });
  it('… nor a head after a possessive, or after an article opening the clause, unless "I am" comes first (its review)', () => {
    expect(jobOf('Mi jefa de redacción en Diario El Salvador es lo máximo')).toBeUndefined();
    expect(jobOf('Mi jefe de redacción en Diario El Salvador es lo máximo')).toBeUndefined();
    expect(jobOf('Le chef du service de la SNRT a démissionné')).toBeUndefined();
    expect(jobOf('Soy la jefa de redacción de Diario El Salvador')).toBe('el-salvador-state-media');
    expect(jobOf('Je suis le chef du service politique de la SNRT')).toBe('snrt');
  });
  it('French "des" between a desk and its beat', () => {
    expect(jobOf('Journaliste au service des sports de la SNRT')).toBe('snrt');
    expect(jobOf('Journaliste, fan des sports de la SNRT')).toBeUndefined();
  });
  it('a broadcast, an edition, the weekend’s programme', () => {
    expect(jobOf('Conduzco la edición dominical de Venezolana de Televisión')).toBe('sibci');
    expect(jobOf('Apresento a emissão matinal da Rádio Moçambique')).toBe('mozambique-broadcasters');
    expect(jobOf('Conductora del informativo sabatino de Venezolana de Televisión')).toBe('sibci');
    expect(jobOf('Conduzco la emisión de Venezolana de Televisión')).toBeUndefined();
  });
  it('a checker of "the state channel’s" headlines, figure by figure, and French "sous la loupe :"', () => {
    const vtv = 'https://www.vtv.gob.ve/nota';
    expect(linkPoints('Verificamos, dato por dato, los titulares del canal estatal', vtv, 'Ana')).toBe(0);
    expect(linkPoints('Verificamos los titulares de la televisión estatal', vtv, 'Ana')).toBe(0);
    const rtnc = 'https://www.rtnc.cd/article';
    expect(linkPoints('Vérification citoyenne · sous la loupe : la RTNC', rtnc, 'Kin')).toBe(0);
  });
  it('… not a channel’s own "canal", a programme named "Sous la loupe", nor without a checker’s word', () => {
    const vtv = 'https://www.vtv.gob.ve/nota';
    expect(linkPoints('Verificamos, dato por dato, los titulares del canal', vtv, 'Ana')).toBe(60);
    const rtnc = 'https://www.rtnc.cd/article';
    expect(linkPoints('Sous la loupe, le magazine de la RTNC', rtnc, 'Kin')).toBe(60);
    expect(linkPoints('Sous la loupe : la RTNC', rtnc, 'Kin')).toBe(60);
  });
});
