/**
 * The known gaps left after the fifth and sixth sets (docs/calibration.md, "round 6: known gaps"), each from both
 * sides: outlets' own-script names and acronyms, case forms of Latin-script Slavic names of several words, and
 * "titles | outlet" bylines with Vietnamese title abbreviations. Outlets are looked up by alias, not by id.
 */
import { describe, expect, it } from 'vitest';
import { readBio } from '../../src/lists/bio';
import { INDEPENDENT_OUTLETS, REGISTRY } from '../../src/lists/registry/index';
import { NOW, outlet, read } from './bio.helpers';

describe("outlets' names in their own script and their acronyms", () => {
  it.each([
    ['Журналист в БНТ', 'БНТ'],
    ['Водеща на БНТ 1', 'БНТ'],
    ['Репортер на БНР', 'БНР'],
    ['Репортер на BNR 🇧🇬', 'БНР'],
    ['Новинар на МРТ 🇲🇰', 'Македонска радиотелевизија'],
    ['Novinarka HINA-e', 'HINA'],
    ['Gazetare në ATSH', 'ATSH'],
    ['Journalist at OBN', 'OBN'],
    ['ጋዜጠኛ በኦቢኤን', 'ኦቢኤን'],
    ['Muhabir @ TRT 1', 'TRT'],
    ['Rupavahini news presenter', 'Rupavahini'],
    ['Журналист КТРК', 'КТРК'],
    ['ЧГТРК «Грозный» корреспондент', 'ЧГТРК'],
    ['দূরদর্শনের সাংবাদিক', 'Doordarshan'],
    ['আকাশবাণী কলকাতার সংবাদ পাঠক', 'Doordarshan'],
    ['ஆகாசவாணி செய்தி வாசிப்பாளர்', 'Doordarshan'],
    ['Novinarka HRT-a, Zagreb 🇭🇷', 'Hrvatska radiotelevizija'],
  ])('%s: staff of the outlet', (bio, alias) => {
    expect(read(bio).employment?.outlet).toBe(outlet(alias));
  });

  it.each([
    // Acronyms that are other things where the bio does not place the outlet's state.
    'Host at BNR Nieuwsradio, Amsterdam',
    'Медсестра, делаю МРТ в клинике',
    'Engineer at MRT Singapore',
    'On HRT since 2020, nurse at the clinic',
    'Reporter for SLRC',
    // Words the names are built from, alone.
    'Журналист, живу в Грозном',
    'Hina | reporter | Tokyo',
    'टेलीविजन पत्रकार',
  ])('%s: no state outlet', (bio) => {
    expect(read(bio).employment).toBeUndefined();
  });
});

describe('case forms of Latin-script Slavic names of several words', () => {
  it.each([
    ['Dziennikarka Polskiego Radia', 'Polskie Radio'],
    ['Pracuję w Polskim Radiu', 'Polskie Radio'],
    ['Reporterka Telewizji Polskiej', 'Telewizja Polska'],
    ['Novinarka Hrvatske radiotelevizije', 'Hrvatska radiotelevizija'],
    ['Novinar Radio-televizije Srbije', 'Radio-televizija Srbije'],
    ['Redaktorka Slovenskej televízie a rozhlasu', 'Slovenská televízia a rozhlas'],
    // A number in the name stays as written.
    ['Dziennikarz Polskiego Radia 24', 'Polskie Radio 24'],
    // Hungarian case suffixes joined to the name.
    ['Műsorvezető a Magyar Televízióban', 'Magyar Televízió'],
    ['Szerkesztő a Duna Médiaszolgáltatónál', 'Duna Médiaszolgáltató'],
  ])('%s: staff, the name declined', (bio, alias) => {
    expect(read(bio).employment?.outlet).toBe(outlet(alias));
  });

  it.each(['Redaktorka Českého rozhlasu', 'Moderátorka České televize', 'Reportér Českou televizí oceněn'])(
    '%s: an independent public broadcaster declined stays no state tie',
    (bio) => {
      expect(read(bio).employment).toBeUndefined();
      const all = readBio(bio, { now: NOW, outlets: REGISTRY });
      expect(all.mentions.map((m) => m.outlet)).toContain(outlet('Česká televize', INDEPENDENT_OUTLETS));
    },
  );

  it.each([
    // A declined name with no title, or named to be criticised, is a mention, not a job.
    'Słucham Polskiego Radia codziennie',
    'Hallgatom a Kossuth Rádióban a híreket',
    'Krytykuję Telewizję Polską za propagandę',
    // Only the outlets of Slavic Latin-script states decline: Cuba's Prensa Latina is not found as "Prensy Latiny".
    'Periodista de Prensy Latiny',
  ])('%s: no employment', (bio) => {
    expect(read(bio).employment).toBeUndefined();
  });

  it('a declined name is found in the declined form only by its stems, never a shorter word', () => {
    // "Polskie" alone is an adjective ("Polish"): no name.
    expect(read('Dziennikarka, polskie jedzenie').mentions).toEqual([]);
  });
});

