/**
 * After the two-hundred-and-seventeenth to two-hundred-and-twenty-fourth sets' misses were read (RULES_VERSION 99): a
 * label in words no rendering lists, read as a media word and a state word with nothing else that makes it a sentence;
 * a negation inside a listed rendering; checkers in Azerbaijani, English and Serbian; Polish "przez 12 lat" as a past
 * span; hosts' and writers' verbs in Serbian, Arabic, Spanish, Persian and Swahili. Both sides of each.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { composedLabel, isLabelled } from '../../src/history/labels';
import { checksNamed, factCheckerTitle, factCheckOf } from '../../src/lists/bio/fact-check';
import { isLabelText } from '../../src/tiktok/label';
import { domSource } from '../../src/tiktok/page-source';
import { readProfile } from '../../src/tiktok/profile';
import { profiles, renderProfileHtml } from '../fixtures/render';
import { jobOf, NOW } from './bio.helpers';
import { linkPoints } from './link.helpers';

const labelled = (text: string) => isLabelled({ uniqueId: 'x', stateControlledMediaText: text });

describe('a label in words no rendering lists', () => {
  it.each([
    'وسيلة إعلامية تابعة لسلطة الدولة الليبية',
    'रूसी सरकार के नियंत्रण वाला मीडिया',
    'Medio del Estado boliviano',
    'Média gabonais placé sous tutelle étatique',
    'Монгол Улсын төрийн мэдлийн медиа',
    'Państwowe medium publiczne',
  ])('reads %s', (t) => {
    expect(isLabelText(t)).toBe(false);
    expect(labelled(t)).toBe(true);
  });
  it.each([
    'No somos un medio estatal',
    'Researching state media',
    'State media lies',
    'Medios sujetos al gobierno mienten',
    'Ex state media',
    'I work in state media',
    'Fan de la prensa del Estado',
    'Medio del Estado? No',
    'Medio estatal · parodia',
    'Medio del Gobierno de Jalisco',
    'Medio Caracas bajo control del gobierno',
    'Media kit',
    'Government',
    'Мы не государственные СМИ',
  ])('not %s (a sentence, a region, or one word only)', (t) => expect(composedLabel(t)).toBe(false));

  it('the page reader keeps the leaf as text, and the words decide', () => {
    const base = profiles.find((c) => c.id === 'northkoreanlife')!;
    const read = (label: string) => {
      const c = { ...base, user: { ...base.user, stateControlledMedia: undefined, stateControlledMediaText: label } };
      const doc = parseHTML(renderProfileHtml(c, { now: NOW, format: 'dom-only' })).document;
      return readProfile(domSource(doc as unknown as ParentNode), { handle: c.user.uniqueId, observedAt: NOW }).user;
    };
    const user = read('Medio del Estado boliviano');
    expect(user?.stateControlledMedia).toBeUndefined();
    expect(isLabelled(user)).toBe(true);
    expect(isLabelled(read('Medios del Estado: mentiras'))).toBe(false);
  });
});

describe('a negation inside a listed rendering', () => {
  it.each(['非官方媒体', 'Не государственные СМИ', 'Not state-controlled media'])('is not the label: %s', (t) =>
    expect(labelled(t)).toBe(false),
  );
  it('the renderings themselves still read', () => {
    expect(isLabelText('China state-controlled media')).toBe(true);
    expect(isLabelText('官方媒体')).toBe(true);
  });
});

describe('checkers', () => {
  it('the Azerbaijani title, singular only', () => {
    expect(factCheckerTitle('Faktyoxlayıcı. Mənbə linkdə')).toBe('faktyoxlayıcı');
    expect(factCheckerTitle('Faktyoxlayıcılar yalan danışır')).toBeUndefined();
  });
  it('English "checking" with state broadcasters right after it, not for them', () => {
    expect(factCheckOf('Checking what state broadcasters air, one clip at a time')?.media).toBe('state broadcasters');
    expect(factCheckOf('Checking scripts for state TV')).toBeUndefined();
    expect(factCheckOf('Checking in with state media friends')).toBeUndefined();
  });
  it('Serbian "we check" with the linked outlet as its object, not "for" it', () => {
    expect(checksNamed('Proveravamo tvrdnje iz jutarnjih emisija TV Pink', 'TV Pink')).toBe('Proveravamo');
    expect(linkPoints('Proveravamo tvrdnje iz jutarnjih emisija TV Pink. Analiza', 'http://www.pink.rs/')).toBe(0);
    expect(checksNamed('Proveravam tekstove za TV Pink', 'TV Pink')).toBeUndefined();
  });
});

describe('Polish "przez 12 lat" before a title', () => {
  it('is a bounded past span', () => {
    expect(jobOf('Przez 12 lat reporterka TVP Info, od 2024 na swoim')).toBe('tvp (former)');
    expect(jobOf('Przez lata dziennikarka Polskiego Radia')).toBe('polskie-radio (former)');
  });
  it('not "od 12 lat" (for twelve years, still), nor with "nadal", nor after the title', () => {
    expect(jobOf('Od 12 lat reporterka TVP Info')).toBe('tvp');
    expect(jobOf('Przez 12 lat reporterka TVP Info i nadal nią jestem')).toBe('tvp');
    expect(jobOf('Reporterka TVP Info. Przez 12 lat w Kijowie')).toBe('tvp');
  });
});

describe('hosts’ and writers’ verbs', () => {
  it.each([
    ['Vodim jutarnji program na TV Pink ☀️ mama dva dečaka', 'tv-pink'],
    ['أقدّم نشرة الظهيرة على شاشة تلفزيون الكويت 🎙️', 'kuwait-tv'],
    ['Conduzco las mañanas de Radio Uruguay ☀️ Montevideo', 'secan'],
    ['از تهران برای خبرگزاری مهر گزارش اقتصادی می‌نویسم', 'mehr'],
    ['Ninaripoti kwa TBC Taifa', 'tbc'],
    ['Redactor-șef adjunct @ AGERPRES. Drumeții', 'agerpres'],
    ['Reportera en los Informativos de RTVE 🎙️ Sevillana en Madrid', 'rtve'],
    ['我喺香港商報做財經記者', 'hong-kong-commercial-daily'],
  ])('%s', (bio, id) => expect(jobOf(bio)).toBe(id));
  it.each([
    'Vodim psa u šetnju na TV Pink',
    'Vodim jutarnji program na YouTube, gledam TV Pink',
    'أقدم لكم أخبار الجزيرة',
    'Conduzco las noches de RT en mi canal de YouTube',
    'درباره خبرگزاری مهر گزارش می‌نویسم',
    'خبرگزاری مهر گزارش داد',
    '喺香港商報做財經記者｜已離職',
    '喺香港商報做過記者',
  ])('not %s (a walk, another channel, a reposter, a topic, a bare 喺)', (bio) => expect(jobOf(bio)).toBeUndefined());
});

describe('the composed label with its country set apart', () => {
  it.each([
    'Guatemala: medio bajo la tutela del Estado',
    'Tchad — organe médiatique que l’État contrôle',
    'Panamá · medio sometido al control estatal',
    'Média de Djibouti contrôlé par les pouvoirs publics',
  ])('reads %s', (t) => expect(labelled(t)).toBe(true));
  it.each(['Satire: medio del Estado', 'Jalisco · medio del Estado', 'Chile: no es medio del Estado'])(
    'not %s (no country, a region, a denial)',
    (t) => expect(labelled(t)).toBe(false),
  );
});

describe('more staff lines of the two-hundred-and-ninth to -sixteenth sets', () => {
  it.each([
    ['Prezint Telejurnalul de weekend pe TVR 1 📺 din București', 'tvr'],
    ['Fac reportaje pentru Telejurnalul TVR 📹 Vaslui – București', 'tvr'],
    ['समाचार वाचिका, आकाशवाणी दिल्ली', 'prasar-bharati'],
  ])('%s', (bio, id) => expect(jobOf(bio)).toBe(id));
  it.each(['Prezint cartea mea pe TVR 1', 'Vă prezint Telejurnalul de pe TVR 1'])(
    'not %s (a book, the viewer addressed, a player)',
    (bio) => expect(jobOf(bio)).toBeUndefined(),
  );
});

describe('a researcher’s verb of analysis', () => {
  it('discounts the linked outlet for a researcher by title only', () => {
    expect(linkPoints('Chercheuse en info-com. J’analyse au scalpel les dépêches APS', 'https://www.aps.dz/')).toBe(30);
    expect(linkPoints('Journaliste. J’analyse au scalpel les dépêches APS', 'https://www.aps.dz/')).toBe(60);
  });
});

/** Its review (about 560 probes) narrowed each addition; both sides of each narrowing. */
describe('as the review of RULES_VERSION 99 left it', () => {
  it.each([
    'State medical board',
    'Conferencia de prensa del gobierno',
    'Point presse du gouvernement',
    'المكتب الإعلامي الحكومي',
    'Media sosial pemerintah',
    'Official government media account',
    'What is state media',
    'Media free from government',
    'Media and the state',
    'СМИ и государство',
    'State media clips',
    'state of media',
    'Media & Government',
    'Observatorio de medios del Estado',
    'State media regulator',
  ])('a composed label is not %s', (t) => expect(labelled(t)).toBe(false));
  it.each(['南非政府媒體', '中非共和国政府媒体', 'চীনা রাষ্ট্র-নিয়ন্ত্রিত মিডিয়া'])(
    'a listed rendering with a state’s name that holds a negation’s letters still reads: %s',
    (t) => expect(labelled(t)).toBe(true),
  );
  it('the English checker needs "what" and the class at the end', () => {
    expect(factCheckOf('Producer. I check the state media rundown daily')).toBeUndefined();
    expect(factCheckOf('Sound engineer. Checking state TV mics daily')).toBeUndefined();
  });
  it('the outlet named twice is the account’s own, not the checked one', () => {
    expect(linkPoints('Redakcija TV Pink: proveravamo sve dojave TV Pink', 'http://www.pink.rs/')).toBe(60);
  });
  it('a checker’s title under a negation is none', () => {
    expect(factCheckerTitle('Faktyoxlayıcı deyiləm')).toBeUndefined();
    expect(factCheckerTitle('Not a fact-checker')).toBeUndefined();
  });
  it('Polish: a number or "many, a few" only, and "dalej" is still', () => {
    expect(jobOf('Przez kilka lat reporterka TVP Info')).toBe('tvp (former)');
    expect(jobOf('Przez ostatnie lata reporterka TVP Info')).toBe('tvp');
    expect(jobOf('Przez najbliższe miesiące korespondentka TVP Info')).toBe('tvp');
    expect(jobOf('Przez 5 lat reporterka TVP Info i dalej nią jestem')).toBe('tvp');
  });
  it.each([
    'Sanjam da vodim jutarnji program na TV Pink',
    'Vodim jutarnji program na TV Pink (parodija)',
    'Fan stranica: vodim jutarnji program na TV Pink',
    'Vodim jutarnji program na TV Pink?',
    'أقدم نشرة الأخبار على شاشة الجزيرة؟',
    'Conduzco las noches de Telesur? no, solo las veo',
    'Reporter at CGTN?',
    '我喺央視做財經記者嘅朋友',
    '我喺香港電台做記者嗰陣',
  ])('no host in a dream, a joke, a fan page or a question: %s', (bio) => expect(jobOf(bio)).toBeUndefined());
});
