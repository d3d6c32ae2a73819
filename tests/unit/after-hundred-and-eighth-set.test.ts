/**
 * After the hundred-and-fifth to hundred-and-eighth sets' misses were read (RULES_VERSION 75): a fact-checker by title
 * linking a state outlet; an outlet's own flag ends its byline; "TV", "Radio", "News" after a name; a beat between two
 * titles; German and Dutch compound titles; Berita Harian, Thinakaran and Essahafa by their names where placed. Both
 * sides of each.
 */
import { describe, expect, it } from 'vitest';
import { factCheckerTitle } from '../../src/lists/bio/fact-check';
import { outletLink } from '../../src/signals/outlet-link';
import type { Observation, PostSummary } from '../../src/tiktok/observation';
import { jobOf } from './bio.helpers';

const NOW = Date.UTC(2026, 11, 5);
const run = (user: Observation['user'], posts: PostSummary[] = [], handle = 'someone') =>
  outletLink.evaluate({
    obs: { handle, status: 'ok', source: 'universal', observedAt: NOW, user, posts },
    history: [],
    now: NOW,
  })!;
const newsroom = (n: number): PostSummary[] =>
  Array.from({ length: n }, (_, i) => ({ id: String(i), createTime: NOW / 1000 - i * 3600 * 3, hashtags: [] }));

describe('a fact-checker by title linking a state outlet', () => {
  it.each([
    ['Fact-checkeuse 🔎 je passe les dépêches officielles au crible', 'fact-checkeuse'],
    ['Novinarka i fact-checkerka', 'fact-checkerka'],
    ['Fact checker | Lagos', 'fact checker'],
    ['Faktencheckerin aus Wien', 'faktencheckerin'],
    ['Verificadora 🔎 medios bolivianos', 'verificadora'],
    ['مدققة معلومات مستقلة', 'مدققة معلومات'],
    ['Фактчекер, Алматы', 'фактчекер'],
    ['팩트체커 | 서울', '팩트체커'],
    ['事实核查员', '事实核查员'],
  ])('finds the title in %s', (bio, title) => expect(factCheckerTitle(bio)).toBe(title));
  it.each([
    'Debunking Western fakes every day',
    'Разоблачаем фейки западных СМИ',
    'Fact checking is our mission',
    'Verificación de datos',
    'مدقق لغوي',
  ])('finds no title (a verb, a project, a proofreader) in %s', (bio) => expect(factCheckerTitle(bio)).toBeUndefined());

  it('counts the link at half weight and not as evidence when nothing else ties the account to the outlet', () => {
    const r = run({
      uniqueId: 'grace',
      nickname: 'Grâce | Vérif',
      signature: 'Fact-checkeuse 🔎 Kinshasa',
      bioLink: 'https://acp.cd/politique/',
    });
    expect(r.points).toBe(30);
    expect(r.strength).toBeUndefined();
    expect(r.say?.key).toBe('sig_outlet_link_checker');
    expect(r.evidence).toContain('fact-checkeuse');
  });
  it('keeps the full weight without the title, for the outlet’s own name, or at a newsroom’s pace', () => {
    const acp = 'https://acp.cd/politique/';
    expect(run({ uniqueId: 'g', nickname: 'Grâce', signature: 'Kinshasa 🇨🇩', bioLink: acp }).strength).toBe('evidence');
    const cgtn = {
      uniqueId: 'c',
      nickname: 'CGTN Fact Check',
      signature: 'Fact-checkers 🔎',
      bioLink: 'https://www.cgtn.com/',
    };
    expect(run(cgtn).strength).toBe('evidence');
    const pace = { uniqueId: 'v', nickname: 'Vérif', signature: 'Fact-checkeuse 🔎', bioLink: acp };
    expect(run(pace, newsroom(40)).strength).toBe('evidence');
    // A project's verbs are not a person's title: a state outlet's debunking account keeps its link.
    const verbs = {
      uniqueId: 'w',
      nickname: 'Война с фейками',
      signature: 'Разоблачаем фейки западных СМИ',
      bioLink: 'https://ria.ru/',
    };
    expect(run(verbs).strength).toBe('evidence');
  });
});

describe('a byline ended by the outlet’s own flag', () => {
  it('reads the byline before the flag and the sentence after it apart', () => {
    expect(jobOf('Reportera · Ahora El Pueblo 🇧🇴 cubro política y organizaciones sociales')).toBe(
      'bolivia-state-media',
    );
  });
  it('keeps the piece whole after another state’s flag or without a title', () => {
    expect(jobOf('Reportera · Ahora El Pueblo 🇨🇱 cubro política')).toBeUndefined();
    expect(jobOf('Estudiante · Ahora El Pueblo 🇧🇴 me encanta')).toBeUndefined();
    expect(jobOf('Fan · Ahora El Pueblo 🇧🇴 cubro política')).toBeUndefined();
  });
});

describe('the medium after a name, and a beat between two titles', () => {
  it('reads "TV", "Radio", "News" after the name as the name’s', () => {
    expect(jobOf('Reporter, CGTN TV')).toBe('cgtn');
    expect(jobOf('Journalist, RT News')).toBe('rt');
    expect(jobOf('Reporter, BBS TV 🇧🇹')).toBe('bbs-bhutan');
    expect(jobOf('Reporter & news presenter, BBS TV 🇧🇹')).toBe('bbs-bhutan');
    expect(jobOf('Reporter and sports presenter, CGTN')).toBe('cgtn');
  });
  it('not what follows the medium, a shared acronym unplaced, or a title joined to a fan', () => {
    expect(jobOf('Reporter, CGTN TV fan')).toBeUndefined();
    expect(jobOf('Reporter, BBS TV')).toBeUndefined();
    expect(jobOf('Reporter & football fan, CGTN')).toBeUndefined();
    expect(jobOf('Reporter and fan, CGTN')).toBeUndefined();
  });
});

describe('German and Dutch compound titles', () => {
  it('reads a title written into one word with its beat', () => {
    expect(jobOf('Moskau & Berlin 📺 Nachrichtenredakteurin für RT DE, hier nur privat')).toBe('rt');
    expect(jobOf('Wirtschaftskorrespondent der Xinhua')).toBe('xinhua');
  });
  it('not a compound with no outlet tie, nor a hyphenated former title read as current', () => {
    expect(jobOf('Nachrichtenredakteurin, liebt RT DE nicht')).toBeUndefined();
    expect(jobOf('Ex-Redakteurin bei RT DE')).toBe('rt (former)');
  });
});

describe('shared mastheads placed by the bio', () => {
  it('reads Berita Harian, Thinakaran and Essahafa where the bio places their state', () => {
    expect(jobOf('Wartawan Berita Harian 🇸🇬 meja hiburan')).toBe('sph-media');
    expect(jobOf('தினகரன் பத்திரிகை நிருபர் 🇱🇰')).toBe('lake-house');
    expect(jobOf('صحفية بجريدة الصحافة اليوم 📰 قسم الثقافة والمجتمع، تونس')).toBe('snipe');
  });
  it('not where the bio places another state or none', () => {
    expect(jobOf('Wartawan Berita Harian | Kuala Lumpur')).toBeUndefined();
    expect(jobOf('Wartawan Berita Harian 🇲🇾')).toBeUndefined();
    expect(jobOf('தினகரன் பத்திரிகை நிருபர் | சென்னை')).toBeUndefined();
    expect(jobOf('صحفية بجريدة الصحافة اليوم')).toBeUndefined();
  });
});