describe('"titles | outlet" bylines and Vietnamese title abbreviations', () => {
  it.each([
    ['BTV - MC | Đài Truyền hình TP.HCM (HTV) 🎙️ | Sài Gòn', 'Đài Truyền hình TP.HCM'],
    ['Phóng viên | Đài Truyền hình Thành phố Hồ Chí Minh (HTV)', 'Đài Truyền hình TP.HCM'],
    ['PV Đài Truyền hình Việt Nam (VTV)', 'Đài Truyền hình Việt Nam'],
    ['Reporter & Producer | CGTN', 'CGTN'],
    ['Reporter | China Global Television Network (CGTN)', 'CGTN'],
    // The outlet first, then the titles.
    ['Đài Tiếng nói Việt Nam (VOV) | PV - BTV | Hà Nội', 'Đài Tiếng nói Việt Nam'],
    ['CGTN | Reporter & Producer', 'CGTN'],
    // A signature on two lines.
    ['BTV - MC\nĐài Truyền hình TP.HCM (HTV)', 'Đài Truyền hình TP.HCM'],
  ])('%s: staff', (bio, alias) => {
    expect(read(bio).employment?.outlet).toBe(outlet(alias));
  });

  it.each([
    // One title and a bare name across a bar among other items stay a list (topics), in either order; a line of just
    // the two is a byline (round 8b: tests/unit/employer-lines-coverage.test.ts).
    'Reporter | CGTN | memes',
    'memes | CGTN | Reporter',
    'news | politics | CGTN | memes',
    // A Vietnamese abbreviation beside another state's outlet is no title ("PV" is also photovoltaic).
    'PV | China Global Television Network (CGTN)',
    'PV installer, fan of CGTN',
    // HTV unplaced (no Vietnamese letters, no flag): several broadcasters.
    'Editor & presenter | HTV',
    // A blank line ends the statement.
    'BTV - MC\n\nĐài Truyền hình TP.HCM (HTV)',
    // One title and a bare name on two lines stay two statements.
    'Reporter\nCGTN',
  ])('%s: no employment', (bio) => {
    expect(read(bio).employment).toBeUndefined();
  });
});

describe('Kurmanji titles and "li" (at)', () => {
  it.each(['Peyamnêr li TRT Kurdî', 'Pêşkêşvana TRT Kurdî | Amed'])('%s: staff of TRT', (bio) => {
    expect(read(bio).employment?.outlet).toBe(outlet('TRT Kurdî'));
  });

  it.each(['Reporter Li Wei, fan of CGTN', 'Li Na | CGTN viewer', 'Peyamnêr | li ser TRT Kurdî nivîsand'])(
    '%s: no employment',
    (bio) => {
      expect(read(bio).employment).toBeUndefined();
    },
  );
});

describe("the data set's acronyms, placed by the outlet's state", () => {
  it.each([
    ['Reporter at PETRA 🇯🇴', 'jo'],
    ['Journalist, NAN | Abuja 🇳🇬', 'ng'],
    ['Présentatrice à 2M 🇲🇦', 'ma'],
  ])('%s: staff of that state’s outlet', (bio, state) => {
    expect(read(bio).employment?.outlet.state.toLowerCase()).toBe(state);
  });

  it.each([
    'Reporter at PETRA',
    'Journalist, NAN',
    // Not added: a region name journalists cover.
    'Correspondent for MENA, based in Cairo 🇪🇬',
  ])('%s: no employment', (bio) => {
    expect(read(bio).employment).toBeUndefined();
  });
});
